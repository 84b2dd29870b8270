import * as assert from 'node:assert/strict';
import { workspaceIndex as index } from '../helpers';

// The shared index in a real extension host: where extraction runs, and the one published data
// object that every feature reads. (Named under "sidebar" so the sidebar's test run includes it.)

describe('sidebar index', () => {
  it('extracts on a thread of its own in the Node extension host', async () => {
    const i = await index();
    assert.equal(i.extractionMode(), 'thread');
  });

  it('publishes one corrected data object that agrees with the corpus, sources with their text', async () => {
    const i = await index();
    const data = i.data;
    assert.ok(data.view.actors.length > 0, 'the sample has actors');
    assert.equal(data.statements.size, i.corpus.statements.length);
    for (const statement of data.statements.values()) {
      assert.ok(data.has(statement.source));
      const text = data.source(statement.source)?.text ?? '';
      assert.ok(statement.content.every((span) => span.end <= text.length), `the statement ${statement.id} lies inside its source's text`);
      if (statement.speaker) assert.ok(data.actors.has(statement.speaker), `the speaker ${statement.speaker} is a shown actor`);
    }
    assert.deepEqual(data.sources().map((source) => source.id), i.corpus.sources.map((source) => source.id));
    assert.ok(data.sources().every((source) => source.text.length > 0));
    assert.equal(i.data, data, 'reading it again without a change gives the same object');
  });
});
