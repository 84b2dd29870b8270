import * as assert from 'node:assert/strict';
import { findFolded, foldedIndexAt, foldSameLength, foldText, isDoubleQuote, isInvisible, isSingleQuote, spanToOriginal } from '../../src/core/text/normalize';

describe('text/normalize', () => {
  it('folds curly quotes, odd spaces and dashes one for one, keeping the length', () => {
    const text = '“We’re ready”\u00a0— he said ‘no’\u202fnow';
    const folded = foldSameLength(text);
    assert.equal(folded, '"We\'re ready" - he said \'no\' now');
    assert.equal(folded.length, text.length);
  });

  it('leaves soft hyphens in place in the same-length fold (offsets must not move)', () => {
    assert.equal(foldSameLength('Kowal\u00adczyk'), 'Kowal\u00adczyk');
  });

  it('drops invisible characters in foldText and maps folded offsets back', () => {
    const text = 'Maria Kowal\u00adczyk said\u200b “no”';
    const folded = foldText(text);
    assert.equal(folded.text, 'Maria Kowalczyk said "no"');
    const at = folded.text.indexOf('Kowalczyk');
    const span = spanToOriginal(folded, at, at + 'Kowalczyk'.length);
    assert.equal(text.slice(span.start, span.end), 'Kowal\u00adczyk');
    assert.equal(folded.offsets[folded.text.length], text.length);
  });

  it('collapses whitespace runs and folds case on request', () => {
    const folded = foldText('The  Alliance\r\n\tSAID', { caseFold: true, collapseSpaces: true });
    assert.equal(folded.text, 'the alliance said');
  });

  it('finds a quote typed with straight marks in a text with curly ones, in original offsets', () => {
    const text = 'He said: “We are not ready to\u00a0compromise\u00adon core principles,” and left.';
    const span = findFolded(text, '"we are not ready to compromiseon core principles,"');
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end), '“We are not ready to\u00a0compromise\u00adon core principles,”');
  });

  it('finds across a line break and searches from an offset', () => {
    const text = 'said “no deal”.\nLater: said “no\r\ndeal”.';
    const first = findFolded(text, 'no deal');
    const second = findFolded(text, 'no deal', { caseFold: true, collapseSpaces: true, from: (first?.end ?? 0) });
    assert.equal(first?.start, 6);
    assert.ok(second);
    assert.equal(text.slice(second.start, second.end), 'no\r\ndeal');
    assert.equal(findFolded(text, 'absent words'), undefined);
    assert.equal(findFolded(text, '   '), undefined);
  });

  it('maps an original offset to the first folded index at or after it', () => {
    const folded = foldText('a\u00adb c');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((o) => foldedIndexAt(folded, o)), [0, 1, 1, 2, 3, 4]);
  });

  it('classifies quote marks and invisible characters', () => {
    assert.ok(isDoubleQuote('“') && isDoubleQuote('"') && isDoubleQuote('»'));
    assert.ok(isSingleQuote('’') && isSingleQuote("'"));
    assert.ok(!isDoubleQuote('’'));
    assert.ok(isInvisible('\u00ad') && isInvisible('\u200b') && !isInvisible(' '));
  });
});
