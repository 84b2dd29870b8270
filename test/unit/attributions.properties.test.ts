import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findAttributions } from '../../src/core/extract/attributions';

// Text built from the pieces attributions are made of, so that the rules actually fire.
const pieces = fc.constantFrom(
  'said', 'says', 'told', 'according to', 'he', 'officials', 'Mr.', 'Smith', 'the', 'plan', ',', '.', ':', ' ', ' ', ' ',
  '\n', '\r\n', '\n\n', '“', '”', '"', "''", '‘', '’', '\u00a0', '\u00ad', 'that', 'and', 'added', 'adding', 'called', '—', '😀',
);
const newsy = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), newsy);

describe('attributions: properties', () => {
  it('never throws, keeps every offset inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findAttributions(text);
        for (const a of found) {
          const spans = [...a.content, a.speakerSpan, a.cue, a.addresseeSpan];
          for (const s of spans) {
            if (!s) continue;
            assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end));
            assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} in ${text.length}`);
          }
          assert.ok(a.content.length > 0);
          if (a.cue) assert.equal(text.slice(a.cue.start, a.cue.end), a.cue.text);
        }
        assert.deepEqual(findAttributions(text), found);
      }),
      { numRuns: 400 },
    );
  });

  it('skip ranges never give content', () => {
    fc.assert(
      fc.property(newsy, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 40));
        const skip = [{ start, end }];
        for (const found of findAttributions(text, { skip })) {
          for (const s of found.content) assert.ok(s.end <= start || s.start >= end || start === end, 'content in a skipped range');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('pathological inputs finish and stay sane', function () {
    this.timeout(60000); // a loaded machine is slow; the benchmark measures speed
    for (const text of ['"'.repeat(100000), '“'.repeat(50000) + '”'.repeat(50000), 'He said '.repeat(20000), '“a ‘b '.repeat(20000), 'x'.repeat(200000)]) {
      const found = findAttributions(text);
      for (const a of found) for (const s of a.content) assert.ok(s.end <= text.length);
    }
  });
});
