import type { MergeKeys, SavedMerge } from './corpus';
import type { Actor, Extraction, Mention, Position, Source, Statement } from './model';

/**
 * The extraction cache: what the engine made of each source, keyed by the source's id and a
 * hash of its bytes, stored in a few shard files so reopening a workspace parses them a shard
 * at a time instead of extracting every source again. A shard records the engine version that
 * wrote it; a shard from another engine version is ignored, so engine changes never show stale
 * results.
 */
export const CACHE_FORMAT = 1;
export const SHARD_COUNT = 16;

/** A 53-bit hash of bytes (cyrb53), as hex, with the length: fast, pure, good enough to spot a change. */
export function hashBytes(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${value.toString(16)}-${bytes.length}`;
}

export function hashText(text: string): string {
  return hashBytes(new TextEncoder().encode(text));
}

export interface CacheEntry {
  /** The source id (its URI). */
  id: string;
  /** hashBytes of the file's bytes. */
  hash: string;
  /** File size and modification time when read, so an unchanged file needs no reading. */
  size: number;
  mtime: number;
  extraction: Extraction;
}

interface ShardFile {
  format: number;
  engine: string;
  entries: CacheEntry[];
}

/** The shard a source id lives in: stable, so a change rewrites one shard only. */
export function shardOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % SHARD_COUNT;
}

export function shardName(shard: number): string {
  return `extractions-${shard.toString().padStart(2, '0')}.json`;
}

export function serializeShard(engine: string, entries: CacheEntry[]): string {
  const file: ShardFile = { format: CACHE_FORMAT, engine, entries };
  return JSON.stringify(file);
}

/** The entries of a shard, or an empty list where it is unreadable or from another engine. */
export function parseShard(text: string, engine: string): CacheEntry[] {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof file !== 'object' || file === null) return [];
  const shard = file as Partial<ShardFile>;
  if (shard.format !== CACHE_FORMAT || shard.engine !== engine || !Array.isArray(shard.entries)) return [];
  return shard.entries.filter(
    (e): e is CacheEntry =>
      typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.hash === 'string' &&
      typeof e.extraction === 'object' && e.extraction !== null && Array.isArray(e.extraction.sources) &&
      e.extraction.sources.length === 1,
  );
}

/** The cache in memory: entries by source id, and which shards changed since the last save. */
export class ExtractionCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly dirty = new Set<number>();

  constructor(readonly engine: string) {}

  get size(): number {
    return this.entries.size;
  }

  load(entries: CacheEntry[]): void {
    for (const e of entries) this.entries.set(e.id, e);
  }

  get(id: string): CacheEntry | undefined {
    return this.entries.get(id);
  }

  /** The cached extraction where the bytes hash the same. */
  lookup(id: string, hash: string): Extraction | undefined {
    const entry = this.entries.get(id);
    return entry && entry.hash === hash ? entry.extraction : undefined;
  }

  set(entry: CacheEntry): void {
    this.entries.set(entry.id, entry);
    this.dirty.add(shardOf(entry.id));
  }

  delete(id: string): void {
    if (this.entries.delete(id)) this.dirty.add(shardOf(id));
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** The shards to write (text, or null where the shard is now empty), and forgets they were dirty. */
  takeDirtyShards(): Array<{ name: string; text: string | null }> {
    return this.takeDirtyShardsLazily().map((shard) => ({ name: shard.name, text: shard.text() }));
  }

  /**
   * The same, each shard's text made only when asked for: a caller that writes shards one by one
   * serializes one shard per slice instead of the whole cache in one block.
   */
  takeDirtyShardsLazily(): Array<{ name: string; text: () => string | null }> {
    const byShard = new Map<number, CacheEntry[]>();
    for (const shard of this.dirty) byShard.set(shard, []);
    for (const e of this.entries.values()) byShard.get(shardOf(e.id))?.push(e);
    this.dirty.clear();
    return [...byShard.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([shard, entries]) => ({ name: shardName(shard), text: () => (entries.length ? serializeShard(this.engine, entries) : null) }));
  }
}

// ---------------------------------------------------------------------------------------------
// The merged corpus, saved beside the shards so a reopened workspace shows its tree without
// parsing every shard and merging again. One JSON document per line: a header (engine, the
// sources' content keys, the sources without their text), then the actors, statements and
// positions in chunks, so each line parses in a short slice.

export const MERGED_NAME = 'merged.jsonl';
/** The saved merge's own layout; a file of another layout is ignored like one of another engine. */
const MERGED_FORMAT = 2;
const MERGED_CHUNK = 800;

interface MergedHeader {
  format: number;
  engine: string;
  keys: MergeKeys;
  sources: Source[];
  lines: number;
}

// Source ids (URIs) are long and would fill most of the file, once per mention and twice per
// statement: the file names a source by its place in the header's list instead.
type SavedActor = Omit<Actor, 'mentions'> & { m: number[] };
type SavedStatement = Omit<Statement, 'id' | 'source'> & { i: string; s: number };
type MergedLine = { actors: SavedActor[] } | { statements: SavedStatement[] } | { positions: Position[] };

/** The merged corpus as lines of JSON, one line per step. */
export function* serializeMergedSteps(engine: string, saved: SavedMerge): Generator<void, string, void> {
  const { merged } = saved;
  const place = new Map(merged.sources.map((source, i) => [source.id, i]));
  const placeOf = (id: string): number => {
    const at = place.get(id);
    if (at === undefined) throw new Error(`a mention or statement of a source not in the merge: ${id}`);
    return at;
  };
  const lines: string[] = [];
  // The text stays in the shards: the header is for the first rows of the tree.
  const sources = merged.sources.map((source) => ({ ...source, text: '' }));
  const body: Array<() => MergedLine> = [];
  for (let i = 0; i < merged.actors.length; i += MERGED_CHUNK) {
    const part = merged.actors.slice(i, i + MERGED_CHUNK);
    body.push(() => ({
      actors: part.map(({ mentions, ...actor }) => ({ ...actor, m: mentions.flatMap((x) => [placeOf(x.source), x.start, x.end]) })),
    }));
  }
  for (let i = 0; i < merged.statements.length; i += MERGED_CHUNK) {
    const part = merged.statements.slice(i, i + MERGED_CHUNK);
    body.push(() => ({
      statements: part.map(({ id, source, ...statement }) => ({ ...statement, s: placeOf(source), i: id.startsWith(`${source}#`) ? id.slice(source.length) : `=${id}` })),
    }));
  }
  for (let i = 0; i < merged.positions.length; i += MERGED_CHUNK) {
    const part = merged.positions.slice(i, i + MERGED_CHUNK);
    body.push(() => ({ positions: part }));
  }
  const header: MergedHeader = { format: MERGED_FORMAT, engine, keys: saved.keys, sources, lines: body.length };
  lines.push(JSON.stringify(header));
  yield;
  for (const line of body) {
    lines.push(JSON.stringify(line()));
    yield;
  }
  return lines.join('\n');
}

