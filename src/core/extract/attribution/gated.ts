// Cue verbs that report a claim in one construction only and are nouns or other verbs elsewhere:
// "the court ruled that …" but "the rules", "ruled out"; "held that …" but "held a rally".
// Only the cue check sees them, and only where their construction holds; every other reader of the
// lexicon (clause boundaries, speaker edges, noun cues) takes them for ordinary words.
import { OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS, isFigure, type Token } from './tokens';
import type { CueClass, CueEntry } from './cues';
import { tagOfLower } from '../lexicon/words';

interface GatedVerb {
  lemma: string;
  cls: CueClass;
  /** The forms that count; an -ing form follows a comma without its own subject ("…, noting that"). */
  forms: string[];
}

/**
 * Verbs that report a claim only right before "that": "ruled that the law stands". Of the verbs that
 * are also nouns only the past forms count: "the rules that apply", "a ruling that", "for reasons that".
 */
const BEFORE_THAT: GatedVerb[] = [
  { lemma: 'rule', cls: 'speech', forms: ['ruled'] },
  { lemma: 'hold', cls: 'speech', forms: ['held'] },
  { lemma: 'judge', cls: 'speech', forms: ['judged', 'judge'] },
  { lemma: 'reason', cls: 'speech', forms: ['reasoned', 'reasoning'] },
  { lemma: 'figure', cls: 'belief', forms: ['figured'] },
  { lemma: 'notice', cls: 'belief', forms: ['noticed', 'noticing'] },
  { lemma: 'stipulate', cls: 'speech', forms: ['stipulate', 'stipulates', 'stipulated', 'stipulating'] },
  { lemma: 'forget', cls: 'belief', forms: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'] },
  // "allowed that some might be right", but "allowed them to vote" permits.
  { lemma: 'allow', cls: 'speech', forms: ['allow', 'allows', 'allowed', 'allowing'] },
  { lemma: 'guess', cls: 'speech', forms: ['guess', 'guesses', 'guessed', 'guessing'] },
  { lemma: 'assume', cls: 'speech', forms: ['assume', 'assumes', 'assumed', 'assuming'] },
  { lemma: 'accept', cls: 'speech', forms: ['accept', 'accepts', 'accepted', 'accepting'] },
  { lemma: 'determine', cls: 'speech', forms: ['determine', 'determines', 'determined', 'determining'] },
];

function gatedEntries(verbs: readonly GatedVerb[]): Map<string, CueEntry> {
  const entries = new Map<string, CueEntry>();
  for (const { lemma, cls, forms } of verbs) for (const form of forms) entries.set(form, { lemma, cls, participle: form.endsWith('ing') });
  return entries;
}

/** Verbs that report a plan only before "to" and a verb: "moved to block the vote"; "moved to Ohio" reports nothing. */
const BEFORE_INFINITIVE: GatedVerb[] = [
  { lemma: 'move', cls: 'intent', forms: ['move', 'moves', 'moved', 'moving'] },
];

/** "to" and a lowercase verb right after token `c`: "moved to block", "talked to voters to praise". */
export const infinitiveFollows = (tokens: readonly Token[], c: number): boolean =>
  tokens[c + 1]?.norm === 'to' && tokens[c + 2]?.kind === 'word' && !tokens[c + 2]!.capital && /Infinitive|Verb/.test(tagOfLower(tokens[c + 2]!.norm) ?? '');

/**
 * Verbs that describe oneself only before a reflexive pronoun and "as": "billed himself as the candidate
 * of change", "counts herself as a supporter"; "the bill", "counted the votes" and "cemented a lead" report nothing.
 */
const BEFORE_REFLEXIVE_AS: GatedVerb[] = [
  { lemma: 'bill', cls: 'name', forms: ['bill', 'bills', 'billed', 'billing'] },
  { lemma: 'count', cls: 'name', forms: ['count', 'counts', 'counted', 'counting'] },
  { lemma: 'cement', cls: 'name', forms: ['cement', 'cements', 'cemented', 'cementing'] },
  { lemma: 'posture', cls: 'name', forms: ['posture', 'postures', 'postured', 'posturing'] },
  { lemma: 'style', cls: 'name', forms: ['style', 'styles', 'styled', 'styling'] },
  { lemma: 'brand', cls: 'name', forms: ['brand', 'brands', 'branded', 'branding'] },
  { lemma: 'rebrand', cls: 'name', forms: ['rebrand', 'rebrands', 'rebranded', 'rebranding'] },
];

/** "billed himself as", "cast herself more as": a reflexive object, then "as" at once or after one adverb. */
const reflexiveAsFollows = (tokens: readonly Token[], c: number): boolean =>
  REFLEXIVE_PRONOUNS.has(tokens[c + 1]?.norm ?? '') && (tokens[c + 2]?.norm === 'as' || (tokens[c + 3]?.norm === 'as' && tokens[c + 2]?.kind === 'word' && /Adverb/.test(tagOfLower(tokens[c + 2]!.norm) ?? '')));

/**
 * Verbs that report what was said only as a participle after a comma, before its object: "…, delivering a
 * blistering critique of the plan"; "delivered the votes", "delivering pizza" report nothing.
 */
const PARTICIPLE_OBJECT: GatedVerb[] = [
  { lemma: 'deliver', cls: 'speech', forms: ['delivering'] },
  { lemma: 'mount', cls: 'speech', forms: ['mounting'] },
  { lemma: 'launch', cls: 'speech', forms: ['launching'] },
  { lemma: 'level', cls: 'speech', forms: ['leveling', 'levelling'] },
];

const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);
/** What is delivered when something is said: "a critique", "his speech", "an “apology”". */
const SAID_THINGS = new Set(['speech', 'speeches', 'address', 'message', 'tribute', 'remarks', 'rebuke', 'warning', 'critique', 'indictment', 'defense', 'attack', 'apology', 'lecture', 'eulogy', 'sermon', 'keynote', 'statement', 'plea', 'promise', 'retort', 'tirade', 'broadside', 'denunciation', 'endorsement', 'pitch', 'appeal', 'case', 'update', 'verdict', 'ultimatum', 'rant', 'attacks', 'insults', 'criticism', 'charges', 'accusations', 'broadsides']);

