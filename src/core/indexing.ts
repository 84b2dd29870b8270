import type { Extraction, SourceFormat, SourceInput } from './model';
import { findActors } from './extract/actors';
import { findAttributions } from './extract/attributions';
import { findPositions } from './extract/positions';
import { readArticle } from './text/article';
import { hashBytes, parseShard } from './cache';
import type { ExtractionCache } from './cache';
import type { Slicer } from './schedule';
import { decodeText } from './text/decode';

// Indexing one source file, the same way in the editor and in the benchmark: hash the bytes,
// take the cached extraction where the hash matches, otherwise decode and extract in one slice.

/**
 * `extractSource`, one stage per slice: reading, attributions, actors, positions. A long article
 * then blocks the host for its slowest stage instead of all four. The result is the same as
 * `extractSource` (a unit test holds the two together).
 */
export async function extractInSlices(input: SourceInput, slicer: Slicer): Promise<Extraction> {
  const source = await slicer.step(() => readArticle(input));
  const attributions = await slicer.step(() => findAttributions(source.text, { skip: source.chrome }));
  const cast = await slicer.step(() => findActors(source, attributions));
  const positions = await slicer.step(() => findPositions(source, cast.actors, cast.statements));
  return { version: 1, sources: [source], actors: cast.actors, statements: cast.statements, positions };
}

export type IndexOutcome = { kind: 'cache' | 'extracted'; extraction: Extraction } | { kind: 'error'; reason: string };

export interface SourceBytes {
  id: string;
  bytes: Uint8Array;
  size: number;
  mtime: number;
  format: SourceFormat;
}

export async function indexBytes(file: SourceBytes, maxBytes: number, cache: ExtractionCache, slicer: Slicer): Promise<IndexOutcome> {
  const hash = hashBytes(file.bytes);
  const hit = cache.lookup(file.id, hash);
  if (hit) {
    cache.set({ id: file.id, hash, size: file.size, mtime: file.mtime, extraction: hit });
    return { kind: 'cache', extraction: hit };
  }
  const decoded = decodeText(file.bytes, { maxBytes });
  if (!decoded.ok) {
    cache.delete(file.id);
    return { kind: 'error', reason: decoded.reason };
  }
  let extraction: Extraction;
  try {
    extraction = await extractInSlices({ id: file.id, path: file.id, text: decoded.text, format: file.format }, slicer);
  } catch (error) {
    cache.delete(file.id);
    return { kind: 'error', reason: `could not be read as an article: ${error instanceof Error ? error.message : String(error)}` };
  }
  cache.set({ id: file.id, hash, size: file.size, mtime: file.mtime, extraction });
  return { kind: 'extracted', extraction };
}

/** Parses one cache shard in a slice and hands each entry to `put` in another. */
export async function restoreShard(shard: string | Uint8Array, cache: ExtractionCache, slicer: Slicer, put: (id: string, extraction: Extraction) => void): Promise<number> {
  const entries = await slicer.step(() => parseShard(typeof shard === 'string' ? shard : new TextDecoder().decode(shard), cache.engine));
  await slicer.step(() => {
    cache.load(entries);
    for (const entry of entries) put(entry.id, entry.extraction);
  });
  return entries.length;
}
