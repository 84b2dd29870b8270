import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionCache } from '../../src/core/cache';
import { extractSource } from '../../src/core/extract';
import { extractInSlices, indexBytes, restoreShard } from '../../src/core/indexing';
import { Slicer } from '../../src/core/schedule';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'media', 'sample', 'nato-stoltenberg-combat-troops.txt'), 'utf8');
const bytes = new TextEncoder().encode(sample);

describe('indexing', () => {
  it('extracts in slices exactly what extractSource extracts', async () => {
    const input = { id: 'a', path: 'a', text: sample, format: 'text' as const };
    assert.deepEqual(await extractInSlices(input, new Slicer()), extractSource(input));
  });

  it('extracts once, then answers from the cache while the bytes are the same', async () => {
    const cache = new ExtractionCache('e');
    const first = await indexBytes({ id: 'a', bytes, size: bytes.length, mtime: 1, format: 'text' }, 5e6, cache, new Slicer());
    assert.equal(first.kind, 'extracted');
    const second = await indexBytes({ id: 'a', bytes, size: bytes.length, mtime: 2, format: 'text' }, 5e6, cache, new Slicer());
    assert.equal(second.kind, 'cache');
    const changed = new TextEncoder().encode(`${sample}\nOne more line.`);
    assert.equal((await indexBytes({ id: 'a', bytes: changed, size: changed.length, mtime: 3, format: 'text' }, 5e6, cache, new Slicer())).kind, 'extracted');
  });

  it('reports binary and over-limit bytes as errors with a reason, and caches nothing for them', async () => {
    const cache = new ExtractionCache('e');
    const binary = await indexBytes({ id: 'b', bytes: new Uint8Array([0x89, 0x50, 0, 0, 1]), size: 5, mtime: 0, format: 'text' }, 5e6, cache, new Slicer());
    assert.equal(binary.kind, 'error');
    if (binary.kind === 'error') assert.match(binary.reason, /binary/);
    const large = await indexBytes({ id: 'c', bytes, size: bytes.length, mtime: 0, format: 'text' }, 100, cache, new Slicer());
    assert.equal(large.kind, 'error');
    assert.equal(cache.size, 0);
  });

  it('restores a saved cache into the same extractions', async () => {
    const cache = new ExtractionCache('e');
    const outcome = await indexBytes({ id: 'a', bytes, size: bytes.length, mtime: 1, format: 'text' }, 5e6, cache, new Slicer());
    const restored = new ExtractionCache('e');
    const put: unknown[] = [];
    const shards = cache.takeDirtyShards();
    assert.ok(shards.length > 0);
    for (const shard of shards) if (shard.text) await restoreShard(shard.text, restored, new Slicer(), (_id, x) => put.push(x));
    assert.equal(put.length, 1);
    assert.deepEqual(put[0], outcome.kind === 'error' ? undefined : outcome.extraction);
    const other = new ExtractionCache('another engine');
    for (const shard of shards) if (shard.text) await restoreShard(shard.text, other, new Slicer(), () => assert.fail('a shard of another engine was used'));
  });
});