/** "…, delivering a sharp critique …": a comma right before, a determiner right after, and a thing said within the next words. */
const commaAndObject = (tokens: readonly Token[], c: number): boolean => {
  if (tokens[c - 1]?.norm !== ',') return false;
  // "…, leveling sharp attacks at …": a plural or mass noun needs no determiner.
  const opened = OBJECT_OPENERS.has(tokens[c + 1]?.norm ?? '');
  for (let k = opened ? c + 2 : c + 1; k <= c + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && SAID_THINGS.has(t.norm)) return true;
    if (t.kind === 'punct') return false;
  }
  return false;
};

/**
 * Verbs that ask something of someone only with a person and what is asked after them: "pressured
 * them to stop", "pressing party officials for a role", "pressed the president on his appointments",
 * "presses for a truce"; "the pressure", "press his agenda", "press forward" report nothing.
 */
const PRESSING: GatedVerb[] = [
  { lemma: 'pressure', cls: 'speech', forms: ['pressure', 'pressures', 'pressured', 'pressuring'] },
  { lemma: 'press', cls: 'speech', forms: ['press', 'presses', 'pressing'] },
];
/** "invited Russia to dig up the emails": an invitation to do something; "invited to the gala" reports nothing. */
const INVITING: GatedVerb[] = [
  { lemma: 'invite', cls: 'speech', forms: ['invite', 'invites', 'invited', 'inviting'] },
];
/** Words that open a person described after the verb: "the president", "party officials", "fellow senators". */
const OBJECT_WORDS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'other', 'party', 'fellow', 'all', 'both']);
/** The words that end the person pressed or invited: what they are pressed to, for or on. */
const AFTER_PERSON = new Set(['to', 'for', 'on']);

