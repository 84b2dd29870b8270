// Quotations: outermost double quote marks, curly or straight, paired per paragraph.
import type { Span } from '../../model';

export interface Quotation extends Span {
  /** The words between the marks (to the paragraph's end where the quote stays open). */
  inner: Span;
  closed: boolean;
  /**
   * Quotes that run over several paragraphs share a chain number: news style opens each new
   * paragraph of a long quote with a mark and closes only the last one.
   */
  chain: number;
}

const isSpaceOrStart = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r' || '([{—–-/'.includes(ch) || isFormatMark(ch);
/** Invisible marks of direction and joining that pasted text carries before a word: U+200B–U+200F, U+202A–U+202E. */
const isFormatMark = (ch: string): boolean => /[\u200b-\u200f\u202a-\u202e]/.test(ch);
/** Whether a quotation opens with an ellipsis at `i` ("” … they are not like him,”"), past one space. */
const ellipsisAt = (text: string, i: number): boolean => text[i] === '…' || (text[i] === ' ' && text[i + 1] === '…');
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function markKind(text: string, i: number): 'open' | 'close' | 'either' | null {
  const ch = text[i];
  // A mark of the wrong hand gives itself away by its neighbours: “Apparently not,“ he said.
  if (ch === '“' && !isSpaceOrStart(text[i - 1]) && (text[i + 1] === undefined || /\s/.test(text[i + 1]!))) return 'close';
  // "” … in the case of Wyoming, …,”": an opening quote that picks up mid-sentence with an ellipsis.
  if (ch === '”' && isSpaceOrStart(text[i - 1]) && (isWordChar(text[i + 1]) || ellipsisAt(text, i + 1))) return 'open';
  if (ch === '“' || ch === '„' || ch === '«') return 'open';
  if (ch === '”' || ch === '»') return 'close';
  const len = markLength(text, i);
  if (len === 0) return null;
  const before = text[i - 1];
  const after = text[i + len];
  if (isSpaceOrStart(before) && (isWordChar(after) || after === '‘' || after === "'" || after === '.')) return 'open';
  if (!isSpaceOrStart(before)) return 'close';
  return 'either';
}

/** Length of the double quote mark at `i`: one character, two for the typewriter's '' pair, or 0. */
function markLength(text: string, i: number): number {
  const ch = text[i];
  if (ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»') return 1;
  // Some newspapers write '' for a double mark; skip the second of a pair and a third (''')
  if (ch === "'" && text[i + 1] === "'" && text[i - 1] !== "'") return 2;
  return 0;
}

/** How far an inner pair may run before it is taken for a new quote instead. */
const MAX_INNER = 300;

/** Whether the text before `at` ends, past any spaces, in a colon (the paragraph before introduces this one). */
function endsWithColon(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && text[i] === ':';
}

/**
 * The index of the closing mark of an inner pair opened at `at` inside a quote opened at `open`
 * with a mark of the other style (straight around curly or curly around straight), or -1 when
 * the outer style closes or the paragraph ends first.
 */
function innerPairEnd(text: string, open: number, at: number, end: number): number {
  const outerStraight = text[open] === '"';
  const innerStraight = text[at] === '"';
  if (outerStraight === innerStraight || (!outerStraight && text[open] !== '“') || (!innerStraight && text[at] !== '“')) return -1;
  const stop = Math.min(end, at + MAX_INNER);
  for (let j = at + 1; j < stop; j++) {
    const ch = text[j];
    if (ch === '"' || ch === '“' || ch === '”') {
      if (innerStraight ? ch !== '"' : ch !== '”') return -1;
      return markKind(text, j) === 'close' ? j : -1;
    }
  }
  return -1;
}

/**
 * Every outermost quotation of the given paragraphs, in text order. Inner marks of other kinds
 * (single quotes) are part of the quote. Linear in the text's length.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const found: Quotation[] = [];
  let chain = 0;
  let carry = false; // the previous paragraph ended inside a quote
  for (const p of paragraphs) {
    let open = -1;
    const continues = carry && markKind(text, p.start) === 'open';
    if (!continues) chain++;
    carry = false;
    let openLength = 1;
    const afterColon = endsWithColon(text, p.start);
    for (let i = p.start; i < p.end; i++) {
      const kind = markKind(text, i);
      if (kind === null) continue;
      const len = markLength(text, i);
      if (open < 0) {
        if (kind !== 'close') {
          open = i;
          openLength = len;
        }
        i += len - 1;
        continue;
      }
      if (kind === 'open' && afterColon && open === p.start) {
        // Cole stated: ¶ "It isn’t about “Equal Justice” anymore. — a quotation a colon introduces
        // holds any pair of the other style as a quotation within it.
        const inner = innerPairEnd(text, open, i, p.end);
        if (inner > 0) {
          i = inner;
          continue;
        }
      }
      if (kind === 'open') {
        // A second opening mark: the first quote was never closed. Keep the newer one.
        open = i;
        openLength = len;
        i += len - 1;
        continue;
      }
      // ''' closes an inner single quote and the outer double one together: the outer mark is the last two.
      const at = len === 2 && text[i + 2] === "'" ? i + 1 : i;
      found.push({ start: open, end: at + len, inner: { start: open + openLength, end: at }, closed: true, chain });
      i = at + len - 1;
      open = -1;
      // Each quote after the first in a paragraph starts its own chain.
      chain++;
    }
    if (open >= 0) {
      found.push({ start: open, end: p.end, inner: { start: open + openLength, end: p.end }, closed: false, chain });
      carry = true;
    } else {
      chain++;
    }
  }
  return found;
}
