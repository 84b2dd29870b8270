import { cueEntry } from './cues';
import type { Token } from './tokens';
import { isFiniteVerb } from './verbs';

/**
 * "…, a charge that the council denied", "…, an offer the board rebuffed on Monday": after a comma
 * or a dash the writer names what was just said with a noun, and a speaker of its own answers it.
 */
export interface SummaryObject {
  /** The noun phrase ("a charge"): first and last token. */
  from: number;
  to: number;
  /** The speaker: first and last token. */
  speakerFrom: number;
  speakerTo: number;
  /** The cue verb. */
  cue: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'many', 'some', 'most', 'both']);
const AFTER_CUE = new Set(['at', 'on', 'in', 'to', 'last', 'this', 'earlier', 'on', 'during', 'after', 'before', 'as', 'for', 'by', 'with', 'when', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const SKIPPED = new Set(['also', 'has', 'have', 'had', 'not', 'did', 'quickly', 'then', 'later', 'had']);
const NOT_IN_SUBJECT = new Set(['in', 'of', 'on', 'at', 'for', 'to', 'and', 'or', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

const isDashOrComma = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && (t.norm === ',' || t.norm === '-' || t.norm === '—' || t.norm === '–' || t.norm === '--');
const isPlainWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** A summary noun phrase opening at token `a` ("a"/"an" after a comma or dash), or null. */
export function summaryObjectAt(tokens: readonly Token[], a: number): SummaryObject | null {
  const art = tokens[a];
  if (!isPlainWord(art) || (art.norm !== 'a' && art.norm !== 'an') || !isDashOrComma(tokens[a - 1])) return null;
  // The cue: a finite verb of speaking or stance within ten words, with nothing said after it.
  let c = a + 2;
  while (c < tokens.length && c - a <= 10 && isPlainWord(tokens[c]) && !isCueVerb(tokens[c]!)) c++;
  if (c >= tokens.length || c - a > 10 || !isPlainWord(tokens[c])) return null;
  const next = tokens[c + 1];
  if (next !== undefined && next.kind === 'word' && !AFTER_CUE.has(next.norm)) return null;
  if (next !== undefined && next.kind === 'quote') return null;
  // The speaker before the cue, skipping adverbs and helpers ("strongly denied", "has also said").
  let to = c - 1;
  while (to > a + 1 && !tokens[to]!.capital && (SKIPPED.has(tokens[to]!.norm) || tokens[to]!.norm.endsWith('ly'))) to--;
  let from = to;
  const last = tokens[to]!;
  if (SUBJECT_PRONOUNS.has(last.norm)) from = to;
  else {
    // "the council", "Colorado party leaders", "Attorney General Ann Cole": a determiner or a capital opens it.
    while (from - 1 > a + 1 && to - from < 4 && isPlainWord(tokens[from - 1]) && !DETERMINERS.has(tokens[from]!.norm) && (tokens[from - 1]!.capital || DETERMINERS.has(tokens[from - 1]!.norm) || !tokens[from]!.capital)) from--;
    if (!DETERMINERS.has(tokens[from]!.norm) && !tokens[from]!.capital) return null;
    for (let k = from; k <= to; k++) if (!isPlainWord(tokens[k]) || NOT_IN_SUBJECT.has(tokens[k]!.norm)) return null;
  }
  // Between the article and the speaker: the noun (one to three words), then "that" at most.
  let head = from - 1;
  if (tokens[head]!.norm === 'that') head--;
  if (head <= a || head - a > 3) return null;
  for (let k = a + 1; k <= head; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.capital) return null;
  return { from: a, to: head, speakerFrom: from, speakerTo: to, cue: c };
}

function isCueVerb(t: Token): boolean {
  if (t.capital) return false;
  const entry = cueEntry(t.norm);
  return !!entry && !entry.participle && entry.cls !== 'evidence' && !t.norm.endsWith('ing') && (isFiniteVerb(t.norm) || t.norm.endsWith('ed') || t.norm.endsWith('s') || t.norm === entry.lemma);
}
