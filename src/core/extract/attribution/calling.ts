// "Call", "talk", "tell" and the naming verbs in senses that report nobody's words: a thing given a name after a
// noun ("a group called Ginbot 7", "the procedure sometimes called …", "officials, called
// superdelegates,"), a telephone call ("Obama called Sanders on Tuesday"), "a calling card", talking
// to someone with no topic ("he talks to everybody"), and "telling" as an adjective or in an idiom
// ("Perhaps most telling, …", "time will tell").
// PolNeAR marks none of them with a source.
import type { Token } from './tokens';
import type { CueEntry } from './cues';
import { isFiniteVerb, isModifier } from './verbs';
import { infinitiveFollows } from './gated';
import { tagOfLower } from '../lexicon/words';

const NAMING = new Set(['call', 'name', 'dub']);
/** Adverbs that go with a name given to a thing: "the procedure sometimes called". */
const NAMING_ADVERBS = new Set(['sometimes', 'commonly', 'formerly', 'officially', 'popularly', 'aptly', 'originally', 'informally']);
/** Between commas, more adverbs do: "the resort, now called Trump National Doral,". */
const FENCED_ADVERBS = new Set([...NAMING_ADVERBS, 'now', 'also', 'often']);
/** Words that open an indefinite noun phrase: "a firm called …", "one PAC called …", "another called …". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Common nouns written in capitals. */
const CAPITAL_NOUNS = new Set(['pac', 'pacs']);
/** Subject and relative pronouns, and words that stand alone as a subject like them ("many", "critics"): "whom he called", "which it calls". */
const SUBJECT_WORDS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'whom', 'which', 'that', 'what', 'many', 'some', 'others', 'critics']);
/** Pronouns that open a relative clause whose object stands before its verb: "what officials called a hate crime". */
const RELATIVES = new Set(['what', 'which', 'whom', 'that']);
/** Object pronouns: "called him", "calling them". */
const OBJECTS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Determiners, and the adjectives "major" and "top", that open the object of a telephone call: "called both candidates", "called his friend's mother". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both', 'several', 'half', 'each', 'every', 'major', 'top']);
/** Words after "call" that make it another verb: "calls on", "called for", "calling out". */
const PARTICLES = new Set(['on', 'for', 'upon', 'out', 'in', 'up', 'back', 'into', 'off', 'to']);
/** Words that may close a telephone call's object: a time, a manner, or the caller's own doing. */
const AFTER_CALL = new Set([
  'on', 'last', 'this', 'shortly', 'after', 'before', 'yesterday', 'today', 'tonight', 'early', 'late', 'later', 'again',
  'himself', 'herself', 'themselves', 'personally', 'directly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'twice', 'repeatedly', 'from', 'during', 'at',
]);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/**
 * Whether the verb at `c` reports nobody's words: a call or naming verb that names a thing, places a
 * telephone call or is part of a phrase; "talk" with no topic; "tell" as an adjective or an idiom.
 */
export function callsNobody(tokens: readonly Token[], c: number, entry: CueEntry): boolean {
  if (entry.lemma === 'talk') return talkWithoutTopic(tokens, c);
  if (entry.lemma === 'tell') return tellingAdjective(tokens, c);
  if (!NAMING.has(entry.lemma)) return false;
  const t = tokens[c]!;
  const next = tokens[c + 1];
  if (entry.lemma === 'call') {
    // "the right calling card" ("called off" and "called to mind" are read in senses.ts).
    if (isWord(next) && next.norm === 'card' && t.norm === 'calling') return true;
    if (telephoneCall(tokens, c)) return true;
  }
  return t.norm.endsWith('ed') && namedThing(tokens, c);
}

/** Degree words that make "telling" an adjective: "most telling", "particularly telling". */
const DEGREE = new Set(['most', 'more', 'very', 'so', 'particularly', 'especially', 'quite', 'equally', 'less', 'perhaps']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s"]);
/** Nouns that "telling" describes: "telling insight", "a telling sign". */
const TOLD_NOUNS = new Set(['insight', 'sign', 'signs', 'detail', 'details', 'example', 'moment', 'indication', 'indicator', 'statistic', 'contrast']);

/**
 * "Perhaps most telling, …", "The metaphor is telling in its own right", "provide telling insight",
 * "Only time will tell", "All told, …": "tell" as an adjective or an idiom reports no words.
 */
function tellingAdjective(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c]!;
  const prev = tokens[c - 1];
  const next = tokens[c + 1];
  if (t.norm === 'told') return c === 1 && prev?.norm === 'all' && next?.norm === ',';
  if (t.norm === 'tell') return prev?.norm === 'will' && tokens[c - 2]?.norm === 'time';
  if (t.norm !== 'telling') return false;
  if (isWord(prev) && DEGREE.has(prev.norm)) return true;
  if (isWord(next) && TOLD_NOUNS.has(next.norm)) return true;
  return isWord(prev) && BE.has(prev.norm) && next !== undefined && (next.norm === 'in' || (next.kind === 'punct' && (next.norm === ',' || next.norm === '.' || next.norm === ';')));
}

