// Properties of the whole engine on any input: it never throws, every offset lies inside the
// text, every reported text is the text at its offsets, and the same input gives the same output.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractSource } from '../../src/core/extract';
import { setHtmlParser } from '../../src/core/text/article';
import { decodeText } from '../../src/core/text/decode';
import { foldChar, foldSameLength, foldText, isInvisible } from '../../src/core/text/normalize';
import type { Extraction, Span } from '../../src/core/model';

/** What is wrong with an extraction, or an empty list. */
function problems(x: Extraction): string[] {
  const found: string[] = [];
  const source = x.sources[0];
  if (!source) return ['no source'];
  const n = source.text.length;
  const check = (what: string, span: Span | null | undefined): void => {
    if (!span) return;
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= n;
    if (!ok) found.push(`${what} [${span.start}, ${span.end}) outside the text of length ${n}`);
  };
  for (const c of source.chrome ?? []) check('chrome', c);
  for (const a of x.actors) {
    for (const m of a.mentions) {
      check(`mention of ${a.name}`, m);
      if (m.source !== source.id) found.push(`mention of ${a.name} in an unknown source ${m.source}`);
    }
  }
  for (const s of x.statements) {
    check('speakerSpan', s.speakerSpan);
    check('addresseeSpan', s.addresseeSpan);
    check('cue', s.cue);
    for (const c of s.content) check('content', c);
    if (s.cue && source.text.slice(s.cue.start, s.cue.end) !== s.cue.text) found.push(`cue text ${JSON.stringify(s.cue.text)} is not the text at its offsets`);
    if (s.content.length === 1) {
      const c = s.content[0] as Span;
      if (source.text.slice(c.start, c.end) !== s.text) found.push(`statement text ${JSON.stringify(s.text)} is not the text at its content span`);
    }
    if (s.content.length > 1) {
      const joined = s.content.map((c) => source.text.slice(c.start, c.end)).join(' … ');
      if (joined !== s.text) found.push(`statement text ${JSON.stringify(s.text)} is not its content spans joined by " … "`);
    }
    for (const c of s.content) {
      for (const chrome of source.chrome ?? []) {
        if (c.start < chrome.end && chrome.start < c.end) found.push(`content ${JSON.stringify(source.text.slice(c.start, c.end))} overlaps page chrome ${JSON.stringify(source.text.slice(chrome.start, chrome.end))}`);
      }
    }
    if (s.speaker && !x.actors.some((a) => a.id === s.speaker)) found.push(`statement speaker ${s.speaker} is not an actor`);
  }
  return found;
}

const FRAGMENTS = [
  'The minister said', 'said', 'told reporters', 'according to officials', 'he added', 'she said:', 'they say',
  '“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', ':', ' ', '  ', '\n', '\r\n', '\n\n', '\u00a0', '\u00ad', '\u200b',
  'Secretary General Anna Berg', 'Berg', 'NATO', 'the alliance', 'Moscow', 'Russia', 'Washington', 'the US',
  'Kremlin spokesman Ivan Petrov', 'Petrov', 'officials', 'the State Department', 'President', 'Dr.', 'U.S.',
  'we will not send troops', 'a matter of principle', 'that the talks would continue', 'called it',
  'Read more', 'Post a Comment', '© Getty Images / x', 'Advertisement', '—', '(AP Photo/X)', '😀', 'é', 'İ',
];

const newsLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '\n', ' '), { minLength: parts.length, maxLength: parts.length }).map((seps) =>
    parts.map((p, i) => p + (seps[i] ?? '')).join(''),
  ),
);

const CHROME_LINES = ['Read more', 'Related:', 'Post a Comment', '© Getty Images / Someone', 'Photo: A. Person', 'Advertisement', 'Subscribe to our newsletter', 'Share this article', 'Leaders meet again next week'];

/** Pages: lines of news-like text with page chrome between them, any line ends. */
const pageLike = fc
  .array(fc.oneof(newsLike.map((t) => t.replace(/[\r\n]+/g, ' ')), fc.constantFrom(...CHROME_LINES)), { minLength: 1, maxLength: 12 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n').map((end) => `Title line${end}${lines.join(end)}`));

const anyText = fc.oneof(
  pageLike,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('"', '“', '”', '‘', '’', "'", ' ', '\n', 'a', 'A', '.', ','), maxLength: 200 }),
  newsLike,
);

const paths = fc.constantFrom('a.txt', 'a.md', 'notes');

describe('properties of the engine', function () {
  this.timeout(120_000);
  afterEach(() => setHtmlParser(undefined));

  it('never throws, keeps every offset inside the text, and reports the text at its offsets', () => {
    fc.assert(
      fc.property(anyText, paths, (text, path) => {
        const x = extractSource({ path, text });
        assert.deepEqual(problems(x), []);
        assert.equal(x.sources[0]?.text, text, 'plain text and Markdown are never rewritten');
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const first = JSON.stringify(extractSource({ path: 'a.txt', text }));
        const second = JSON.stringify(extractSource({ path: 'a.txt', text }));
        assert.equal(second, first);
      }),
      { numRuns: 60 },
    );
  });

  for (const [label, parser] of [['with a DOM', parseHTML], ['without a DOM', undefined]] as const) it(`holds on HTML sources too (${label}), whose offsets index the extracted text`, () => {
    setHtmlParser(parser);
    const html = fc.array(newsLike, { maxLength: 6 }).map((paras) => `<html><head><title>T</title></head><body>${paras.map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join('')}<script>var x = "said “no”";</script></body></html>`);
    fc.assert(
      fc.property(html, (text) => {
        const x = extractSource({ path: 'page.html', text });
        assert.deepEqual(problems(x), []);
        assert.ok(!x.sources[0]?.text.includes('var x'), 'scripts never reach the text');
      }),
      { numRuns: 30 },
    );
  });
});

describe('properties of decoding and folding', () => {
  it('decodes any text encoded as UTF-8 back to itself, with or without a BOM', () => {
    // Control characters other than tab, line ends and form feed make a file look binary, and a
    // leading U+FEFF is a byte order mark: both left out here.
    const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
    const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((t) => !t.startsWith('\ufeff') && ![...t].some((ch) => isControl(ch.charCodeAt(0))));
    fc.assert(
      fc.property(text, fc.boolean(), (t, bom) => {
        const bytes = new TextEncoder().encode(t);
        const input = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
        assert.deepEqual(decodeText(input), { ok: true, text: t });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any bytes, and always says why it refuses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 500 }), (bytes, maxBytes) => {
        const decoded = decodeText(bytes, { maxBytes });
        if (!decoded.ok) assert.ok(decoded.reason.length > 10);
        else assert.equal(typeof decoded.text, 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('folds without moving offsets, and maps every folded character back to its original', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('“', '”', '’', '\u00a0', '\u00ad', '\u200b', '—', 'a', 'B', ' ', '\n', '\r'), maxLength: 200 })), (t) => {
        assert.equal(foldSameLength(t).length, t.length);
        const folded = foldText(t);
        assert.equal(folded.offsets.length, folded.text.length + 1);
        for (let i = 0; i < folded.text.length; i++) {
          const original = t[folded.offsets[i] as number] as string;
          assert.ok(!isInvisible(original));
          assert.equal(folded.text[i], foldChar(original));
          if (i > 0) assert.ok((folded.offsets[i] as number) > (folded.offsets[i - 1] as number));
        }
      }),
      { numRuns: 200 },
    );
  });
});
