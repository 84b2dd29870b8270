import * as vscode from 'vscode';
import { Corpus } from '../core';
import type { Actor, Position, Source, Statement } from '../core';
import { ExtractionCache, MERGED_NAME, SHARD_COUNT, parseMergedSteps, serializeMergedSteps, shardName } from '../core/cache';
import { extractInSlices, indexBytes, restoreShard, runInSlices } from '../core/indexing';
import type { Extract } from '../core/indexing';
import type { Extraction, SourceInput } from '../core';
import { applyCorrections, emptyCorrections, parseCorrections, serializeCorrections, withCorrection } from '../core/corrections';
import type { Correction, CorrectedView, Corrections } from '../core/corrections';
import { Slicer } from '../core/schedule';
import { startExtractThread } from './extractThread';
import type { ExtractThread } from './extractThread';
import { findSourceFiles, formatOf, maxSourceBytes, watchSources } from './sources';

export type SourceState = 'pending' | 'indexed' | 'error';

/** A source file as the Sources view lists it. */
export interface SourceStatus {
  id: string;
  uri: vscode.Uri;
  folder?: vscode.WorkspaceFolder;
  state: SourceState;
  /** Why the file is not indexed (too large, binary, unreadable). */
  reason?: string;
  sample: boolean;
}

/** Figures from the last indexing pass, for the benchmark, the tests and the log. */
export interface IndexingStats {
  files: number;
  fromCache: number;
  extracted: number;
  errors: number;
  ms: number;
  longestSliceMs: number;
  cancelled: boolean;
}

/** The corrected view's lookups, shared by the tree views. */
export interface ViewTables {
  view: CorrectedView;
  actors: Map<string, Actor>;
  statementsBySpeaker: Map<string, Statement[]>;
  positionsByActor: Map<string, Position[]>;
  positionsByTopic: Map<string, Position[]>;
  positions: Map<string, Position>;
}

/**
 * What every feature reads: the merged corpus with the reader's corrections applied, and its
 * lookups. It is rebuilt in slices after each change and then published whole (`onDidChange`
 * fires after), so reading it never merges anything and never blocks the host; between a change
 * and its publication it is the data of a moment ago.
 */
export interface IndexData extends ViewTables {
  /** Increases with every publication. */
  version: number;
  /** Corrected statements by id (speakers are the ids shown). */
  statements: Map<string, Statement>;
  /** A source, with its text, by id. */
  source(id: string): Source | undefined;
  /** Every source, with its text, in a stable order. */
  sources(): Source[];
  /** True where the source is in the index. */
  has(id: string): boolean;
  /** An actor as the engine found it, before the reader's corrections (the corrections file names actors so). */
  engineActor(id: string): Actor | undefined;
}

const CORRECTIONS_PATH = ['.whosaidwhat', 'corrections.json'];
const DEBOUNCE_MS = 300;
const CHANGE_THROTTLE_MS = 250;