/** The end of a person named or pointed to at `from` ("Russia", "them", "the president", "party officials"), or -1. */
const personEnd = (tokens: readonly Token[], from: number): number => {
  const first = tokens[from];
  if (first === undefined || first.kind !== 'word') return -1;
  let k = from;
  if (OBJECT_PRONOUNS.has(first.norm)) return from + 1;
  if (first.capital) {
    while (tokens[k]?.kind === 'word' && tokens[k]!.capital && k - from < 4) k++;
    return k;
  }
  if (!OBJECT_WORDS.has(first.norm)) return -1;
  k++;
  while (tokens[k]?.kind === 'word' && k - from < 4 && !AFTER_PERSON.has(tokens[k]!.norm)) k++;
  return k;
};

/** A person pressed (a name, a pronoun, or "the president", "party officials") and then "to" and a verb, "for" or "on". */
const pressedFor = (tokens: readonly Token[], c: number): boolean => {
  const prev = tokens[c - 1];
  // "the pressure", "growing pressure", "a pressing concern": nouns and adjectives.
  if (prev !== undefined && prev.kind === 'word' && (OBJECT_OPENERS.has(prev.norm) || /Adjective|Comparable|Determiner/.test(tagOfLower(prev.norm) ?? ''))) return false;
  if (tokens[c + 1]?.norm === 'for') return true;
  const k = personEnd(tokens, c + 1);
  if (k < 0) return false;
  const head = tokens[k]?.norm;
  return head === 'for' || head === 'on' || (head === 'to' && infinitiveFollows(tokens, k - 1));
};

const invitedTo = (tokens: readonly Token[], c: number): boolean => {
  const k = personEnd(tokens, c + 1);
  return k > 0 && tokens[k]?.norm === 'to' && infinitiveFollows(tokens, k - 1);
};

/**
 * Verbs that report a comparison someone drew only with what is compared right after them and "to" or
 * "with" a few words on: "compared the plan to a tax hike", "comparing her rival with a salesman";
 * "compared with 30 percent", "compared to last year" are the writer's figures, and "to compare" or
 * "Compare that to …" bring in no one.
 */
const COMPARING: GatedVerb[] = [
  { lemma: 'compare', cls: 'speech', forms: ['compares', 'compared', 'comparing'] },
];
const COMPARED_WITH = new Set(['to', 'with']);

/** What is compared (one to five words, no punctuation, not a figure), then "to" or "with". */
const comparedTo = (tokens: readonly Token[], c: number): boolean => {
  const first = tokens[c + 1];
  if (first === undefined || first.kind !== 'word' || COMPARED_WITH.has(first.norm) || isFigure(first.norm)) return false;
  if (tokens[c - 1]?.norm === 'to') return false;
  for (let k = c + 2; k <= c + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (COMPARED_WITH.has(t.norm)) return true;
  }
  return false;
};

/**
 * Verbs that report a claim brought to court only with a legal paper after them: "filed a lawsuit
 * against the state", "files a complaint"; "filed a report", "filed for bankruptcy", "to file a
 * lawsuit" (a plan or a question) report nothing.
 */
const FILING: GatedVerb[] = [
  { lemma: 'file', cls: 'speech', forms: ['files', 'filed'] },
];
/** The papers by which a claim is brought to court. */
const LEGAL_PAPERS = new Set(['lawsuit', 'suit', 'complaint', 'petition', 'motion', 'challenge', 'appeal', 'brief', 'lawsuits', 'suits', 'complaints', 'petitions', 'motions', 'challenges']);

/** "a lawsuit", "a class-action lawsuit", "a $40 million lawsuit": an article and a legal paper among the five words after it. */
const legalPaperFollows = (tokens: readonly Token[], c: number): boolean => {
  const opener = tokens[c + 1]?.norm;
  if (opener !== 'a' && opener !== 'an') return false;
  const paper = plainWordIn(tokens, c + 2, c + 6, LEGAL_PAPERS);
  return paper >= 0 && !claimFollows(tokens, paper + 1);
};

/** Participles that carry the claim of a lawsuit: "a lawsuit alleging that …", "a suit claiming …". */
const CLAIMING = new Set(['alleging', 'claiming', 'charging', 'accusing', 'arguing', 'saying', 'contending', 'asserting', 'asking', 'seeking', 'demanding', 'aimed']);

/** Whether such a participle comes within twelve words, before any punctuation: then it, not "filed", is the statement. */
const claimFollows = (tokens: readonly Token[], from: number): boolean => plainWordIn(tokens, from, from + 11, CLAIMING) >= 0;

