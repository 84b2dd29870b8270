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
import { ExtractionCache, SHARD_COUNT } from '../core/cache';
import { applyCorrections, emptyCorrections } from '../core/corrections';
import { indexBytes, restoreShard } from '../core/indexing';
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

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const articles = ctx.polnearTexts();
  if (!articles.length) {
    ctx.log('indexing: ../shared/corpus/polnear is absent, skipped');
    return [];
  }
  const files = ctx.quick ? articles.slice(0, 100) : articles;
  const cacheDir = mkdtempSync(join(tmpdir(), 'wsw-index-cache-'));
  try {
    // The engine's one-time start (lexicons unpacked on first use) happens on the first
    // extraction in the editor too; it is timed on its own so the figures below are per article.
    const warmStart = performance.now();
    const warmCpu = cpuNow();
    await indexBytes({ id: 'warm-up', bytes: new TextEncoder().encode('“We are ready,” the minister said.'), size: 1, mtime: 0, format: 'text' }, MAX_BYTES, new ExtractionCache(ENGINE), new Slicer());
    const warmMs = performance.now() - warmStart;
    const warmCpuMs = cpuNow() - warmCpu;

    // Cold: nothing cached.
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    const corpus = new Corpus();
    const cache = new ExtractionCache(ENGINE);
    const slicer = new Slicer({ cpuNow });
    const heapBefore = process.memoryUsage().heapUsed;
    histogram.enable();
    const coldStart = performance.now();
    const coldCpu = cpuNow();
    let errors = 0;
    for (const [i, article] of files.entries()) {
      const info = await stat(article.path);
      const bytes = await readFile(article.path);
      slicer.resumed();
      const outcome = await indexBytes({ id: `file://${article.path}`, bytes, size: info.size, mtime: info.mtimeMs, format: 'text' }, MAX_BYTES, cache, slicer);
      if (outcome.kind === 'error') errors++;
      else await slicer.step(() => corpus.put(outcome.extraction));
      if (i % 200 === 199) ctx.log(`indexing: ${i + 1}/${files.length}`);
    }
    slicer.finish();
    // The views' first rows need the corpus merged: one block, timed on its own.
    const coldMergeStart = performance.now();
    const rows = firstRows(corpus);
    const coldMergeMs = performance.now() - coldMergeStart;
    const coldMs = performance.now() - coldStart;
    const coldCpuMs = cpuNow() - coldCpu;
    // The histogram records a block only once the loop turns again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.disable();
    const delayMaxMs = histogram.max / 1e6;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const rss = process.memoryUsage().rss;

    // Saving the cache, shard by shard, as the extension does at the end of a pass.
    const saveStart = performance.now();
    let cacheBytes = 0;
    for (const shard of cache.takeDirtyShards()) {
      if (shard.text === null) continue;
      await writeFile(join(cacheDir, shard.name), shard.text);
      cacheBytes += Buffer.byteLength(shard.text);
    }
    const saveMs = performance.now() - saveStart;

    // Reopening: read the shards back, fill a new corpus, compute the first rows of the tree.
    const reopenSlicer = new Slicer({ cpuNow });
    const reopenHistogram = monitorEventLoopDelay({ resolution: 5 });
    reopenHistogram.enable();
    const reopenStart = performance.now();
    const reopenCpu = cpuNow();
    const reopened = new Corpus();
    const reopenCache = new ExtractionCache(ENGINE);
    for (const name of (await readdir(cacheDir)).sort()) {
      const bytes = await readFile(join(cacheDir, name));
      reopenSlicer.resumed();
      await restoreShard(bytes, reopenCache, reopenSlicer, (_id, extraction) => reopened.put(extraction));
    }
    const restoredMs = performance.now() - reopenStart;
    const mergeStart = performance.now();
    reopenSlicer.finish();
    const reopenRows = firstRows(reopened);
    const mergeMs = performance.now() - mergeStart;
    const reopenMs = performance.now() - reopenStart;
    const reopenCpuMs = cpuNow() - reopenCpu;
    await new Promise((resolve) => setTimeout(resolve, 20));
    reopenHistogram.disable();
    if (reopenRows !== rows) throw new Error(`the reopened tree has ${reopenRows} actors, the cold one ${rows}`);

    const note = `${files.length} articles, ${rows} actors, ${corpus.statements.length} statements${errors ? `, ${errors} unreadable` : ''}`;
    const load = `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
    return [
      { name: 'engine start (first extraction)', value: Math.round(warmMs), unit: 'ms', note: `${Math.round(warmCpuMs)} ms CPU; once per session, not sliceable` },
      { name: 'full index from cold', value: Math.round(coldMs), unit: 'ms', note: `${Math.round(coldCpuMs)} ms CPU; ${note}` },
      { name: 'per article, from cold (CPU)', value: round(coldCpuMs / files.length), unit: 'ms' },
      { name: 'reopen to a populated tree, from cache', value: Math.round(reopenMs), unit: 'ms', goal: { max: 300 }, note: `${Math.round(reopenCpuMs)} ms CPU; shards read and restored ${Math.round(restoredMs)} ms, then the corpus merge and first rows ${Math.round(mergeMs)} ms; ${mb(cacheBytes)} MB cache in ${SHARD_COUNT} shards` },
      { name: 'longest slice while indexing (wall clock)', value: round(slicer.longestSliceMs), unit: 'ms', goal: { max: 50 }, note: `process CPU in that time ${round(slicer.longestSliceCpuMs)} ms (all threads); ${slicer.slices} slices; longest single stage ${round(slicer.longestStepMs)} ms` },
      { name: 'longest event-loop block while indexing (histogram)', value: round(delayMaxMs), unit: 'ms', goal: { max: 50 }, note: `monitorEventLoopDelay max over the cold index, the merge included (wall clock, includes other processes' turns); ${load}` },
      { name: 'corpus merge and first tree rows', value: Math.round(coldMergeMs), unit: 'ms', note: `after the cold index; one block (Corpus.snapshot, then the Actors view's sort); on reopening ${Math.round(mergeMs)} ms` },
      { name: 'longest slice while restoring the cache (wall clock)', value: round(reopenSlicer.longestSliceMs), unit: 'ms', goal: { max: 50 }, note: `process CPU ${round(reopenSlicer.longestSliceCpuMs)} ms; event-loop max while reopening, merge included, ${round(reopenHistogram.max / 1e6)} ms` },
      { name: 'cache save', value: Math.round(saveMs), unit: 'ms' },
      { name: 'heap held by the index', value: mb(heapAfter - heapBefore), unit: 'MB', note: `${gc ? 'after gc' : 'without gc (run node with --expose-gc for a settled figure)'}; rss ${mb(rss)} MB` },
    ];
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
