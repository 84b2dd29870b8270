import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSource } from '../../src/core/extract';
import { startExtractThread } from '../../src/vscode/extractThread';

const root = join(__dirname, '..', '..', '..');
const workerFile = join(root, 'dist', 'extractWorker.js');
const sample = readFileSync(join(root, 'media', 'sample', 'nato-stoltenberg-combat-troops.txt'), 'utf8');

describe('indexing: the extraction thread', () => {
  it('extracts on its own thread exactly what extractSource extracts here', async function () {
    if (!existsSync(workerFile)) this.skip(); // built by `npm run build`
    const thread = startExtractThread(workerFile);
    assert.ok(thread, 'this Node has worker threads');
    try {
      const input = { id: 'a', path: 'a', text: sample, format: 'text' as const };
      const [first, second] = await Promise.all([thread.extract(input), thread.extract({ ...input, id: 'b', path: 'b' })]);
      assert.deepEqual(first, extractSource(input));
      assert.equal(second.sources[0]?.id, 'b');
      assert.equal(thread.alive, true);
    } finally {
      thread.dispose();
    }
    assert.equal(thread.alive, false);
    await assert.rejects(thread.extract({ path: 'c', text: 'x' }), /stopped/);
  });

  it('is not started where the thread’s file is absent, so indexing stays on the host thread', () => {
    assert.equal(startExtractThread(join(root, 'dist', 'no-such-worker.js')), undefined);
    assert.equal(startExtractThread(undefined), undefined);
  });
});
