// Tokens of one sentence, with every outermost quotation folded into a single token.
import type { Span } from '../../model';
import type { Quotation } from './quotes';
import { ABBREVIATIONS } from '../../text/sentences';

export interface Token extends Span {
  kind: 'word' | 'punct' | 'quote';
  /** Lower-cased text, curly apostrophes made straight (for words), the mark for punctuation. */
  norm: string;
  /** Starts with a capital letter. */
  capital: boolean;
  quote?: Quotation;
}

/** Pronouns that stand as a verb's object for a person: "hit him on taxes", "went after them". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Possessive determiners: "his remarks", "their plan". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const FIGURE = /^[\d$]/;
/** "40", "$45", "1,280": a norm that opens with a digit or a dollar sign (absent: no figure). */
export function isFigure(norm: string | undefined): boolean {
  return norm !== undefined && FIGURE.test(norm);
}
/** Reflexive pronouns: "found himself in …", "billed herself as …". */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);

const WORD = /[\p{L}\p{N}]/u;
/** A letter or digit. ASCII is decided by code, the rest by WORD: the tokenizer reads every character of every article. */
const isWordChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(ch);
};
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u00ad' || ch === '\n' || ch === '\r' || ch === '\u2009' || ch === '\u202f';

/** A word lower-cased, curly apostrophes made straight; a word of lowercase ASCII letters is its own norm. */
function normOf(raw: string): string {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (!(c >= 97 && c <= 122)) {
      const lower = raw.toLowerCase();
      return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    }
  }
  return raw;
}

/** Whether a word's first letter changes when lower-cased (by code for ASCII). */
function isCapital(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return raw[0] !== raw[0]!.toLowerCase();
}

/**
 * Tokenizes `range` of `text`. `quotes` is sorted; those inside the range become quote tokens.
 * Linear in the range's length.
 */
export function tokenize(text: string, range: Span, quotes: readonly Quotation[], firstQuote = 0): Token[] {
  const tokens: Token[] = [];
  let q = firstQuote;
  let i = range.start;
  while (i < range.end) {
    while (q < quotes.length && quotes[q]!.start < i) q++;
    const quote = quotes[q];
    if (quote && quote.start === i) {
      const end = Math.min(quote.end, range.end);
      tokens.push({ start: i, end, kind: 'quote', norm: '"', capital: false, quote });
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < range.end) {
        const c = text[j]!;
        if (isWordChar(c)) j++;
        // Inner apostrophes, hyphens, dots and ampersands keep a word whole: O’Malley’s, U.S, AT&T.
        else if ((c === '’' || c === "'" || c === '-' || c === '.' || c === '&') && j + 1 < range.end && isWordChar(text[j + 1]!)) j += 2;
        // Thousands keep their commas: 1,100 and 250,000 are one number, not a list.
        else if (c === ',' && isDigit(text[j - 1]) && j + 3 < range.end && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) j += 4;
        // A plural possessive keeps its apostrophe: "Sanders’ campaign", "the voters' choice". A closing
        // quotation mark never gets here, being inside its quote token.
        else if ((c === '’' || c === "'") && text[j - 1] === 's' && j + 2 < range.end && isSpace(text[j + 1]!) && isWordChar(text[j + 2]!)) { j++; break; }
        else break;
      }
      // Titles and initials keep their period: "Mr.", "Sen.", "U.S.", "J."
      if (text[j] === '.' && j - i <= 6 && /^[A-Z]/.test(text[i]!)) {
        const word = text.slice(i, j);
        if (word.length === 1 || /^(?:[A-Z]\.)+[A-Z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase())) j++;
      }
      const raw = text.slice(i, j);
      tokens.push({ start: i, end: j, kind: 'word', norm: normOf(raw), capital: isCapital(raw) });
      i = j;
      continue;
    }
    // A horizontal bar (―) sets off an aside as an em dash does: "Cole ― who grew up there ― said …".
    tokens.push({ start: i, end: i + 1, kind: 'punct', norm: ch === '\u2015' ? '—' : ch, capital: false });
    i++;
  }
  return tokens;
}
