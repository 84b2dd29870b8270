// Indexing a workspace of the 924 PolNeAR train and dev articles, as the extension does it: files
// read asynchronously one after another, each extracted in a slice of the slicing scheduler, the
// results put in a Corpus and saved to the sharded cache; then a "reopen": the shards read back
// and the Actors view's first rows computed. The longest block of the event loop is measured two
// ways: the scheduler's own timing of every slice, and a monitorEventLoopDelay histogram.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat, writeFile, readdir } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Corpus } from '../core/corpus';
import { ExtractionCache, MERGED_NAME, SHARD_COUNT, parseMergedSteps, serializeMergedSteps } from '../core/cache';
import { applyCorrections, emptyCorrections } from '../core/corrections';
import { extractInSlices, indexBytes, restoreShard, runInSlices } from '../core/indexing';
import type { Extract } from '../core/indexing';
import { startExtractThread } from '../vscode/extractThread';
import { Slicer } from '../core/schedule';
import type { BenchContext, BenchRow } from './index';

const ENGINE = 'bench';
const MAX_BYTES = 5 * 1024 * 1024;

/** What the Actors view computes for its first rows: corrections applied, counts, sorted. */
function firstRows(corpus: Corpus): number {
  const view = applyCorrections(corpus.snapshot(), emptyCorrections());
  const counts = new Map<string, number>();
  for (const s of view.statements) if (s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  const sorted = [...view.actors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  return sorted.length;
}

/** This process's CPU time in milliseconds: on a shared machine, wall-clock slices include other processes' turns. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** The process's memory once garbage is collected (twice: the first pass may leave some for the next). */
function settled(gc: () => void): NodeJS.MemoryUsage {
  gc();
  gc();
  return process.memoryUsage();
}

/**
 * The cache's dirty shards written to `dir`, one per slice; their bytes. On its own: a suspended
 * async function keeps its loop's iterator, and the iterator the cache.
 */
async function saveShards(cache: ExtractionCache, dir: string, slicer: Slicer): Promise<number> {
  let bytes = 0;
  for (const shard of cache.takeDirtyShardsLazily()) {
    const text = await slicer.step(() => shard.text());
    if (text === null) continue;
    await writeFile(join(dir, shard.name), text);
    slicer.resumed();
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** The corpus's saved merge as text, in slices; on its own so nothing here keeps the saved form alive. */
async function saveMerged(corpus: Corpus, slicer: Slicer): Promise<string> {
  const saved = corpus.saved();
  if (!saved) throw new Error('the corpus could not be saved: a source without a key');
  return runInSlices(serializeMergedSteps(ENGINE, saved), slicer);
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const articles = ctx.polnearTexts();
  if (!articles.length) {
    ctx.log('indexing: ../shared/corpus/polnear is absent, skipped');
    return [];
  }
  const files = ctx.quick ? articles.slice(0, 100) : articles;
  if (!(globalThis as { gc?: unknown }).gc) ctx.log('indexing: run node with --expose-gc to measure the heap the index holds');
  const cacheDir = mkdtempSync(join(tmpdir(), 'wsw-index-cache-'));
  try {
    // The engine's one-time start (lexicons unpacked on first use) happens on the first
    // extraction in the editor too; it is timed on its own so the figures below are per article.
    const warmStart = performance.now();
    const warmCpu = cpuNow();
    await indexBytes({ id: 'warm-up', bytes: new TextEncoder().encode('“We are ready,” the minister said.'), size: 1, mtime: 0, format: 'text' }, MAX_BYTES, new ExtractionCache(ENGINE), new Slicer());
    const warmMs = performance.now() - warmStart;
    const warmCpuMs = cpuNow() - warmCpu;

    // The Node extension host extracts on a thread of its own (dist/extractWorker.js beside this file).
    const thread = startExtractThread(join(__dirname, 'extractWorker.js'));
    const extract: Extract = thread
      ? async (input, slicer) => {
          try {
            return await thread.extract(input);
          } finally {
            slicer.resumed();
          }
        }
      : extractInSlices;
    // Cold: nothing cached.
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    // `let`: both are replaced by empty ones further down, to measure the heap they hold.
    let corpus = new Corpus();
    let cache = new ExtractionCache(ENGINE);
    const slicer = new Slicer({ cpuNow });
    histogram.enable();
    const coldStart = performance.now();
    const coldCpu = cpuNow();
    let errors = 0;
    let merges = 0;
    let lastMerge = performance.now();
    for (const [i, article] of files.entries()) {
      const info = await stat(article.path);
      const bytes = await readFile(article.path);
      slicer.resumed();
      const outcome = await indexBytes({ id: `file://${article.path}`, bytes, size: info.size, mtime: info.mtimeMs, format: 'text' }, MAX_BYTES, cache, slicer, extract);
      if (outcome.kind === 'error') errors++;
      else await slicer.step(() => corpus.put(outcome.extraction, outcome.hash));
      // The views are told of changes while indexing goes on, and each notice merges the corpus in
      // slices (WorkspaceIndex.publish), at most every second on a large corpus.
      if (performance.now() - lastMerge > 1000) {
        await runInSlices(corpus.mergeSteps(), slicer);
        merges++;
        lastMerge = performance.now();
      }
      if (i % 200 === 199) ctx.log(`indexing: ${i + 1}/${files.length}`);
    }
    // The views' first rows need the corpus merged: in slices, then the view's sort in one step.
    const coldMergeStart = performance.now();
    const mergeSlicesBefore = slicer.slices;
    await runInSlices(corpus.mergeSteps(), slicer);
    const rows = await slicer.step(() => firstRows(corpus));
    const statements = corpus.statements.length;
    const coldMergeMs = performance.now() - coldMergeStart;
    const mergeSlices = slicer.slices - mergeSlicesBefore;
    slicer.finish();
    const coldMs = performance.now() - coldStart;
    const coldCpuMs = cpuNow() - coldCpu;
    // The histogram records a block only once the loop turns again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.disable();
    const delayMaxMs = histogram.max / 1e6;

    // Saving the cache, shard by shard, then the merged corpus, as the extension does at the end of a pass.
    const saveSlicer = new Slicer({ cpuNow });
    const saveStart = performance.now();
    const cacheBytes = await saveShards(cache, cacheDir, saveSlicer);
    const mergedText = await saveMerged(corpus, saveSlicer);
    await writeFile(join(cacheDir, MERGED_NAME), mergedText);
    saveSlicer.finish();
    const mergedBytes = Buffer.byteLength(mergedText);
    const saveMs = performance.now() - saveStart;

    // Reopening: read the shards back, fill a new corpus, compute the first rows of the tree.
    const reopenSlicer = new Slicer({ cpuNow });
    const reopenHistogram = monitorEventLoopDelay({ resolution: 5 });
    reopenHistogram.enable();
    const reopenStart = performance.now();
    const reopenCpu = cpuNow();
    let reopened = new Corpus();
    let reopenCache = new ExtractionCache(ENGINE);
    // First the merged corpus, to the first rows of the tree, as WorkspaceIndex.loadCache does.
    const mergedFile = await readFile(join(cacheDir, MERGED_NAME));
    reopenSlicer.resumed();
    const mergedDecoded = await reopenSlicer.step(() => new TextDecoder().decode(mergedFile));
    const restoredMerge = await runInSlices(parseMergedSteps(mergedDecoded, ENGINE), reopenSlicer);
    if (!restoredMerge) throw new Error('the saved merge could not be read back');
    const restoredMs = performance.now() - reopenStart;
    const mergeStart = performance.now();
    await reopenSlicer.step(() => reopened.restore(restoredMerge));
    const reopenRows = await reopenSlicer.step(() => firstRows(reopened));
    const mergeMs = performance.now() - mergeStart;
    const reopenMs = performance.now() - reopenStart;
    const reopenCpuMs = cpuNow() - reopenCpu;
    // Then every shard, for the sources' text; the restored merge stands.
    for (const name of (await readdir(cacheDir)).filter((n) => n !== MERGED_NAME).sort()) {
      const bytes = await readFile(join(cacheDir, name));
      reopenSlicer.resumed();
      await restoreShard(bytes, reopenCache, reopenSlicer, (_id, extraction, hash) => reopened.put(extraction, hash));
    }
    reopened.dropUnrestored();
    const shardsMs = performance.now() - reopenStart;
    reopenSlicer.finish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    reopenHistogram.disable();
    if (reopenRows !== rows) throw new Error(`the reopened tree has ${reopenRows} actors, the cold one ${rows}`);
    if (reopened.stale) throw new Error('restoring the shards undid the restored merge');
    if (reopened.statements.length !== corpus.statements.length || reopened.sources.some((s) => !s.text)) throw new Error('the reopened corpus differs from the cold one');

    // The heap the cold index holds (its corpus and its cache of extractions): the heap, settled,
    // with it, less the heap, settled, once it is replaced by an empty one. Measured as a
    // difference of two settled heaps, so the articles' texts and earlier garbage count in neither.
    const gc = (globalThis as { gc?: () => void }).gc;
    let collected = false;
    let held: { heapMb: number; rssMb: number; withMb: number; withoutMb: number; rssWithoutMb: number } | undefined;
    if (gc) {
      const withIndex = settled(gc);
      // Weak references tell whether the dropped index was collected, so nothing else held it.
      const dropped = [new WeakRef(corpus), new WeakRef(cache)];
      corpus = new Corpus();
      cache = new ExtractionCache(ENGINE);
      // A weak reference's target lives until the current turn of the event loop ends.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const without = settled(gc);
      collected = dropped.every((r) => r.deref() === undefined);
      if (!collected) ctx.log(`indexing: still held after dropping: ${dropped.map((r, i) => (r.deref() ? ['corpus', 'cache'][i] : '')).filter(Boolean).join(', ')}`);
      held = {
        heapMb: mb(withIndex.heapUsed - without.heapUsed),
        rssMb: mb(withIndex.rss),
        withMb: mb(withIndex.heapUsed),
        withoutMb: mb(without.heapUsed),
        rssWithoutMb: mb(without.rss),
      };
    }

    // The restored merge's bookkeeping, built in slices after the reopen (WorkspaceIndex.start).
    const prepareSlicer = new Slicer({ cpuNow });
    const prepareStart = performance.now();
    const prepareCpu = cpuNow();
    await runInSlices(reopened.prepareSteps(), prepareSlicer);
    prepareSlicer.finish();
    const prepareMs = performance.now() - prepareStart;
    const prepareCpuMs = cpuNow() - prepareCpu;

    // One source changed: the merge again, in slices.
    const changeSlicer = new Slicer({ cpuNow });
    const first = files[0];
    const changeStart = performance.now();
    const changeCpu = cpuNow();
    if (first) {
      const bytes = new TextEncoder().encode(`${first.text}\n\n“We will see,” the minister said.`);
      const outcome = await indexBytes({ id: `file://${first.path}`, bytes, size: bytes.length, mtime: 1, format: 'text' }, MAX_BYTES, reopenCache, changeSlicer);
      if (outcome.kind !== 'error') await changeSlicer.step(() => reopened.put(outcome.extraction, outcome.hash));
      await runInSlices(reopened.mergeSteps(), changeSlicer);
      await changeSlicer.step(() => firstRows(reopened));
    }
    const remerged = reopened.lastRemerged;
    const totalActors = reopened.sourceIds().reduce((n, id) => n + (reopenCache.get(id)?.extraction.actors.length ?? 0), 0);
    changeSlicer.finish();
    const changeMs = performance.now() - changeStart;
    const changeCpuMs = cpuNow() - changeCpu;

    // Without the thread (VS Code for the Web): every article extracted in slices on this thread.
    const inThread = new Slicer({ cpuNow });
    const inThreadHistogram = monitorEventLoopDelay({ resolution: 5 });
    inThreadHistogram.enable();
    for (const article of files) {
      await extractInSlices({ id: article.path, path: article.path, text: article.text, format: 'text' }, inThread);
      await inThread.yield();
    }
    inThread.finish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    inThreadHistogram.disable();
    thread?.dispose();
    // The same for the reopened index, at the end: what the extension holds after a reopen.
    let heldReopened: number | undefined;
    let collectedReopened = false;
    if (gc) {
      const withIndex = settled(gc);
      const dropped = [new WeakRef(reopened), new WeakRef(reopenCache)];
      reopened = new Corpus();
      reopenCache = new ExtractionCache(ENGINE);
      await new Promise((resolve) => setTimeout(resolve, 0));
      heldReopened = mb(withIndex.heapUsed - settled(gc).heapUsed);
      collectedReopened = dropped.every((r) => r.deref() === undefined);
    }

    const note = `${files.length} articles, ${rows} actors, ${statements} statements${errors ? `, ${errors} unreadable` : ''}`;
    const load = `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
    return [
      { name: 'engine start (first extraction)', value: Math.round(warmMs), unit: 'ms', note: `${Math.round(warmCpuMs)} ms CPU; once per session, not sliceable` },
      { name: 'full index from cold', value: Math.round(coldMs), unit: 'ms', note: `${Math.round(coldCpuMs)} ms CPU; ${note}` },
      { name: 'per article, from cold (CPU)', value: round(coldCpuMs / files.length), unit: 'ms' },
      { name: 'reopen to a populated tree, from cache', value: Math.round(reopenMs), unit: 'ms', goal: { max: 300 }, note: `${Math.round(reopenCpuMs)} ms CPU; saved merge (${mb(mergedBytes)} MB) read and parsed ${Math.round(restoredMs)} ms, then restored and first rows ${Math.round(mergeMs)} ms; the ${mb(cacheBytes)} MB of ${SHARD_COUNT} shards (sources' text) restored after, by ${Math.round(shardsMs)} ms, without merging again` },
      { name: 're-merge after one source changes', value: Math.round(changeMs), unit: 'ms', note: `${Math.round(changeCpuMs)} ms CPU: the source extracted again (on this thread), the corpus merged incrementally (${remerged} of ${totalActors} local actors merged again) in ${changeSlicer.slices} slices, the first rows; longest slice ${round(changeSlicer.longestSliceMs)} ms (${round(changeSlicer.longestSliceCpuMs)} ms CPU)` },
      { name: 'merge bookkeeping after a reopen', value: Math.round(prepareMs), unit: 'ms', note: `${Math.round(prepareCpuMs)} ms CPU in ${prepareSlicer.slices} slices, longest ${round(prepareSlicer.longestSliceMs)} ms (${round(prepareSlicer.longestSliceCpuMs)} ms CPU); once, after the tree is shown` },
      { name: 'longest slice while indexing (wall clock)', value: round(slicer.longestSliceMs), unit: 'ms', goal: { max: 50 }, note: `${thread ? 'extraction on its own thread, as in the Node extension host' : 'extraction in slices on this thread (no extractWorker.js)'}; process CPU in that time ${round(slicer.longestSliceCpuMs)} ms (all threads); ${slicer.slices} slices; longest single stage ${round(slicer.longestStepMs)} ms (${round(slicer.longestStepCpuMs)} ms CPU); p99 slice ${round(slicer.percentile(0.99))} ms; ${merges} merges in slices while indexing` },
      { name: 'longest slice, extraction on the host thread (web)', value: round(inThread.longestSliceMs), unit: 'ms', goal: { max: 50 }, note: `${round(inThread.longestSliceCpuMs)} ms CPU; p99 ${round(inThread.percentile(0.99))} ms; longest single stage ${round(inThread.longestStepMs)} ms (${round(inThread.longestStepCpuMs)} ms CPU); event-loop max ${round(inThreadHistogram.max / 1e6)} ms` },
      { name: 'longest event-loop block while indexing (histogram)', value: round(delayMaxMs), unit: 'ms', goal: { max: 50 }, note: `monitorEventLoopDelay max over the cold index, the merge included (wall clock, includes other processes' turns); ${load}` },
      { name: 'corpus merge and first tree rows', value: Math.round(coldMergeMs), unit: 'ms', note: `after the cold index, in ${mergeSlices} slices (Corpus.mergeSteps, then the Actors view's sort)` },
      { name: 'longest slice while restoring the cache (wall clock)', value: round(reopenSlicer.longestSliceMs), unit: 'ms', goal: { max: 50 }, note: `process CPU ${round(reopenSlicer.longestSliceCpuMs)} ms; event-loop max while reopening, merge included, ${round(reopenHistogram.max / 1e6)} ms` },
      { name: 'cache save', value: Math.round(saveMs), unit: 'ms', note: `shards one per slice, then the merge; longest slice ${round(saveSlicer.longestSliceMs)} ms (${round(saveSlicer.longestSliceCpuMs)} ms CPU)` },
      ...(held
        ? [
            {
              name: 'heap held by the index',
              value: held.heapMb,
              unit: 'MB',
              note: `the cold index (corpus and cache of extractions): heap after gc ${held.withMb} MB with it, ${held.withoutMb} MB with it dropped; rss ${held.rssMb} MB with it, ${held.rssWithoutMb} MB after (rss seldom shrinks at once); ${collected ? 'the dropped corpus and cache were collected' : 'NOT all collected: something else still holds them, the figure is low'}; the reopened index also alive in both, and itself holding ${heldReopened} MB measured the same way at the end${collectedReopened ? '' : ' (not all collected)'}`,
            },
          ]
        : []),
    ];
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
