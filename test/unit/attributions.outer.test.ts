// The outer statement keeps its place when another cue lies inside what was said.
import * as assert from 'node:assert/strict';
import { read } from './attributions.fixture';

describe('attributions: an outer statement with a cue inside what was said', () => {
  it('"X said that while polls showed A, B": the clause after "that" belongs to what X said', () => {
    const found = read('The mayor said that while polls showed her support falling, the race was still close.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['while polls showed her support falling, the race was still close']],
    ]);
  });
});
