// Folding for matching: curly and straight quote marks, non-breaking and other odd spaces, dashes,
// soft hyphens and other invisible characters are treated alike, without ever rewriting the text
// that offsets index. Two tools:
//   - foldSameLength(text): a string of the same length, character for character, so any index
//     into it is an index into the original. Use it to match where offsets must not move.
//   - foldText(text, options): a folded copy that may also drop characters (soft hyphens,
//     zero-width characters, runs of spaces) with a map from folded indices back to the original;
//     findFolded() searches with it and answers in original offsets.

/** Single quote marks and apostrophes: ‘ ’ ‚ ‛ ′ ` ´ and the modifier-letter apostrophe. */
const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc';
/** Double quote marks: “ ” „ ‟ ″ « » and the fullwidth quote. */
const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02';
/** Spaces that are not U+0020: no-break, en/em and thin spaces, narrow no-break, ideographic. */
const SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';
/** Dashes and hyphens that read as "-": hyphen, non-breaking hyphen, figure/en/em dash, minus. */
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
/**
 * Characters that take no room on the page: soft hyphen, zero-width space/non-joiner/joiner,
 * word joiner, left-to-right and right-to-left marks, byte order mark.
 */
const INVISIBLES = '\u00ad\u200b\u200c\u200d\u2060\u200e\u200f\ufeff';

const SAME_LENGTH = new Map<string, string>();
for (const c of SINGLE_QUOTES) SAME_LENGTH.set(c, "'");
for (const c of DOUBLE_QUOTES) SAME_LENGTH.set(c, '"');
for (const c of SPACES) SAME_LENGTH.set(c, ' ');
for (const c of DASHES) SAME_LENGTH.set(c, '-');

const FOLDABLE = new RegExp(`[${[...SAME_LENGTH.keys()].join('')}]`, 'g');

/** The one-character fold of `ch`: "'" for any single quote mark, '"' for any double, ' ' for odd spaces, '-' for dashes. */
export function foldChar(ch: string): string {
  return SAME_LENGTH.get(ch) ?? ch;
}

/** True for characters that take no room on the page (soft hyphen, zero-width characters, BOM). */
export function isInvisible(ch: string): boolean {
  return ch.length === 1 && INVISIBLES.includes(ch);
}

export function isDoubleQuote(ch: string): boolean {
  return ch === '"' || DOUBLE_QUOTES.includes(ch);
}

export function isSingleQuote(ch: string): boolean {
  return ch === "'" || SINGLE_QUOTES.includes(ch);
}

/**
 * Quote marks, spaces and dashes folded to their plain ASCII form, one character for one, so the
 * result has the same length and every index in it is an index into `text`.
 * Invisible characters are left in place (dropping them would move offsets): use foldText() for that.
 */
export function foldSameLength(text: string): string {
  return text.replace(FOLDABLE, (c) => SAME_LENGTH.get(c) ?? c);
}

export interface FoldOptions {
  /** Lower-case (only where a character lower-cases to one code unit, so the map stays exact). */
  caseFold?: boolean;
  /** Fold every run of whitespace (line breaks included) to one space. */
  collapseSpaces?: boolean;
}

/** A folded copy of a text and the way back to the original's offsets. */
export interface Folded {
  text: string;
  /**
   * `offsets[i]` is the original index of folded character i; `offsets[text.length]` is the
   * original length, so a folded end index maps back too.
   */
  offsets: Uint32Array;
}

/**
 * Folds for matching: quote marks, spaces and dashes as in foldSameLength(), invisible characters
 * dropped, and optionally case and runs of whitespace folded. Keeps the map back to `text`.
 */
export function foldText(text: string, options: FoldOptions = {}): Folded {
  const out: string[] = [];
  const offsets = new Uint32Array(text.length + 1);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const raw = text[i] as string;
    if (INVISIBLES.includes(raw)) continue;
    let ch = SAME_LENGTH.get(raw) ?? raw;
    if (options.collapseSpaces && (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\f' || ch === '\v')) {
      if (lastWasSpace) continue;
      ch = ' ';
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    if (options.caseFold) {
      const lower = ch.toLowerCase();
      if (lower.length === 1) ch = lower;
    }
    out.push(ch);
    offsets[n++] = i;
  }
  offsets[n] = text.length;
  return { text: out.join(''), offsets: offsets.subarray(0, n + 1) };
}

/**
 * The original span of folded [start, end): from the first folded character's original index to
 * just after the last one's, so characters dropped at either edge stay outside the span.
 */
export function spanToOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  const from = folded.offsets[start] ?? folded.offsets[folded.offsets.length - 1] ?? 0;
  if (end <= start) return { start: from, end: from };
  const last = folded.offsets[end - 1] ?? from;
  return { start: from, end: last + 1 };
}

/**
 * Finds `needle` in `haystack` with both folded alike (quote marks, spaces, dashes, invisible
 * characters, and by default case and runs of whitespace), answering in the haystack's original
 * offsets, or undefined. Pass a ready `Folded` haystack to search the same text many times.
 */
export function findFolded(
  haystack: string | Folded,
  needle: string,
  options: FoldOptions & { from?: number } = { caseFold: true, collapseSpaces: true },
): { start: number; end: number } | undefined {
  const fold: FoldOptions = { caseFold: options.caseFold, collapseSpaces: options.collapseSpaces };
  const hay = typeof haystack === 'string' ? foldText(haystack, fold) : haystack;
  let wanted = foldText(needle, fold).text;
  if (fold.collapseSpaces) wanted = wanted.trim();
  if (!wanted) return undefined;
  const fromFolded = options.from ? foldedIndexAt(hay, options.from) : 0;
  const at = hay.text.indexOf(wanted, fromFolded);
  if (at < 0) return undefined;
  return spanToOriginal(hay, at, at + wanted.length);
}

/** The first folded index whose original offset is at or after `offset` (a binary search). */
export function foldedIndexAt(folded: Folded, offset: number): number {
  let lo = 0;
  let hi = folded.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((folded.offsets[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
