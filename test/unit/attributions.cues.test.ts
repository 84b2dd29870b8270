// Cue words outside the common speech verbs, each kept for what it adds on annotated news.
import * as assert from 'node:assert/strict';
import { only } from './attributions.fixture';

describe('attributions: less common cue verbs', () => {
  it('"outlined", "interjected", "downplayed" speak for their subject', () => {
    const a = only('The mayor outlined a plan to rebuild the ferry dock.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'outlined', 'indirect', ['a plan to rebuild the ferry dock']]);
    const b = only('The treasurer interjected that the budget was already spent.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The treasurer', 'interjected', 'indirect', ['the budget was already spent']]);
    const c = only('The council downplayed the cost of the new bridge.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The council', 'downplayed', 'indirect', ['the cost of the new bridge']]);
  });
});
