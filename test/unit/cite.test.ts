import * as assert from 'node:assert/strict';
import type { Actor, Source, Statement } from '../../src/core/model';
import { applyEdits, formatCitation, formatDate, insertQuote, nextFootnoteLabel, quoteText, quotedSpans } from '../../src/core/cite';

const TEXT = 'Kremlin spokesman Dmitry Peskov called that issue “a matter of life and death” for Russia. Peskov said talks would go on.';
const source: Source = {
  id: 'file:///news/peskov.txt',
  path: 'news/peskov.txt',
  title: 'Kremlin on NATO',
  publisher: 'RT',
  published: '2022-01-11',
  format: 'text',
  text: TEXT,
};
const peskov: Actor = { id: 'p', name: 'Dmitry Peskov', kind: 'person', aliases: ['Peskov'], mentions: [] };

function statement(kind: Statement['kind'], content: string): Statement {
  const start = TEXT.indexOf(content);
  return { id: 's', source: source.id, speaker: 'p', speakerSpan: null, cue: null, content: [{ start, end: start + content.length }], text: content, kind };
}
const mixed = statement('mixed', 'that issue “a matter of life and death” for Russia');
const indirect = statement('indirect', 'talks would go on');

describe('cite: quotes', () => {
  it('quotes only the quoted fragments of a mixed statement', () => {
    const [span] = quotedSpans(mixed, TEXT);
    assert.equal(TEXT.slice(span.start, span.end), 'a matter of life and death');
    assert.equal(quoteText(mixed, source, peskov), 'Dmitry Peskov: “a matter of life and death”');
  });

  it('puts no quotation marks around a paraphrase', () => {
    assert.equal(quoteText(indirect, source, peskov), 'Dmitry Peskov, paraphrased: talks would go on');
  });

  it('reads the quoted fragments of a British source in single marks', () => {
    const text = 'The minister called it ‘a question the government won’t answer’ on Monday.';
    const s: Statement = { ...mixed, content: [{ start: 0, end: text.length - 1 }] };
    const [span] = quotedSpans(s, text);
    assert.equal(text.slice(span.start, span.end), 'a question the government won’t answer');
  });

  it('drops the comma that closes a direct quote', () => {
    const text = '“We are ready to talk,” he said.';
    const s: Statement = { ...mixed, kind: 'direct', content: [{ start: 1, end: 22 }] };
    const [span] = quotedSpans(s, text);
    assert.equal(text.slice(span.start, span.end), 'We are ready to talk');
  });
});

describe('cite: citations', () => {
  it('formats each style, leaving out what is unknown', () => {
    assert.equal(formatCitation(source, 'plain'), '(Kremlin on NATO, RT, January 11, 2022)');
    assert.equal(formatCitation(source, 'link'), '[Kremlin on NATO](news/peskov.txt)');
    assert.equal(formatCitation(source, 'footnote'), 'Kremlin on NATO, RT, January 11, 2022. news/peskov.txt');
    const bare: Source = { ...source, publisher: undefined, published: undefined, title: '' };
    assert.equal(formatCitation(bare, 'plain'), '(peskov.txt)');
  });

  it('makes link targets and titles safe for Markdown', () => {
    const odd: Source = { ...source, title: 'A [big] day', path: 'my news/a (1).txt' };
    assert.equal(formatCitation(odd, 'link'), '[A \\[big\\] day](my%20news/a%20%281%29.txt)');
  });

  it('formats dates and keeps what it cannot read', () => {
    assert.equal(formatDate('2016-03-01'), 'March 1, 2016');
    assert.equal(formatDate('2016-03'), 'March 2016');
    assert.equal(formatDate('last Tuesday'), 'last Tuesday');
  });
});

describe('cite: inserting a quote', () => {
  it('numbers a footnote after the existing ones, skipping named labels', () => {
    assert.equal(nextFootnoteLabel('a[^1] b[^note] c[^3]\n\n[^1]: x\n[^note]: y\n[^3]: z\n'), '4');
    assert.equal(nextFootnoteLabel('no notes'), '1');
  });

  it('inserts the quote with a footnote and appends the definition', () => {
    const doc = 'He wrote[^1] that \n\n[^1]: Earlier source.\n';
    const at = doc.indexOf('that ') + 5;
    const result = insertQuote(doc, at, mixed, source, peskov, 'footnote');
    assert.equal(result.label, '2');
    assert.equal(
      applyEdits(doc, result.edits),
      'He wrote[^1] that Dmitry Peskov: “a matter of life and death”[^2]\n\n[^1]: Earlier source.\n[^2]: Kremlin on NATO, RT, January 11, 2022. news/peskov.txt\n',
    );
  });

  it('separates the first definition from the text by a blank line, also at the very end', () => {
    const doc = 'Draft: ';
    const result = insertQuote(doc, doc.length, mixed, source, undefined, 'footnote');
    assert.equal(result.edits.length, 1);
    assert.equal(applyEdits(doc, result.edits), 'Draft: “a matter of life and death”[^1]\n\n[^1]: Kremlin on NATO, RT, January 11, 2022. news/peskov.txt\n');
  });

  it('reuses the footnote of a source already cited', () => {
    const doc = 'A[^1]\n\n[^1]: Kremlin on NATO, RT, January 11, 2022. news/peskov.txt\n';
    const result = insertQuote(doc, 1, mixed, source, undefined, 'footnote');
    assert.equal(result.edits.length, 1);
    assert.equal(applyEdits(doc, result.edits), 'A“a matter of life and death”[^1][^1]\n\n[^1]: Kremlin on NATO, RT, January 11, 2022. news/peskov.txt\n');
  });

  it('replaces the selection with a linked or plain citation', () => {
    const doc = 'Say XXX here.';
    const link = insertQuote(doc, 4, mixed, source, peskov, 'link', { end: 7, location: 'https://example.org/a(1)' });
    assert.equal(applyEdits(doc, link.edits), 'Say Dmitry Peskov: “a matter of life and death” ([Kremlin on NATO](https://example.org/a%281%29)) here.');
    const plain = insertQuote(doc, 4, mixed, source, peskov, 'plain', { end: 7 });
    assert.equal(applyEdits(doc, plain.edits), 'Say Dmitry Peskov: “a matter of life and death” (Kremlin on NATO, RT, January 11, 2022) here.');
  });
});
