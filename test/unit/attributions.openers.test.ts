// Opening phrases and verb forms: how a statement's start and its verbs are read.
import * as assert from 'node:assert/strict';
import { only } from './attributions.fixture';

describe('attributions: irregular past forms end what was said', () => {
  it('"withdrew" after "and" opens a new clause, not more of the endorsement', () => {
    const a = only("Senator Ruiz endorsed the levy and Ohio's Dana Cole withdrew her support.");
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Senator Ruiz', 'endorsed', 'indirect', ['the levy']]);
  });
});
