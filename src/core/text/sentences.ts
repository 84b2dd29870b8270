// Paragraphs and sentences with offsets, in one pass and without changing the text.
import type { Span } from '../model';

/** Words whose trailing period does not end a sentence ("Mr. Smith", "Sen. Warren"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'maj', 'capt',
  'sgt', 'adm', 'cmdr', 'cpl', 'pvt', 'rev', 'hon', 'pres', 'supt', 'atty', 'amb', 'st', 'jr', 'sr', 'mt', 'ft',
  'inc', 'co', 'corp', 'ltd', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'v', 'etc', 'al', 'approx',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo',
  'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo',
  'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'e.g', 'i.e',
]);

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x3000 || c === 0xad;
const isNewline = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
/** Closing marks that may follow a sentence's final period: quotes and brackets. */
const CLOSERS = '”"’\')]»';
const OPENERS = '“"‘\'([«';

/** Non-empty lines, trimmed of surrounding spaces: news text puts one paragraph on a line. */
export function splitParagraphs(text: string, range: Span = { start: 0, end: text.length }): Span[] {
  const found: Span[] = [];
  let i = range.start;
  while (i < range.end) {
    let lineEnd = i;
    while (lineEnd < range.end && !isNewline(text.charCodeAt(lineEnd))) lineEnd++;
    let s = i;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) pushEntries(text, s, e, found);
    i = lineEnd + 1;
  }
  return found;
}

/**
 * A live blog's timestamp glued to the headline after it ("… February 6, 2016 9:12PMTrump Says …")
 * opens a new entry: the headline is a paragraph of its own, not the end of the byline before it.
 * After a full date ("February 6, 2016 8:38PM Rubio Thinks …") a space may stand between the two.
 */
const GLUED_TIMESTAMP = /\d:\d\d[AP]M(?=[A-Z])|\d{4} \d{1,2}:\d\d[AP]M (?=[A-Z][a-z])/g;

function pushEntries(text: string, s: number, e: number, found: Span[]): void {
  const line = text.slice(s, e);
  GLUED_TIMESTAMP.lastIndex = 0;
  let from = 0;
  for (let m = GLUED_TIMESTAMP.exec(line); m; m = GLUED_TIMESTAMP.exec(line)) {
    found.push({ start: s + from, end: s + m.index + m[0].trimEnd().length });
    from = m.index + m[0].length;
  }
  found.push({ start: s + from, end: e });
}

/** Whether the word that ends just before `dot` is an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && dot - s < 12 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && isUpper(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "D.C", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Capitalized words that start a sentence and do not follow an abbreviation inside one ("the U.S. The …", "7 p.m. He …"). */
const SENTENCE_OPENERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'there', 'in', 'and', 'a', 'an', 'if', 'when', 'while', 'after', 'some', 'many', 'most', 'still', 'yet', 'so', 'however', 'meanwhile', 'now', 'then']);

/** Whether a sentence opener word follows the spaces after `i` ("… the U.S. The proposal …"). */
function opensSentence(text: string, i: number, end: number): boolean {
  if (i >= end || !isSpace(text.charCodeAt(i))) return false;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (!isUpper(text[i] ?? '')) return false;
  let e = i;
  while (e < end && e - i < 12 && /[A-Za-z]/.test(text[e]!)) e++;
  return (e >= end || !/[A-Za-z]/.test(text[e]!)) && SENTENCE_OPENERS.has(text.slice(i, e).toLowerCase());
}

/** The index of the last character before `end` that is not a closing mark ("Sanders.''" ends with the period). */
function lastBeforeClosers(text: string, end: number, floor: number): number {
  let i = end - 1;
  while (i > floor && end - i < 4 && CLOSERS.includes(text[i]!)) i--;
  return i;
}

/**
 * Sentences of one paragraph. A sentence ends at . ! or ? (after any closing quote marks or
 * brackets) followed by a space and a capital letter, a digit or an opening mark; never inside
 * one of the `opaque` spans (quotations, so that a quote of several sentences stays whole), and
 * never after an abbreviation or an initial. Linear in the paragraph's length.
 */
export function splitSentences(text: string, paragraph: Span, opaque: readonly Span[] = []): Span[] {
  const found: Span[] = [];
  let start = paragraph.start;
  let k = 0; // index into opaque, which is sorted by start
  while (k < opaque.length && opaque[k]!.end <= paragraph.start) k++;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    while (k < opaque.length && opaque[k]!.end <= i) k++;
    const o = opaque[k];
    let j: number;
    if (o && o.start <= i && i < o.end) {
      // A quotation ending in a period ends the sentence too: “… under the rug.” Kremlin …
      i = o.end - 1;
      if (o.end > paragraph.end || !'.!?'.includes(text[lastBeforeClosers(text, o.end - 1, o.start)] ?? '')) continue;
      j = o.end;
    } else {
      const ch = text[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      if (ch === '.' && isAbbreviation(text, i, start) && !opensSentence(text, i + 1, paragraph.end)) continue;
      j = i + 1;
    }
    while (j < paragraph.end && CLOSERS.includes(text[j]!)) j++;
    if (j >= paragraph.end) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let n = j;
    while (n < paragraph.end && isSpace(text.charCodeAt(n))) n++;
    if (n >= paragraph.end) break;
    const next = text[n]!;
    if (!(isUpper(next) || /[0-9]/.test(next) || OPENERS.includes(next))) continue;
    found.push({ start, end: j });
    start = n;
    i = n - 1;
  }
  if (start < paragraph.end) found.push({ start, end: paragraph.end });
  return found;
}