export function serializeMerged(engine: string, saved: SavedMerge): string {
  const steps = serializeMergedSteps(engine, saved);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The saved merge, a line per step; undefined where the file is unreadable, cut short or from another engine. */
export function* parseMergedSteps(text: string, engine: string): Generator<void, SavedMerge | undefined, void> {
  const lines = text.split('\n');
  let header: MergedHeader;
  try {
    header = JSON.parse(lines[0] ?? '') as MergedHeader;
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || header.format !== MERGED_FORMAT || header.engine !== engine) return undefined;
  if (!Array.isArray(header.sources) || typeof header.keys !== 'object' || header.keys === null || header.lines !== lines.length - 1) return undefined;
  const ids = header.sources.map((source) => source.id);
  const idOf = (place: unknown): string => {
    const id = typeof place === 'number' ? ids[place] : undefined;
    if (id === undefined) throw new Error('a source out of range');
    return id;
  };
  const merged: Extraction = { version: 1, sources: header.sources, actors: [], statements: [], positions: [] };
  for (let i = 1; i < lines.length; i++) {
    yield;
    try {
      const line = JSON.parse(lines[i] as string) as Partial<Record<'actors' | 'statements' | 'positions', unknown>>;
      if (typeof line !== 'object' || line === null) return undefined;
      if (Array.isArray(line.actors)) {
        for (const { m, ...actor } of line.actors as SavedActor[]) {
          const mentions: Mention[] = [];
          for (let k = 0; k + 2 < m.length; k += 3) mentions.push({ source: idOf(m[k]), start: m[k + 1] as number, end: m[k + 2] as number });
          merged.actors.push({ ...actor, mentions });
        }
      } else if (Array.isArray(line.statements)) {
        for (const { i: id, s, ...statement } of line.statements as SavedStatement[]) {
          const source = idOf(s);
          merged.statements.push({ id: id.startsWith('=') ? id.slice(1) : `${source}${id}`, source, ...statement });
        }
      } else if (Array.isArray(line.positions)) merged.positions.push(...(line.positions as Position[]));
      else return undefined;
    } catch {
      return undefined;
    }
  }
  return { merged, keys: header.keys };
}