/**
 * The one index of sources that every feature reads. Views, hovers and checks subscribe to
 * `onDidChange`; none of them computes NLP. Sources are indexed in slices that yield to the
 * extension host, results are cached by content hash, and watchers redo only what changed.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly corpus = new Corpus();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly busyEmitter = new vscode.EventEmitter<boolean>();
  /** Fires true when an indexing pass starts and false when the index is idle again. */
  readonly onDidChangeBusy = this.busyEmitter.event;

  private readonly statuses = new Map<string, SourceStatus>();
  private cache: ExtractionCache | undefined;
  private loading: Promise<void> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pendingWork = 0;
  private cancel: vscode.CancellationTokenSource | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private readonly changedUris = new Map<string, vscode.Uri>();
  private rediscover = false;
  private lastFire = 0;
  /** How long the last merge of the corpus took: views are told about changes no more often than it allows. */
  private viewCostMs = 0;
  private resolveFirstData: () => void = () => undefined;
  private readonly firstDataPromise = new Promise<void>((resolve) => {
    this.resolveFirstData = resolve;
  });
  private fireTimer: ReturnType<typeof setTimeout> | undefined;

  private corrections: Corrections = emptyCorrections();
  /** Why the corrections file could not be read; while set, the file is never written. */
  correctionsError: string | undefined;
  private correctionsVersion = 0;
  private published: IndexData | undefined;
  private publishedKey = '';
  private publishing: Promise<void> | undefined;
  private publishAgain = false;
  /** The data key whose publication failed: waiting for it again would wait forever. */
  private failedKey = '';
  private publications = 0;
  /** The corpus version the saved merge on disk holds. */
  private savedMergeVersion = -1;
  /** The extraction thread, where the host has one; undefined until first needed, null where there is none. */
  private thread: ExtractThread | null | undefined;
  lastStats: IndexingStats | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly storageUri: vscode.Uri | undefined,
    private readonly engine: () => Promise<string>,
  ) {}
  private engineVersion = 'unknown';

  /** The bundled sample article, shown while the workspace has no sources of its own. */
  get sampleUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media', 'sample', 'nato-stoltenberg-combat-troops.txt');
  }

  /** True while the index shows the sample because the workspace has no sources. */
  get showsSample(): boolean {
    return this.statuses.has(this.sampleUri.toString());
  }

  get busy(): boolean {
    return this.pendingWork > 0 || this.debounce !== undefined;
  }

  /** Loads the sources once (then keeps them current); later calls wait for the same load. */
  ready(): Promise<void> {
    this.loading ??= this.start();
    return this.loading;
  }

  /**
   * Resolves as soon as there is something to show: the cached extractions of the last session,
   * the first source indexed, or the end of the first load. Views wait for this, not for the whole
   * load, so a large workspace fills the tree from the cache at once and grows while it indexes.
   */
  firstData(): Promise<void> {
    void this.ready().then(this.resolveFirstData);
    return this.firstDataPromise;
  }

  /** Resolves once no indexing is queued, running or waiting for a debounce. */
  async whenIdle(): Promise<void> {
    await this.ready();
    for (;;) {
      if (this.debounce !== undefined) await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
      else if (this.pendingWork > 0) await this.queue;
      else if (this.publishing || (this.publishedKey !== this.dataKey() && this.failedKey !== this.dataKey())) await this.publish();
      else return;
    }
  }

  /** Every source file and its state, in a stable order. */
  sourceStatuses(): SourceStatus[] {
    return [...this.statuses.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  sourceStatus(id: string): SourceStatus | undefined {
    return this.statuses.get(id);
  }

  /**
   * The corrected data that every feature reads (see `IndexData`). Until the first publication
   * it is built on the spot; after that it is the last one published, and a newer one is on its way.
   */
  get data(): IndexData {
    if (!this.published) {
      const steps = this.buildData();
      let step = steps.next();
      while (!step.done) step = steps.next();
      this.published = step.value;
      this.publishedKey = this.dataKey();
    } else if (this.publishedKey !== this.dataKey() && this.failedKey !== this.dataKey() && !this.publishing) {
      void this.publish();
    }
    return this.published;
  }

  private dataKey(): string {
    return `${this.corpus.version}:${this.correctionsVersion}`;
  }

  /** Merges the corpus and applies the corrections in slices, then publishes the result. */
  private publish(): Promise<void> {
    if (this.publishing) {
      this.publishAgain = true;
      return this.publishing;
    }
    this.publishing = (async () => {
      do {
        this.publishAgain = false;
        const key = this.dataKey();
        if (key === this.publishedKey) continue;
        const started = Date.now();
        try {
          this.published = await runInSlices(this.buildData(), new Slicer());
        } catch (error) {
          // The views keep the last data; the next change tries again.
          console.error('Who Said What: could not merge the index', error);
          this.failedKey = key;
          break;
        }
        this.publishedKey = key;
        this.viewCostMs = Date.now() - started;
        // Changes made meanwhile wait for the next request (fire() paces them while indexing).
      } while (this.publishAgain);
    })().finally(() => {
      this.publishing = undefined;
    });
    return this.publishing;
  }

  private *buildData(): Generator<void, IndexData, void> {
    const snap = yield* this.corpus.mergeSteps();
    yield;
    const view = applyCorrections(snap, this.corrections);
    yield;
    const actors = new Map(view.actors.map((a) => [a.id, a]));
    const statements = new Map<string, Statement>();
    const statementsBySpeaker = new Map<string, Statement[]>();
    let n = 0;
    for (const s of view.statements) {
      if (++n % 4000 === 0) yield;
      statements.set(s.id, s);
      if (!s.speaker) continue;
      const list = statementsBySpeaker.get(s.speaker);
      if (list) list.push(s);
      else statementsBySpeaker.set(s.speaker, [s]);
    }
    yield;
    const positionsByActor = new Map<string, Position[]>();
    const positionsByTopic = new Map<string, Position[]>();
    const positions = new Map<string, Position>();
    for (const p of view.positions) {
      if (++n % 4000 === 0) yield;
      positions.set(p.id, p);
      const byActor = positionsByActor.get(p.actor);
      if (byActor) byActor.push(p);
      else positionsByActor.set(p.actor, [p]);
      const byTopic = positionsByTopic.get(p.topic);
      if (byTopic) byTopic.push(p);
      else positionsByTopic.set(p.topic, [p]);
    }
    const sources = new Map(snap.sources.map((source) => [source.id, source]));
    const corpus = this.corpus;
    let engineActors: Map<string, Actor> | undefined;
    return {
      version: ++this.publications,
      view,
      actors,
      statements,
      statementsBySpeaker,
      positionsByActor,
      positionsByTopic,
      positions,
      // The corpus holds each source's text as put; asked only for sources it has, it never merges.
      source: (id) => (corpus.has(id) ? corpus.getSource(id) : undefined) ?? sources.get(id),
      sources: () => snap.sources.map((source) => (corpus.has(source.id) ? corpus.getSource(source.id) : undefined) ?? source),
      has: (id) => sources.has(id),
      engineActor: (id) => {
        // Without corrections the view's actors are the engine's; otherwise a map built on first use.
        if (view.actors === snap.actors) return actors.get(id);
        engineActors ??= new Map(snap.actors.map((a) => [a.id, a]));
        return engineActors.get(id);
      },
    };
  }

  /** Re-reads every source; unchanged ones come back from the cache. */
  refresh(): Promise<void> {
    this.cancelIndexing();
    return this.enqueue(async () => {
      await this.loadCorrections();
      await this.pass(await findSourceFiles(), new Set(), true);
    });
  }

  cancelIndexing(): void {
    this.cancel?.cancel();
  }

  private async start(): Promise<void> {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('whoSaidWhat.sources') || e.affectsConfiguration('whoSaidWhat.excludedSources') || e.affectsConfiguration('whoSaidWhat.maxSourceSizeMB')) {
          this.rewatch();
          void this.refresh();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.rewatch();
        void this.refresh();
      }),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // The folder too: deleting `.whosaidwhat/` reports the folder, not the file in it.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${CORRECTIONS_PATH[0]},${CORRECTIONS_PATH.join('/')}}`));
      const reload = (): void => {
        void this.loadCorrections().then(() => this.fire(true));
      };
      this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    this.rewatch();
    await this.loadCorrections();
    await this.enqueue(async () => {
      await this.loadCache();
      await this.pass(await findSourceFiles(), new Set(), true);
      // A merge restored from the cache has no bookkeeping yet: built now, so the next change merges incrementally.
      await runInSlices(this.corpus.prepareSteps(), new Slicer());
    });
  }

  private rewatch(): void {
    this.watcher?.dispose();
    this.watcher = watchSources((uri, kind) => this.onFileEvent(uri, kind));
  }

  private onFileEvent(uri: vscode.Uri, kind: 'create' | 'change' | 'delete'): void {
    const id = uri.toString();
    if (kind === 'delete' && !this.statuses.has(id)) {
      // A deleted folder matters only where it held sources.
      const prefix = id.endsWith('/') ? id : `${id}/`;
      if (![...this.statuses.keys()].some((known) => known.startsWith(prefix))) return;
    }
    this.changedUris.set(id, uri);
    if (kind !== 'change') this.rediscover = true;
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    this.busyEmitter.fire(true);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      const changed = new Set(this.changedUris.keys());
      const rediscover = this.rediscover;
      this.changedUris.clear();
      this.rediscover = false;
      void this.enqueue(async () => {
        if (rediscover) {
          await this.pass(await findSourceFiles(), changed, true);
        } else {
          const files = [...changed].map((id) => this.statuses.get(id)).filter((s): s is SourceStatus => !!s && !s.sample && !!s.folder);
          await this.pass(files.map((s) => ({ uri: s.uri, folder: s.folder as vscode.WorkspaceFolder })), changed, false);
        }
      });
    }, DEBOUNCE_MS);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.pendingWork++;
    if (this.pendingWork === 1) this.busyEmitter.fire(true);
    const run = this.queue.then(work).catch((error: unknown) => {
      console.error('Who Said What: indexing failed', error);
    });
    this.queue = run.finally(() => {
      this.pendingWork--;
      if (this.pendingWork === 0 && this.debounce === undefined) this.busyEmitter.fire(false);
    });
    return this.queue;
  }

  /** Tells the views, at most every quarter second while indexing, and always at the end. */
  private fire(now = false): void {
    const since = Date.now() - this.lastFire;
    // Every notice makes the views merge the corpus again; on a large corpus that merge is long,
    // so while indexing the views are refreshed at most a fifth of the time.
    const interval = Math.max(CHANGE_THROTTLE_MS, this.viewCostMs * 5);
    if (now || since >= interval) {
      if (this.fireTimer !== undefined) clearTimeout(this.fireTimer);
      this.fireTimer = undefined;
      this.lastFire = Date.now();
      // The views are told once the new data is published, so none of them merges on its own.
      void this.publish().then(() => this.changeEmitter.fire());
    } else if (this.fireTimer === undefined) {
      this.fireTimer = setTimeout(() => this.fire(true), interval - since);
    }
  }

  private cacheDir(): vscode.Uri | undefined {
    return this.storageUri ? vscode.Uri.joinPath(this.storageUri, 'extractions') : undefined;
  }

  /** Puts every cached extraction in the corpus straight away, so the tree fills before any file is read. */
  private async loadCache(): Promise<void> {
    this.engineVersion = await this.engine();
    this.cache = new ExtractionCache(this.engineVersion);
    const dir = this.cacheDir();
    if (!dir) return;
    const slicer = new Slicer();
    // The saved merge first: the tree fills from it before any shard is parsed.
    let mergedBytes: Uint8Array | undefined;
    try {
      mergedBytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, MERGED_NAME));
    } catch {
      mergedBytes = undefined;
    }
    if (mergedBytes) {
      slicer.resumed();
      const bytes = mergedBytes;
      const text = await slicer.step(() => new TextDecoder().decode(bytes));
      const saved = await runInSlices(parseMergedSteps(text, this.engineVersion), slicer);
      if (saved) {
        this.corpus.restore(saved);
        for (const id of Object.keys(saved.keys)) {
          if (!this.statuses.has(id)) this.statuses.set(id, { id, uri: vscode.Uri.parse(id), state: 'indexed', sample: id === this.sampleUri.toString() });
        }
        await this.publish();
        this.savedMergeVersion = this.corpus.version;
        this.changeEmitter.fire();
        this.resolveFirstData();
      }
    }
    for (let shard = 0; shard < SHARD_COUNT; shard++) {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, shardName(shard)));
      } catch {
        continue;
      }
      slicer.resumed();
      await restoreShard(bytes, this.cache, slicer, (id, extraction, hash) => {
        this.corpus.put(extraction, hash);
        this.statuses.set(id, { id, uri: vscode.Uri.parse(id), state: 'indexed', sample: id === this.sampleUri.toString() });
      });
    }
    slicer.finish();
    // Sources of the saved merge without a shard are read again by the pass that follows.
    this.corpus.dropUnrestored();
    for (const [id, status] of this.statuses) {
      if (status.state === 'indexed' && !this.corpus.has(id)) this.statuses.delete(id);
    }
    if (this.cache.size) {
      this.fire(true);
      this.resolveFirstData();
    }
  }

  private async saveCache(): Promise<void> {
    const dir = this.cacheDir();
    if (!dir || !this.cache) return;
    const shards = this.cache.takeDirtyShardsLazily();
    if (!shards.length && this.savedMergeVersion === this.corpus.version) return;
    // Each shard is serialized in a slice of its own, and so is each part of the merge.
    const slicer = new Slicer();
    try {
      await vscode.workspace.fs.createDirectory(dir);
      for (const shard of shards) {
        const uri = vscode.Uri.joinPath(dir, shard.name);
        const text = await slicer.step(() => shard.text());
        if (text === null) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
        else await vscode.workspace.fs.writeFile(uri, await slicer.step(() => new TextEncoder().encode(text)));
        slicer.resumed();
      }
      const mergedUri = vscode.Uri.joinPath(dir, MERGED_NAME);
      await this.publish();
      const version = this.corpus.version;
      const saved = this.corpus.stale ? undefined : this.corpus.saved();
      if (saved && saved.merged.sources.length) {
        const text = await runInSlices(serializeMergedSteps(this.engineVersion, saved), slicer);
        await vscode.workspace.fs.writeFile(mergedUri, await slicer.step(() => new TextEncoder().encode(text)));
        this.savedMergeVersion = version;
      } else if (!saved || !saved.merged.sources.length) {
        await vscode.workspace.fs.delete(mergedUri).then(undefined, () => undefined);
      }
    } catch (error) {
      // The cache only saves time: failing to write it leaves everything working.
      console.warn('Who Said What: could not write the extraction cache', error);
    }
  }

  /**
   * Brings the index in line with `files`. With `complete`, `files` is every source and anything
   * else is removed; otherwise only `files` are redone. Files in `force` are read again even
   * where their size and date look unchanged.
   */
  private async pass(files: Array<{ uri: vscode.Uri; folder: vscode.WorkspaceFolder }>, force: Set<string>, complete: boolean): Promise<void> {
    const started = Date.now();
    const cancel = new vscode.CancellationTokenSource();
    this.cancel = cancel;
    const stats: IndexingStats = { files: files.length, fromCache: 0, extracted: 0, errors: 0, ms: 0, longestSliceMs: 0, cancelled: false };
    const wanted = new Set(files.map((f) => f.uri.toString()));
    const cache = (this.cache ??= new ExtractionCache(this.engineVersion));

    if (complete) {
      for (const id of [...this.statuses.keys()]) {
        if (!wanted.has(id) && id !== this.sampleUri.toString()) this.forget(id);
      }
    } else {
      for (const id of force) {
        if (!wanted.has(id)) this.forget(id);
      }
    }
    for (const file of files) {
      const id = file.uri.toString();
      const status = this.statuses.get(id);
      if (status) status.folder = file.folder;
      else this.statuses.set(id, { id, uri: file.uri, folder: file.folder, state: 'pending', sample: false });
    }

    const work = async (): Promise<void> => {
      const slicer = new Slicer();
      const limit = maxSourceBytes();
      for (const file of files) {
        if (cancel.token.isCancellationRequested) {
          stats.cancelled = true;
          for (const rest of files) {
            const left = this.statuses.get(rest.uri.toString());
            if (left?.state === 'pending') left.reason = 'not indexed yet: indexing was stopped (Refresh to go on)';
          }
          break;
        }
        const outcome = await this.indexFile(file.uri, force.has(file.uri.toString()), limit, cache, slicer);
        if (outcome === 'cache') stats.fromCache++;
        else if (outcome === 'extracted') stats.extracted++;
        else if (outcome === 'error') stats.errors++;
        if (outcome !== 'error') this.resolveFirstData();
        this.fire();
      }
      slicer.finish();
      stats.longestSliceMs = slicer.longestSliceMs;
    };
    if (files.length) {
      await vscode.window.withProgress(
        { location: { viewId: 'whoSaidWhat.actors' }, title: 'Indexing sources' },
        () => vscode.window.withProgress({ location: { viewId: 'whoSaidWhat.sources' }, title: 'Indexing sources' }, work),
      );
    }

    if (complete && !cancel.token.isCancellationRequested) {
      const hasSources = files.length > 0;
      const sampleId = this.sampleUri.toString();
      if (!hasSources && !this.corpus.has(sampleId)) await this.indexSample(cache);
      else if (hasSources && this.statuses.has(sampleId)) this.forget(sampleId, false);
    }
    stats.ms = Date.now() - started;
    this.lastStats = stats;
    if (this.cancel === cancel) this.cancel = undefined;
    cancel.dispose();
    this.fire(true);
    await this.saveCache();
  }

  /**
   * Extracts on the extraction thread where there is one, so no article, however long, blocks the
   * host; in slices on the host's thread otherwise (the web), or once the thread has failed.
   */
  private readonly extract: Extract = async (input: SourceInput, slicer: Slicer): Promise<Extraction> => {
    const thread = this.extractThread();
    if (thread?.alive) {
      try {
        return await thread.extract(input);
      } catch (error) {
        if (thread.alive) throw error;
        console.warn('Who Said What: the extraction thread failed; extracting on the main thread', error);
      } finally {
        slicer.resumed();
      }
    }
    return extractInSlices(input, slicer);
  };

  private extractThread(): ExtractThread | null {
    if (this.thread === undefined) {
      const file = this.extensionUri.scheme === 'file' ? vscode.Uri.joinPath(this.extensionUri, 'dist', 'extractWorker.js').fsPath : undefined;
      this.thread = startExtractThread(file) ?? null;
    }
    return this.thread;
  }

  /** Where sources are extracted: on a thread of their own, or in slices on the host's thread. */
  extractionMode(): 'thread' | 'host' {
    return this.extractThread()?.alive ? 'thread' : 'host';
  }

  private forget(id: string, dropCache = true): void {
    this.statuses.delete(id);
    this.corpus.remove(id);
    if (dropCache) this.cache?.delete(id);
  }

  private async indexSample(cache: ExtractionCache): Promise<void> {
    const id = this.sampleUri.toString();
    this.statuses.set(id, { id, uri: this.sampleUri, state: 'pending', sample: true });
    await this.indexFile(this.sampleUri, false, Infinity, cache, new Slicer());
  }

  private async indexFile(uri: vscode.Uri, force: boolean, limit: number, cache: ExtractionCache, slicer: Slicer): Promise<'cache' | 'extracted' | 'error' | 'unchanged'> {
    const id = uri.toString();
    const status = this.statuses.get(id);
    const fail = (reason: string): 'error' => {
      if (status) {
        status.state = 'error';
        status.reason = reason;
      }
      this.corpus.remove(id);
      cache.delete(id);
      return 'error';
    };
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (error) {
      return fail(`unreadable: ${error instanceof Error ? error.message : String(error)}`);
    }
    const cached = cache.get(id);
    if (!force && cached && cached.size === stat.size && cached.mtime === stat.mtime && this.corpus.has(id)) {
      if (status) {
        status.state = 'indexed';
        status.reason = undefined;
      }
      slicer.resumed();
      return 'unchanged';
    }
    if (stat.size > limit) {
      slicer.resumed();
      return fail(`too large: ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(limit / 1024 / 1024).toFixed(1)} MB (setting whoSaidWhat.maxSourceSizeMB)`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      slicer.resumed();
      return fail(`unreadable: ${error instanceof Error ? error.message : String(error)}`);
    }
    slicer.resumed();
    const outcome = await indexBytes({ id, bytes, size: stat.size, mtime: stat.mtime, format: formatOf(uri) }, limit, cache, slicer, this.extract);
    if (outcome.kind === 'error') return fail(outcome.reason);
    if (outcome.kind === 'extracted' || !this.corpus.has(id)) this.corpus.put(outcome.extraction, outcome.hash);
    if (status) {
      status.state = 'indexed';
      status.reason = undefined;
    }
    return outcome.kind;
  }

  // Corrections -------------------------------------------------------------------------------

  /** The corrections file of the first workspace folder, where corrections are written. */
  get correctionsUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...CORRECTIONS_PATH) : undefined;
  }

  /** Reads every folder's corrections file. A malformed one gives one error message and is left alone. */
  private async loadCorrections(): Promise<void> {
    let merged = emptyCorrections();
    let error: string | undefined;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ...CORRECTIONS_PATH);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue;
      }
      const parsed = parseCorrections(text);
      if (!parsed.ok) {
        error ??= `${vscode.workspace.asRelativePath(uri)}: ${parsed.error}`;
        continue;
      }
      merged = {
        rename: { ...merged.rename, ...parsed.corrections.rename },
        merge: { ...merged.merge, ...parsed.corrections.merge },
        hide: [...merged.hide, ...parsed.corrections.hide.filter((h) => !merged.hide.includes(h))],
      };
    }
    const wasError = this.correctionsError;
    this.correctionsError = error;
    if (error && error !== wasError) {
      void vscode.window.showErrorMessage(`Who Said What: the corrections file is not valid and is ignored until fixed. ${error}`);
    }
    this.corrections = merged;
    this.correctionsVersion++;
  }

  /** Saves one correction. Writes the file only if it parsed or did not exist. */
  async correct(change: Correction): Promise<boolean> {
    const uri = this.correctionsUri;
    if (!uri) {
      void vscode.window.showErrorMessage('Who Said What: open a folder to save corrections.');
      return false;
    }
    let current = emptyCorrections();
    let existing: Uint8Array | undefined;
    try {
      existing = await vscode.workspace.fs.readFile(uri);
    } catch {
      existing = undefined;
    }
    if (existing) {
      const parsed = parseCorrections(new TextDecoder().decode(existing));
      if (!parsed.ok) {
        void vscode.window.showErrorMessage(`Who Said What: ${vscode.workspace.asRelativePath(uri)} is not valid (${parsed.error}); fix it first, it was left unchanged.`);
        return false;
      }
      current = parsed.corrections;
    }
    const next = withCorrection(current, change);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(serializeCorrections(next)));
    await this.loadCorrections();
    // Whoever corrected reads the corrected data next.
    await this.publish();
    this.fire(true);
    return true;
  }

  dispose(): void {
    this.cancel?.cancel();
    this.thread?.dispose();
    this.watcher?.dispose();
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    if (this.fireTimer !== undefined) clearTimeout(this.fireTimer);
    for (const d of this.disposables) d.dispose();
    this.changeEmitter.dispose();
    this.busyEmitter.dispose();
  }
}
