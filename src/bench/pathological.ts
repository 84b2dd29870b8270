// Hostile inputs for timing the engine: each is built to a given length (in UTF-16 code units),
// deterministically, so runs compare.

export type PathologicalKind = 'quote-marks' | 'one-long-line' | 'one-sentence' | 'nested-quotes' | 'big-article' | 'deep-html' | 'big-html';

export const PATHOLOGICAL_KINDS: PathologicalKind[] = ['quote-marks', 'one-long-line', 'one-sentence', 'nested-quotes', 'big-article', 'deep-html', 'big-html'];

/** The kinds that are HTML pages (read through the DOM parser). */
export const HTML_KINDS: PathologicalKind[] = ['deep-html', 'big-html'];

const FRAGMENTS = [
  'The minister said on Monday that “the talks will continue,” adding that officials were ready.',
  '“We will not send troops,” Secretary General Anna Berg told reporters in Brussels.',
  'According to the State Department, the proposals were “simply non-starters.”',
  'She added: “This is a matter of principle.” Officials said the plan would be published later.',
  'Prime Minister John Carter says the government “will refuse all concessions,” a spokesman said.',
  'The Kremlin called it ‘a provocation,’ while Washington rejected the claim.',
];

/** A pseudo-random sequence that is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function repeatTo(pieces: string[], length: number, joiner: string): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < length; i++) {
    const piece = pieces[i % pieces.length] as string;
    out.push(piece);
    n += piece.length + joiner.length;
  }
  return out.join(joiner).slice(0, length);
}

/**
 * - quote-marks: nothing but quote marks of every kind, in a random order;
 * - one-long-line: news sentences with quotes and cues on one line, no line break;
 * - one-sentence: the same without sentence ends, so every statement is in one sentence;
 * - nested-quotes: quotes opened inside quotes as deep as the length allows, then all closed;
 * - big-article: paragraphs of news text (the given articles where there are some) separated by blank lines;
 * - deep-html: elements nested as deep as the length allows;
 * - big-html: a page of many paragraphs of news text.
 */
export function pathological(kind: PathologicalKind, length: number, articles: string[] = []): string {
  switch (kind) {
    case 'quote-marks': {
      const marks = '"“”‘’\'«»';
      const next = lcg(7);
      const out = new Array<string>(length);
      for (let i = 0; i < length; i++) out[i] = marks[Math.floor(next() * marks.length)] as string;
      return out.join('');
    }
    case 'one-long-line':
      return repeatTo(FRAGMENTS, length, ' ');
    case 'one-sentence':
      // Sentence ends dropped: every statement shares one sentence.
      return repeatTo(FRAGMENTS.map((f) => f.replace(/[.!?](?=[”’"']?(?:\s|$))/g, '')), length, ', and ');
    case 'nested-quotes': {
      const opens: string[] = [];
      const closes: string[] = [];
      let n = 0;
      for (let depth = 0; n < length; depth++) {
        const [open, close] = depth % 2 === 0 ? ['“', '”'] : ['‘', '’'];
        const speaker = `Official ${String.fromCharCode(65 + (depth % 26))} said ${open}`;
        opens.push(speaker);
        closes.push(`${close}, he added`);
        n += speaker.length + close.length + 10;
      }
      return (opens.join('') + closes.reverse().join('')).slice(0, length);
    }
    case 'big-article':
      return repeatTo(articles.length ? articles : FRAGMENTS, length, '\n\n');
    case 'deep-html': {
      const levels = Math.max(1, Math.floor((length - 40) / 11));
      return `<html><body>${'<div>'.repeat(levels)}deep text${'</div>'.repeat(levels)}</body></html>`.slice(0, length);
    }
    case 'big-html': {
      const paragraphs = (articles.length ? articles : FRAGMENTS).flatMap((a) => a.split(/\n\n+/)).map((p) => `<div class="para"><p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div>`);
      return `<html><head><title>A long page</title></head><body><article>${repeatTo(paragraphs, length - 60, '\n')}</article></body></html>`;
    }
  }
}
