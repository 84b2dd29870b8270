import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/model';

describe('model', () => {
  it('offsets slice the text exactly', () => {
    const text = 'NATO said “no”.';
    const span: Span = { start: 11, end: 13 };
    assert.equal(text.slice(span.start, span.end), 'no');
  });
});