/** The index of the first of `words` from token `from` to `to`, before any token that is neither a word nor a figure; -1 if none. */
const plainWordIn = (tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): number => {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && !isFigure(t.norm)) return -1;
    if (words.has(t.norm)) return k;
  }
  return -1;
};

/**
 * Verbs by which a poll or a count places a candidate, only with the candidate and the standing right
 * after them: "the poll has Cole leading by six points", "a survey had him at 4 percent", "estimates put
 * the total at 55,000", "the count gives her a 300-delegate lead". The cue check keeps only subjects that
 * are polls, counts or named bodies (the evidence class); "has been", "had a rally", "put it off" fail here.
 */
const PLACING: GatedVerb[] = [
  { lemma: 'have', cls: 'evidence', forms: ['has', 'had', 'have'] },
  { lemma: 'put', cls: 'evidence', forms: ['puts', 'put', 'putting'] },
  { lemma: 'give', cls: 'evidence', forms: ['gives', 'gave', 'giving'] },
];
/** Standings after the candidate: "has Cole leading", "had him trailing". */
const STANDINGS = new Set(['leading', 'ahead', 'trailing', 'behind', 'tied', 'winning', 'losing', 'beating', 'pulling', 'edging', 'topping', 'up', 'down']);
/** What a lead is counted in: "a six-point lead", "a 30-point advantage". */
const LEADS = new Set(['lead', 'advantage', 'edge', 'margin', 'percent', 'points', 'delegates']);
const APPROXIMATELY = new Set(['about', 'roughly', 'nearly', 'around', 'just', 'only', 'almost', 'closer', 'close', 'over', 'under']);

/** A figure at `k`, after an optional "about": "4 percent", "$45 billion", "about 55,000". */
const figureAt = (tokens: readonly Token[], k: number): boolean => {
  if (APPROXIMATELY.has(tokens[k]?.norm ?? '')) k++;
  if (tokens[k]?.norm === 'to') k++;
  return isFigure(tokens[k]?.norm);
};

/** The candidate (a name, a pronoun, or up to six words opening with a determiner or a possessive) after `c`, then its standing. */
const placedBy = (tokens: readonly Token[], c: number): boolean => {
  const first = tokens[c + 1];
  if (first === undefined || first.kind !== 'word') return false;
  const form = tokens[c]!.norm;
  const put = form.startsWith('put');
  const give = form.startsWith('giv') || form === 'gave';
  // "puts Obama's approval at 50 percent", "put the total number of emails at": the thing measured runs on to "at".
  const limit = put ? 8 : 3;
  if (!(first.capital || OBJECT_PRONOUNS.has(first.norm) || (put && (OBJECT_OPENERS.has(first.norm) || first.norm.endsWith("'s"))))) return false;
  for (let k = c + 2; k <= c + 1 + limit && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (put) {
      if (t.norm === 'at' || t.norm === 'closer') return figureAt(tokens, t.norm === 'at' ? k + 1 : k);
      continue;
    }
    if (give) {
      // "gives her 1,280 pledged delegates".
      if (k === c + 2 && figureAt(tokens, k)) return true;
      if (t.norm !== 'a' && t.norm !== 'an') continue;
      // "gives her a 30-point advantage", "gave Cole a much higher lead".
      for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) if (LEADS.has(tokens[j]!.norm)) return true;
      return false;
    }
    if (STANDINGS.has(t.norm)) return true;
    if (t.norm === 'at') return figureAt(tokens, k + 1);
    if (!t.capital) return false;
  }
  return false;
};

/**
 * "gave" reports what was said only with an answer, an account or an endorsement as its object: "gave a
 * roundabout answer", "gave her a lengthy answer", "gave a preview of", "gave Cole a ringing endorsement";
 * "gave a speech" (an event), "gave money", "to give an answer" (not yet given) report nothing.
 */
const GIVING: GatedVerb[] = [
  { lemma: 'give', cls: 'speech', forms: ['gave', 'gives'] },
];
/** What is given when something is said. */
const GIVEN_WORDS = new Set(['answer', 'answers', 'response', 'reply', 'preview', 'assessment', 'explanation', 'account', 'rundown', 'summary', 'indication', 'hint', 'warning', 'nod', 'endorsement', 'blessing']);
const GIVEN_OPENERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'no', 'the']);

