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
const AFTER_CUE = new Set(['at', 'on', 'in', 'to', 'last', 'this', 'earlier', 'during', 'after', 'before', 'as', 'for', 'by', 'with', 'when', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const SKIPPED = new Set(['also', 'has', 'have', 'had', 'not', 'did', 'quickly', 'then', 'later']);
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

/** Words that end a passive's agent: "a call echoed by Japan on Saturday", "a measure opposed by unions that …". */
const AGENT_STOPS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'that', 'which', 'who', 'when', 'after', 'before', 'as', 'for', 'to', 'because', 'since', 'while', 'earlier', 'later', 'yesterday', 'today', 'but']);
/** Participles after a noun that only date or place a document: "a report released by the institute". */
const HANDLED_ONLY = new Set(['release', 'publish', 'make', 'write', 'post', 'file', 'produce', 'present', 'sign']);

/**
 * "…, a fact later confirmed by the department", "…, an allegation rejected by the inquiry": after a
 * comma or a dash the writer names what was just said with a noun, and the agent of a participle
 * holds a view of it.
 */
export function summaryPassiveAt(tokens: readonly Token[], a: number): SummaryObject | null {
  const art = tokens[a];
  if (!isPlainWord(art) || (art.norm !== 'a' && art.norm !== 'an') || !isDashOrComma(tokens[a - 1])) return null;
  // The noun (one to three words), an adverb at most, the participle, then "by".
  let c = a + 2;
  while (c < tokens.length && c - a <= 5 && isPlainWord(tokens[c]) && tokens[c + 1]?.norm !== 'by') c++;
  if (c >= tokens.length || c - a > 5 || tokens[c + 1]?.norm !== 'by') return null;
  const cue = tokens[c]!;
  const entry = cueEntry(cue.norm);
  if (!isPlainWord(cue) || cue.capital || !entry || entry.participle || entry.cls === 'evidence' || HANDLED_ONLY.has(entry.lemma) || !(cue.norm.endsWith('ed') || cue.norm.endsWith('en'))) return null;
  let head = c - 1;
  if (tokens[head]!.norm.endsWith('ly') || SKIPPED.has(tokens[head]!.norm) || tokens[head]!.norm === 'first') head--;
  if (head <= a || head - a > 3) return null;
  // "a deal that was rejected by …" is a clause about the deal, not a name for what was said.
  for (let k = a + 1; k <= head; k++) if (!isPlainWord(tokens[k]) || tokens[k]!.capital || NOT_IN_SUBJECT.has(tokens[k]!.norm)) return null;
  // The agent: up to a comma, a clause word or a time phrase, eight words at most.
  const from = c + 2;
  let to = from - 1;
  while (to + 1 < tokens.length && to + 1 - from < 8 && isPlainWord(tokens[to + 1]) && !(to + 1 > from && AGENT_STOPS.has(tokens[to + 1]!.norm))) to++;
  if (to < from) return null;
  return { from: a, to: head, speakerFrom: from, speakerTo: to, cue: c };
}