/**
 * "he talks to everybody all the time", "Have you talked to her?", "talking points": talking to
 * someone says nothing of what about, unless "about", "of" or an infinitive follows ("talked to
 * reporters about the plan", "talking to donors to praise the mayor").
 */
function talkWithoutTopic(tokens: readonly Token[], c: number): boolean {
  const next = tokens[c + 1];
  if (!isWord(next)) return false;
  if (tokens[c]!.norm === 'talking' && (next.norm === 'points' || next.norm === 'point')) return true;
  if (next.norm !== 'to') return false;
  for (let k = c + 2; k < tokens.length && k - c <= 14; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return true;
    if (w.norm === 'about' || w.norm === 'of' || infinitiveFollows(tokens, k - 1)) return false;
  }
  return true;
}

/**
 * "a group of disaffected Ethiopians called Ginbot 7", "a resident named Caroline", "one PAC called
 * Stop Hillary", "the procedure sometimes called partial-birth abortion", "elected officials, called
 * superdelegates,": a participle after a noun gives a name, and nobody speaks.
 */
function namedThing(tokens: readonly Token[], c: number): boolean {
  let j = c - 1;
  while (isWord(tokens[j]) && FENCED_ADVERBS.has(tokens[j]!.norm) && c - j <= 2) j--;
  const next = tokens[c + 1];
  if (next === undefined) return false;
  // "officials, called superdelegates,", "the resort, now called Trump National Doral,": a short name fenced by commas.
  // Not after an aside: "Bay Buchanan, a treasurer for the campaign, called “…”", "Limbaugh, for one, called …".
  if (tokens[j]?.kind === 'punct' && tokens[j]!.norm === ',' && commonNoun(tokens[j - 1])) return !commaWithin(tokens, j - 1, 8) && shortName(tokens, c + 1);
  const adverb = j < c - 1 && tokens.slice(j + 1, c).every((w) => NAMING_ADVERBS.has(w.norm));
  const noun = tokens[j];
  if (!isWord(noun)) return false;
  if (noun.norm === 'another' || noun.norm === 'one') return next.kind === 'quote' || (isWord(next) && next.capital);
  if (!commonNoun(noun)) return false;
  // "the procedure sometimes called …": with such an adverb the name may be anything.
  if (adverb) return true;
  if (j < c - 1) return false;
  const named = next.kind === 'quote' || (isWord(next) && next.capital) || (next.norm === 'the' && isWord(tokens[c + 2]) && tokens[c + 2]!.capital);
  if (!named || calledSomething(tokens, c + 1)) return false;
  // "a 52-year-old Salem, N.H., resident named Caroline": an indefinite article within a few words,
  // across names and the commas of a place.
  for (let k = j - 1; k >= 0 && j - k <= 7; k--) {
    const w = tokens[k]!;
    if (w.kind === 'punct' && w.norm === ',') continue;
    if (w.kind !== 'word') return false;
    // "in what one lawmaker called “…”": the noun phrase is the subject of a relative clause.
    // "one lawmaker called Trump …" counts a speaker, unlike "a", "an" or "another".
    if (INDEFINITE.has(w.norm) && w.norm !== 'one') return !RELATIVES.has(tokens[k - 1]?.norm ?? '');
    if (SUBJECT_WORDS.has(w.norm) || isFiniteVerb(w.norm)) return false;
  }
  return false;
}

/** Words that open what someone was called, after the name: "Cole a liar", "Reyes too cautious", "Cole “weak”". */
const CALLED_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'too', 'so', 'very']);

/** "called Cole a liar": a name from `k`, then what it was called (not "a group called Friends of the River"). */
export function calledSomething(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm === 'the') k++;
  const from = k;
  while (isWord(tokens[k]) && tokens[k]!.capital && k - from < 4) k++;
  const after = tokens[k];
  return k > from && after !== undefined && (after.kind === 'quote' || (isWord(after) && CALLED_OPENERS.has(after.norm)));
}

/** A lowercase noun (or one written in capitals, "PAC") that a participle may follow. */
function commonNoun(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (t.capital) return CAPITAL_NOUNS.has(t.norm);
  return !SUBJECT_WORDS.has(t.norm) && !isFiniteVerb(t.norm) && !t.norm.endsWith('ly') && !DETERMINERS.has(t.norm);
}

