// Credit lines: a quotation that stands as a paragraph of its own, and right after it a paragraph
// that is only a dash and a name ("- Bernie Sanders.", "-Michelle Marks, Philadelphia."). Fact
// checks and convention notebooks set quotes this way; the name is the speaker and the dash the cue.
import type { Cue, Span } from '../../model';
import type { Quotation } from './quotes';

export interface Credit {
  speakerSpan: Span;
  cue: Cue;
  /** The credited quotation, the last of its chain where it runs over several paragraphs. */
  quote: Quotation;
}

/**
 * A dash, a name of up to six capitalized words (initials and particles such as "de" allowed),
 * then at most a short description after a comma and a full stop. "– An immigrant himself –." and
 * "— Reduce job-killing regulations" are headings and list items: lowercase words follow the first.
 */
const CREDIT_LINE = /^([-\u2010-\u2015]{1,2})[ \t\u00a0]*((?:[A-Z][\p{L}'’.-]*)(?:[ \t\u00a0]+(?:[A-Z][\p{L}'’.-]*|de|da|van|von|al|bin|la|le)){0,5})(?:,[ \t\u00a0]+[^\n\u2010-\u2015]{1,80}?)?\.?$/u;

/** The text after a quotation's closing mark that still leaves it the whole paragraph: a full stop. */
const AFTER_QUOTE = /^[.\s]*$/;

/**
 * Each paragraph that credits the quotation before it. `paragraphs` are trimmed, in order;
 * `quotations` are those of the text, in order.
 */
export function findCredits(text: string, paragraphs: readonly Span[], quotations: readonly Quotation[]): Credit[] {
  const credits: Credit[] = [];
  let q = 0;
  for (let p = 1; p < paragraphs.length; p++) {
    const line = paragraphs[p]!;
    // A credit line is short; most paragraphs are ruled out by their length or first character.
    if (line.end - line.start > 140 || !/[-\u2010-\u2015]/.test(text[line.start]!)) continue;
    const m = CREDIT_LINE.exec(text.slice(line.start, line.end));
    if (!m) continue;
    const before = paragraphs[p - 1]!;
    while (q < quotations.length && quotations[q]!.start < before.start) q++;
    const quote = quotations[q];
    if (!quote || quote.start !== before.start || !quote.closed || quote.end > before.end) continue;
    if (!AFTER_QUOTE.test(text.slice(quote.end, before.end))) continue;
    const nameStart = line.start + m[0].indexOf(m[2]!, m[1]!.length);
    let nameEnd = nameStart + m[2]!.length;
    // "- Bernie Sanders.": the full stop closes the line, not an initial.
    if (text[nameEnd - 1] === '.' && !/(?:^|\s)[A-Z]\.$/.test(m[2]!)) nameEnd--;
    const dashEnd = line.start + m[1]!.length;
    credits.push({ speakerSpan: { start: nameStart, end: nameEnd }, cue: { start: line.start, end: dashEnd, text: text.slice(line.start, dashEnd) }, quote });
  }
  return credits;
}
