import * as assert from 'node:assert/strict';
import type { Extraction } from '../../src/core/model';
import { ExtractionCache, hashBytes, parseShard, serializeShard, shardOf } from '../../src/core/cache';

function extraction(id: string): Extraction {
  return { version: 1, sources: [{ id, path: id, title: 't', format: 'text', text: 'x' }], actors: [], statements: [], positions: [] };
}

describe('extraction cache', () => {
  it('hashes bytes: same bytes same hash, one byte different another', () => {
    const a = new TextEncoder().encode('NATO said no.');
    const b = new TextEncoder().encode('NATO said so.');
    assert.equal(hashBytes(a), hashBytes(new Uint8Array(a)));
    assert.notEqual(hashBytes(a), hashBytes(b));
  });

  it('round-trips a shard written by the same engine', () => {
    const entry = { id: 'file:///a.txt', hash: 'h', size: 1, mtime: 2, extraction: extraction('file:///a.txt') };
    assert.deepEqual(parseShard(serializeShard('e1', [entry]), 'e1'), [entry]);
  });

  it('ignores a shard from another engine version, or a corrupt one', () => {
    const entry = { id: 'a', hash: 'h', size: 1, mtime: 2, extraction: extraction('a') };
    assert.deepEqual(parseShard(serializeShard('e1', [entry]), 'e2'), []);
    assert.deepEqual(parseShard('{"format":1,', 'e1'), []);
    assert.deepEqual(parseShard('{"format":1,"engine":"e1","entries":[{"id":"a"}]}', 'e1'), []);
  });

  it('finds an entry only where the hash matches, and writes only changed shards', () => {
    const cache = new ExtractionCache('e1');
    cache.set({ id: 'a', hash: 'h1', size: 1, mtime: 1, extraction: extraction('a') });
    assert.ok(cache.lookup('a', 'h1'));
    assert.equal(cache.lookup('a', 'h2'), undefined);
    const first = cache.takeDirtyShards();
    assert.equal(first.length, 1);
    assert.deepEqual(cache.takeDirtyShards(), []);
    cache.delete('a');
    const emptied = cache.takeDirtyShards();
    assert.equal(emptied[0]?.text, null);
    assert.equal(shardOf('a'), shardOf('a'));
  });
});