/**
 * A name alone from `from`, then a comma, a parenthesis or the end of the sentence: a quotation
 * ("the “Feed,”"), up to four capitalized words, or one or two lowercase ones ("superdelegates").
 */
function shortName(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (tokens[k]?.norm === 'the') k++;
  const first = tokens[k];
  if (first === undefined) return false;
  if (first.kind === 'quote') k++;
  else if (!isWord(first) || SUBJECT_WORDS.has(first.norm) || OBJECTS.has(first.norm) || DETERMINERS.has(first.norm)) return false;
  else if (first.capital) while (isWord(tokens[k]) && tokens[k]!.capital && k - from < 4) k++;
  else while (isWord(tokens[k]) && !tokens[k]!.capital && k - from < 2) k++;
  const after = tokens[k];
  return after === undefined || (after.kind === 'punct' && (after.norm === ',' || after.norm === '.' || after.norm === '('));
}

/**
 * "Obama called Naghmeh Abedini.", "Clinton, who called Sanders shortly after …", "Obama called both
 * candidates Tuesday night and was …": an object with nothing said of it after is someone telephoned.
 */
function telephoneCall(tokens: readonly Token[], c: number): boolean {
  let k = c + 1;
  const first = tokens[k];
  // "Calls On Obama To Resign": a heading's capitals are no name.
  if (!isWord(first) || PARTICLES.has(first.norm)) return false;
  // "what officials called a hate crime": the object stands before the verb.
  for (let b = c - 1; b >= 0 && c - b <= 5 && isWord(tokens[b]); b--) if (RELATIVES.has(tokens[b]!.norm)) return false;
  if (first.capital) {
    while (isWord(tokens[k]) && tokens[k]!.capital && k - c <= 4 && !tokens[k]!.norm.endsWith("'s")) k++;
  } else if (OBJECTS.has(first.norm) && !(isWord(tokens[k + 1]) && !AFTER_CALL.has(tokens[k + 1]!.norm) && tokens[k + 1]!.norm !== 'and')) {
    k++;
  } else if (DETERMINERS.has(first.norm)) {
    // "his friend's mother", "half a dozen HP directors", "both candidates": a noun phrase and no more;
    // "the election rigged", "her record a blueprint" go on to what the object was called.
    k++;
    let noun = false;
    while (isWord(tokens[k]) && k - c <= 6) {
      const w = tokens[k]!;
      if (AFTER_CALL.has(w.norm) || w.norm === 'and') break;
      if (w.capital || nounLike(w.norm)) noun = true;
      else if (noun || !(DETERMINERS.has(w.norm) || INDEFINITE.has(w.norm) || isModifier(w.norm) || w.norm.includes('-') || w.norm.endsWith("'s"))) return false;
      k++;
    }
    if (!noun) return false;
  } else return false;
  const after = tokens[k];
  if (after === undefined) return true;
  if (after.kind === 'punct') {
    if (after.norm === '.' || after.norm === ';') return true;
    // "called half a dozen directors, asking each …".
    return after.norm === ',' && isWord(tokens[k + 1]) && !tokens[k + 1]!.capital && tokens[k + 1]!.norm.endsWith('ing');
  }
  if (after.kind !== 'word') return false;
  // "called Cole on Monday"; but "called them on it" faults them.
  if (after.norm === 'on') return isWord(tokens[k + 1]) && tokens[k + 1]!.capital;
  if (AFTER_CALL.has(after.norm)) return true;
  if (after.capital) return false;
  // "… and encouraged her to take the slot", "… and was scheduled to meet": a second verb of the caller.
  const then = tokens[k + 1];
  return after.norm === 'and' && isWord(then) && !then.capital && (isFiniteVerb(then.norm) || SUBJECT_WORDS.has(then.norm));
}

/** Whether a comma stands within `n` tokens before `from` (inclusive). */
function commaWithin(tokens: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k >= 0 && from - k < n; k--) if (tokens[k]!.kind === 'punct' && tokens[k]!.norm === ',') return true;
  return false;
}

/** A lowercase word the lexicon reads as a noun, or an unknown word not shaped like an adjective or adverb. */
function nounLike(lower: string): boolean {
  const tag = tagOfLower(lower);
  if (tag === undefined) return !/(?:ed|ly|ous|ive|ful|ble|ic|al|ent|ant|ing)$/.test(lower);
  return /Noun|Singular|Plural|Uncountable|Actor/.test(tag) && !/Adj/.test(tag);
}
