import type { Extraction, SourceFormat, SourceInput } from './model';
import { extractionSteps } from './extract';
import { hashBytes, parseShard } from './cache';
import type { ExtractionCache } from './cache';
import type { Slicer } from './schedule';
import { decodeText } from './text/decode';

// Indexing one source file, the same way in the editor and in the benchmark: hash the bytes,
// take the cached extraction where the hash matches, otherwise decode and extract in one slice.

/** Runs a job of steps (a generator) one step per slicer step, yielding to the host between slices. */
export async function runInSlices<R>(steps: Generator<void, R, void>, slicer: Slicer): Promise<R> {
  for (;;) {
    const step = await slicer.step(() => steps.next());
    if (step.done) return step.value;
  }
}

/** `extractSource`, one stage per slice (the stages are `extractionSteps`, shared with `extractSource`). */
export function extractInSlices(input: SourceInput, slicer: Slicer): Promise<Extraction> {
  return runInSlices(extractionSteps(input), slicer);
}

/** `hash` is the bytes' hash: the key a corpus keeps with the source (`Corpus.put`). */
export type IndexOutcome = { kind: 'cache' | 'extracted'; extraction: Extraction; hash: string } | { kind: 'error'; reason: string };

export interface SourceBytes {
  id: string;
  bytes: Uint8Array;
  size: number;
  mtime: number;
  format: SourceFormat;
}

/** How a source is extracted: in slices on this thread (the default), or elsewhere. */
export type Extract = (input: SourceInput, slicer: Slicer) => Promise<Extraction>;

export async function indexBytes(file: SourceBytes, maxBytes: number, cache: ExtractionCache, slicer: Slicer, extract: Extract = extractInSlices): Promise<IndexOutcome> {
  const hash = hashBytes(file.bytes);
  const hit = cache.lookup(file.id, hash);
  if (hit) {
    cache.set({ id: file.id, hash, size: file.size, mtime: file.mtime, extraction: hit });
    return { kind: 'cache', extraction: hit, hash };
  }
  const decoded = decodeText(file.bytes, { maxBytes });
  if (!decoded.ok) {
    cache.delete(file.id);
    return { kind: 'error', reason: decoded.reason };
  }
  let extraction: Extraction;
  try {
    extraction = await extract({ id: file.id, path: file.id, text: decoded.text, format: file.format }, slicer);
  } catch (error) {
    cache.delete(file.id);
    return { kind: 'error', reason: `could not be read as an article: ${error instanceof Error ? error.message : String(error)}` };
  }
  cache.set({ id: file.id, hash, size: file.size, mtime: file.mtime, extraction });
  return { kind: 'extracted', extraction, hash };
}

/** Parses one cache shard in a slice and hands each entry to `put` in another. */
export async function restoreShard(shard: string | Uint8Array, cache: ExtractionCache, slicer: Slicer, put: (id: string, extraction: Extraction, hash: string) => void): Promise<number> {
  const entries = await slicer.step(() => parseShard(typeof shard === 'string' ? shard : new TextDecoder().decode(shard), cache.engine));
  await slicer.step(() => {
    cache.load(entries);
    for (const entry of entries) put(entry.id, entry.extraction, entry.hash);
  });
  return entries.length;
}
