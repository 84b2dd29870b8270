// Known cue verbs in constructions the plainer rules do not read.
import * as assert from 'node:assert/strict';
import { only } from './attributions.fixture';

describe('attributions: a cue after a fenced aside', () => {
  it('"Cole, a historian at the college, writes that …": the name before the aside speaks', () => {
    const a = only('Ann Cole, a historian at the college, writes that the ferry will not run this winter.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole', 'writes', 'indirect', ['the ferry will not run this winter']]);
    const b = only('Ann Cole, a historian at the college, calls the ferry “a relic.”');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Ann Cole', 'calls', 'direct', ['a relic.']]);
  });
});