const givenSaying = (tokens: readonly Token[], c: number): boolean => {
  let k = c + 1;
  // The one given to: "gave her a lengthy answer", "gave Cole a ringing endorsement".
  const to = tokens[k];
  if (to !== undefined && to.kind === 'word' && !GIVEN_OPENERS.has(to.norm) && (to.capital || OBJECT_PRONOUNS.has(to.norm))) {
    k++;
    if (tokens[k]?.kind === 'word' && tokens[k]!.capital) k++;
  }
  if (!GIVEN_OPENERS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (GIVEN_WORDS.has(t.norm)) return true;
    if (t.kind !== 'word' && t.kind !== 'quote') return false;
  }
  return false;
};

/**
 * "issued" reports what was said only with a ruling, a complaint or a warning as its object: "the judge
 * issued an injunction blocking the law", "the party issued a formal complaint"; "issued subpoenas",
 * "issued bonds" and "the issues" report nothing. ("issued a statement saying …" has its own cue in "saying".)
 */
const ISSUING: GatedVerb[] = [
  { lemma: 'issue', cls: 'speech', forms: ['issued', 'issues'] },
];
/** What opens the thing issued: "an injunction", "its ruling", "their complaint". */
const ISSUED_OPENERS = new Set(['a', 'an', 'his', 'her', 'their', 'its']);
const ISSUED_WORDS = new Set(['ruling', 'injunction', 'order', 'complaint', 'warning', 'threat', 'rebuke', 'apology', 'denial', 'ultimatum', 'veto', 'call', 'plea', 'directive', 'challenge', 'condemnation', 'denunciation', 'retraction', 'correction', 'clarification']);

const issuedSaying = (tokens: readonly Token[], c: number): boolean => {
  if (!ISSUED_OPENERS.has(tokens[c + 1]?.norm ?? '')) return false;
  // "the issues a ruling raises": after a determiner "issues" is the noun.
  if (OBJECT_OPENERS.has(tokens[c - 1]?.norm ?? '')) return false;
  for (let j = c + 2; j <= c + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (ISSUED_WORDS.has(t.norm)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
};

/** Each gated group, with the construction in which its verbs are cues. */
const GATES: { entries: Map<string, CueEntry>; holds: (tokens: readonly Token[], c: number) => boolean }[] = [
  { entries: gatedEntries(BEFORE_THAT), holds: (tokens, c) => tokens[c + 1]?.norm === 'that' },
  { entries: gatedEntries(BEFORE_INFINITIVE), holds: infinitiveFollows },
  { entries: gatedEntries(BEFORE_REFLEXIVE_AS), holds: reflexiveAsFollows },
  { entries: gatedEntries(PARTICIPLE_OBJECT), holds: commaAndObject },
  { entries: gatedEntries(PRESSING), holds: pressedFor },
  { entries: gatedEntries(INVITING), holds: invitedTo },
  { entries: gatedEntries(COMPARING), holds: comparedTo },
  { entries: gatedEntries(FILING), holds: legalPaperFollows },
  { entries: gatedEntries(PLACING), holds: placedBy },
  { entries: gatedEntries(GIVING), holds: givenSaying },
  { entries: gatedEntries(ISSUING), holds: issuedSaying },
];

/** Every gated verb form: one look-up rules out the words no gate holds (almost all of them). */
const GATED_FORMS: ReadonlySet<string> = new Set(GATES.flatMap((gate) => [...gate.entries.keys()]));

/** The cue entry of the word at `c` if it is a gated cue verb in its one construction. */
export function gatedCueEntry(tokens: readonly Token[], c: number): CueEntry | undefined {
  const t = tokens[c];
  if (t === undefined || t.kind !== 'word' || !GATED_FORMS.has(t.norm)) return undefined;
  for (const gate of GATES) {
    const entry = gate.entries.get(t.norm);
    if (entry !== undefined && gate.holds(tokens, c)) return entry;
  }
  return undefined;
}
