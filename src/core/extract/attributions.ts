import type { Cue, Span, StatementKind } from '../model';
import { splitParagraphs, splitSentences } from '../text/sentences';
import { cueEntry, type CueEntry } from './attribution/cues';
import { calledSomething } from './attribution/calling';
import { findCredits } from './attribution/credits';
import { gatedCueEntry } from './attribution/gated';
import { phraseCue } from './attribution/phrases';
import { namesPerson, nonAttributingSense } from './attribution/senses';
import { summaryObjectAt, summaryPassiveAt } from './attribution/summary';
import { findQuotations, type Quotation } from './attribution/quotes';
import { ARTICLES, OBJECT_PRONOUNS, POSSESSIVES, tokenize, type Token } from './attribution/tokens';
import { isFiniteVerb, isModifier } from './attribution/verbs';
import { TIED_ROLES } from './lexicon/titles';
import { isPlaceTag, tagOfLower } from './lexicon/words';
import { answerByWord, type WordAnswers } from './wordAnswers';

/** An attribution as found in the text, before its speaker is tied to an actor. */
export interface Attribution {
  speakerSpan: Span | null;
  /** How the speaker is named: a name, a pronoun ("he"), a nominal ("officials"), or not at all. */
  speakerForm: 'name' | 'pronoun' | 'nominal' | 'none';
  cue: Cue | null;
  content: Span[];
  kind: StatementKind;
  addresseeSpan?: Span;
}

export interface AttributionOptions {
  /** Ranges that are never content (page chrome). */
  skip?: Span[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
/** Words that open the object after a verb: "told him", "told reporters", "told the paper". */
const OBJECT_STARTS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'supporters', 'lawmakers', 'voters', 'the', 'a', 'an']);
/** Words that sit between a speaker and the cue without being part of either. */
const BETWEEN = new Set([
  'has', 'have', 'had', 'also', 'reportedly', 'later', 'previously', 'once', 'recently', 'repeatedly', 'then', 'would', 'will',
  'could', 'did', 'does', 'do', 'not', 'never', 'further', 'again', 'publicly', 'privately', 'earlier', 'already', 'often',
  'frequently', 'still', 'just', 'even', 'quickly', 'flatly', 'simply', 'may', 'might', 'should', 'must', 'can', 'been',
  'always', 'only', 'clearly', 'apparently', 'allegedly', 'separately', 'specifically', 'explicitly',
  'firmly', 'openly', 'strongly', 'immediately', 'ultimately', 'finally', 'now', 'all', 'both', "didn't", "doesn't",
  "don't", "hasn't", "haven't", "won't", "wouldn't", "can't", 'cannot', 'generally', 'initially', 'first', 'long',
  'largely', 'mostly', 'personally', 'really', 'seriously', 'actually', 'constantly', 'consistently',
  'continually', 'usually', 'widely', 'correctly', 'falsely', 'wrongly', 'rightly', 'emphatically',
  'nevertheless', 'nonetheless', 'however', 'too', 'meanwhile', 'likewise', 'since', 'subsequently', 'soon',
  // Verbs a cue completes: "kept asking", "began writing", "will ever tell".
  'kept', 'keeps', 'keep', 'began', 'begins', 'begin', 'started', 'starts', 'ever', "aren't", "isn't", "wasn't", "weren't",
  'continue', 'continues', 'continued', 'almost', 'nearly',
]);
/** Words that end a speaker noun phrase on its left. */
const CLAUSE_STOP = new Set([
  'that', 'and', 'but', 'or', 'because', 'while', 'when', 'if', 'as', 'which', 'where', 'although', 'though', 'since',
  'so', 'than', 'whether', 'what', 'how', 'why', 'after', 'before', 'until', 'unless', 'in', 'on', 'at', 'with', 'from',
  'to', 'into', 'during', 'about', 'against', 'by', 'is', 'was', 'are', 'were', 'be', 'being', 'whom', 'whose', 'nor',
  'yet', 'once', 'despite', 'through', 'like', 'over', 'under', 'without', 'within', 'upon', 'amid', 'per', 'via',
]);
/** A cue right after one of these is not a verb with a subject ("the State Department", "to say"). */
const NOT_BEFORE_VERB = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'in', 'on',
  'for', 'to', 'with', 'by', 'at', 'from', 'no', 'any', 'some', 'every', 'each', 'whose', 'so-called', 'same', 'such',
  'another', 'other', 'own', 'first', 'last', 'public', 'new',
]);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'am']);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec'];
const TIME = new Set([
  ...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tonight', 'recently', 'earlier', 'later', 'also', 'again', 'then',
  'previously', 'publicly', 'privately', 'repeatedly', 'flatly', 'morning', 'afternoon', 'evening', 'night', 'late',
  'last', 'this', 'week', 'month', 'year', 'weekend', 'once', 'simply', 'bluntly', 'candidly', 'frankly', 'now',
]);
/** Words after "the" that open a time phrase at the start of a sentence: "The day before, …", "The next day, …". */
const DAY_OPENERS = new Set(['day', 'next', 'following', 'previous', 'same']);
/** Words right after a cue that start its own object ("pleaded with them", "reminds us of"), not a trailer. */
const GOVERNED_OBJECT = new Set(['with', 'for', 'about', 'into', 'against', 'over', 'us', 'them', 'him', 'me']);
/** Spans of time after "for" ("for years", "for months"). */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'ages', 'long', 'now', 'once', 'some']);
/** Whether a quotation or "that" comes within a few tokens after `from`: what was said lies ahead. */
function saidAhead(tk: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k - from < 12; k++) if (tk[k]!.kind === 'quote' || tk[k]!.norm === 'that') return true;
  return false;
}
/** Lexicon tags of a word that may be a verb's base form ("know", "step", "push"). */
const BASE_FORM_TAGS = new Set(['Infinitive', 'Noun|Verb', 'Actor|Verb']);
/** "to know", "to run": "to" and a verb's base form, the infinitive a cue takes ("demanded to know whether …"). */
function infinitiveAt(tk: Token[], i: number): boolean {
  const verb = tk[i + 1];
  return tk[i]!.norm === 'to' && isWord(verb) && !verb.capital && BASE_FORM_TAGS.has(tagOfLower(verb.norm) ?? '');
}
/** What may follow a cue at the end of a sentence that attributes what came before. */
const TRAILER = new Set([
  ...TIME, 'in', 'on', 'at', 'during', 'to', 'from', 'while', 'when', 'after', 'before', 'as', 'according', 'adding',
  'noting', 'referring', 'saying', 'following', 'via', 'through', 'for', 'of', 'about', 'with', 'without', 'and',
  'but', 'speaking', 'citing', 'pointing', 'explaining', 'arguing', 'asking', 'calling', 'echoing', 'responding',
  'who', 'which', 'under', 'amid', 'outside', 'inside', 'shortly', 'just', 'told', 'wrote', 'said',
]);
/**
 * Verbs that go before their speaker after a quotation or a clause ("…, said Cole", "…, wrote the
 * paper"). Others keep the subject first, so "Cole, a former mayor, criticized the plan" is no
 * inversion with "the plan" speaking; right after a quotation any cue may go first ("“…,” recalled Cole").
 */
const INVERTING = new Set([
  'say', 'write', 'add', 'report', 'tweet', 'ask', 'read', 'explain', 'declare', 'reply', 'recall', 'state', 'scoff', 'note',
  'conclude', 'continue', 'insist', 'argue', 'warn', 'observe', 'respond', 'quip', 'joke', 'remark', 'counter', 'recount',
  'concede', 'acknowledge', 'admit', 'claim', 'suggest', 'predict', 'complain', 'agree', 'comment', 'post', 'wonder', 'muse',
  'boast', 'exclaim', 'answer', 'caution', 'chime', 'reason', 'announce', 'confirm', 'emphasize', 'stress', 'proclaim',
  'retort', 'shout', 'yell', 'chant', 'cry', 'whisper', 'opine', 'assert', 'contend', 'maintain', 'testify', 'promise',
  'vow', 'pledge', 'urge', 'advise', 'echo', 'summarize', 'elaborate', 'interject', 'rule', 'estimate', 'forecast', 'project',
]);
/** Verbs that take an addressee right after them: "told CNN’s Christiane Amanpour". */
const ADDRESSED = new Set(['tell', 'ask', 'assure', 'warn', 'urge', 'advise', 'remind']);
/** Venues that stand between the cue and what was said: "said in a statement". */
const VENUES = new Set(['statement', 'interview', 'email', 'e-mail', 'tweet', 'post', 'letter', 'speech', 'op-ed', 'memo', 'release', 'press', 'conference', 'call', 'briefing', 'video', 'message', 'appearance', 'column', 'editorial', 'report', 'filing', 'radio', 'television', 'tv', 'blog', 'essay', 'book', 'rally', 'debate', 'hearing', 'broadcast', 'podcast', 'news']);
/** Words the lexicon tags as adjectives that also stand for a subject or an adverb before a verb: "many believe", "still hoping". */
const QUANTITY_WORDS = new Set(['still', 'many', 'all', 'most', 'both', 'few', 'several', 'some', 'more', 'less', 'only', 'just', 'even', 'much', 'long', 'once', 'soon', 'early', 'late', 'likely', 'overall', 'together', 'alone', 'each', 'enough', 'own', 'half']);
/** Nouns that are also cue verbs: their base and -s forms count only after a subject-like word. */
const NOUNY = new Set(['release', 'challenge', 'share', 'name', 'list', 'order', 'attack', 'blast', 'mock', 'voice', 'email', 'answer', 'highlight', 'repeat', 'quote', 'welcome', 'chant', 'forecast', 'champion', 'reference', 'back', 'push', 'press', 'request', 'favor', 'hail', 'thank', 'rail', 'slam', 'express', 'appear', 'consider', 'report', 'state', 'question', 'claim', 'charge', 'plan', 'need', 'support', 'estimate', 'call', 'hope', 'fear', 'doubt', 'note', 'demand', 'counter', 'signal', 'echo', 'remark', 'quip', 'joke', 'tweet', 'find', 'show', 'label', 'praise', 'blame', 'aim', 'promise', 'pledge', 'vow', 'cite', 'defend', 'worry', 'caution', 'mention', 'post', 'concern', 'recall', 'dub', 'stress', 'point', 'decline', 'write', 'want', 'know', 'view', 'talk', 'offer', 'dispute', 'embrace']);
/** Means of speaking after "by": "said by telephone". */
const CHANNELS = new Set(['telephone', 'phone', 'text', 'satellite', 'videoconference', 'videolink', 'skype', 'zoom', 'e-mail', 'mail', 'fax', 'cellphone']);
/** What speaks through evidence verbs: "the poll found", "records show". */
const EVIDENCE = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'analyses', 'data', 'figures', 'numbers', 'research', 'review', 'investigation', 'records', 'documents', 'document', 'filings', 'filing', 'statistics', 'results', 'audit', 'estimates', 'estimate', 'projections', 'model', 'models', 'evidence', 'footage', 'video', 'emails', 'memo', 'letter', 'transcript', 'transcripts', 'probe', 'inquiry', 'census', 'tally', 'count', 'ratings', 'exit', 'it', 'they', 'this', 'that', 'which', 'researchers', 'pollsters', 'investigators', 'analysts', 'economists', 'scientists', 'experts', 'auditors', 'polling', 'email', 'paper', 'papers', 'tallies', 'ledgers', 'markets', 'math', 'arithmetic',
  'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'videos', 'clip', 'clips', 'search', 'outcome', 'chart', 'charts', 'map', 'maps']);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'local', 'national', 'cable', 'morning', 'evening', 'radio', 'television', 'campaign', 'press', 'news', 'conference', 'brief', 'joint', 'written', 'recent', 'lengthy', 'separate', 'new', 'televised', 'telephone', 'phone', 'exclusive']);
/** Words that start the object of a verb: after one of these, a cue that could be a noun is a verb. */
const VERB_NEXT = new Set(['that', 'to', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'this', 'there', 'him', 'them', 'us', 'me', 'no', 'more', 'all']);

/** Labels before a colon that introduce no speaker: "Update: …", "Note: …". */
const COLON_LABELS = new Set(['update', 'note', 'editor', "editor's", 'correction', 'clarification', 'disclosure', 'related', 'read', 'watch', 'photo', 'video', 'source', 'sources', 'q', 'a', 'washington', 'new', 'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'full', 'transcript', 'audio', 'contributing', 'email', 'paid', 'plus', 'revealed', 'look', 'remember', 'boom']);

const FILLERS = new Set(['example', 'instance', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'ago', 'few', 'several', 'meanwhile', 'however', 'but', 'yet', 'still', 'also', 'indeed', 'instead', 'later', 'earlier', 'and']);

/** Beliefs that hold a condition after them rather than ask: "Sanders' aides believe if they can do that, he'll win". */
const CONDITIONAL_BELIEF = new Set(['think', 'believe']);
/** Verbs after which "if" opens a conditional claim: "said if elected he would …". */
const CONDITIONAL_SPEECH = new Set(['say', 'tell', 'write', 'add', 'argue', 'insist', 'warn', 'note', 'predict', 'suggest', 'promise', 'vow', 'pledge', 'claim', 'declare', 'state', 'caution', 'threaten']);

/** Verbs whose past participle often follows a noun as a modifier: "a poll released Monday". */
const MIN_ARTICLE = 0;
const BARE_NOUNS = new Set(['challenge', 'release', 'name', 'sound', 'add']);
const REDUCED_RELATIVE = new Set(['release', 'publish', 'post', 'list', 'name', 'identify', 'order', 'share']);

/** Embedded questions are not claims: "X reveals if …". */
const QUESTION_WORDS = new Set(['if', 'whether', 'how', 'why', 'what', 'when', 'who', 'where']);

/** Adverbs set off by commas between a speaker and the cue. */
const FENCED = new Set(['though', 'however', 'too', 'meanwhile', 'also', 'instead', 'then', 'now', 'later', 'earlier', 'moreover', 'nonetheless', 'nevertheless', 'likewise', 'similarly', 'separately', 'meantime', 'again', 'today', 'yesterday', 'previously', 'recently', 'afterward', 'afterwards', 'publicly', 'privately', 'ultimately', 'still', 'indeed', 'anyway']);

const isBoundaryPunct = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && (t.norm === ',' || t.norm === '—' || t.norm === '–' || t.norm === '―' || t.norm === ';' || t.norm === ':' || t.norm === '(' || t.norm === ')');
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

interface Group {
  /** First and last token index of the speaker, or -1. */
  from: number;
  to: number;
}

interface SentenceContext {
  text: string;
  tokens: Token[];
  /** Index of the last token that is not closing punctuation. */
  last: number;
  /**
   * For each token, the index of the last token before the next coordinated cue ("… and
   * questioned", "…, adding"): content that runs on from a cue stops there.
   */
  stop: number[];
  /** Quote tokens before each token index (prefix counts), and the next quote token from each index. */
  quotesBefore: number[];
  nextQuote: number[];
  /** Content on the left of a cue starts no earlier than this (after an earlier attribution). */
  floor: number;
  /** Most words are capitalized: a headline, where cue verbs are capitalized too ("Obama Says …"). */
  titleCase: boolean;
  /**
   * For each token, the index of the nearest semicolon at or before it (-1), and at or after it
   * (tokens.length); null in a sentence with no semicolon (most of them).
   */
  semiBefore: number[] | null;
  semiAfter: number[] | null;
}

/** The longest content in tokens: longer sentences are cut (no real sentence gets near). */
const MAX_CONTENT = 150;
/** The most paragraphs one quotation may run over. */
const MAX_CHAIN = 40;

/** Where content running on from token `k` ends. */
function contentEnd(ctx: SentenceContext, k: number): number {
  return k < ctx.stop.length ? Math.min(ctx.last, ctx.stop[k]!) : ctx.last;
}

function speakerForm(ctx: SentenceContext, g: Group): Attribution['speakerForm'] {
  if (g.from < 0) return 'none';
  // "his criticism of": a possessive pronoun names its speaker as a pronoun does.
  if (g.from === g.to && (PRONOUNS.has(ctx.tokens[g.from]!.norm) || POSSESSIVES.has(ctx.tokens[g.from]!.norm))) return 'pronoun';
  for (let i = g.from; i <= g.to; i++) {
    const t = ctx.tokens[i]!;
    if (t.capital && !(i === 0 && NOT_BEFORE_VERB.has(t.norm))) return 'name';
  }
  return 'nominal';
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'on']);

function isPlacePreposition(t: Token): boolean {
  return t.kind === 'word' && PLACE_PREPOSITIONS.has(t.norm);
}

/** "farmers", "delegates", "records": a lowercase word that can head a noun phrase (not a verb, adjective or particle). */
function isCommonNounBefore(ctx: SentenceContext, j: number): boolean {
  const t = ctx.tokens[j];
  // A capital letter opening the sentence says nothing about the word ("Officials with the agency said").
  if (!isWord(t) || (t.capital && j > 0)) return false;
  const w = t.norm;
  if (CLAUSE_STOP.has(w) || PRONOUNS.has(w) || BE.has(w) || w === 'been' || w === 'up' || w === 'out') return false;
  if (w.endsWith('ing') || w.endsWith('ed')) return false;
  const tag = tagOfLower(w);
  return !isFiniteVerb(w) && !cueEntry(w) && !isModifier(w) && tag !== 'Infinitive' && tag !== 'Determiner';
}

/**
 * "a letter that said", "a group that opposes": cues a thing or a group can voice. Not beliefs or
 * namings ("a year that saw", "a turn that called to mind").
 */
function speaksThroughRelative(cue: Token | undefined): boolean {
  const entry = isWord(cue) ? cueEntry(cue.norm) : undefined;
  return entry === undefined || (entry.cls !== 'belief' && entry.cls !== 'name');
}

/**
 * Whether the word at `i` cannot sit inside the noun phrase a "who" stands for: a few prepositions,
 * or a verb with its object after it ("hearing a candidate who", "mandates three visits for women
 * who"). A verb form before a bare noun may be a modifier: "a hearing officer who", "naturalized
 * citizens who".
 */
function relativeStop(tk: Token[], i: number): boolean {
  const w = tk[i]!.norm;
  if (WHO_STOPS.has(w)) return true;
  if (!isFiniteVerb(w) && !/(ed|ing)$/.test(w)) return false;
  const next = tk[i + 1];
  return next !== undefined && (OBJECT_OPENERS.has(next.norm) || /^\d/.test(next.norm));
}
const WHO_STOPS = new Set(['among', 'like', 'including', 'especially', 'than']);
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'those', 'these', 'some', 'many', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'two', 'three', 'four', 'five', 'several', 'any', 'all']);

/** Words that cannot hold "close to" or "familiar with" as a noun phrase does: "came close to", "is familiar with", "close to 5 percent". */
const NOT_TIE_HOLDERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'very', 'so', 'too', 'as', 'more', 'most', 'came', 'come', 'comes', 'coming', 'get', 'got', 'gets', 'getting', 'remain', 'remains', 'remained', 'stay', 'stayed', 'seem', 'seems', 'seemed', 'and', 'or', 'not', 'quite', 'fairly', 'still', 'even', 'now', 'already', 'nearly', 'almost', 'perhaps']);

/**
 * The number of tokens to step over leftwards from the preposition at `i` to reach the ones who speak:
 * 1 for "advisers to", 2 for "people close to" and "sources familiar with"; 0 where the preposition
 * ends the noun phrase.
 */
function tieBefore(tk: readonly Token[], i: number): number {
  const prep = tk[i];
  const before = tk[i - 1];
  if (!isWord(prep) || !isWord(before)) return 0;
  if (prep.norm === 'to' && TIED_ROLES.has(before.norm)) return 1;
  const holder = tk[i - 2];
  const holds = isWord(holder) && !NOT_TIE_HOLDERS.has(holder.norm) && !/^\d/.test(holder.norm) && !isFiniteVerb(holder.norm) && !isAdverb(holder);
  if ((prep.norm === 'to' && before.norm === 'close') || (prep.norm === 'with' && before.norm === 'familiar')) return holds ? 2 : 0;
  return 0;
}

/** A plain noun phrase run leftwards from `end` (inclusive), at most `max` tokens. */
function nounPhraseLeft(ctx: SentenceContext, end: number, max: number, stopAtVerb = false): Group {
  let i = end;
  let n = 0;
  let relative = false;
  while (i >= 0 && n < max) {
    const t = ctx.tokens[i]!;
    // "Sen. Ann Cole (R-Ohio) said": a short parenthesis belongs to the name before it.
    if (t.norm === ')' && n === 0) {
      let k = i - 1;
      while (k >= 0 && i - k < 8 && ctx.tokens[k]!.norm !== '(' && ctx.tokens[k]!.kind !== 'quote') k--;
      if (k > 0 && ctx.tokens[k]!.norm === '(' && isWord(ctx.tokens[k - 1])) {
        i = k - 1;
        n++;
        continue;
      }
      break;
    }
    // "Most farmers in the valley said": a place phrase after a common noun belongs to the speaker.
    if (n > 0 && n < max - 1 && isPlacePreposition(t) && isCommonNounBefore(ctx, i - 1)) {
      i--;
      n++;
      continue;
    }
    // "42% say …", "a third, 33%, said": a share of people, written with its sign.
    if (t.norm === '%' && isWord(ctx.tokens[i - 1]) && /^\d/.test(ctx.tokens[i - 1]!.norm)) {
      i -= 2;
      n += 2;
      continue;
    }
    // "a message that said “…”", "a sign which read “…”": the relative pronoun right before the cue
    // stands for the noun it follows, as "who" does.
    if (n === 0 && (t.norm === 'that' || t.norm === 'which') && isCommonNounBefore(ctx, i - 1) && speaksThroughRelative(ctx.tokens[i + 1])) {
      relative = true;
      i--;
      n++;
      continue;
    }
    // "The council received a letter that said": the noun phrase ends at the verb before it.
    if (relative && t.kind === 'word' && !t.capital && (isFiniteVerb(t.norm) || /ed$/.test(t.norm))) break;
    // "Advisers to Reyes said", "people familiar with the talks said": the ones who speak stand before the preposition.
    const tie = n > 0 ? tieBefore(ctx.tokens, i) : 0;
    if (tie > 0) {
      i -= tie;
      n += tie;
      continue;
    }
    if (t.kind !== 'word' || CLAUSE_STOP.has(t.norm)) break;
    if (n > 0 && cueEntry(t.norm) && !t.capital) break;
    // "Obama met Merkel, who said": the relative pronoun stands for the name after the verb.
    if (n > 0 && stopAtVerb && !t.capital && isFiniteVerb(t.norm)) break;
    // "Cole met voters who said", "she counts herself among those voters who say": "who" stands
    // for the noun phrase right before it, never for the clause around that phrase.
    if (n > 0 && ctx.tokens[end]!.norm === 'who' && !t.capital && relativeStop(ctx.tokens, i)) break;
    i--;
    n++;
  }
  if (n === 0) return { from: -1, to: -1 };
  const last = ctx.tokens[end]!;
  // "September she said": a pronoun next to the cue is the whole speaker.
  if (last.kind === 'word' && PRONOUNS.has(last.norm) && last.norm !== 'who') return { from: end, to: end };
  let from = i + 1;
  // "Tuesday Trump said", "for example Murphy said": time words and fillers before a name are not part of it.
  // A number before a common noun counts it: "9 percent", "55 voters".
  while (from < end && isWord(ctx.tokens[from]) && (TIME.has(ctx.tokens[from]!.norm) || (/^\d/.test(ctx.tokens[from]!.norm) && ctx.tokens[from + 1]!.capital) || FILLERS.has(ctx.tokens[from]!.norm))) from++;
  return { from, to: end };
}

/** Words of a span of time before "ago": "less than two weeks", "a few days", "18 months". */
const AGO_WORDS = new Set(['a', 'an', 'few', 'several', 'couple', 'of', 'less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'day', 'week', 'month', 'year', 'decade']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'during', 'until']);

/** The number of tokens of a date phrase ending at `j` ("two weeks ago", "in 2009"), or 0. */
function datePhraseEndingAt(tokens: Token[], j: number): number {
  const last = tokens[j];
  if (!isWord(last)) return 0;
  if (last.norm === 'ago') {
    let k = j - 1;
    while (k >= 0 && j - k <= 6 && isWord(tokens[k]) && (AGO_WORDS.has(tokens[k]!.norm) || /^\d+$/.test(tokens[k]!.norm))) k--;
    return k < j - 1 ? j - k : 0;
  }
  if (/^(?:19|20)\d\d$/.test(last.norm) && j > 0 && isWord(tokens[j - 1]) && YEAR_PREPOSITIONS.has(tokens[j - 1]!.norm)) return 2;
  return 0;
}

/** Set phrases that sit between a speaker and the cue like an adverb. */
const BETWEEN_PHRASES = ['for example', 'for instance', 'at the time', 'in the past', 'in particular', 'all but', 'at one point', 'once again', 'for the first time', 'for years', 'for months', 'for weeks', 'in turn', 'at times', 'of course', 'at least', 'in fact', 'by then', 'so far', 'time and again', 'for his part', 'for her part', 'for their part', 'for its part', 'at any time', 'earlier in the day', 'later in the day', 'in the day', 'that day', 'the next day', 'the same day', 'on the record', 'in the end', 'in general', 'for one', 'in recent years', 'in recent days', 'in recent weeks', 'in recent months', 'in private', 'in public', 'on occasion', 'in the meantime', 'by contrast', 'in contrast', 'for now'].map((p) => p.split(' '));
const SELDOM = new Set(['seldom', 'rarely', 'sometimes', 'twice', 'instead']);

/** The number of tokens of a set phrase ending at `j` ("at the time"), or 0; a lone "seldom" counts as one. */
function phraseEndingAt(tokens: Token[], j: number): number {
  const last = tokens[j];
  if (!isWord(last)) return 0;
  if (SELDOM.has(last.norm)) return 1;
  for (const words of BETWEEN_PHRASES) {
    const n = words.length;
    if (j - n + 1 < 1 || words[n - 1] !== last.norm) continue;
    let k = 0;
    while (k < n && isWord(tokens[j - n + 1 + k]) && tokens[j - n + 1 + k]!.norm === words[k]) k++;
    if (k === n) return n;
  }
  return 0;
}

const DEGREE = new Set(['most', 'more', 'very', 'so', 'less', 'too', 'quite', 'rather']);

/** "Trump forcefully said": manner adverbs sit between speaker and cue. */
function isAdverb(t: Token): boolean {
  return !t.capital && t.norm.length > 4 && t.norm.endsWith('ly') && !['only', 'family', 'ally', 'rally', 'italy', 'july', 'supply', 'assembly', 'reply', 'early', 'daily', 'weekly'].includes(t.norm);
}

/** The number of tokens of an adverb with its degree word ending at `j` ("almost unilaterally"), or 0. */
function fencedAdverb(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!isWord(t) || !isAdverb(t)) return 0;
  const d = tokens[j - 1];
  return isWord(d) && (DEGREE.has(d.norm) || d.norm === 'almost' || d.norm === 'nearly') ? 2 : 1;
}

/** Tokens between two commas that read as an appositive or a name: short, no quote, no clause word. */
function isAppositive(ctx: SentenceContext, from: number, to: number): boolean {
  if (to < from || to - from > 7) return false;
  for (let i = from; i <= to; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') return false;
    if (i !== from && CLAUSE_STOP.has(t.norm) && t.norm !== 'of') return false;
    if (BE.has(t.norm) || cueEntry(t.norm)) return false;
  }
  const first = ctx.tokens[from]!;
  return first.capital || ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'chief'].includes(first.norm);
}

/**
 * "Sen. Ann Cole (D-Ohio), a supporter of the bill told reporters": an appositive whose closing comma
 * is missing runs up to the cue, and the name before its opening comma speaks. Where the subject
 * ending at `to` (found from `from`) lies inside such an appositive, where the name starts; else -1.
 * Only a name that opens its clause, not "In Washington, a spokesman said".
 */
function unclosedAppositive(ctx: SentenceContext, from: number, to: number): number {
  const tk = ctx.tokens;
  let m = from - 1;
  while (m > 0 && to - m < 14 && isWord(tk[m])) {
    const w = tk[m]!.norm;
    if (BE.has(w) || cueEntry(w) || isFiniteVerb(w)) return -1;
    m--;
  }
  if (m < 1 || tk[m]!.norm !== ',' || !APPOSITIVE_OPENERS.has(tk[m + 1]?.norm ?? '')) return -1;
  const last = tk[m - 1]!;
  if (!(last.norm === ')' || (isWord(last) && last.capital))) return -1;
  const name = nounPhraseLeft(ctx, m - 1, 6);
  // A full name ("Ann Cole", "Sen. Cole (D-Ohio)"), not an opening word ("Still, the poll shows") or a place ("Iowa").
  if (name.from < 0 || name.from === m - 1) return -1;
  for (let i = name.from; i < m; i++) if (!(tk[i]!.capital || tk[i]!.kind === 'punct') || TIME.has(tk[i]!.norm) || tagOfLower(tk[i]!.norm) === 'Preposition') return -1;
  const before = tk[name.from - 1];
  return name.from === 0 || isBoundaryPunct(before) || before!.kind === 'quote' ? name.from : -1;
}

/** Relative pronouns that open a comma-fenced clause about the speaker: "Cole, who's running for mayor, said". */
const FENCED_RELATIVES = new Set(['who', "who's", "who'd", 'which']);

/** Quantifiers that stand for the speakers when they open the sentence: "Both said". */
const PRONOUN_QUANTIFIERS = new Set(['both', 'all']);
/** Words after which a clause opens with its subject: "and both vowed", "while another says". */
const SUBJECT_CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'yet', 'so', 'that', 'where', 'when', 'as', 'since', 'if']);

/** Not "as": "identified as Ann Cole, a councilwoman" names someone already there. */
const NAME_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'yet', 'when', 'since', 'if']);

/**
 * "…, but Ann Cole, a councilwoman, said": a name opening a clause after a conjunction keeps its
 * appositive, as it does at the start of the sentence; the title alone is not who spoke.
 */
function namedAfterConjunction(tokens: readonly Token[], from: number): boolean {
  const conjunction = tokens[from - 1];
  return isWord(conjunction) && NAME_CONJUNCTIONS.has(conjunction.norm) && tokens[from]!.capital;
}

/**
 * Whether the token at `j` opens its clause: the sentence start or right after a conjunction. Not after
 * a dash or a bracket: "Cruz, Paul and Rubio -- all voted" and "the figures — whose party … — both
 * suggested" put "all" and "both" after the subject they stand beside.
 */
function opensClause(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return j === 0 || (isWord(prev) && SUBJECT_CLAUSE_OPENERS.has(prev.norm));
}

/**
 * The speaker on the left of the cue at `c`: "Stoltenberg (also reportedly) said",
 * "Jens Stoltenberg, NATO's secretary general, said". Returns the group and the index of the
 * token just before it (the boundary), -1 at the sentence start.
 */
function speakerLeft(ctx: SentenceContext, c: number): { group: Group; boundary: number } {
  let j = c - 1;
  const progressive = ctx.tokens[c]!.norm.endsWith('ing');
  for (;;) {
    // "… and most recently defended": a degree word before an adverb goes with it.
    // Not "Instead, Will called for …": a capitalized "Will" or "May" inside a sentence is a name.
    // "Both think …", "and both vowed …": opening its clause, "both" or "all" is the subject itself.
    while (j >= 0 && isWord(ctx.tokens[j]) && ((BETWEEN.has(ctx.tokens[j]!.norm) && !(ctx.tokens[j]!.capital && j > 0 && !ctx.titleCase) && !(PRONOUN_QUANTIFIERS.has(ctx.tokens[j]!.norm) && opensClause(ctx.tokens, j))) || (progressive && BE.has(ctx.tokens[j]!.norm)) || isAdverb(ctx.tokens[j]!) || (DEGREE.has(ctx.tokens[j]!.norm) && isWord(ctx.tokens[j + 1]) && isAdverb(ctx.tokens[j + 1]!)))) j--;
    // "Trump at the time said", "critics have in particular noted": a set phrase between speaker and cue.
    const phrase = phraseEndingAt(ctx.tokens, j);
    if (phrase > 0) {
      j -= phrase;
      continue;
    }
    // "The department two weeks ago said", "The firm in 2009 agreed": a date between speaker and cue.
    const date = datePhraseEndingAt(ctx.tokens, j);
    if (date > 0 && j - date >= 0 && isWord(ctx.tokens[j - date])) {
      j -= date;
      continue;
    }
    // "the senator on Tuesday dismissed", "Trump last week said"
    const w = ctx.tokens[j];
    if (j > 0 && isWord(w) && TIME.has(w.norm) && !PRONOUNS.has(w.norm)) {
      j--;
      const p = ctx.tokens[j];
      if (p && isWord(p) && ['on', 'in', 'last', 'this', 'early', 'late', 'next', 'that', 'past'].includes(p.norm)) j--;
      continue;
    }
    // "Trump in his announcement speech called": a venue between the speaker and the cue.
    // "Bush in a Medium post said", "Sanders during a Sunday rally thanked": a name may qualify the venue.
    if (j > 1 && isWord(w) && !w.capital && VENUES.has(w.norm)) {
      let k = j - 1;
      while (k > 0 && j - k <= 4 && isWord(ctx.tokens[k]) && (!ctx.tokens[k]!.capital || (ctx.tokens[k - 1]!.kind === 'word' && !ctx.tokens[k - 1]!.capital)) && !CLAUSE_STOP.has(ctx.tokens[k]!.norm)) k--;
      const prep = ctx.tokens[k];
      if (k > 0 && k < j && isWord(prep) && ['in', 'during', 'at', 'on'].includes(prep.norm) && isWord(ctx.tokens[k - 1])) {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  const t = ctx.tokens[j];
  // "Murphy, though, said", "Brian Murphy, for example, said": a comma-fenced adverb sits between the speaker and the cue.
  // "Trump, almost unilaterally, decided", "Cole, unusually, declined": a fenced manner adverb too.
  const fencedPhrase = t && t.norm === ',' ? phraseEndingAt(ctx.tokens, j - 1) || fencedAdverb(ctx.tokens, j - 1) : 0;
  if (fencedPhrase > 1 && ctx.tokens[j - 1 - fencedPhrase]?.norm === ',') j -= fencedPhrase - 1;
  if (t && t.norm === ',' && isWord(ctx.tokens[j - 1]) && (FENCED.has(ctx.tokens[j - 1]!.norm) || fencedPhrase > 1 || isAdverb(ctx.tokens[j - 1]!)) && ctx.tokens[j - 2]?.norm === ',') {
    j -= 3;
    // "A poll has, however, revealed": the auxiliary before the fence belongs to the verb, not the speaker.
    while (j > 0 && isWord(ctx.tokens[j]) && !ctx.tokens[j]!.capital && AUXILIARIES.has(ctx.tokens[j]!.norm) && isWord(ctx.tokens[j - 1])) j--;
    if (isWord(ctx.tokens[j])) {
      const seg = nounPhraseLeft(ctx, j, 8);
      return { group: seg, boundary: seg.from - 1 };
    }
  }
  const isDash = (x: Token | undefined): boolean => x !== undefined && x.kind === 'punct' && (x.norm === '—' || x.norm === '–' || x.norm === '-');
  if (isDash(t)) {
    // "The justice -- who has been in a scuffle with him -- said", "Many speakers — including Jews — said"
    let k = j;
    while (k > 0 && isDash(ctx.tokens[k - 1])) k--;
    let open = k - 1;
    // A quotation may stand inside the fence ("— who called it “a disaster” —").
    while (open > 0 && k - open < 30 && !isDash(ctx.tokens[open])) open--;
    if (open > 0 && isDash(ctx.tokens[open])) {
      const first = ctx.tokens[open + 1];
      const appositive = dashedAppositive(ctx.tokens, open + 1, k - 1);
      while (open > 0 && isDash(ctx.tokens[open - 1])) open--;
      if (isWord(first) && (first.norm === 'who' || first.norm === 'including' || first.norm.endsWith('ing') || CLAUSE_STOP.has(first.norm) || appositive) && isWord(ctx.tokens[open - 1])) {
        const seg = nounPhraseLeft(ctx, open - 1, 8);
        if (seg.from >= 0) return { group: seg, boundary: seg.from - 1 };
      }
    }
  }
  if (t && t.kind === 'punct' && t.norm === ',') {
    const whole = fencedSubject(ctx, j);
    if (whole.from >= 0) return { group: whole, boundary: whole.from - 1 };
    // "De Blasio, speaking on WOR710, called": a fenced participle or prepositional phrase.
    let open = j - 1;
    while (open >= 0 && j - open < 25 && ctx.tokens[open]!.norm !== ',' && ctx.tokens[open]!.kind !== 'quote') open--;
    const fencedFirst = ctx.tokens[open + 1];
    // "Mr. Trump, asked about the deaths, had said": a fenced past participle too.
    if (open > 0 && ctx.tokens[open]!.norm === ',' && isWord(fencedFirst) && (fencedFirst.norm.endsWith('ing') || (!fencedFirst.capital && fencedFirst.norm.endsWith('ed')) || FENCED_RELATIVES.has(fencedFirst.norm) || (CLAUSE_STOP.has(fencedFirst.norm) && j - open < 12)) && (isWord(ctx.tokens[open - 1]) || ctx.tokens[open - 1]!.norm === ')')) {
      const seg = nounPhraseLeft(ctx, open - 1, 8);
      if (seg.from >= 0) return { group: seg, boundary: seg.from - 1 };
    }
    // "…, Jens Stoltenberg, said" or "Smith, a spokesman for X, said"
    const seg = nounPhraseLeft(ctx, j - 1, 8);
    if (seg.from < 0) return { group: { from: -1, to: -1 }, boundary: j };
    let from = seg.from;
    const before = ctx.tokens[from - 1];
    if (before && before.norm === ',') {
      const prev = nounPhraseLeft(ctx, from - 2, 7);
      if (prev.from >= 0 && (prev.from === 0 || isBoundaryPunct(ctx.tokens[prev.from - 1]) || ctx.tokens[prev.from - 1]!.kind === 'quote') && isAppositive(ctx, prev.from, from - 2)) from = prev.from;
      // The clause word before the name still reads as it did before the appositive ("as Ann Cole, a
      // councilwoman, put it" is the same aside as "as a councilwoman put it"), so the boundary stays.
      else if (prev.from >= 0 && namedAfterConjunction(ctx.tokens, prev.from) && isAppositive(ctx, from, j - 1)) return { group: { from: prev.from, to: j - 1 }, boundary: from - 1 };
    }
    return { group: { from, to: j - 1 }, boundary: from - 1 };
  }
  if (t && (t.norm === 'who' || t.norm === 'which') && ctx.tokens[j - 1]?.norm === ',') {
    // "Smith, who said", "the union, which endorsed": the span runs from the name to the relative pronoun that stands for it.
    const seg = nounPhraseLeft(ctx, j - 2, 6, true);
    return { group: seg.from < 0 ? { from: j, to: j } : { from: seg.from, to: j }, boundary: (seg.from < 0 ? j : seg.from) - 1 };
  }
  // "Humphrey, who calls Trump a “sociopath,” said …": a quotation closing a fenced clause.
  if (t && t.kind === 'quote' && /,[\s'’‘"”]*$/.test(ctx.text.slice(t.quote!.inner.start, t.quote!.inner.end))) {
    const whole = fencedSubject(ctx, j);
    if (whole.from === 0) return { group: whole, boundary: -1 };
  }
  if (t === undefined || (t.kind !== 'word' && t.norm !== ')' && t.norm !== '%')) return { group: { from: -1, to: -1 }, boundary: j };
  const seg = nounPhraseLeft(ctx, j, 8);
  // "Curiel, who through his office declined": a phrase between the relative pronoun and its verb.
  const b = seg.from - 1;
  if (seg.from > 2 && isWord(ctx.tokens[b]) && tagOfLower(ctx.tokens[b]!.norm) === 'Preposition' && ctx.tokens[b - 1]?.norm === 'who' && ctx.tokens[b - 2]?.norm === ',') {
    const name = nounPhraseLeft(ctx, b - 3, 6, true);
    if (name.from >= 0) return { group: { from: name.from, to: b - 1 }, boundary: name.from - 1 };
  }
  const named = seg.from >= 0 ? unclosedAppositive(ctx, seg.from, seg.to) : -1;
  if (named >= 0) return { group: { from: named, to: seg.to }, boundary: named - 1 };
  const head = relativeHead(ctx, seg);
  if (head.from >= 0) return { group: head, boundary: head.from - 1 };
  // Only the words after the last clause word belong to the speaker.
  // "Aides and advisers said": the whole coordinated subject speaks; the clause still opens where it did.
  return { group: { from: coordinatedSubject(ctx, seg.from), to: seg.to }, boundary: seg.from - 1 };
}

/**
 * "Trump and Ryan said", "Clinton, Sanders and O'Malley all have said": where the subject at `from`
 * is the last of a coordination that opens its clause, where the first conjunct starts; else `from`.
 * Not "The mayor praised the plan and Cole said": a conjunct after a verb is its object.
 */
function coordinatedSubject(ctx: SentenceContext, from: number): number {
  const tk = ctx.tokens;
  // "Don't Let The Media And Rubio Tell You": a headline's capitals say nothing of its grammar.
  if (from < 2 || ctx.titleCase || !isWord(tk[from - 1]) || ctx.text.slice(tk[from - 1]!.start, tk[from - 1]!.end) !== 'and' || !isWord(tk[from - 2])) return from;
  let first = conjunctLeft(ctx, from - 2);
  if (first < 0) return from;
  // "Clinton, Sanders and O'Malley": earlier members of a list, each set off by a comma.
  for (let guard = 0; guard < 6 && first > 1 && tk[first - 1]!.norm === ',' && isWord(tk[first - 2]); guard++) {
    const prev = conjunctLeft(ctx, first - 2);
    if (prev < 0 || !opensSubject(tk, prev)) break;
    first = prev;
  }
  return opensSubject(tk, first) ? first : from;
}

/** Where the noun phrase ending at `end` starts, when it is a plain one: no verb, no clause word, no opening preposition or adverb. */
function conjunctLeft(ctx: SentenceContext, end: number): number {
  const tk = ctx.tokens;
  const from = nounPhraseLeft(ctx, end, 6).from;
  if (from < 0) return -1;
  const head = tk[from]!;
  const lower = { ...head, capital: false };
  if (!isWord(head) || tagOfLower(head.norm) === 'Preposition' || isAdverb(lower) || ADVERBIAL_OPENERS.has(head.norm)) return -1;
  for (let k = from; k <= end; k++) {
    const t = tk[k]!;
    if (isWord(t) && (CLAUSE_WORDS.has(t.norm) || isClauseVerb(tk, k) || (!t.capital && /ed$/.test(t.norm)))) return -1;
  }
  return from;
}

/** Whether a subject may start at `i`: the sentence start, after a quotation, a comma or a dash, or after a conjunction opening a clause. */
function opensSubject(tk: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const before = tk[i - 1]!;
  // Not after "and": "migrants and refugees, she and …" is the end of an object, not a subject.
  return before.kind === 'quote' || isBoundaryPunct(before) || (isWord(before) && before.norm !== 'and' && SUBJECT_CLAUSE_OPENERS.has(before.norm));
}

/**
 * "…, the board notes.", "…, the paper writes.": a cue word that is also a noun still speaks when it ends
 * the sentence right after a short noun phrase that opens at a comma, the way a trailing cue does.
 */
function closingNounCue(tk: Token[], c: number): boolean {
  const next = tk[c + 1];
  if (!(next === undefined || (next.kind === 'punct' && next.norm === '.'))) return false;
  for (let k = c - 2; k >= 0 && c - k <= 4; k--) {
    if (tk[k]!.norm === ',') return isWord(tk[k + 1]) && ARTICLES.has(tk[k + 1]!.norm);
    if (!isWord(tk[k])) return false;
  }
  return false;
}

/**
 * "Jason Smith — a teacher from Springfield — says", "officials in two towns — Akron and Dayton — said":
 * a short noun phrase fenced by dashes renames the speaker before it, so the speaker reaches past it.
 */
function dashedAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 12) return false;
  const first = tokens[from]!;
  if (!(APPOSITIVE_OPENERS.has(first.norm) || first.capital || /^\d/.test(first.norm))) return false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    // "— Ann Cole, who lost the race to Reyes —": a name and a relative clause about it.
    if (t.norm === ',' && i > from && first.capital && tokens[i - 1]!.capital && FENCED_RELATIVES.has(tokens[i + 1]?.norm ?? '')) return true;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.norm !== ',' && t.norm !== '.')) return false;
    if (isWord(t) && !t.capital && i > from && (isFiniteVerb(t.norm) || BE.has(t.norm) || cueEntry(t.norm))) return false;
  }
  return true;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'one', 'both', 'two', 'three', 'all', 'each', 'his', 'her', 'their', 'its']);

/** Words that open a relative clause right after its noun: "officials who spoke …", "a source speaking to …". */
const RELATIVE_OPENERS = new Set(['who', 'that', "who'd", "who's", 'speaking', 'talking', 'writing']);

/**
 * "Officials who spoke with the paper said …": when the noun phrase before the cue ends a relative
 * clause (its verb's object), the noun the clause hangs on speaks. `seg` is that noun phrase; the
 * result runs from the head noun phrase to the end of the clause, or is empty.
 */
function relativeHead(ctx: SentenceContext, seg: Group): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  if (seg.from < 3 || !isWord(tk[seg.from - 1])) return none;
  let verb = false;
  for (let k = seg.from - 1; k > 0 && seg.from - k < 15; k--) {
    const t = tk[k]!;
    if (t.kind !== 'word') return none;
    if (RELATIVE_OPENERS.has(t.norm) && k < seg.from - 1) {
      const participle = t.norm.endsWith('ing');
      if (!verb && !participle) return none;
      const noun = tk[k - 1]!;
      if (!isWord(noun) || CLAUSE_STOP.has(noun.norm) || PRONOUNS.has(noun.norm) || isClauseVerb(tk, k - 1)) return none;
      const np = nounPhraseLeft(ctx, k - 1, 8, true);
      return np.from >= 0 ? { from: np.from, to: seg.to } : none;
    }
    if (CLAUSE_WORDS.has(t.norm) || t.norm === 'which') return none;
    if (isClauseVerb(tk, k) || (!t.capital && /ed$/.test(t.norm))) verb = true;
  }
  return none;
}

/**
 * The noun phrase that opens the sentence when only comma-fenced asides stand between it and the
 * cue: "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said", "Clinton, after
 * the scandal broke in March, initially said". `comma` is the comma right before the cue.
 */
function fencedSubject(ctx: SentenceContext, comma: number): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  // "“…,” Kaplan, a screenwriter and former executive, said": the speaker after an opening quotation.
  let from = tk[0]?.kind === 'quote' ? 1 : 0;
  while (from < comma && isWord(tk[from]) && SENTENCE_OPENERS.has(tk[from]!.norm)) from++;
  const first = tk[from];
  // "In a memo on Tuesday, Noah Oppenheim, the NBC executive, reminded …"
  if (isWord(first) && (CLAUSE_STOP.has(first.norm) || first.norm.endsWith('ing') || tagOfLower(first.norm) === 'Preposition')) {
    let k = from + 1;
    while (k < comma && k - from < 12 && tk[k]!.norm !== ',') k++;
    if (k >= comma || tk[k]!.norm !== ',') return none;
    from = k + 1;
  }
  if (comma - from > 40) return none;
  const head = tk[from];
  if (!isWord(head) || !(head.capital || DETERMINERS.has(head.norm)) || PRONOUNS.has(head.norm) || TIME.has(head.norm)) return none;
  // "Alarmed by the unrest, …", "Back in Indiana, …", "Similarly, …", "PARIS, Aug 31 (Reuters) - …": an opening phrase, not a subject.
  const raw = ctx.text.slice(head.start, head.end);
  if (ADVERBIAL_OPENERS.has(head.norm) || isAdverb({ ...head, capital: false }) || (head.norm.endsWith('ed') && head.norm.length > 4) || (raw.length > 1 && raw === raw.toUpperCase())) return none;
  // The opening noun phrase: words up to the first comma, with no verb or clause word among them.
  let e = from;
  for (;;) {
    // "Sen. Ann Cole (D-Ore.), who …, said": a short parenthesis belongs to the name.
    if (tk[e + 1]?.norm === '(') {
      let close = e + 2;
      while (close < comma && close - e < 8 && tk[close]!.kind !== 'quote' && tk[close]!.norm !== ',' && tk[close]!.norm !== '(' && tk[close]!.norm !== ')') close++;
      if (tk[close]?.norm === ')' && close < comma) {
        e = close;
        continue;
      }
    }
    if (!(e + 1 < comma && isWord(tk[e + 1]) && tk[e + 1]!.norm !== ',')) break;
    const w = tk[e + 1]!;
    if (BE.has(w.norm) || CLAUSE_WORDS.has(w.norm) || (!w.capital && (isClauseVerb(tk, e + 1) || cueEntry(w.norm)))) return none;
    e++;
  }
  if (tk[e + 1]?.norm !== ',' || e + 1 >= comma || e - from > 10) return none;
  // "And a third, Daniel Traynor, said": a name in apposition to a common noun is the one to give.
  if (!head.capital && e + 2 < comma && tk[e + 2]!.capital && isAppositive(ctx, e + 2, comma - 1)) return none;
  // "Chris Dole, a farmer, said", "Ann Cole, 52, said": one appositive or an age belongs to the name.
  if (isAppositive(ctx, e + 2, comma - 1) || (e + 2 === comma - 1 && /^\d+$/.test(tk[e + 2]!.norm))) return { from, to: comma - 1 };
  return { from, to: e };
}

const ADVERBIAL_OPENERS = new Set(['back', 'not', 'just', 'still', 'even', 'outside', 'similarly', 'earlier', 'later', 'also', 'only', 'yet', 'already', 'here', 'there', 'again', 'instead', 'moreover', 'indeed', 'often', 'elsewhere', 'overall', 'together', 'next', 'soon', 'asked', 'told', 'as', 'like', 'unlike', 'beyond', 'behind', 'near', 'nearby', 'inside', 'across', 'along', 'alongside', 'separately', 'ironically', 'notably', 'importantly']);

/** The speaker right after an inverted cue: "…,” said Jim Hodges, a Clinton backer." */
function speakerRight(ctx: SentenceContext, c: number): Group {
  let i = c + 1;
  const from = i;
  while (i <= ctx.last && i - from < 10) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') break;
    if (CLAUSE_STOP.has(t.norm) && t.norm !== 'of' && !(i === from && t.norm === 'by')) break;
    i++;
  }
  // "…,” Golden said of the campaign": what the words are about, not who said them.
  if (ctx.tokens[from]?.norm === 'of') return { from: -1, to: -1 };
  // "…, Ann Cole, the mayor's deputy, said Sunday.": a day or a time after the cue tells when, not who.
  let when = from;
  while (when < i && TIME.has(ctx.tokens[when]!.norm)) when++;
  if (when === i) return { from: -1, to: -1 };
  return { from, to: i - 1 };
}

/** Skips venue and time words after a cue: "said in an interview on Tuesday that". */
function skipAfterCue(ctx: SentenceContext, i: number, out: { addressee?: Span }): number {
  const tk = ctx.tokens;
  for (let guard = 0; guard < 12 && i <= ctx.last; guard++) {
    const t = tk[i]!;
    if (t.kind === 'word' && TIME.has(t.norm)) { i++; continue; }
    // "reported just today", "said only last week": a degree word before a time word belongs to it.
    if (t.kind === 'word' && (t.norm === 'just' || t.norm === 'only') && isWord(tk[i + 1]) && TIME.has(tk[i + 1]!.norm)) { i++; continue; }
    if (t.kind === 'word' && (t.norm === 'in' || t.norm === 'on' || t.norm === 'during' || t.norm === 'at' || t.norm === 'to' || t.norm === 'via')) {
      // "in a statement", "in an interview with X", "on Twitter", "to reporters", "on Tuesday"
      let k = i + 1;
      while (k <= ctx.last && k - i < 4 && isWord(tk[k]) && DETERMINERS.has(tk[k]!.norm)) k++;
      // "at a news conference, …": the last word read as a modifier is the venue itself (not in
      // "responding to the news that …", where "to" leads to what is answered).
      if (!isSettingNoun(tk[k]) && k - 1 > i && t.norm !== 'to' && VENUES.has(tk[k - 1]!.norm)) k--;
      if (isSettingNoun(tk[k])) {
        let end = k;
        while (isWord(tk[end + 1]) && (tk[end + 1]!.capital || VENUES.has(tk[end + 1]!.norm)) && end - k < 4) end++;
        end = stateAfterPlace(tk, end);
        i = end + 1;
        if (isWord(tk[i]) && tk[i]!.norm === 'with') {
          const from = i + 1;
          let e = from;
          while (isWord(tk[e]) && (tk[e]!.capital || tk[e]!.norm === 'the') && e - from < 6) e++;
          if (e > from) {
            out.addressee = { start: tk[from]!.start, end: tk[e - 1]!.end };
            i = e;
          }
        }
        continue;
      }
    }
    break;
  }
  return i;
}

/** The noun after "in", "at", "on" … that tells where or when something was said: "a statement", "Tuesday", "Ohio", "the". */
function isSettingNoun(t: Token | undefined): boolean {
  return isWord(t) && (VENUES.has(t.norm) || TIME.has(t.norm) || t.capital || OBJECT_STARTS.has(t.norm));
}

/**
 * "in Salem, New Hampshire on Monday": the index of the state's last word after a capitalized place and its
 * comma (one or two capitalized words, then a lower-case word, a comma or the sentence's end); else `end`.
 */
function stateAfterPlace(tk: Token[], end: number): number {
  if (!tk[end]!.capital || tk[end + 1]?.norm !== ',' || !isWord(tk[end + 2]) || !tk[end + 2]!.capital) return end;
  let e = end + 2;
  if (isWord(tk[e + 1]) && tk[e + 1]!.capital) e++;
  const next = tk[e + 1];
  return next === undefined || (isWord(next) && !next.capital) || next.norm === ',' ? e : end;
}

/** The addressee right after "told", "asked": up to "that", a comma, a colon, a quote or 6 words. */
function addresseeAfter(ctx: SentenceContext, i: number): { span?: Span; next: number } {
  const tk = ctx.tokens;
  const first = tk[i];
  if (!isWord(first) || first.norm === 'that') return { next: i };
  let k = i;
  while (k <= ctx.last && k - i < 7 && isWord(tk[k]) && tk[k]!.norm !== 'that') {
    const t = tk[k]!;
    // An addressee is a name or a plain group; a following lower-case word starts the content
    // "told reporters the plan …": "the" opens the content unless it follows "of" ("the head of the FBI").
    if (k > i && t.norm === 'the' && tk[k - 1]!.norm !== 'of') break;
    if (k > i && !t.capital && !['of', 'the', "'s"].includes(t.norm) && !(tk[k - 1]!.capital || tk[k - 1]!.norm === 'the' || headAfterDeterminer(tk, i, k))) break;
    // "asked Cole about the ferry": what the question was about is not part of whom it was put to.
    if (k > i && t.norm === 'about') break;
    // "told POLITICO he had kept …", "told MSNBC his involvement would …": a pronoun opens what was said.
    if (k > i && (/^(?:he|she|they|we|i|it)(?:$|['’])/.test(t.norm) || POSSESSIVES.has(t.norm))) break;
    // "told host Sean Hannity a Clinton loss is …": an article opens the content as "the" does.
    if (k > i && (t.norm === 'a' || t.norm === 'an') && tk[k - 1]!.norm !== 'of') break;
    // "told Fox News in an interview that …", "asked Obama why …": a preposition or a question word after the name ends it.
    if (k > i && !t.capital && (ADDRESSEE_ENDERS.has(t.norm) || TIME.has(t.norm))) break;
    k++;
  }
  if (k === i) return { next: i };
  k = headBeforeThat(ctx, k);
  // "warned the budget could not support it": a noun phrase right before an auxiliary is the subject
  // of what was said (an object clause without "that"), not the one spoken to.
  if (isWord(tk[k]) && AUXILIARIES.has(tk[k]!.norm) && !PRONOUNS.has(first.norm) && !OBJECT_STARTS.has(tk[k - 1]!.norm)) return { next: i };
  return { span: { start: first.start, end: tk[k - 1]!.end }, next: k };
}

/**
 * "told a crowd that …", "told the cheering crowd in Dayton on Monday that …": where the one spoken to
 * stopped short of its noun, up to two more plain words belong to it when "that" opening what was said
 * follows them (past where and when it was said).
 */
function headBeforeThat(ctx: SentenceContext, k: number): number {
  const tk = ctx.tokens;
  let e = k;
  while (e < k + 2 && e <= ctx.last && isWord(tk[e]) && !tk[e]!.capital && !DETERMINERS.has(tk[e]!.norm) && !PRONOUNS.has(tk[e]!.norm) && !POSSESSIVES.has(tk[e]!.norm) && !ADDRESSEE_ENDERS.has(tk[e]!.norm) && !TIME.has(tk[e]!.norm) && !CLAUSE_STOP.has(tk[e]!.norm) && !readsAsVerb(tk[e]!.norm)) e++;
  // Not after a quotation ("“…,” she told a crowd that the police estimated at 3,000"): the quotation is what was said.
  if (e === k || ctx.quotesBefore[k]! > 0) return k;
  const that = skipAfterCue(ctx, e, {});
  // Not "told a crowd at the bar that spilled onto the street": there "that" opens a relative clause.
  const after = tk[that + 1];
  return tk[that]?.norm === 'that' && !(isWord(after) && !after.capital && readsAsVerb(after.norm)) ? e : k;
}

/** Words after a name that end the one spoken to: what follows is the venue, the time or what was said. */
const ADDRESSEE_ENDERS = new Set(['in', 'on', 'at', 'during', 'via', 'that', 'if', 'whether', 'why', 'how', 'what', 'not']);

/** Words that modify the noun of an addressee: "his top aides", "her own campaign staff". */
const MODIFIER_NOUNS = new Set(['top', 'senior', 'chief', 'campaign', 'party', 'staff', 'press', 'news', 'own', 'fellow', 'former', 'key', 'core']);

/**
 * "told his closest advisers", "asked their top aides": after a possessive or "the", up to two
 * modifiers and then the noun belong to the one spoken to; "told her the plan …" has no noun there.
 */
function headAfterDeterminer(tk: Token[], i: number, k: number): boolean {
  const t = tk[k]!;
  if (PRONOUNS.has(t.norm) || VERB_NEXT.has(t.norm) || CLAUSE_STOP.has(t.norm) || isFiniteVerb(t.norm)) return false;
  let d = k - 1;
  while (d > i && k - d <= 2 && !tk[d]!.capital && (isAdjective(tk[d]!) || MODIFIER_NOUNS.has(tk[d]!.norm))) d--;
  return tk[d]!.norm === 'the' ? d < k - 1 : POSSESSIVES.has(tk[d]!.norm);
}

function isTrailer(ctx: SentenceContext, i: number): boolean {
  if (i > ctx.last) return true;
  const t = ctx.tokens[i]!;
  // A whole clause after the cue is what was said, not a trailer.
  const spacedHyphen = t.norm === '-' && /\s/.test(ctx.text[t.start - 1] ?? '');
  // "…, she said as he labored over the speech that …": a clause of time with its own subject trails however long.
  const timeClause = ['as', 'while', 'when'].includes(t.norm) && AS_SUBJECTS.has(ctx.tokens[i + 1]?.norm ?? '');
  if (ctx.last - i > 10 && t.norm !== ',' && t.norm !== '(' && t.norm !== '—' && !spacedHyphen && !timeClause) return false;
  // "… - “A,” she said - and charged …": a spaced hyphen closes an aside as a dash does.
  if (t.kind === 'punct') return t.norm === ',' || t.norm === '.' || t.norm === '(' || t.norm === '—' || t.norm === ';' || spacedHyphen;
  return t.kind === 'word' && TRAILER.has(t.norm);
}

/** Cue classes that point back through "as" at the clause before: "…, as Cole said", "…, as many believe". */
const AS_BACK_CLASSES = new Set(['speech', 'belief']);

/**
 * Whether the speaker on the cue's left opens with "as" right after a comma or a dash, and the cue closes
 * the sentence or the dashed aside: "…, as some have speculated.", "… — as many researchers believe — …".
 * Not when more follows after a comma ("given that, as the Times reported, he has …": the report is what
 * follows), nor with an object of its own ("…, as his aides have urged him to do"), nor "as he spoke".
 */
function asAfterComma(ctx: SentenceContext, left: Group, boundary: number, cueEnd: number, entry: CueEntry): boolean {
  const tk = ctx.tokens;
  const as = tk[boundary];
  const before = tk[boundary - 1];
  if (left.from < 0 || boundary < 2 || !isWord(as) || as.norm !== 'as' || before === undefined) return false;
  if (!(before.norm === ',' || isDash(before))) return false;
  // "the ad, which — as Cole noted — promises …": the aside sits inside a relative clause, not after one.
  if (isWord(tk[boundary - 2]) && REPORTED_RELATIVES.has(tk[boundary - 2]!.norm)) return false;
  if (!AS_BACK_CLASSES.has(entry.cls) || entry.lemma === 'speak' || entry.lemma === 'talk') return false;
  // "as she said at the outset", "as he noted on Monday": a short adjunct may close the aside.
  let k = cueEnd + 1;
  while (k <= ctx.last && k - cueEnd <= 8 && isWord(tk[k]) && !OBJECT_STARTS.has(tk[k]!.norm) && tk[k]!.norm !== 'to' && tk[k]!.norm !== 'that' && (tk[k]!.capital || (!isFiniteVerb(tk[k]!.norm) && !cueEntry(tk[k]!.norm)))) k++;
  const end = tk[k];
  return k > ctx.last || (end !== undefined && end.kind === 'punct' && (end.norm === '.' || end.norm === ';' || isDash(end)));
}

/**
 * Content tokens [from, to] as spans and a kind. Content longer than MAX_CONTENT tokens is cut,
 * keeping the side next to the cue (`near`), so that a pathological sentence stays linear.
 */
function contentOf(ctx: SentenceContext, from: number, to: number, near: 'start' | 'end' = 'start'): { spans: Span[]; kind: StatementKind; quote?: Quotation } | null {
  const tk = ctx.tokens;
  if (to - from > MAX_CONTENT) {
    if (near === 'start') to = from + MAX_CONTENT;
    else from = to - MAX_CONTENT;
  }
  // A semicolon ends a clause: what was said stays on the cue's side of it.
  if (from < 0 || to >= tk.length || from > to) return null;
  if (ctx.semiAfter && near === 'start') to = Math.min(to, ctx.semiAfter[from]! - 1);
  else if (ctx.semiBefore && near === 'end') from = Math.max(from, ctx.semiBefore[to]! + 1);
  while (from <= to && tk[from]!.kind === 'punct') from++;
  while (to >= from && tk[to]!.kind === 'punct') to--;
  if (to < from) return null;
  const start = tk[from]!.start;
  const end = tk[to]!.end;
  const quotes = ctx.quotesBefore[to + 1]! - ctx.quotesBefore[from]!;
  if (quotes === 0) return { spans: [{ start, end }], kind: 'indirect' };
  if (quotes === 1) {
    const only = tk[ctx.nextQuote[from]!]!;
    if ((only.end - only.start) * 3 >= (end - start) * 2) {
      const inner = trimSpan(ctx.text, only.quote!.inner);
      return inner ? { spans: [inner], kind: 'direct', quote: only.quote } : null;
    }
  }
  return { spans: [{ start, end }], kind: 'mixed' };
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

interface Found extends Attribution {
  /** The quotation that is the whole content, for split quotes and quotes over paragraphs. */
  quote?: Quotation;
  trailing: boolean;
  /** The speaker owns a stance noun ("her criticism of"): not the subject of the clause. */
  possessor?: boolean;
  /** Speaker, cue and content sit in a parenthesis: the writer's aside, held by no statement around it. */
  aside?: boolean;
}

/** Words that end the search for an evidence noun on the left: a clause starts there. */
const EVIDENCE_STOP = new Set(['and', 'but', 'that', 'which', 'who', 'when', 'because', 'if', 'while', 'as', 'whether', 'than', 'or', 'after', 'before', 'since', 'although']);

/** "New polls released Sunday showed", "Audit files from NGP VAN show": the subject's head is a document or a count. */
function evidenceSubject(ctx: SentenceContext, j: number): boolean {
  for (let k = j; k >= 0 && j - k < 10; k--) {
    const t = ctx.tokens[k]!;
    // "released by The Washington Post and ABC News shows": an "and" between two names joins them.
    const namesJoined = t.norm === 'and' && ctx.tokens[k - 1]?.capital === true && ctx.tokens[k + 1]?.capital === true;
    if (!isWord(t) || (EVIDENCE_STOP.has(t.norm) && !namesJoined) || PRONOUNS.has(t.norm)) return false;
    if (k < j && EVIDENCE.has(t.norm) && !['this', 'that', 'which', 'exit'].includes(t.norm)) return true;
  }
  return false;
}

/** Verbs of taking sides, whose base form before a name is a verb: "voters support Cole". */
const STANCE_VERBS = new Set(['support', 'back', 'oppose', 'endorse', 'favor', 'praise', 'blame', 'view', 'embrace']);

/** Nouns for groups that back a candidate: "a group backing Bush", "super PACs backing Cruz". */
const BACKERS = new Set(['group', 'groups', 'pac', 'pacs', 'committee', 'committees', 'population', 'organization', 'organizations', 'coalition', 'union', 'unions', 'voters', 'donors', 'delegates', 'hackers', 'activists', 'members', 'lawmakers', 'senators', 'republicans', 'democrats', 'conservatives', 'liberals', 'evangelicals', 'supporters', 'people', 'those', 'candidates', 'officials', 'leaders']);
const BACKING: CueEntry = { lemma: 'back', cls: 'intent', participle: false };

const BACKING_AUXILIARIES = new Set(['is', 'are', 'was', 'were', "'s", '’s', 'been', 'be', 'now', 'still', 'also', 'already']);

/** "an outside group backing Rubio": "backing" after a group is a stance, elsewhere mostly a noun ("the backing of"). */
function backingAfterNoun(ctx: SentenceContext, c: number): CueEntry | undefined {
  if (ctx.tokens[c]!.norm !== 'backing') return undefined;
  const prev = ctx.tokens[c - 1];
  const next = ctx.tokens[c + 1];
  // "Cole is backing Reyes", "are now backing him": the progressive with a name or a person after it.
  if (isWord(prev) && BACKING_AUXILIARIES.has(prev.norm) && isWord(next) && (next.capital || next.norm === 'him' || next.norm === 'her' || next.norm === 'them')) return BACKING;
  if (!isWord(prev) || !BACKERS.has(prev.norm)) return undefined;
  return isWord(next) && next.norm !== 'of' && next.norm !== 'from' ? BACKING : undefined;
}

/**
 * "Ann Cole, a professor at Yale, writes that …", "…, Cole, a critic, notes.": a third-person verb
 * right after the comma that closes an aside, with an object or the sentence end after it, is the
 * verb of the name before the aside ("…, loans, calls and grants" has no object after "calls").
 */
function verbAfterAside(ctx: SentenceContext, c: number): boolean {
  const tk = ctx.tokens;
  const t = tk[c]!;
  const prev = tk[c - 1];
  // "“…,” writes Goldberg": a quotation closed on a comma is an aside too.
  const quoted = prev !== undefined && prev.kind === 'quote' && /[,?!][\s'’‘"]*$/.test(ctx.text.slice(prev.quote!.inner.start, prev.quote!.inner.end));
  if (!prev || !(prev.norm === ',' || prev.norm === ')' || quoted) || !t.norm.endsWith('s') || cueEntry(t.norm)?.lemma === t.norm) return false;
  const next = tk[c + 1];
  if (next === undefined || c === ctx.last) return true;
  return next.kind === 'quote' || (next.kind === 'word' && (VERB_NEXT.has(next.norm) || next.capital || thatAfterVenue(tk, c + 1)));
}

/** "…, writes in The Atlantic that …", "…, notes on his blog that …": where the words appeared, then the clause. */
function thatAfterVenue(tk: Token[], k: number): boolean {
  if (tk[k]?.norm !== 'in' && tk[k]?.norm !== 'on') return false;
  for (let i = k + 1; i < tk.length && i - k <= 6; i++) {
    if (tk[i]!.norm === 'that') return true;
    if (!isWord(tk[i])) return false;
  }
  return false;
}

/** Bodies that pass laws: "the Senate passed a bill", "lawmakers approved the measure". */
const LEGISLATURES = new Set(['house', 'senate', 'congress', 'legislature', 'legislatures', 'lawmakers', 'legislators', 'council', 'assembly', 'parliament', 'states']);
const LEGISLATED: CueEntry = { lemma: 'pass', cls: 'intent', participle: false };
const REPORTS: CueEntry = { lemma: 'report', cls: 'speech', participle: false };

/**
 * "passed" and "approved" after a body that makes laws, "reports that" after a name: verbs there,
 * though mostly not cues elsewhere ("time passed", "news reports that …").
 */
function cueAfterBody(ctx: SentenceContext, c: number): CueEntry | undefined {
  const tk = ctx.tokens;
  const norm = tk[c]!.norm;
  if (norm === 'reports') return tk[c + 1]?.norm === 'that' && c > 0 && tk[c - 1]!.capital ? REPORTS : undefined;
  if (norm !== 'passed' && norm !== 'approved') return undefined;
  let b = c - 1;
  while (b >= 0 && isWord(tk[b]) && (BETWEEN.has(tk[b]!.norm) || isAdverb(tk[b]!))) b--;
  return isWord(tk[b]) && LEGISLATURES.has(tk[b]!.norm) ? LEGISLATED : undefined;
}

/** Cues whose "about" opens what was said: "talked about", "joked about", "worried about". */
const ABOUT_CUES = new Set(['talk', 'joke', 'worry', 'wonder', 'complain', 'brag', 'boast', 'gripe', 'muse']);

/** Words after "spoke" that open what was spoken of: "spoke about", "spoke highly of", "spoke out against". */
const SPOKEN_OF = new Set(['about', 'of', 'out']);
/** Words that open where, when or to whom someone spoke: "spoke to CNN", "spoke at the White House on Tuesday". */
const SPEAKING_SETTINGS = new Set(['to', 'at', 'on', 'in', 'with', 'instead', 'during', 'before', 'from', ...WEEKDAYS]);
/** Words that start a clause of their own inside the setting: "spoke to groups who wanted to hear what I thought about …". */
const SETTING_STOPS = new Set(['who', 'which', 'that', 'what', 'whom', 'whose', 'and', 'but', 'or', 'because', 'when', 'while', 'if']);

/**
 * "spoke at the White House on Tuesday about …", "spoke with reporters about …": the index of "about"
 * after a short setting with no punctuation or clause of its own, or `k` when there is none.
 */
function aboutAfterSetting(tk: readonly Token[], k: number): number {
  if (!SPEAKING_SETTINGS.has(tk[k]!.norm)) return k;
  for (let j = k + 1; j < tk.length && j - k <= 12; j++) {
    const w = tk[j]!;
    if (!isWord(w) || SETTING_STOPS.has(w.norm)) return k;
    if (w.norm === 'about') return j;
  }
  return k;
}

function isCue(ctx: SentenceContext, c: number, infinitive = false): { entry: CueEntry; end: number } | null {
  const tk = ctx.tokens;
  const t = tk[c]!;
  if (t.kind !== 'word') return null;
  if (t.norm === 'according' && tk[c + 1]?.norm === 'to') return null; // handled apart
  const entry = cueEntry(t.norm) ?? gatedCueEntry(tk, c) ?? (t.norm === 'backing' ? backingAfterNoun(ctx, c) : cueAfterBody(ctx, c));
  if (!entry) return null;
  if (t.capital && c > 0 && !(ctx.titleCase && tk[c - 1]!.capital)) return null; // "the State Department", "Call of Duty"
  if (nonAttributingSense(tk, c, entry)) return null;
  const prev = tk[c - 1];
  if (prev && prev.kind === 'word') {
    // "Yet another said", "some argued": a pronoun-like determiner before a past-tense cue is its subject.
    // "Some say …", "while some believe …": opening its clause, "some" is the subject whatever the tense;
    // "while another says …" too, with a verb in -s ("another question" is a noun after a determiner).
    const opening = c === 1 || !isWord(tk[c - 2]) || CLAUSE_STOP.has(tk[c - 2]!.norm);
    const pastAfterPronoun = (prev.norm === 'another' || prev.norm === 'some' || prev.norm === 'each') && (/(?:ed|said|told|wrote)$/.test(t.norm) || (prev.norm === 'some' && opening) || (prev.norm === 'another' && opening && t.norm.endsWith('s')));
    // "The Tennessean first reported", "The employee first said": before a past tense, "first" is an
    // adverb (or "the first" is the subject), never a determiner of the cue.
    const firstAfterName = prev.norm === 'first' && c >= 2 && isWord(tk[c - 2]) && /(?:ed|said|told|wrote)$/.test(t.norm);
    if (NOT_BEFORE_VERB.has(prev.norm) && !pastAfterPronoun && !firstAfterName && !infinitive) return null;
    if (BE.has(prev.norm) && !t.norm.endsWith('ing')) return null; // passive: "was told"
  }
  // "said by telephone" is a channel, not a passive agent.
  if (tk[c + 1]?.norm === 'by' && !t.norm.endsWith('ing') && !(isWord(tk[c + 2]) && (VENUES.has(tk[c + 2]!.norm) || CHANNELS.has(tk[c + 2]!.norm)))) return null; // passive: "proposed by Russia"
  if (entry.lemma === 'pledge' && tk[c + 1]?.norm !== 'to' && tk[c + 1]?.norm !== 'that' && !pledgedBacking(tk, c)) return null;
  // "a poll released Monday", "the report published by …": a participle after a noun, not a verb.
  if (REDUCED_RELATIVE.has(entry.lemma) && t.norm.endsWith('ed') && ((isWord(tk[c + 1]) && TIME.has(tk[c + 1]!.norm)) || (isWord(prev) && (EVIDENCE.has(prev.norm) || VENUES.has(prev.norm))))) return null;
  // "the harsh talk about the dam" still tells what was talked about.
  const talkAbout = entry.lemma === 'talk' && tk[c + 1]?.norm === 'about';
  // "a subsequent note to staff": after an adjective, a word that is also a noun is one.
  if (!talkAbout && isWord(prev) && !prev.capital && NOUNY.has(t.norm) && isModifier(prev.norm) && isWord(tk[c - 2]) && NOT_BEFORE_VERB.has(tk[c - 2]!.norm)) return null;
  // "a major talking point", "one common saying": an -ing form right after an adjective is a noun.
  if (entry.participle && isWord(prev) && !prev.capital && isModifier(prev.norm) && tagOfLower(prev.norm) !== 'Adj|Past' && !QUANTITY_WORDS.has(prev.norm)) return null;
  if (namingParticiple(tk, c, entry)) return null;
  if (t.norm === entry.lemma && afterIndefiniteArticle(tk, c)) return null;
  // "a primary challenge", "the release of", "a big name", "sound bites", "add up": these bare forms are
  // nouns or say nothing, except after "to" ("wants to release the files").
  if (BARE_NOUNS.has(t.norm) && prev?.norm !== 'to') return null;
  // "continued" speaks only next to a quotation: "“…,” he continued." / "She continued: “…”"
  if (entry.lemma === 'continue' && !(tk[c + 1] === undefined || tk[c + 1]!.kind !== 'word' || prev?.kind === 'quote' || (c >= 2 && tk[c - 2]?.kind === 'quote'))) return null;
  if (entry.cls === 'evidence') {
    // "the poll found", "data show": a document or a count speaks, not "he found a seat".
    let j = c - 1;
    while (j >= 0 && isWord(tk[j]) && BETWEEN.has(tk[j]!.norm)) j--;
    // "A Fox News poll, conducted jointly with …, shows": the subject is before the fenced phrase.
    if (tk[j]?.norm === ',') {
      let open = j - 1;
      while (open > 0 && j - open < 25 && tk[open]!.norm !== ',' && tk[open]!.kind !== 'quote') open--;
      if (open > 0 && tk[open]!.norm === ',' && isWord(tk[open - 1])) j = open - 1;
    }
    const subject = tk[j];
    if (!isWord(subject)) return null;
    // "The authors found that …": a finding in a clause speaks whatever its subject.
    const clause = tk[c + 1]?.norm === 'that';
    // "Gallup finds …", "Bloomberg estimates …", "I find his message chilling": a named body or a person judges too;
    // not with "show", where a person mostly shows a thing ("Cole showed subtle hints that …").
    const named = entry.lemma !== 'show' && ((subject.capital && j > 0 && !NOT_BEFORE_VERB.has(subject.norm)) || (PRONOUNS.has(subject.norm) && subject.norm !== 'it'));
    if (!clause && !named && !EVIDENCE.has(subject.norm.replace(/'s$/, '')) && !evidenceSubject(ctx, j)) return null;
  }
  let end = c;
  if (entry.lemma === 'refer') {
    if (tk[c + 1]?.norm !== 'to') return null;
    end = c + 1;
  }
  if (entry.lemma === 'speak') {
    // "spoke about …", "spoke highly of …", "spoke out against …": what was spoken of is the content;
    // "spoke at a rally", "spoke for an hour" says nothing.
    let k = c + 1;
    while (isWord(tk[k]) && isAdverb(tk[k]!)) k++;
    // "spoke at length about": the phrase is a manner adverb.
    if (tk[k]?.norm === 'at' && tk[k + 1]?.norm === 'length') k += 2;
    if (isWord(tk[k]) && !SPOKEN_OF.has(tk[k]!.norm)) k = aboutAfterSetting(tk, k);
    if (!isWord(tk[k]) || !SPOKEN_OF.has(tk[k]!.norm)) return null;
    if (tk[k]!.norm === 'out' && isWord(tk[k + 1]) && ['against', 'for', 'about', 'on', 'in'].includes(tk[k + 1]!.norm)) k++;
    end = k;
  }
  // "talked about the economy", "joked about moving": what is talked about is the content, not a trailer.
  if (ABOUT_CUES.has(entry.lemma) && (tk[c + 1]?.norm === 'about' || tk[c + 1]?.norm === 'of') && isWord(tk[c + 2])) end = c + 1;
  if (entry.lemma === 'point') {
    // "pointed out that …"; "pointed to his record": what is pointed to is the content.
    if (tk[c + 1]?.norm !== 'out' && tk[c + 1]?.norm !== 'to') return null;
    end = c + 1;
  }
  // "backed away from", "backed down": a retreat, not a stance.
  if (entry.lemma === 'back' && isWord(tk[c + 1]) && ['away', 'down', 'off', 'out', 'up'].includes(tk[c + 1]!.norm)) return null;
  if (entry.lemma === 'focus') {
    if (tk[c + 1]?.norm !== 'on') return null;
    end = c + 1;
  }
  const base = t.norm === entry.lemma || t.norm === entry.lemma + 's' || t.norm === entry.lemma + 'es';
  // "Obama's plans", "Sanders' call"; but "in Cole's view", "voters' views of Cole" are the owner's stance.
  if (NOUNY.has(entry.lemma) && base && entry.lemma !== 'view' && (prev?.norm.endsWith("'s") || prev?.norm.endsWith("s'"))) return null;
  if (NOUNY.has(entry.lemma) && base && entry.cls !== 'evidence' && !infinitive && !talkAbout && !(entry.cls === 'intent' && tk[c + 1]?.norm === 'to')) {
    if (!prev || (prev.kind !== 'word' && !verbAfterAside(ctx, c))) return null;
    const next = tk[c + 1];
    // "Men under 35 support Sanders": a stance verb before a name.
    // "… and points out that …": "out" after "point" makes a verb of it (not "ten points out of twelve").
    const verbLike = next !== undefined && (next.kind === 'quote' || (next.kind === 'word' && (VERB_NEXT.has(next.norm) || (next.capital && STANCE_VERBS.has(entry.lemma)) || (entry.lemma === 'point' && next.norm === 'out' && tk[c + 2]?.norm !== 'of') || thatAfterVenue(tk, c + 1) || bareSubjectClause(tk, c + 1))));
    // "Dan Miller, a speechwriter for the mayor, calls Cruz …": after an aside the word is a verb.
    const afterAside = prev.kind !== 'word';
    // "the AP report, which notes, “…”": after a relative pronoun the word is its verb.
    // "Democrats claim" has a plural subject; "numerous questions", "relentless attacks" an adjective.
    if (!(afterAside || PRONOUNS.has(prev.norm) || prev.norm === 'which' || BETWEEN.has(prev.norm) || prev.capital || (/s$/.test(prev.norm) && !/(?:ous|ss)$/.test(prev.norm)) || verbLike || closingNounCue(tk, c))) return null;
  }
  if ((entry.lemma === 'call' || entry.lemma === 'support' || entry.lemma === 'oppose' || entry.lemma === 'endorse') && tk[c + 1] && tk[c + 1]!.kind === 'punct') return null;
  if ((entry.lemma === 'call' || entry.lemma === 'aim' || entry.lemma === 'plan') && tk[c + 1]?.norm === 'for' || tk[c + 1]?.norm === 'on') {
    if (entry.lemma === 'call') end = c + 1;
  }
  return { entry, end };
}

/**
 * "claims Gulen runs a network", "hopes obstruction would become untenable": a name, or one bare noun,
 * then a finite verb opens a clause, so the word before it is a verb whose object is that clause.
 */
function bareSubjectClause(tk: Token[], k: number): boolean {
  const first = tk[k];
  if (!isWord(first) || VERB_NEXT.has(first.norm) || MODALS.has(first.norm) || BE.has(first.norm)) return false;
  let j = k;
  if (first.capital) {
    while (j < k + 2 && isWord(tk[j + 1]) && tk[j + 1]!.capital) j++;
  } else {
    const tag = tagOfLower(first.norm);
    if ((tag !== undefined && !/Noun|Singular|Plural|Uncountable/.test(tag)) || /(?:ly|ing|ed)$/.test(first.norm) || isFiniteVerb(first.norm) || isModifier(first.norm)) return false;
  }
  const verb = tk[j + 1];
  return isWord(verb) && !verb.capital && (MODALS.has(verb.norm) || (first.capital && /[^s]s$/.test(verb.norm) && (isFiniteVerb(verb.norm) || tagOfLower(verb.norm.slice(0, -1)) === 'Noun|Verb')));
}

/**
 * "In a Facebook post on Sunday, …", "In a later tweet, …": a bare form after "a" or "an" and the
 * names or modifiers that follow it is a noun; a singular subject would take the -s form.
 */
function afterIndefiniteArticle(tk: Token[], c: number): boolean {
  for (let j = c - 1; j >= 0 && c - j <= 3; j--) {
    const w = tk[j];
    if (!isWord(w)) return false;
    if (w.norm === 'a' || w.norm === 'an') return j < c - 1;
    // "Nearly a third say …": a share of people is a subject.
    if (QUANTITY_WORDS.has(w.norm) || tagOfLower(w.norm) === 'Ordinal') return false;
    if (!(w.capital || isModifier(w.norm) || BETWEEN.has(w.norm))) return false;
  }
  return false;
}

/**
 * "a website called Real News", "a cleric named Fethullah Gulen": a past participle right after an
 * indefinite noun phrase names the thing; nobody speaks.
 */
function namingParticiple(tk: Token[], c: number, entry: CueEntry): boolean {
  const t = tk[c]!;
  if (!(entry.lemma === 'call' || entry.lemma === 'name' || entry.lemma === 'dub') || !t.norm.endsWith('ed')) return false;
  const next = tk[c + 1];
  if (!next || !(next.kind === 'quote' || (next.kind === 'word' && next.capital)) || calledSomething(tk, c + 1)) return false;
  const noun = tk[c - 1];
  if (!isWord(noun) || noun.capital || AUXILIARIES.has(noun.norm) || PRONOUNS.has(noun.norm) || isAdverb(noun) || isFiniteVerb(noun.norm)) return false;
  for (let j = c - 2; j >= MIN_ARTICLE && c - j <= 5; j--) {
    if (!isWord(tk[j])) return false;
    if (tk[j]!.norm === 'a' || tk[j]!.norm === 'an') return true;
  }
  return false;
}

/**
 * Nouns that attribute a stance to their possessor, with the words that open what it is about:
 * "Pence’s call for a special prosecutor", "her criticism of Sanders", "his promise to cut taxes",
 * "the senator’s claim that …". PolNeAR marks the possessor as the source, the noun and its
 * preposition as the cue, and the phrase after it as the content.
 */
const NOUN_CUES = new Map<string, ReadonlySet<string>>();
const nounCues = (nouns: string, heads: string): void => {
  const set = new Set(heads.split(' '));
  for (const n of nouns.split(' ')) NOUN_CUES.set(n, new Set([...(NOUN_CUES.get(n) ?? []), ...set]));
};
nounCues('support backing call calls push plea pleas appeal appeals demand demands enthusiasm praise admiration preference passion', 'for');
nounCues('criticism criticisms endorsement endorsements condemnation rejection defense defence praise support embrace dismissal views view characterization description accusations accusation allegations allegation denunciation', 'of');
nounCues('attacks criticism criticisms views', 'on');
nounCues('opposition objection objections', 'to');
nounCues('promise promises pledge pledges vow vows plan plans threat threats desire push call calls', 'to');
nounCues('claim claims belief beliefs assertion assertions argument arguments insistence warning warnings suggestion contention fear fears hope hopes concern concerns prediction predictions promise promises pledge assurance assurances view accusation accusations allegation allegations charge insinuation', 'that');
nounCues('attacks attack criticism criticisms complaints complaint warnings warning', 'against about');
nounCues('remark remarks comment comments', 'that about on');
nounCues('announcement message', 'of');
// Each right in most of its uses with a possessor in the training split of PolNeAR ("her refusal to", "their positions on").
nounCues('refusal reluctance intent', 'to');
nounCues('interpretation disapproval portrayal', 'of');
nounCues('positions silence', 'on');

const NOUN_CUE_HEADS = new Set(['for', 'of', 'on', 'to', 'that', 'against', 'about', 'in']);
/** The clause's subject before `before` when it reads as plural ("Republicans", "they"), else none. */
function pluralSubject(ctx: SentenceContext, before: number): Group {
  const g = mainSubject(ctx, before);
  const head = ctx.tokens[g.to];
  if (g.from < 0 || g.to >= before || head === undefined) return { from: -1, to: -1 };
  // "Latino Republicans", "the politicians and religious figures in attendance"; not "The bill" nor a lone "Sanders".
  let plural = head.norm === 'they' || head.norm === 'we';
  for (let i = g.from; i <= g.to && !plural && g.to > g.from; i++) plural = /[^s']s$/.test(ctx.tokens[i]!.norm);
  if (g.from === g.to && !head.capital) plural ||= /[^s']s$/.test(head.norm);
  return plural ? g : { from: -1, to: -1 };
}

/** Particles of a phrasal verb before a possessive: "stepped up his attacks", "expanded upon his call". */
const PARTICLES = new Set(['up', 'upon', 'out', 'down', 'off']);
/** "'s" words that are contractions, not possessors. */
const NOT_POSSESSOR = new Set(["it's", "that's", "he's", "she's", "there's", "what's", "who's", "here's", "let's", "where's"]);

/** Verbs that hand their subject a stance noun: "made a call for", "raised questions about", "voiced support for". */
const LIGHT_VERBS = new Set((
  'made make makes making raised raise raises raising voiced voice voices voicing expressed express expresses expressing ' +
  'issued issue issues issuing offered offer offers offering gave give gives giving renewed renew renews repeated repeats ' +
  'repeat reiterated reiterates reiterate leveled levelled launched launch launches had has have stated state states showed ' +
  'show shows signaled signalled signals pledged pledges pledge declared declares declare announced announces announce ' +
  'hold holds holding unleashed unleash avoided avoid avoids mounted mount mounts ' +
  'delivered deliver delivers put puts putting paid pay pays paying took take takes taking cast casts drew draws sounded sound sounds lodged lodge filed registered register fired fires hurled levels ' +
  // Participles after "has", "have" and "had": "has shown no interest in", "have taken an interest in".
  'shown taken given drawn held').split(' '));
/** Words that may sit between a light verb and its noun: "made an impassioned call for". */
const LIGHT_BETWEEN = new Set(['a', 'an', 'the', 'new', 'fresh', 'strong', 'his', 'her', 'their', 'its', 'no', 'such', 'some', 'more', 'further', 'serious', 'public', 'direct', 'sharp', 'repeated', 'positive', 'negative', 'dim', 'grim', 'low', 'high', 'good', 'bad', 'poor', 'generally', 'mostly', 'largely', 'little', 'any', 'harsh', 'kind', 'tough', 'particular', 'close', 'rousing', 'spirited', 'vigorous']);

/** Nouns that hold a stance only after a light verb: "raised questions about", "expressed concern about". */
const LIGHT_NOUN_CUES = new Set([
  'complaints that', 'complaint that', 'allegations that', 'allegation that', 'allegations of', 'accusations of', 'accusations that',
  'concerns that', 'concerns about', 'concern that', 'concern about', 'questions about', 'questions over', 'questions that',
  'support for', 'criticism that', 'criticism over', 'complaints about', 'worries that', 'worries about', 'doubts about',
  'doubts that', 'praise for', 'assurances that', 'predictions that', 'hope that', 'hopes that', 'confidence in',
  'confidence that', 'commitment to', 'condolences to', 'gratitude for', 'reservations about', 'misgivings about',
  'skepticism about', 'opposition to', 'sympathy for',
  'opinion of', 'opinions of', 'opinion about', 'opinions about', 'view of', 'views of', 'views about', 'views on', 'impression of',
  'case for', 'case that', 'comments about', 'comments on', 'comment on', 'attacks against', 'attack on', 'attack against',
  'statement about', 'speech about', 'message about', 'push for', 'criticism of',
  'defense of', 'defence of', 'inclination to', 'words for',
  'critique of', 'critiques of', 'assessment of', 'statement on', 'statement that', 'mention of', 'reference to', 'references to',
  'reply to', 'doubt that', 'advice to', 'respect for', 'tribute to', 'argument for',
  'sign of', 'signs of', 'consensus on', 'apologies for', 'apology for', 'joke about',
]);

/** Nouns that hold a stance only right after a light verb, never with a possessor alone: "paid close attention to", "put the focus on". */
const VERB_NOUN_CUES = new Set([
  'attention to', 'support to', 'response to', 'decision on', 'faith in', 'interest in', 'focus on', 'jokes about',
  'details about', 'account of',
  // "his support for", "Trump's plan to": mostly a stance the writer reports without a speaker PolNeAR marks.
  'support for', 'plan to', 'plans to',
]);

/** The nouns of LIGHT_NOUN_CUES and VERB_NOUN_CUES ("concerns" of "concerns about"). */
const PAIRED_NOUNS: ReadonlySet<string> = new Set([...LIGHT_NOUN_CUES, ...VERB_NOUN_CUES].map((pair) => pair.slice(0, pair.lastIndexOf(' '))));

/** Lexicon tags of the modifiers a light verb may put before its noun: "a blunt critique", "a third attempt", "several questions". */
const LIGHT_ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable', 'Adj|Present', 'Adj|Past', 'Adj|Noun', 'Ordinal']);

/** The light verb a few words before a stance noun, or -1. */
function lightVerbBefore(ctx: SentenceContext, c: number): number {
  const tk = ctx.tokens;
  for (let k = c - 1; k >= 0 && c - k <= 4; k--) {
    const w = tk[k];
    if (!isWord(w) || w.capital) return -1;
    if (LIGHT_VERBS.has(w.norm)) return k;
    if (!LIGHT_BETWEEN.has(w.norm) && !(k < c - 1 && isAdverb(w)) && !/(ed|ive|ful|ous|al|ic|able)$/.test(w.norm) && !LIGHT_ADJECTIVE_TAGS.has(tagOfLower(w.norm) ?? '')) return -1;
  }
  return -1;
}

/** Stance nouns whose holder follows "from": "criticism from rivals that …", "calls from Democrats for …". */
const FROM_NOUNS = new Set('criticism criticisms complaints complaint attacks attack calls call warnings warning objections objection opposition praise pressure questions demands accusations charges'.split(' '));
// Not "to" in general: "calls from donors to drop out" ask something of the one called.
const FROM_HEADS = new Set(['that', 'for', 'of', 'over', 'about']);

/** "Trump has faced criticism from rivals that …": the phrase after "from" holds the stance. */
function fromNounCue(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  if (tk[c + 1]?.norm !== 'from' || !FROM_NOUNS.has(tk[c]!.norm)) return null;
  const speaker = speakerRight(ctx, c + 1);
  if (speaker.from < 0 || speaker.to - speaker.from > 7) return null;
  const head = tk[speaker.to + 1];
  if (!isWord(head) || !(FROM_HEADS.has(head.norm) || (head.norm === 'to' && /^(opposition|objections?)$/.test(tk[c]!.norm)))) return null;
  return nounCueContent(ctx, c, speaker.to + 1, speaker);
}

/**
 * The statement of the stance noun at `c`, held by `speaker`, whose content follows the head word at
 * `h`: a "that" clause to its end, otherwise the phrase up to the next comma or stop ("support for
 * the plan"); after "to" the infinitive with its "to" ("his promise to cut taxes").
 */
function nounCueContent(ctx: SentenceContext, c: number, h: number, speaker: Group): Found | null {
  const tk = ctx.tokens;
  const head = tk[h]!;
  // "his promise to cut taxes" keeps its infinitive with "to"; "her opposition to the war" starts after it.
  const afterTo = tk[h + 1];
  const infinitive = isWord(afterTo) && !afterTo.capital && /Infinitive|Verb/.test(tagOfLower(afterTo.norm) ?? '');
  const from = head.norm === 'to' && infinitive ? h : h + 1;
  const first = tk[from];
  if (!first || first.kind === 'punct') return null;
  let to: number;
  if (head.norm === 'that') to = contentEnd(ctx, from);
  else {
    to = from;
    const limit = contentEnd(ctx, from);
    while (to < limit && !isBoundaryPunct(tk[to + 1]) && tk[to + 1]!.norm !== '.') to++;
  }
  const content = contentOf(ctx, from, to);
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, c + 1), content: content.spans, kind: content.kind, quote: content.quote, trailing: false, possessor: true };
}

/** "Pence’s call for a special prosecutor": a stance noun with a possessor. */
function nounCue(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  const t = tk[c]!;
  const head = tk[c + 1];
  // The preposition first: it rules out most words with one look-up in a small set.
  if (!isWord(head) || !NOUN_CUE_HEADS.has(head.norm)) return null;
  const heads = NOUN_CUES.get(t.norm);
  const owned = heads !== undefined && heads.has(head.norm);
  // Most words before a preposition are in no pair: skip building the pair for them.
  if (!owned && !PAIRED_NOUNS.has(t.norm)) return null;
  const pair = t.norm + ' ' + head.norm;
  if (VERB_NOUN_CUES.has(pair) || (!owned && !LIGHT_NOUN_CUES.has(pair))) {
    if (!VERB_NOUN_CUES.has(pair)) return null;
    // With a possessor alone ("her focus on") PolNeAR mostly marks someone else, or no one.
    const light = lightVerbBefore(ctx, c);
    if (light < 0) return null;
    const { group } = speakerLeft(ctx, light);
    return group.from < 0 ? null : nounCueContent(ctx, c, c + 1, group);
  }
  // Up to two modifiers between the possessor and the noun: "her firmest promise", "his repeated attacks".
  let p = c - 1;
  while (p >= 0 && c - p <= 2 && isWord(tk[p]) && !tk[p]!.capital && !POSSESSIVES.has(tk[p]!.norm) && !tk[p]!.norm.endsWith("'s") && !CLAUSE_STOP.has(tk[p]!.norm) && !NOT_BEFORE_VERB.has(tk[p]!.norm) && !BE.has(tk[p]!.norm)) p--;
  const owner = tk[p];
  if (!isWord(owner)) return null;
  let speaker: Group;
  if (POSSESSIVES.has(owner.norm)) {
    // "she escalated her attacks on", "he stepped up his calls for": the verb's subject holds the stance;
    // elsewhere ("vocal in their criticism of", "was his warning that") PolNeAR marks the possessive itself.
    const v = tk[p - 1] !== undefined && (PARTICLES.has(tk[p - 1]!.norm) || tagOfLower(tk[p - 1]!.norm) === 'Preposition') ? p - 2 : p - 1;
    const verb = tk[v];
    // "is keeping up his criticism": a progressive is a verb too.
    const progressive = isWord(verb) && verb.norm.endsWith('ing') && BE.has(tk[v - 1]?.norm ?? '');
    const afterVerb = isWord(verb) && !verb.capital && !BE.has(verb.norm) && !STANCE_BE.has(verb.norm) && (isClauseVerb(tk, v) || /ed$/.test(verb.norm) || progressive);
    // "Latino Republicans were unsparing in their criticism of": a plural subject of the clause holds "their".
    const { group } = afterVerb ? speakerLeft(ctx, v) : owner.norm === 'their' ? { group: pluralSubject(ctx, p) } : { group: { from: -1, to: -1 } };
    // "his" and "her" stand for one: not for "Farmers" or "the voters".
    const head = tk[group.to];
    const plural = head !== undefined && /[^s']s$/.test(head.norm) && (!head.capital || group.from === group.to);
    const agrees = !((owner.norm === 'his' || owner.norm === 'her') && plural);
    speaker = group.from >= 0 && agrees ? group : { from: p, to: p };
  }
  else if (owner.norm.endsWith("'s") && !NOT_POSSESSOR.has(owner.norm)) {
    // The possessor is a name: "Donald Trump’s", "the NRA’s" (not "the reasons behind the NRA’s").
    let from = p;
    while (from > 0 && p - from < 4 && isWord(tk[from - 1]) && tk[from - 1]!.capital && !(from - 1 === 0 && NOT_BEFORE_VERB.has(tk[0]!.norm))) from--;
    speaker = { from, to: p };
  } else {
    const light = lightVerbBefore(ctx, c);
    if (light >= 0) {
      // "Cruz made an unprompted call for …", "she raised questions about …": the subject holds it.
      const { group } = speakerLeft(ctx, light);
      if (group.from < 0) return null;
      speaker = group;
    } else return null;
  }
  return nounCueContent(ctx, c, c + 1, speaker);
}

/** Nouns for what someone put forward, as the subject of "was that …": "Cole's argument was that …". */
const POINT_NOUNS = new Set(['argument', 'point', 'contention', 'response', 'answer', 'reply', 'retort', 'claim', 'assertion', 'belief', 'fear', 'view', 'position', 'message', 'explanation', 'reasoning', 'conclusion', 'takeaway', 'complaint', 'concern', 'worry', 'hope', 'suggestion', 'insistence', 'premise', 'theory', 'thesis', 'defense', 'case']);

/**
 * "Sanders's argument on Sunday was that …", "Their fear is that …": the owner of the noun speaks and
 * the clause after "that" is what was put forward. Only with a possessor: "The argument was that …"
 * names no one.
 */
function ownedPointIs(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  const tk = ctx.tokens;
  let b = c + 1;
  // "argument on Sunday was", "point in the debate was": a short phrase may come before the verb.
  while (b <= ctx.last && b - c <= 4 && isWord(tk[b]) && !BE.has(tk[b]!.norm) && !CLAUSE_WORDS.has(tk[b]!.norm) && !isFiniteVerb(tk[b]!.norm) && tk[b]!.norm !== 'has' && tk[b]!.norm !== 'had') b++;
  // "His message has long been that …": a perfect tense of "be" too.
  if ((tk[b]?.norm === 'has' || tk[b]?.norm === 'had') && (tk[b + 1]?.norm === 'been' || (tk[b + 2]?.norm === 'been' && isWord(tk[b + 1]) && !tk[b + 1]!.capital))) b += tk[b + 1]!.norm === 'been' ? 1 : 2;
  const be = tk[b];
  if (!isWord(be) || !(be.norm === 'was' || be.norm === 'is' || be.norm === 'been')) return null;
  const that = tk[b + 1]?.norm === ',' ? b + 2 : b + 1;
  if (tk[that]?.norm !== 'that') return null;
  // Up to two modifiers between the possessor and the noun: "his main argument", "her biggest fear".
  let p = c - 1;
  while (p >= 0 && c - p <= 2 && isWord(tk[p]) && !tk[p]!.capital && !POSSESSIVES.has(tk[p]!.norm) && !tk[p]!.norm.endsWith("'s") && !tk[p]!.norm.endsWith("s'") && !CLAUSE_STOP.has(tk[p]!.norm) && !NOT_BEFORE_VERB.has(tk[p]!.norm) && !BE.has(tk[p]!.norm)) p--;
  const owner = tk[p];
  if (!isWord(owner) || owner.norm === 'its') return null;
  let speaker: Group;
  if (POSSESSIVES.has(owner.norm)) speaker = { from: p, to: p };
  else if ((owner.norm.endsWith("'s") || owner.norm.endsWith("s'")) && !NOT_POSSESSOR.has(owner.norm)) {
    let from = p;
    while (from > 0 && p - from < 4 && isWord(tk[from - 1]) && (tk[from - 1]!.capital || DETERMINERS.has(tk[from - 1]!.norm) || isModifier(tk[from - 1]!.norm)) && !CLAUSE_STOP.has(tk[from - 1]!.norm)) from--;
    speaker = { from, to: p };
  } else return null;
  const content = contentOf(ctx, that + 1, contentEnd(ctx, that + 1));
  if (!content) return null;
  return { found: { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, b), content: content.spans, kind: content.kind, quote: content.quote, trailing: false, possessor: true }, end: that };
}

/**
 * "Rubio was asked by the moderator whether …": the question is content, its asker the source.
 * Without a named asker ("Rubio was asked whether …") PolNeAR mostly marks no source, and a
 * statement without a speaker costs more than it brings.
 */
function wasAsked(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  let b = c - 1;
  while (b >= 0 && isWord(tk[b]) && (tk[b]!.norm === 'also' || tk[b]!.norm === 'later' || tk[b]!.norm === 'then' || tk[b]!.norm === 'repeatedly' || tk[b]!.norm === 'once')) b--;
  const be = tk[b];
  if (!isWord(be) || !BE.has(be.norm) || be.norm === "'s") return null;
  let k = c + 1;
  if (tk[k]?.norm !== 'by') return null;
  const speaker = speakerRight(ctx, k);
  if (speaker.from < 0) return null;
  k = speaker.to + 1;
  k = skipAfterCue(ctx, k, {});
  while (k <= ctx.last && tk[k]!.norm === ',') k++;
  const first = tk[k];
  if (!first || !(first.kind === 'quote' || (first.kind === 'word' && (QUESTION_WORDS.has(first.norm) || first.norm === 'about')))) return null;
  if (first.norm === 'about') k++;
  const content = contentOf(ctx, k, contentEnd(ctx, k));
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, b, c), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** Adjectives that report a stance after "to be": "was critical of", "are convinced that", "is eager to". */
// Not "willing", "determined", "certain", "sure", "pleased": mostly unmarked in PolNeAR's training split.
const STANCE_ADJECTIVES = new Set([
  'critical', 'supportive', 'opposed', 'skeptical', 'sceptical', 'confident', 'eager', 'optimistic', 'pessimistic',
  'convinced', 'hopeful', 'worried', 'concerned', 'afraid', 'proud', 'angry', 'upset', 'unhappy', 'frustrated',
  'wary', 'reluctant', 'aware', 'dismissive', 'sympathetic', 'disappointed', 'adamant', 'happy',
  'split', 'divided', 'sick', 'tired', 'fond', 'enamored', 'weary', 'thrilled', 'pleased', 'furious',
  'inclined', 'impressed', 'devoted', 'aligned', 'assured',
  'nervous', 'sure', 'hostile', 'uncomfortable', 'satisfied', 'excited', 'passionate', 'outspoken', 'vocal', 'open', 'mindful',
  'appreciative',
  // Each right in most of its uses in the training split of PolNeAR.
  'interested', 'shocked', 'surprised', 'delighted', 'alarmed', 'irritated', 'troubled', 'leery', 'sanguine', 'upbeat', 'lukewarm',
  'favorable', 'content', 'sensitive', 'unapologetic', 'undecided', 'vague', 'mum', 'bent',
  'forthcoming', 'upfront', 'cagey', 'mistrustful', 'rattled', 'angered', 'shaken', 'terrified', 'miffed',
  'partial', 'glued',
]);
// "aren't sure how to …", "is unsure whether …": a question the subject holds a view on.
const STANCE_HEADS = new Set(['of', 'to', 'that', 'about', 'with', 'in', 'at', 'on', 'over', 'by', 'toward', 'towards', 'whether', 'how']);
const STANCE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re", 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Verbs that link a subject to its stance adjective: "to be", negated ("wasn't happy about"), or a change ("became vocal about"). */
const STANCE_LINKS = new Set([...STANCE_BE, "isn't", "aren't", "wasn't", "weren't", "'m", 'become', 'becomes', 'became', 'becoming', 'grown', 'grew', 'grow', 'grows', 'growing']);
/** Degree words between the link and the adjective: "far less sure", "not too impressed by", "most proud of". */
const STANCE_DEGREE = new Set(['so', 'very', 'more', 'less', 'increasingly', 'far', 'too', 'most', 'quite', 'much', 'pretty', 'fairly', 'somewhat', 'as', 'equally', 'particularly', 'deeply', 'well']);

/** "Republicans have been critical of Clinton’s emails": the subject holds the stance. */
function stanceAdjective(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  const head = tk[c + 1];
  // "Democrats are hopeful they can win": a clause with its own subject and no "that".
  const bare = isWord(head) && CLAUSE_ADJECTIVES.has(tk[c]!.norm) && SUBJECT_PRONOUN.test(head.norm) && head.norm !== 'you';
  if (!isWord(head) || !(STANCE_HEADS.has(head.norm) || bare)) return null;
  let b = c - 1;
  while (b >= 0 && c - b <= 4 && isWord(tk[b]) && !STANCE_LINKS.has(tk[b]!.norm) && (BETWEEN.has(tk[b]!.norm) || isAdverb(tk[b]!) || STANCE_DEGREE.has(tk[b]!.norm))) b--;
  const be = tk[b];
  if (!isWord(be) || !STANCE_LINKS.has(be.norm)) return null;
  const { group } = speakerLeft(ctx, b);
  if (group.from < 0) return null;
  const from = bare || (head.norm === 'to' && INFINITIVE_ADJECTIVES.has(tk[c]!.norm)) ? c + 1 : c + 2;
  if (from > ctx.last) return null;
  let to = contentEnd(ctx, from);
  if (head.norm !== 'that' && !bare) {
    let k = from;
    while (k < to && !isBoundaryPunct(tk[k + 1]) && tk[k + 1]!.norm !== '.') k++;
    to = k;
  }
  const content = contentOf(ctx, from, to);
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, b, bare ? c : c + 1), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}
/** Stance adjectives that take a clause with its own subject and no "that": "hopeful they can win". */
const CLAUSE_ADJECTIVES = new Set(['hopeful', 'confident', 'convinced', 'sure', 'optimistic', 'worried', 'afraid', 'concerned']);
const INFINITIVE_ADJECTIVES = new Set(['eager', 'reluctant', 'afraid', 'proud', 'happy', 'adamant', 'inclined', 'nervous']);

/**
 * "Trump is expected to win": an expectation with no one named who holds it. Read so that no
 * other rule takes "expected" for a cue with the subject as its speaker; left out at the end.
 */
function expectedTo(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  if (tk[c + 1]?.norm !== 'to') return null;
  let b = c - 1;
  while (b >= 0 && isWord(tk[b]) && (tk[b]!.norm === 'not' || tk[b]!.norm === 'also' || tk[b]!.norm === 'widely' || tk[b]!.norm === 'still' || tk[b]!.norm === 'now' || tk[b]!.norm === 'generally')) b--;
  const be = tk[b];
  if (!isWord(be) || !(BE.has(be.norm) || ["isn't", "aren't", "wasn't", "weren't"].includes(be.norm)) || be.norm === 'being') return null;
  const subject = nounPhraseLeft(ctx, b - 1, 8);
  if (subject.from < 0 || PRONOUNS.has(tk[subject.from]!.norm) && tk[subject.from]!.norm === 'it') return null;
  const rest = contentOf(ctx, c + 1, contentEnd(ctx, c + 1));
  const head = groupSpan(ctx, subject);
  if (!rest || !head || rest.kind !== 'indirect') return null;
  return { speakerSpan: null, speakerForm: 'none', cue: makeCue(ctx, b, c), content: [head, ...rest.spans], kind: 'indirect', trailing: false };
}

/** Prepositions that make a participle the means or the occasion of the clause's act: "won by promising", "in describing", "took the step of criticizing". */
const MEANS_PREPOSITIONS = new Set(['by', 'in', 'of']);
/** Prepositions that make a participle the clause subject's next or earlier act: "praised the mayor before explaining why …". */
const SEQUENCE_PREPOSITIONS = new Set(['before', 'after']);

/**
 * "before explaining why …", "after telling aides that …": "before" or "after" at `i` and a
 * speaking verb's -ing form. Not at the start of what was said ("said that after slamming into the
 * crowd, the driver …"), where the phrase only sets the time.
 */
function sequenceParticipleAt(tk: Token[], i: number): boolean {
  if (i < 1 || !SEQUENCE_PREPOSITIONS.has(tk[i]!.norm) || tk[i - 1]!.norm === 'that') return false;
  const next = tk[i + 1];
  if (!isWord(next) || !next.norm.endsWith('ing')) return false;
  const entry = cueEntry(next.norm);
  return !!entry && entry.participle && entry.cls === 'speech';
}

/**
 * "Cole rallied voters by promising to cut taxes", "In describing the plan, Cole said …": a cue
 * participle after "by" or "in" is the act of the clause's subject, before it or after the
 * opening phrase.
 */
function meansParticiple(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  const tk = ctx.tokens;
  const cue = isCue(ctx, c, true);
  if (!cue || !cue.entry.participle) return null;
  let at = 0;
  while (at < c - 1 && isWord(tk[at]) && SENTENCE_OPENERS.has(tk[at]!.norm)) at++;
  const opening = at === c - 1;
  const speaker = opening ? mainSubject(ctx, Math.min(ctx.last + 1, tk.length - 1)) : mainSubject(ctx, c - 1);
  if (speaker.from < 0 || (opening ? speaker.from <= cue.end : speaker.to >= c - 1)) return null;
  const found = contentAfterCue(ctx, cue.end, cue.entry, makeCue(ctx, c, cue.end), groupSpan(ctx, speaker), speakerForm(ctx, speaker));
  return found ? { found, end: cue.end } : null;
}

/**
 * "Noting that the plan had failed, Cole told …", "Citing his record, the senator …": a cue
 * participle that opens the sentence is the act of the subject after the comma that closes it;
 * what it says runs up to that comma.
 */
function openingParticiple(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  const tk = ctx.tokens;
  const cue = isCue(ctx, c, true);
  if (!cue || !cue.entry.participle) return null;
  const speaker = mainSubject(ctx, Math.min(ctx.last + 1, tk.length - 1));
  if (speaker.from < 0 || speaker.from <= cue.end + 1 || !closesWithComma(ctx, tk[speaker.from - 1]!)) return null;
  let k = pastCue(ctx, cue.end + 1, cue.entry, {});
  if (tk[k]?.norm === 'that') k++;
  const content = contentOf(ctx, k, tk[speaker.from - 1]!.kind === 'quote' ? speaker.from - 1 : speaker.from - 2);
  if (!content) return null;
  const found: Found = { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, cue.end), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
  return { found, end: cue.end };
}

/** A comma, or a quotation whose last mark before the closing quote is one: "Citing “obligations at home,” the senator …". */
function closesWithComma(ctx: SentenceContext, t: Token): boolean {
  return t.norm === ',' || (t.kind === 'quote' && /,\s*["”'’]+$/.test(ctx.text.slice(t.start, t.end)));
}

/** Cues whose passive with "by" tells who made or handled a thing, not who holds a stance: "written by", "decided by". */
const NOT_PASSIVE_CUES = new Set(['decide', 'know', 'write', 'explain', 'present', 'release', 'continue', 'recognize', 'maintain', 'add', 'read', 'list', 'post', 'publish', 'order', 'identify']);
/** Words inside a group of speakers that the plain noun phrase stops at: "teachers and union officials", "a source close to him". */
const GROUP_SPEAKER_WORDS = new Set(['and', 'close', 'to', 'familiar', 'with', 'of', 'in', 'at', 'for', 'from', 'on', 'him', 'her', 'them', 'the', 'a', 'an']);

/** "…, and Breitbart News responded:": a cue right before the sentence's closing colon introduces what follows it. */
function colonCloses(tk: Token[], cueEnd: number): boolean {
  return cueEnd + 1 === tk.length - 1 && tk[cueEnd + 1]!.norm === ':';
}

/**
 * "Cole paid no tax, several friends said.", "…, a source close to him said.", "…, teachers and
 * union officials told the paper.": a trailing cue whose speaker runs from the comma before it, over
 * the words a plain noun phrase stops at, with no verb among them.
 */
function trailingGroupSpeaker(ctx: SentenceContext, c: number, cueEnd: number, entry: CueEntry): Found | null {
  const tk = ctx.tokens;
  if (entry.cls === 'intent' || entry.cls === 'name' || entry.participle || colonCloses(tk, cueEnd)) return null;
  const out: { addressee?: Span } = {};
  if (!isTrailer(ctx, pastCue(ctx, cueEnd + 1, entry, out))) return null;
  let to = c - 1;
  while (to > 0 && isWord(tk[to]) && BETWEEN.has(tk[to]!.norm)) to--;
  let k = to;
  while (k > 0 && to - k < 12 && isWord(tk[k]) && (GROUP_SPEAKER_WORDS.has(tk[k]!.norm) || reducedRelativeBy(tk, k) || (!isClauseVerb(tk, k) && !cueEntry(tk[k]!.norm) && !CLAUSE_STOP.has(tk[k]!.norm) && !PRONOUNS.has(tk[k]!.norm)))) k--;
  if (k < 1 || k === to || tk[k]!.norm !== ',' || !isWord(tk[k + 1]) || (GROUP_SPEAKER_WORDS.has(tk[to]!.norm) && !['him', 'her', 'them'].includes(tk[to]!.norm))) return null;
  const content = contentOf(ctx, ctx.floor, k - 1, 'end');
  if (!content || (content.kind === 'indirect' && openingPhrase(ctx, content.spans[0]!))) return null;
  const speaker = { from: k + 1, to };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, cueEnd), addresseeSpan: out.addressee, content: content.spans, kind: content.kind, quote: content.quote, trailing: true };
}

/** Nouns for a way of seeing that its owner holds: "In Cole's view", "In her words", "In the eyes of most riders". */
const VIEW_NOUNS = new Set(['view', 'mind', 'words', 'opinion', 'estimation', 'judgment', 'judgement', 'eyes', 'telling', 'reckoning']);

/**
 * "In their view, Democrats could win", "In Cole's mind, …", "In the eyes of most riders, …": the
 * owner of the view holds the clause after the comma. Gives the statement and the token after the comma.
 */
function inTheirView(ctx: SentenceContext, c: number): { found: Found; next: number } | null {
  const tk = ctx.tokens;
  const owner = tk[c + 1];
  if (!isWord(owner) || !VIEW_NOUNS.has(tk[c + 2]?.norm ?? '')) return null;
  let speaker: Group;
  let next: number;
  if (POSSESSIVES.has(owner.norm) || /'s$|s'$/.test(owner.norm)) {
    if (tk[c + 3]?.norm !== ',') return null;
    speaker = { from: c + 1, to: c + 1 };
    next = c + 4;
  } else if (owner.norm === 'the' && tk[c + 3]?.norm === 'of') {
    // "In the eyes of most voters, …": the owner runs to the comma.
    let e = c + 4;
    while (e <= ctx.last && e - c < 14 && tk[e]!.kind === 'word') e++;
    if (e === c + 4 || tk[e]?.norm !== ',') return null;
    speaker = { from: c + 4, to: e - 1 };
    next = e + 1;
  } else return null;
  const content = contentOf(ctx, next, ctx.last);
  if (!content) return null;
  const found: Found = { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c + 2, c + 2), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
  if (speaker.from === c + 1) found.possessor = true;
  return { found, next };
}

/** Nouns for a reckoning that vouches for a clause: "By the network's tally, …", "By some measures, …". */
const RECKONING_NOUNS = new Set(['tally', 'count', 'estimate', 'estimates', 'account', 'accounts', 'reckoning', 'calculation', 'calculations', 'measure', 'measures', 'standard', 'standards']);

/** Words that make "By some measures" a reckoning held by no one in particular. */
const RECKONING_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'other', 'all', 'any']);

/**
 * "By the network's tally, Cole has 40 delegates", "By some measures, …", "Under Ohio law, …": the
 * reckoning or the law before the comma is the source of the clause after it. Gives the statement
 * and the token after the comma.
 */
function byTheirReckoning(ctx: SentenceContext, c: number): { found: Found; next: number } | null {
  const tk = ctx.tokens;
  let e = c + 1;
  while (e <= ctx.last && e - c < 9 && tk[e]!.kind === 'word') e++;
  if (e < c + 3 || tk[e]?.norm !== ',') return null;
  const last = tk[e - 1]!.norm;
  if (tk[c]!.norm === 'by') {
    if (!RECKONING_NOUNS.has(last)) return null;
    let owned = e === c + 3 && RECKONING_QUANTIFIERS.has(tk[c + 1]!.norm);
    for (let i = c + 1; i < e - 1 && !owned; i++) owned = POSSESSIVES.has(tk[i]!.norm) || /'s$|s'$/.test(tk[i]!.norm);
    if (!owned) return null;
  } else {
    // "Under Ohio law": a named jurisdiction's law, not "under the new rules".
    if (last !== 'law') return null;
    for (let i = c + 1; i < e - 1; i++) if (!tk[i]!.capital) return null;
  }
  const content = contentOf(ctx, e + 1, ctx.last);
  if (!content) return null;
  const speaker = { from: c + 1, to: e - 1 };
  return { found: { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, c), content: content.spans, kind: content.kind, quote: content.quote, trailing: false }, next: e + 1 };
}

/** "…, records compiled by the center show.": a participle and its "by" inside the subject of a trailing cue. */
function reducedRelativeBy(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if (t.norm === 'by') return isWord(tk[k - 1]) && tk[k - 1]!.norm.endsWith('ed');
  return t.norm.endsWith('ed') && tk[k + 1]?.norm === 'by' && isWord(tk[k - 1]) && EVIDENCE.has(tk[k - 1]!.norm);
}

/** Cues whose "whether" or "if" opens what they ask or doubt: "questioned whether …", "is considering whether …". */
const ASKING = new Set(['ask', 'wonder', 'question', 'doubt', 'consider']);

/** Words that stand for what was said when the cue has no object of its own: "which Cole denies", "everything he said". */
const OBJECT_RELATIVES = new Set(['which', 'whom', 'what', 'everything', 'something', 'nothing', 'anything']);

/**
 * "The tax, which Senator Cole proposed in May, failed", "everything he said": the cue's object is
 * the relative word before its subject, so that word is what was said.
 */
function objectRelative(ctx: SentenceContext, c: number, cueEnd: number, entry: CueEntry): Found | null {
  const tk = ctx.tokens;
  // "which the court refused": a refusal of an act, not of words.
  if (entry.participle || tk[c]!.norm.endsWith('ing') || entry.lemma === 'refuse' || entry.lemma === 'decline') return null;
  const next = tk[cueEnd + 1];
  if (!(next === undefined || cueEnd + 1 > ctx.last || next.kind === 'punct' || (next.kind === 'word' && TRAILER.has(next.norm) && !ADDRESSED.has(entry.lemma)))) return null;
  // Most cues have no relative word before them: look for one before reading the speaker.
  let near = false;
  for (let k = c - 1; k >= 0 && c - k <= 12 && !near; k--) near = OBJECT_RELATIVES.has(tk[k]!.norm);
  if (!near) return null;
  const { group } = speakerLeft(ctx, c);
  if (group.from < 1) return null;
  const rel = tk[group.from - 1]!;
  if (!isWord(rel) || !OBJECT_RELATIVES.has(rel.norm)) return null;
  const content = contentOf(ctx, group.from - 1, group.from - 1);
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, c, cueEnd), content: content.spans, kind: content.kind, trailing: false };
}

/** Words that close a lone "this" after a cue: "disputes this.", "understood this in 2008", "revealed this last fall". */
const THIS_CLOSERS = new Set(['in', 'on', 'at', 'to', 'from', 'during', 'with', 'and', 'but', 'last', 'since', 'when', 'before', 'after', 'too', 'again', 'publicly', 'privately']);
/** Nouns that make "this" a determiner of time: "said this week that …". */
const THIS_TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'winter', 'season', 'time', 'cycle', 'past']);

/**
 * "Israel disputes this.", "Sanders rejected that, too.", "The Democrats understood this in 2008": a
 * lone demonstrative as the cue's object stands for what was said before, and is the content. A
 * "that" counts only where no clause can follow it ("said that, in May, …" opens one).
 */
function demonstrativeObject(ctx: SentenceContext, c: number, cueEnd: number, entry: CueEntry): Found | null {
  const tk = ctx.tokens;
  const d = tk[cueEnd + 1];
  if (!isWord(d) || (d.norm !== 'this' && d.norm !== 'that') || entry.participle || tk[c]!.norm.endsWith('ing') || entry.cls === 'name') return null;
  // "Cole argued that: …": a colon opens what was said after it.
  if (tk[c - 1]?.norm === 'to' || /^\s*:/.test(ctx.text.slice(d.end, d.end + 3))) return null;
  const after = tk[cueEnd + 2];
  const end = after === undefined || cueEnd + 2 > ctx.last || (after.kind === 'punct' && (after.norm === '.' || after.norm === '!' || after.norm === '?'));
  const too = after?.norm === ',' && tk[cueEnd + 3]?.norm === 'too';
  const closes = d.norm === 'that'
    ? end || too
    : end || (after!.kind === 'punct' && after!.norm !== ':') || (isWord(after) && THIS_CLOSERS.has(after.norm));
  if (!closes || (isWord(after) && THIS_TIME_NOUNS.has(after.norm))) return null;
  const { group } = speakerLeft(ctx, c);
  if (group.from < 0) return null;
  const content = contentOf(ctx, cueEnd + 1, cueEnd + 1);
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, c, cueEnd), content: content.spans, kind: content.kind, trailing: false };
}

/** Relative pronouns that stand for what a passive clause is about: "Cole, who was endorsed by the union". */
const PASSIVE_RELATIVES = new Set(['who', 'which', 'that']);

/** Degree and time words between "be" and a passive cue: "is the most disliked by", "was not always so loved by". */
const PASSIVE_DEGREE = new Set(['most', 'so', 'more', 'less', 'too', 'very', 'always', 'still', 'often', 'long', 'even', 'now', 'already', 'never', 'much', 'far', 'the']);

/** Prepositions of a short phrase between a passive cue and its "by": "recommended for the job by", "appointed to the court by". */
const PASSIVE_PHRASE_PREPOSITIONS = new Set(['to', 'for', 'on', 'in', 'at', 'as', 'into']);

/**
 * The index of "by" after a short phrase that follows a passive cue at `from`: "for the job", "to the
 * bench in 2010"; -1 when a verb, a cue, a pronoun, punctuation or a clause word comes first.
 */
function byAfterPhrase(ctx: SentenceContext, from: number): number {
  const tk = ctx.tokens;
  const first = tk[from];
  if (!isWord(first) || !(PASSIVE_PHRASE_PREPOSITIONS.has(first.norm) || first.norm === 'the')) return -1;
  for (let k = from + 1; k <= ctx.last && k - from <= 7; k++) {
    const t = tk[k]!;
    if (t.norm === 'by') return k - from >= 2 ? k : -1;
    // "seen on camera grabbing a photographer by the throat", "asked to preserve them by": a verb of its own.
    if (!isWord(t) || (CLAUSE_STOP.has(t.norm) && t.norm !== 'in' && t.norm !== 'of') || isFiniteVerb(t.norm) || cueEntry(t.norm) || PRONOUNS.has(t.norm) || OBJECT_STARTS.has(t.norm) && t.norm !== 'the' && t.norm !== 'a' && t.norm !== 'an' || (!t.capital && t.norm.endsWith('ing'))) return -1;
  }
  return -1;
}

/**
 * The index of "by" after what a passive naming or judging cue makes of its subject: "is considered
 * unclean by", "has been called “strategic ambiguity” by", "is viewed more positively by"; -1 otherwise.
 */
function byAfterComplement(ctx: SentenceContext, from: number): number {
  const tk = ctx.tokens;
  let k = from;
  if (tk[k]?.kind === 'quote') k++;
  else {
    while (k <= ctx.last && k - from < 3 && isWord(tk[k]) && tk[k]!.norm !== 'by' && !tk[k]!.capital && !CLAUSE_STOP.has(tk[k]!.norm) && !PRONOUNS.has(tk[k]!.norm) && !OBJECT_STARTS.has(tk[k]!.norm) && !isFiniteVerb(tk[k]!.norm) && !cueEntry(tk[k]!.norm) && !tk[k]!.norm.endsWith('ing')) k++;
  }
  return k > from && tk[k]?.norm === 'by' ? k : -1;
}

/**
 * "The plan was criticized by the union", "Cole, who was endorsed by the mayor": the agent after
 * "by" holds the stance, and the passive's subject is what it is about.
 */
function passiveByAgent(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  const tk = ctx.tokens;
  const entry = cueEntry(tk[c]!.norm);
  if (!entry || tk[c]!.norm === entry.lemma || tk[c]!.norm.endsWith('s') || entry.participle || NOT_PASSIVE_CUES.has(entry.lemma)) return null;
  let b = c - 1;
  while (b > 0 && isWord(tk[b]) && (isAdverb(tk[b]!) || tk[b]!.norm === 'also' || tk[b]!.norm === 'first' || tk[b]!.norm === 'not' || PASSIVE_DEGREE.has(tk[b]!.norm))) b--;
  // "The bill, opposed by House Republicans, died": a fenced participle with its agent, no "be".
  const fenced = (tk[b]?.norm === ',' || (tk[b] !== undefined && isDash(tk[b]!))) && isWord(tk[b - 1]);
  // "will be decided by", "could be shared by": what may happen, not a stance anyone holds.
  if (!fenced && (!isWord(tk[b]) || !BE.has(tk[b]!.norm) || tk[b]!.norm === "'s" || tk[b]!.norm === 'be')) return null;
  let by = c + 1;
  while (by <= ctx.last && by - c <= 3 && isWord(tk[by]) && (isAdverb(tk[by]!) || TIME.has(tk[by]!.norm))) by++;
  if (tk[by]?.norm !== 'by') by = byAfterPhrase(ctx, c + 1);
  if (by < 0 && (entry.cls === 'name' || entry.cls === 'belief')) by = byAfterComplement(ctx, c + 1);
  if (by < 0) return null;
  const agent = speakerRight(ctx, by);
  if (agent.from < 0 || agent.to - agent.from > 10) return null;
  // "criticized by rivals for failing to …": the reason is not part of who.
  for (let k = agent.from + 1; k <= agent.to; k++) {
    if (tk[k]!.norm === 'for' || (!tk[k]!.capital && tk[k]!.norm.endsWith('ing'))) {
      agent.to = k - 1;
      break;
    }
  }
  // "said by telephone", "won by 5 points": a means or a margin, not someone.
  const first = tk[agent.from]!;
  // "rejected by 64 percent of the electorate" is a share of people; "won by 5 points" a margin.
  const share = /^\d/.test(first.norm) && (tk[agent.from + 1]?.norm === 'percent' || tk[agent.from + 1]?.norm === '%') && tk[agent.from + 2]?.norm === 'of';
  if (CHANNELS.has(first.norm) || isAdverb(first) || (/^\d/.test(first.norm) && !share)) return null;
  if (fenced) {
    // The fence closes after the agent: "…, opposed by House Republicans, never became law".
    const close = tk[agent.to + 1];
    if (close !== undefined && !(close.norm === ',' || isDash(close))) return null;
    const subject = nounPhraseLeft(ctx, b - 1, 8, true);
    if (subject.from < 0) return null;
    const content = contentOf(ctx, subject.from, subject.to);
    if (!content) return null;
    const found: Found = { speakerSpan: groupSpan(ctx, agent), speakerForm: speakerForm(ctx, agent), cue: makeCue(ctx, c, by), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
    return { found, end: agent.to };
  }
  let be = b;
  if (isWord(tk[be - 1]) && (tk[be - 1]!.norm === 'been' || tk[be - 1]!.norm === 'being')) be--;
  while (be > 0 && isWord(tk[be - 1]) && (AUXILIARIES.has(tk[be - 1]!.norm) || BETWEEN.has(tk[be - 1]!.norm))) be--;
  const before = tk[be - 1];
  if (!isWord(before)) return null;
  const subject: Group = PASSIVE_RELATIVES.has(before.norm) ? { from: be - 1, to: be - 1 } : nounPhraseLeft(ctx, be - 1, 8, true);
  if (subject.from < 0) return null;
  const content = contentOf(ctx, subject.from, subject.to);
  if (!content) return null;
  const found: Found = { speakerSpan: groupSpan(ctx, agent), speakerForm: speakerForm(ctx, agent), cue: makeCue(ctx, b, by), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
  return { found, end: agent.to };
}

/** Verbs that make their object do what the infinitive says: "led Cole to declare", "allowed him to call for". */
const CAUSATIVES = new Set(('lead leads led leading allow allows allowed allowing force forces forced forcing prompt prompts prompted ' +
  'prompting drive drives drove driving cause causes caused causing leave leaves left leaving require requires required requiring ' +
  'enable enables enabled enabling get gets got getting').split(' '));
/** Words before "to" that make the infinitive no one's act: "how to say", "hard to say", "is expected to say". */
const NOT_BEFORE_INFINITIVE = new Set(['how', 'what', 'whether', 'where', 'when', 'which', 'who', 'hard', 'easy', 'difficult', 'impossible', 'fair', 'safe', 'enough', 'too', 'needless', 'expected', 'supposed', 'as', 'so', 'order', 'and', 'or', 'not', 'is', 'was', 'are', 'were', 'be', 'it',
  // Nouns and participles whose infinitive tells what could or should be done, by no one in particular:
  // "a chance to say", "plenty to think about", "not authorized to discuss", "waiting to see".
  'opportunity', 'chance', 'reason', 'reasons', 'failure', 'inability', 'ability', 'tendency', 'place', 'plenty', 'nothing',
  'something', 'anything', 'little', 'much', 'more', 'authorized', 'designed', 'meant', 'set', 'scheduled', 'soon', 'time',
  'wait', 'waiting', 'waited', 'opening', 'topics', 'questions']);
/** Verbs that carry on or start what the infinitive after them says: "continue to warn", "began to argue". */
const STARTING = new Set(['continue', 'continues', 'continued', 'begin', 'begins', 'began', 'start', 'starts', 'started']);
/** Verbs after which "to" takes an -ing form: "has taken to saying", "pivoted to arguing", "was back to boasting". */
const TURNED_TO = new Set(['taken', 'took', 'pivoted', 'pivots', 'turned', 'turns', 'back', 'resorted', 'moved', 'shifted', 'returned', 'returns', 'devoted', 'committed']);
/** Ranks that single out the one who acts: "the first member of Congress to endorse him". */
const RANKS = new Set(['first', 'last', 'only', 'earliest', 'latest', 'second', 'third']);

/**
 * "Ramos used his speech to call for …", "the first senator to endorse Cole", "led the mayor to
 * declare …": a cue in an infinitive whose doer is the clause's subject, the noun singled out by a
 * rank, or the object of a verb that makes it act. Not after a cue ("vowed to endorse", whose
 * statement holds it) nor in a question or an impersonal phrase ("how to say", "hard to say").
 */
function infinitiveCue(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  const tk = ctx.tokens;
  // "to openly ridicule", "to publicly advocate for": one adverb may split the infinitive.
  const to = tk[c - 1]!.norm === 'to' ? c - 1 : c - 2;
  const v = tk[to - 1];
  // "continued to say": a word of the lexicon that is no cue here ("continue" speaks only beside a quotation) holds nothing.
  if (!isWord(v) || (cueEntry(v.norm) && isCue(ctx, to - 1)) || NOT_BEFORE_INFINITIVE.has(v.norm) || STANCE_ADJECTIVES.has(v.norm)) return null;
  const cue = isCue(ctx, c, true);
  if (!cue || (tk[c]!.norm !== cue.entry.lemma && !(cue.entry.participle && TURNED_TO.has(v.norm)))) return null;
  let speaker: Group = { from: -1, to: -1 };
  // "led her to declare", "drove thousands of voters to demand": the one made to act speaks.
  for (let k = to - 2; k >= 0 && to + 1 - k <= 8 && isWord(tk[k]); k--) {
    if (CAUSATIVES.has(tk[k]!.norm)) {
      speaker = { from: k + 1, to: to - 1 };
      break;
    }
    if (CLAUSE_STOP.has(tk[k]!.norm) && tk[k]!.norm !== 'of') break;
  }
  const named = speaker.from < 0 ? forBeforeInfinitive(tk, to) : speaker;
  // "…, and Republicans continue to warn that …": the subject of "continue" in its own clause speaks.
  // Not "As the crowd began to chant, …": with nothing after the cue, the clause only tells when.
  if (speaker.from < 0 && STARTING.has(v.norm) && isWord(tk[cue.end + 1])) {
    const { group } = speakerLeft(ctx, to - 1);
    if (group.from >= 0 && group.to < to - 1) speaker = group;
  }
  if (speaker.from < 0) {
    const object = nounPhraseLeft(ctx, to - 1, 8, true);
    if (object.from >= 0 && tk.slice(object.from, object.to + 1).some((w) => RANKS.has(w.norm))) speaker = object;
    else {
      // "Ramos used his speech to call for": the subject's own verb phrase runs up to "to", with no clause in between.
      speaker = mainSubject(ctx, to);
      if (speaker.from < 0) speaker = sentenceSubject(ctx);
      for (let k = speaker.to + 1; speaker.from >= 0 && k < to; k++) if (!isWord(tk[k]) || CLAUSE_WORDS.has(tk[k]!.norm) || (to - k > 10)) speaker = { from: -1, to: -1 };
    }
  }
  if (speaker.from < 0 || speaker.to >= to) return null;
  // A name after "for" is who does it, but only where some subject was read: "a chance for Cole to win" alone states no view.
  if (named.from >= 0) speaker = named;
  const found = contentAfterCue(ctx, cue.end, cue.entry, makeCue(ctx, to, cue.end), groupSpan(ctx, speaker), speakerForm(ctx, speaker));
  return found ? { found, end: cue.end } : null;
}

/**
 * A sentence that is only an attribution of what came before: "Trump said.", "Trump said of Apple
 * in February, when …". The speaker opens the sentence and nothing that could be content follows
 * the cue.
 */
function saidAfterQuote(ctx: SentenceContext): Pick<Found, 'speakerSpan' | 'speakerForm' | 'cue'> & { cue: Cue } | null {
  const tk = ctx.tokens;
  // "“How are you?” Ann Cole, a retired nurse from Ohio, asked.": a name and an appositive fenced by commas.
  const fence = appositiveFence(ctx);
  for (let c = fence > 0 ? fence + 1 : 1; c <= ctx.last && c < 9 + Math.max(fence, 0); c++) {
    const t = tk[c]!;
    if (t.kind !== 'word') return null;
    const entry = cueEntry(t.norm);
    if (!entry) continue;
    if (entry.cls !== 'speech' || t.capital) return null;
    const { group } = fence > 0 ? { group: { from: 0, to: fence - 1 } } : speakerLeft(ctx, c);
    if (group.from !== 0) return null;
    // "“Did you know?” Todd asked the real estate mogul.": the one spoken to, then nothing more.
    let after = ADDRESSED.has(entry.lemma) ? addressedRest(ctx, c + 1) : c + 1;
    // "… Cole said softly.", "… Cole asked rhetorically, …": how it was said.
    while (after <= ctx.last && isWord(tk[after]) && (isAdverb(tk[after]!) || (tk[after]!.norm.endsWith('ly') && tagOfLower(tk[after]!.norm) === undefined))) after++;
    const next = tk[after];
    const trailer = next === undefined || after > ctx.last || next.norm === ',' || (next.kind === 'word' && (TRAILER.has(next.norm) || next.norm === 'into') && next.norm !== 'that');
    if (!trailer) return null;
    return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, c, c) };
  }
  return null;
}

/**
 * The comma closing "Ann Cole, a retired nurse from Ohio," at a sentence's start: one to four capitalized
 * words, a comma, an appositive of up to fifteen words opening with a determiner, and a comma; -1 if none.
 */
function appositiveFence(ctx: SentenceContext): number {
  const tk = ctx.tokens;
  let k = 0;
  while (k <= ctx.last && k < 4 && isWord(tk[k]) && tk[k]!.capital) k++;
  if (k === 0 || tk[k]?.norm !== ',' || !isWord(tk[k + 1]) || !APPOSITIVE_OPENERS.has(tk[k + 1]!.norm)) return -1;
  for (let j = k + 2; j <= ctx.last && j - k <= 16; j++) {
    const t = tk[j]!;
    if (t.norm === ',') return j - k >= 3 ? j : -1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** Past the one spoken to at a sentence's end ("told reporters", "asked the real estate mogul"): up to six words with no verb or pronoun. */
function addressedRest(ctx: SentenceContext, i: number): number {
  const tk = ctx.tokens;
  let k = i;
  while (k <= ctx.last && k - i < 6 && isWord(tk[k]) && !PRONOUNS.has(tk[k]!.norm) && !CLAUSE_STOP.has(tk[k]!.norm) && !(k > i && !tk[k]!.capital && isFiniteVerb(tk[k]!.norm))) k++;
  return k;
}

/** The speaker of a sentence that ends in a colon and nothing after it: "More from Jones:", "Cole says:". */
function colonSpeaker(ctx: SentenceContext): Pick<Found, 'speakerSpan' | 'speakerForm' | 'cue'> | null {
  const tk = ctx.tokens;
  const end = tk.length - 1;
  if (end < 1 || tk[end]!.norm !== ':' || ctx.last !== end - 1) return null;
  const before = tk[end - 1]!;
  if (!isWord(before)) return null;
  const entry = before.capital && !ctx.titleCase ? undefined : cueEntry(before.norm);
  if (entry && entry.cls === 'speech') {
    const { group } = speakerLeft(ctx, end - 1);
    if (group.from < 0) return null;
    return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, end - 1, end - 1) };
  }
  if (!before.capital) {
    // "Cruz called them on it:", "President Clinton released the following statement:": a cue or a
    // venue near the colon, and the one who speaks on its left.
    for (let i = end - 1; i > 0 && end - i <= 8; i--) {
      const t = tk[i]!;
      if (!isWord(t) || t.capital) continue;
      const cue = cueEntry(t.norm);
      if (cue && cue.cls !== 'evidence') {
        const { group } = speakerLeft(ctx, i);
        if (group.from < 0 || !(tk[group.from]!.capital || PRONOUNS.has(tk[group.from]!.norm))) return null;
        return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, i, end - 1) };
      }
      if (VENUES.has(t.norm)) {
        const subject = sentenceSubject(ctx);
        if (subject.from < 0 || subject.to >= i || !tk[subject.from]!.capital) return null;
        return { speakerSpan: groupSpan(ctx, subject), speakerForm: speakerForm(ctx, subject), cue: makeCue(ctx, subject.to + 1, end - 1) };
      }
    }
    return null;
  }
  let from = end - 1;
  while (from > 0 && end - from < 5 && isWord(tk[from - 1]) && tk[from - 1]!.capital) from--;
  if (COLON_LABELS.has(tk[from]!.norm) || NOT_BEFORE_VERB.has(tk[from]!.norm)) return null;
  // A whole headline in capitals is not a name.
  const raw = ctx.text.slice(tk[from]!.start, before.end);
  if (raw === raw.toUpperCase()) return null;
  const group = { from, to: end - 1 };
  return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, end, end) };
}

/**
 * "Hewitt writes:" or "In a speech last July, he said:" at the end of a paragraph, then a paragraph
 * of prose that opens with a capital: an excerpt set off as a block, the whole paragraph being what
 * was written or said. Only after a verb of saying right before the colon, not a name and a colon
 * (a transcript) nor "released the following statement:".
 */
function excerptAfterColon(text: string, paragraph: Span, tokens: readonly Token[], colon: Pick<Found, 'speakerSpan' | 'speakerForm' | 'cue'>): Found | null {
  if (!colon.cue || /\s/.test(colon.cue.text)) return null;
  const entry = cueEntry(colon.cue.text.toLowerCase());
  if (!entry || entry.cls !== 'speech') return null;
  let words = 0;
  for (const t of tokens) if (t.kind === 'word') words++;
  if (!isWord(tokens[0]) || !tokens[0].capital || words < 4) return null;
  const span = trimSpan(text, paragraph);
  if (!span) return null;
  return { ...colon, content: [span], kind: 'direct', trailing: false };
}

/** "Trump: ‘I’m the worst thing that ever happened to the establishment’" (headline style). */
function colonHeadline(ctx: SentenceContext): Found | null {
  const tk = ctx.tokens;
  let k = 0;
  // "Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": the name before the
  // preposition speaks, the rest says to whom or where.
  let prep = -1;
  while (k <= ctx.last && k < 8 && isWord(tk[k]) && (tk[k]!.capital || tk[k]!.norm === 'of' || (prep < 0 && k > 0 && (tk[k]!.norm === 'to' || tk[k]!.norm === 'at')))) {
    if (tk[k]!.norm === 'to' || tk[k]!.norm === 'at') prep = k;
    k++;
  }
  if (k === 0 || k >= (prep > 0 ? 8 : 5) || tk[k]?.norm !== ':' || ctx.last - k < 3 || prep === k - 1) return null;
  if (COLON_LABELS.has(tk[0]!.norm) || NOT_BEFORE_VERB.has(tk[0]!.norm)) return null;
  const content = contentOf(ctx, k + 1, ctx.last);
  // "Sanders: 1,547": a tally after a name says nothing.
  if (!content || !content.spans.some((s) => /\p{L}/u.test(ctx.text.slice(s.start, s.end)))) return null;
  // "Iowa: Ann Cole, Tom Reyes, Lee Park, …": a roster of names after a label says nothing.
  if (nameRoster(tk, k + 1, ctx.last)) return null;
  // "Wow: Ann Cole Just Said …", "BUSTED: Emails Reveal …": an exclamation before the colon names no one;
  // the headline's own subject speaks.
  const exclaimed = k === 1 && EXCLAMATIONS.has(tk[0]!.norm) ? headlineSubject(ctx, k + 1) : { from: -1, to: -1 };
  // "FIX IS IN: PBS Moderators Ignore …", "Just Leaked: …": a slogan before the colon names no one;
  // the headline's own subject speaks, or no one does.
  if (sloganLabel(ctx, k)) {
    const subject = headlineSubject(ctx, k + 1);
    if (subject.from < 0) return null;
    return { speakerSpan: groupSpan(ctx, subject), speakerForm: speakerForm(ctx, subject), cue: makeCue(ctx, k, k), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
  }
  const speaker = exclaimed.from >= 0 ? exclaimed : { from: 0, to: (prep > 0 ? prep : k) - 1 };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, k, k), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** Nouns for what someone said or put out, or for those who speak for them, heading a label before a colon: "WSJ editorial: …", "Cole camp: …", "Reyes lawyers: …". */
const LABEL_NOUNS = new Set(['camp', 'campaign', 'editorial', 'report', 'warning', 'reaction', 'response', 'statement', 'memo', 'letter', 'message', 'verdict', 'spokesman', 'spokeswoman', 'aides', 'lawyer', 'lawyers']);

/**
 * "Cole camp: We will win", "Democrats' new warning: Leaks could …", "WSJ editorial: …": one to
 * three names, then a noun for what they said (after at most one word such as "new"), then a colon;
 * the whole label is who speaks, what follows the colon is what was said.
 */
function ownedLabel(ctx: SentenceContext): Found | null {
  const tk = ctx.tokens;
  let k = 0;
  while (k < 3 && isWord(tk[k]) && tk[k]!.capital) k++;
  if (k === 0 || COLON_LABELS.has(tk[0]!.norm) || NOT_BEFORE_VERB.has(tk[0]!.norm)) return null;
  if (isWord(tk[k + 1]) && !tk[k]!.capital && !tk[k + 1]!.capital && tk[k + 2]?.norm === ':') k++;
  const noun = tk[k];
  if (!isWord(noun) || noun.capital || !LABEL_NOUNS.has(noun.norm) || tk[k + 1]?.norm !== ':' || ctx.last - (k + 1) < 3) return null;
  const content = contentOf(ctx, k + 2, ctx.last);
  if (!content) return null;
  const speaker = { from: 0, to: k };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, k + 1, k + 1), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** Whether the tokens from `from` to `to` are only names in a list: "Ann Cole, Tom Reyes and Lee Park". */
function nameRoster(tk: readonly Token[], from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i <= to; i++) {
    const t = tk[i]!;
    if (t.norm === ',') commas++;
    else if (!(isWord(t) && (t.capital || t.norm === 'and')) && t.norm !== '.') return false;
  }
  return commas >= 2;
}

/** Words that make a label in capitals a phrase rather than a name ("FIX IS IN", "STAT OF THE WEEK"). */
const SLOGAN_WORDS = new Set(['is', 'are', 'was', 'were', 'in', 'for', 'the']);

/**
 * Whether the `k` words before a headline's colon are a slogan rather than a name: "Just Leaked",
 * or a phrase in capitals with a verb or an article inside it ("FIX IS IN"), unlike a name in
 * capitals ("JAKE TAPPER", "THE PRESIDENT", "SECRETARY OF STATE").
 */
function sloganLabel(ctx: SentenceContext, k: number): boolean {
  const tk = ctx.tokens;
  if (k < 2) return false;
  if (tk[0]!.norm === 'just') return true;
  const raw = ctx.text.slice(tk[0]!.start, tk[k - 1]!.end);
  if (raw !== raw.toUpperCase()) return false;
  for (let i = 1; i < k; i++) if (SLOGAN_WORDS.has(tk[i]!.norm)) return true;
  return false;
}

const EXCLAMATIONS = new Set(['wow', 'whoa', 'bombshell', 'busted', 'so', 'yikes', 'ouch', 'shocking', 'incredible', 'unreal', 'oops']);

/** The capitalized words that open a headline at `from`, up to its verb ("Ann Cole" in "Ann Cole Just Said …"), or none. */
function headlineSubject(ctx: SentenceContext, from: number): Group {
  const tk = ctx.tokens;
  let i = from;
  while (i <= ctx.last && i - from < 4 && isWord(tk[i]) && tk[i]!.capital) {
    const w = tk[i]!.norm;
    if (i > from && (cueEntry(w) || isFiniteVerb(w) || BETWEEN.has(w) || AUXILIARIES.has(w))) break;
    i++;
  }
  return i > from && i - from < 4 ? { from, to: i - 1 } : { from: -1, to: -1 };
}

const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'into', 'on', 'for', 'about']);

/** Whether one to six capitalized words (with "and") right before the colon at `c` follow a dash: "… - Ann Cole and Tom Reyes:". */
function dashedName(tk: readonly Token[], c: number): boolean {
  let j = c - 1;
  while (j >= 0 && c - j <= 6 && isWord(tk[j]) && (tk[j]!.capital || tk[j]!.norm === 'and')) j--;
  return j >= 1 && j < c - 1 && tk[j + 1]!.capital && isDash(tk[j]!);
}

/** "- Philip Bump: “…”", "More from the report: “…”": a name before a colon, a quotation after it. */
function colonQuote(ctx: SentenceContext, k: number): Found | null {
  const tk = ctx.tokens;
  const q = tk[k + 1];
  if (!q || q.kind !== 'quote' || k < 1 || !isWord(tk[k - 1])) return null;
  let speaker = nounPhraseLeft(ctx, k - 1, 5, true);
  if (speaker.from < 0) return null;
  // "Tom Ridge put it this way on Tuesday: “…”": the words before the colon name no one, the subject speaks.
  const near = tk[speaker.from]!;
  // "McConnell delivered a blunt message to Trump: “…”": after a preposition the words before the colon are an object.
  // "Reyes issued a statement on Monday: “…”": after a verb they are its object too.
  const verbBefore = tk[speaker.from - 1];
  const object = isWord(verbBefore) && (OBJECT_PREPOSITIONS.has(verbBefore.norm) || (!verbBefore.capital && ARTICLES.has(near.norm) && isFiniteVerb(verbBefore.norm)));
  if (speaker.from === speaker.to && (near.norm === 'it' || TIME.has(near.norm)) || near.norm === 'of' || object) {
    const subject = sentenceSubject(ctx);
    if (subject.from < 0 || subject.to >= k || !tk[subject.from]!.capital) return null;
    speaker = subject;
  }
  let named = false;
  for (let i = speaker.from; i <= speaker.to; i++) {
    const t = tk[i]!;
    if (cueEntry(t.norm) && !t.capital) return null;
    if (t.capital && !(i === 0 && NOT_BEFORE_VERB.has(t.norm))) named = true;
  }
  if (!named && !EVIDENCE.has(tk[speaker.to]!.norm)) return null;
  if (COLON_LABELS.has(tk[speaker.from]!.norm) && speaker.from === speaker.to) return null;
  // "“Museum gets a new head,” by the Journal's Ann Cole: “…”": a byline before an excerpt of the article.
  if (tk[speaker.from - 1]?.norm === 'by') return null;
  const inner = trimSpan(ctx.text, q.quote!.inner);
  if (!inner) return null;
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, k, k), content: [inner], kind: 'direct', quote: q.quote, trailing: false };
}

/**
 * "Fiorina was far less bubbly: “…”", "Trump went even further:" before a quotation: a sentence with
 * no cue that leads up to a quotation with a colon. Its subject says the quotation. Not after a
 * quoted title ("“Museum gets a new head,” by Ann Cole: “…”" is a byline and an excerpt).
 */
function colonSubject(ctx: SentenceContext, k: number): Pick<Found, 'speakerSpan' | 'speakerForm' | 'cue'> | null {
  const tk = ctx.tokens;
  if (ctx.quotesBefore[k]! > 0) return null;
  // "THE VOTE IN NUMBERS:", "Key Takeaways From the Debate:": a heading names no one.
  const before = ctx.text.slice(tk[0]!.start, tk[k]!.start);
  if (ctx.titleCase || before === before.toUpperCase()) return null;
  let subject = sentenceSubject(ctx);
  // "But Fiorina was far less bubbly:": a name right after an opening "but" or "and".
  if (subject.from < 0 && isWord(tk[0]) && (tk[0].norm === 'but' || tk[0].norm === 'and')) {
    let j = 1;
    while (j < k && j < 6 && isWord(tk[j]) && tk[j]!.capital) j++;
    if (j > 1 && isWord(tk[j]) && !tk[j]!.capital) subject = { from: 1, to: j - 1 };
  }
  if (subject.from < 0 || subject.to >= k) return null;
  // "The rules are simple: “…”": only someone named, a pronoun, a word for people or a document
  // ("The letter was blunt: “…”") says a quotation.
  const form = speakerForm(ctx, subject);
  if (form === 'nominal' && !someoneIn(tk, subject)) return null;
  return { speakerSpan: groupSpan(ctx, subject), speakerForm: form, cue: makeCue(ctx, k, k) };
}

/** Whether a word of the group names people or what carries their words: "the mayor", "supporters", "the letter", "a rally". */
function someoneIn(tk: readonly Token[], g: Group): boolean {
  for (let i = g.from; i <= g.to; i++) {
    const w = tk[i]!.norm;
    if (isWord(tk[i]) && (namesPerson(w) || PUBLISHED.has(w) || VENUES.has(w) || EVIDENCE.has(w))) return true;
  }
  return false;
}

/** The quotation right after the colon at `k`, said by the sentence's subject (see colonSubject). */
function quoteAfterSubject(ctx: SentenceContext, k: number): Found | null {
  const q = ctx.tokens[k + 1]!;
  const colon = colonSubject(ctx, k);
  const inner = colon ? trimSpan(ctx.text, q.quote!.inner) : null;
  if (!colon || !inner) return null;
  return { ...colon, content: [inner], kind: 'direct', quote: q.quote, trailing: false };
}

/** A sentence that ends in a colon and nothing after it, for the quotation that opens the next one (see colonSubject). */
function closingColonSubject(ctx: SentenceContext): Pick<Found, 'speakerSpan' | 'speakerForm' | 'cue'> | null {
  const end = ctx.tokens.length - 1;
  if (end < 1 || ctx.tokens[end]!.norm !== ':' || ctx.last !== end - 1) return null;
  return colonSubject(ctx, end);
}

/** People for whom something holds: "For many Democrats, …". */
const PEOPLE = new Set(['voters', 'democrats', 'republicans', 'supporters', 'critics', 'conservatives', 'liberals', 'progressives', 'americans', 'people', 'many', 'most', 'some', 'others', 'activists', 'members', 'leaders', 'officials', 'lawmakers', 'women', 'men', 'workers', 'residents', 'fans', 'analysts', 'experts', 'observers', 'strategists', 'donors', 'delegates', 'students', 'parents', 'families', 'immigrants', 'evangelicals', 'independents', 'him', 'her', 'them', 'me', 'us']);
const QUANTIFIERS = new Set(['many', 'most', 'some', 'others', 'other']);
const NOT_VIEWERS = new Set(['example', 'instance', 'now', 'years', 'decades', 'months', 'weeks', 'days', 'hours', 'the', 'a', 'an', 'that', 'this', 'all', 'one', 'once', 'sure', 'be', 'date', 'starters', 'good', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "For many Democrats, the Clinton years remain the good old days": the view is theirs. */
function forViewer(ctx: SentenceContext): Found | null {
  const tk = ctx.tokens;
  let at = 0;
  if (isWord(tk[0]) && (tk[0]!.norm === 'but' || tk[0]!.norm === 'and' || tk[0]!.norm === 'because')) at = 1;
  const prep = tk[at];
  if (!isWord(prep) || !(prep.norm === 'for' || prep.norm === 'to')) return null;
  const first = tk[at + 1];
  if (!isWord(first) || (NOT_VIEWERS.has(first.norm) && !(first.norm === 'the' && isWord(tk[at + 2]) && PEOPLE.has(tk[at + 2]!.norm)))) return null;
  // "For Trump, the contest is a win" mostly tells what a thing means for someone, not their view;
  // "For many activists, …" and "To Sexton, …" tell a view.
  if (prep.norm === 'for' ? !QUANTIFIERS.has(first.norm) : !(first.capital || PEOPLE.has(first.norm) || QUANTIFIERS.has(first.norm))) return null;
  let k = at + 1;
  let person = false;
  while (k <= ctx.last && k - at <= 10 && tk[k]!.kind === 'word') {
    const t = tk[k]!;
    if (BE.has(t.norm) || isFiniteVerb(t.norm) || TIME.has(t.norm) || (k > at + 1 && NOT_VIEWERS.has(t.norm) && t.norm.endsWith('s'))) return null;
    if (t.capital || PEOPLE.has(t.norm)) person = true;
    k++;
  }
  if (!person || tk[k]?.norm !== ',' || ctx.last - k < 4) return null;
  const content = contentOf(ctx, k + 1, contentEnd(ctx, k + 1));
  if (!content) return null;
  const speaker = { from: at + 1, to: k - 1 };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, at, at), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** "In a CNN poll released Monday, 50 percent chose …": the poll speaks. */
function inThePoll(ctx: SentenceContext): Found | null {
  const tk = ctx.tokens;
  if (tk[0]?.norm !== 'in') return null;
  let k = 1;
  let evidence = false;
  while (k <= ctx.last && k < 14 && (tk[k]!.kind === 'word' || '/-&'.includes(tk[k]!.norm))) {
    // "In the video, he grabs …": footage shows what happened, it does not claim.
    if (EVIDENCE.has(tk[k]!.norm) && !PRONOUNS.has(tk[k]!.norm) && !['this', 'that', 'which', 'video', 'footage'].includes(tk[k]!.norm)) evidence = true;
    k++;
  }
  if (!evidence || tk[k]?.norm !== ',' || k === 1) return null;
  const content = contentOf(ctx, k + 1, contentEnd(ctx, k + 1));
  if (!content) return null;
  // "In a recent study, three economists raised …", "In an email, the officer said …": past a phrase that
  // names no poll, the clause's own subject speaks; a poll speaks for the figures it gives.
  let polled = false;
  for (let j = 1; j < k; j++) if (POLL_NOUNS.has(tk[j]!.norm) || tk[j]!.norm === 'exit') polled = true;
  const subject = polled ? { from: -1, to: -1 } : sentenceSubject(ctx);
  const speaker = subject.from > k ? subject : { from: 1, to: k - 1 };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, 0, 0), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** Nouns for a poll after "in": "leads in the latest poll". */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words that open a clause of its own: a finding "in the poll" starts after them. */
const POLL_CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'where', 'which', 'who', 'that', 'because', 'since', 'as', 'when', 'but']);

/**
 * "Cole leads Smith by 9 points in the latest poll": the poll after "in" speaks, and the clause
 * before it is what it says.
 */
function inPollAfter(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  let k = c + 1;
  let noun = -1;
  let named = false;
  while (k <= ctx.last && k - c <= 8 && (tk[k]!.kind === 'word' || '/-&'.includes(tk[k]!.norm))) {
    const t = tk[k]!;
    if (POLL_NOUNS.has(t.norm)) noun = k;
    else if (noun >= 0 || (CLAUSE_STOP.has(t.norm) && t.norm !== 'of')) break;
    if (t.capital) named = true;
    k++;
  }
  // "leads in the polls" speaks of polls in general, which PolNeAR mostly leaves unmarked: only a
  // named poll or a single one speaks.
  if (noun < 0 || !(named || tk[noun]!.norm === 'poll' || tk[noun]!.norm === 'survey')) return null;
  // "78 percent of voters in a recent poll said …": the poll phrase sits in the subject of a verb.
  // Not "in a poll released Monday", where the participle only dates the poll.
  const after = tk[noun + 1];
  const dated = isWord(tk[noun + 2]) && TIME.has(tk[noun + 2]!.norm);
  if (isWord(after) && !after.capital && !dated && (isFiniteVerb(after.norm) || cueEntry(after.norm))) return null;
  let from = c - 1;
  while (from >= ctx.floor && c - from <= 40) {
    const t = tk[from]!;
    if (t.norm === ';' || t.kind === 'quote' || (t.kind === 'word' && POLL_CLAUSE_OPENERS.has(t.norm))) break;
    from--;
  }
  from++;
  if (c - from < 3) return null;
  const content = contentOf(ctx, from, c - 1, 'end');
  if (!content || content.kind !== 'indirect') return null;
  const speaker = { from: c + 1, to: noun };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, c), content: content.spans, kind: content.kind, trailing: true };
}

/** Prepositions that open where or how something was put: "put it in his memo to the staff", "put it on Twitter". */
const PUT_IT_ADJUNCTS = new Set(['in', 'on', 'at', 'during', 'to', 'before']);

/**
 * The comma or colon that closes "as X put it" at token `k` (right after "it"), past a short adjunct
 * ("put it in her memo to the staff, …"), or -1.
 */
function putItClose(tk: readonly Token[], k: number): number {
  if (tk[k]?.norm === ',' || tk[k]?.norm === ':') return k;
  if (!isWord(tk[k]) || !PUT_IT_ADJUNCTS.has(tk[k]!.norm)) return -1;
  for (let j = k + 1; j < tk.length && j - k <= 12; j++) {
    const t = tk[j]!;
    if (t.norm === ',' || t.norm === ':') return j;
    if (!isWord(t)) return -1;
  }
  return -1;
}

/** "As Forbes put it, …" / "…, as one aide put it.": the name between "as" and "put it" speaks. */
function asPutIt(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  if (tk[c + 1]?.norm !== 'it') return null;
  // The name may carry an appositive between commas: "As Ann Cole, a professor at Dover, put it, …".
  let a = c - 1;
  // A quoted title in the appositive stays in it: "As Ann Cole, author of “The Long Road,” put it, …".
  while (a >= 0 && c - a <= 24 && (isWord(tk[a]) || tk[a]!.norm === ',' || tk[a]!.kind === 'quote') && tk[a]!.norm !== 'as') a--;
  if (a < 0 || tk[a]!.norm !== 'as' || a === c - 1 || tk[c - 1]!.norm === ',' && tk[a + 1]!.norm === ',') return null;
  const speaker = { from: a + 1, to: tk[c - 1]!.norm === ',' ? c - 2 : c - 1 };
  const close = putItClose(tk, c + 2);
  const after = close > 0;
  // "But at the time, as the prosecutor put it, “…”": a short opening phrase before, the words after.
  const quoteAfter = after && tk[close + 1]?.kind === 'quote';
  let content: ReturnType<typeof contentOf> = null;
  if (a > 0 && tk[a - 1]!.norm === ',' && !(quoteAfter && a - 1 <= 6)) content = contentOf(ctx, 0, a - 2, 'end');
  else if ((a <= 1 || quoteAfter) && after) content = contentOf(ctx, close + 1, contentEnd(ctx, close + 1));
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, c + 1), content: content.spans, kind: content.kind, quote: content.quote, trailing: a > 1 };
}

/** Adverbs between "was" or "as" and "reported by": "was first reported by". */
const REPORTED_ADVERBS = new Set(['first', 'originally', 'initially', 'earlier', 'previously', 'also', 'widely']);
/** Clause words that stand for the thing reported: "the letter, which was first reported by …". */
const REPORTED_RELATIVES = new Set(['which', 'that', 'who']);

/**
 * "The meeting was first reported by Politico", "The plan, first reported by the Post, …", "…,
 * as first reported by the Times": the outlet after "by" reports the thing before, which
 * PolNeAR marks as the content (the subject, the phrase before the comma, or the clause before "as").
 */
function reportedBy(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  let by = c + 1;
  while (by <= ctx.last && by - c <= 3 && isWord(tk[by]) && (TIME.has(tk[by]!.norm) || tk[by]!.norm === 'last' || tk[by]!.norm === 'week' || tk[by]!.norm === 'month')) by++;
  if (tk[by]?.norm !== 'by') return null;
  const speaker = speakerRight(ctx, by);
  if (speaker.from < 0 || !tk[speaker.from]!.capital && !DETERMINERS.has(tk[speaker.from]!.norm)) return null;
  let b = c - 1;
  while (b >= 0 && isWord(tk[b]) && REPORTED_ADVERBS.has(tk[b]!.norm)) b--;
  const before = tk[b];
  if (before === undefined) return null;
  let from: number;
  let to: number;
  if (isWord(before) && BE.has(before.norm) && before.norm !== "'s") {
    // The subject of "was": back to the sentence start or the last comma; a relative word stands alone.
    to = b - 1;
    while (to >= 0 && isWord(tk[to]) && (tk[to]!.norm === 'has' || tk[to]!.norm === 'have' || tk[to]!.norm === 'had' || tk[to]!.norm === 'been')) to--;
    if (to >= 0 && isWord(tk[to]) && REPORTED_RELATIVES.has(tk[to]!.norm)) from = to;
    else {
      from = to;
      while (from > ctx.floor && from - 1 >= 0 && isWord(tk[from - 1]) && !CLAUSE_STOP.has(tk[from - 1]!.norm)) from--;
      if (from - 1 >= 0 && isWord(tk[from - 1])) return null;
    }
  } else if (before.norm === ',') {
    // "The plan, first reported by the Post, is …": the phrase between the commas' left edge and this one.
    to = b - 1;
    from = to;
    while (from > ctx.floor && from - 1 >= 0 && tk[from - 1]!.kind === 'word' && to - from < 12) from--;
    if (from - 1 >= 0 && tk[from - 1]!.norm !== ',' && tk[from - 1]!.kind !== 'punct') return null;
    if (tk[speaker.to + 1] !== undefined && tk[speaker.to + 1]!.norm !== ',' && speaker.to + 1 <= ctx.last) return null;
  } else if (isWord(before) && before.norm === 'as' && tk[b - 1]?.norm === ',') {
    // "…, as first reported by the Times": the clause before the comma.
    to = b - 2;
    from = ctx.floor;
  } else if (isWord(before) && before.norm === 'as' && b === 0 && tk[speaker.to + 1]?.norm === ',') {
    // "As reported by the Courier, the mayor was warned …": the clause after the comma.
    from = speaker.to + 2;
    to = ctx.last;
    const ahead = contentOf(ctx, from, to);
    if (!ahead) return null;
    return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, by), content: ahead.spans, kind: ahead.kind, quote: ahead.quote, trailing: false };
  } else return null;
  const content = contentOf(ctx, from, to, 'end');
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, by), content: content.spans, kind: content.kind, quote: content.quote, trailing: true };
}

/** Backing someone gives by pledge: "his support", "her vote", "their endorsement". */
const PLEDGED = new Set(['support', 'vote', 'votes', 'endorsement', 'backing']);

/** "pledged their support to Clinton", "pledged her vote to Cole": a stance, not a promise of loyalty or money. */
function pledgedBacking(tk: readonly Token[], c: number): boolean {
  return POSSESSIVES.has(tk[c + 1]?.norm ?? '') && PLEDGED.has(tk[c + 2]?.norm ?? '');
}

/** Finite verbs of gaining someone's backing: "won the endorsement of", "has the support of". */
const GAINED = new Set(['won', 'wins', 'secured', 'secures', 'earned', 'earns', 'received', 'receives', 'got', 'gets', 'has', 'have', 'had', 'landed', 'lands', 'snagged', 'snags', 'nabbed', 'gained', 'gains', 'scored', 'up']);
/** Nouns of backing whose giver follows "of". */
const BACKING_NOUNS = new Set(['endorsement', 'endorsements', 'backing', 'support']);
/** Finite verbs of drawing a response: "drew criticism from", "has faced pushback from". */
const DREW = new Set([...GAINED, 'drawn', 'drew', 'draws', 'faced', 'faces', 'attracted', 'attracts', 'sparked', 'sparks', 'provoked', 'gotten', 'draw', 'drawing', 'enjoy', 'enjoys', 'enjoyed', 'enjoying', 'receiving', 'winning', 'gaining', 'garnered', 'garners']);
/** Words of degree between the verb and the backing: "even stronger support", "strong majority support". */
const BACKING_DEGREE = new Set(['even', 'stronger', 'strongest', 'overwhelming', 'broad', 'broader', 'majority', 'widespread', 'solid', 'most', 'wide', 'substantial', 'considerable', 'significant', 'growing', 'lukewarm', 'tepid', 'unanimous']);
/** Verbs before "to" that keep a backing held: "continues to draw support from". */
const CONTINUING = new Set(['continue', 'continues', 'continued', 'began', 'begins', 'started', 'starts']);
/** Responses whose giver follows "from": "drew sharp criticism from both parties". */
const RESPONSE_NOUNS = new Set(['criticism', 'criticisms', 'fire', 'praise', 'condemnation', 'scorn', 'rebukes', 'rebuke', 'opposition', 'complaints', 'pushback', 'backlash', 'ridicule', 'objections', 'support', 'backing', 'endorsements']);

/**
 * "Cruz won the endorsement of Gov. Walker", "the bill has the backing of many Democrats", "the plan
 * drew sharp criticism from both parties": the one after "of" or "from" backs or judges the
 * subject, which PolNeAR marks as the content.
 */
function gainedBacking(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  const of = tk[c + 1]?.norm === 'of' && BACKING_NOUNS.has(tk[c]!.norm);
  // "Clinton has strong support among black voters": the group the backing comes from.
  const among = tk[c + 1]?.norm === 'among' && (tk[c]!.norm === 'support' || tk[c]!.norm === 'backing');
  if (!of && !among && !(tk[c + 1]?.norm === 'from' && RESPONSE_NOUNS.has(tk[c]!.norm))) return null;
  if (among) {
    const owned = ownedBacking(ctx, c);
    if (owned) return owned;
  }
  const verbs = of ? GAINED : DREW;
  // Up to two words between the verb and the noun: "the", "the full", "the coveted".
  let v = c - 1;
  while (v >= 0 && c - v <= 3 && isWord(tk[v]) && !verbs.has(tk[v]!.norm) && !tk[v]!.capital && (DETERMINERS.has(tk[v]!.norm) || LIGHT_BETWEEN.has(tk[v]!.norm) || BACKING_DEGREE.has(tk[v]!.norm) || isModifier(tk[v]!.norm) || isAdverb(tk[v]!))) v--;
  const verb = tk[v];
  if (!isWord(verb) || !verbs.has(verb.norm) || of && v === c - 1 && verb.norm !== 'up') return null;
  if (verb.norm === 'up' && !['picked', 'picks', 'racked', 'racks', 'lined'].includes(tk[v - 1]?.norm ?? '')) return null;
  const head = verb.norm === 'up' ? v - 1 : v;
  // "to win the support of": an aim, not a backing someone has; but "continues to draw support from" has it.
  if (tk[head - 1]?.norm === 'to' && !CONTINUING.has(tk[head - 2]?.norm ?? '')) return null;
  const giver = speakerRight(ctx, c + 1);
  if (giver.from < 0) return null;
  const { group: subject } = speakerLeft(ctx, head);
  const span = groupSpan(ctx, subject);
  if (subject.from < 0 || !span) return null;
  return { speakerSpan: groupSpan(ctx, giver), speakerForm: speakerForm(ctx, giver), cue: makeCue(ctx, head, c + 1), content: [span], kind: 'indirect', trailing: false };
}

/** Degree words before an owned backing that the lexicon does not tag as modifiers: "his greatest support". */
const OWNED_DEGREE = new Set(['deep', 'deepest', 'greatest', 'overall', 'strong', 'strongest', 'weak', 'weakest', 'solid', 'broad', 'firm']);

/**
 * "her support among minorities", "Clinton's deep support among black voters", "his 34% support among
 * women": the group after "among" backs the owner, which PolNeAR marks as the content.
 */
function ownedBacking(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  let v = c - 1;
  // Up to three words of degree or share between the owner and the noun: "deep", "34 %", "strong - and largely unwavering -".
  while (v >= 0 && c - v <= 4 && !tk[v]!.capital && (tk[v]!.norm === '%' || (isWord(tk[v]) && (/^\d/.test(tk[v]!.norm) || BACKING_DEGREE.has(tk[v]!.norm) || OWNED_DEGREE.has(tk[v]!.norm) || isModifier(tk[v]!.norm) || isAdverb(tk[v]!))))) v--;
  const owner = tk[v];
  if (!isWord(owner) || !(POSSESSIVES.has(owner.norm) || owner.norm.endsWith("'s") || owner.norm.endsWith("s'"))) return null;
  const giver = speakerRight(ctx, c + 1);
  if (giver.from < 0) return null;
  // "…'s deep support among black voters gives her an advantage": the group ends before the sentence's verb.
  for (let i = giver.from + 1; i <= giver.to; i++) {
    if (isFiniteVerb(tk[i]!.norm) && !tk[i]!.capital) {
      giver.to = i - 1;
      while (giver.to > giver.from && isAdverb(tk[giver.to]!)) giver.to--;
      break;
    }
  }
  return { speakerSpan: groupSpan(ctx, giver), speakerForm: speakerForm(ctx, giver), cue: makeCue(ctx, c, c + 1), content: [{ start: owner.start, end: owner.end }], kind: 'indirect', trailing: false };
}

/** People defined by a stance toward what follows "of": "a fierce critic of", "an early backer of" ("advocate" and "champion" are cue verbs, read apart). */
const STANCE_ROLES = new Set(['critic', 'critics', 'supporter', 'supporters', 'opponent', 'opponents', 'backer', 'backers', 'proponent', 'proponents', 'defender', 'defenders', 'admirer', 'admirers', 'detractor', 'detractors', 'skeptic', 'skeptics']);
/** Verbs that make the subject one of them: "is a critic of", "has long been a backer of". */
const ROLE_BE = new Set(['is', 'was', 'are', 'were', "'s", "'re", 'been', 'remains', 'remained', 'become', 'became', 'becomes']);

/** "Clinton is an outspoken supporter of Roe v. Wade": the subject holds the stance on what follows "of". */
function stanceRole(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  if (tk[c + 1]?.norm !== 'of') return null;
  let a = c - 1;
  // Up to three modifiers: "an outspoken", "a longtime and vocal", "a fierce early".
  while (a >= 0 && c - a <= 4 && isWord(tk[a]) && !tk[a]!.capital && tk[a]!.norm !== 'a' && tk[a]!.norm !== 'an' && !CLAUSE_STOP.has(tk[a]!.norm) && !isFiniteVerb(tk[a]!.norm)) a--;
  if (!isWord(tk[a]) || (tk[a]!.norm !== 'a' && tk[a]!.norm !== 'an')) return null;
  let b = a - 1;
  while (b >= 0 && isWord(tk[b]) && (tk[b]!.norm === 'also' || tk[b]!.norm === 'long' || tk[b]!.norm === 'now' || tk[b]!.norm === 'still' || tk[b]!.norm === 'perhaps' || tk[b]!.norm === 'always')) b--;
  if (!isWord(tk[b]) || !ROLE_BE.has(tk[b]!.norm)) return null;
  const { group } = speakerLeft(ctx, b);
  if (group.from < 0) return null;
  const from = c + 2;
  if (from > ctx.last) return null;
  let to = from;
  const limit = contentEnd(ctx, from);
  while (to < limit && !isBoundaryPunct(tk[to + 1]) && tk[to + 1]!.norm !== '.') to++;
  const content = contentOf(ctx, from, to);
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, a, c + 1), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** "Asked whether …, the senator said …": the question is content too (of whoever asked). */
function askedClause(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  let k = c + 1;
  while (k <= ctx.last && k - c < 40 && tk[k]!.norm !== ',') k++;
  if (tk[k]?.norm !== ',' || k === c + 1) return null;
  let from = c + 1;
  // "Asked by Matt Lauer whether …": the one who asked is the source.
  let asker: Group = { from: -1, to: -1 };
  if (tk[from]?.norm === 'by') {
    while (from < k && tk[from]!.kind === 'word' && !QUESTION_WORDS.has(tk[from]!.norm) && tk[from]!.norm !== 'to' && tk[from]!.norm !== 'about') from++;
    let end = from - 1;
    // "Asked by Ingraham on Thursday about …": time words after the name are not part of it.
    while (end > c + 2 && (TIME.has(tk[end]!.norm) || tk[end]!.norm === 'on')) end--;
    if (end >= c + 2 && end - c < 10) asker = { from: c + 2, to: end };
  }
  const content = contentOf(ctx, from, k - 1);
  if (!content) return null;
  return { speakerSpan: groupSpan(ctx, asker), speakerForm: speakerForm(ctx, asker), cue: makeCue(ctx, c, c), content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** Finite stance verbs that take their object before them in a relative clause: "which he once supported". */
const HELD_STANCES = new Set(['supported', 'supports', 'support', 'opposed', 'opposes', 'oppose', 'backed', 'backs', 'endorsed', 'endorses', 'favored', 'favors', 'favor']);
/** Words between the subject and such a verb: "had backed", "couldn't support", "once supported". */
const HELD_BETWEEN = new Set(['had', 'has', 'have', "hadn't", "hasn't", "haven't", 'did', 'does', 'do', "didn't", "don't", "doesn't", 'could', "couldn't", 'would', "wouldn't", 'can', "can't", 'will', "won't", 'once', 'also', 'still', 'even', 'long', 'never', 'always', 'now', 'not']);
const HELD_RELATIVES = new Set(['who', 'whom', 'which', 'that']);
/** Words that show the words before the verb are no plain subject: "potential for developing". */
const PREPOSITIONS_IN_GROUP = new Set(['for', 'to', 'with', 'by', 'from', 'on', 'at', 'about', 'against', 'into']);
/** What may follow the verb when its object is the relative word: a time, a place, a reason, or nothing. */
const HELD_AFTER = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'before', 'after', 'until', 'since', 'when', 'because', 'as']);

/**
 * "the trade deal, which Cole once supported,", "a candidate who many party members strongly oppose":
 * the relative word is what the one between it and the verb backs or opposes.
 */
function relativeStance(ctx: SentenceContext, c: number): Found | null {
  const tk = ctx.tokens;
  const next = tk[c + 1];
  if (next !== undefined && next.kind === 'word' && !HELD_AFTER.has(next.norm)) return null;
  let to = c - 1;
  while (to >= 0 && isWord(tk[to]) && (HELD_BETWEEN.has(tk[to]!.norm) || isAdverb(tk[to]!))) to--;
  let from = to;
  while (from >= 0 && to - from < 7 && isWord(tk[from]) && !HELD_RELATIVES.has(tk[from]!.norm) && !(isFiniteVerb(tk[from]!.norm) && !tk[from]!.capital)) from--;
  const rel = tk[from];
  if (from === to || from <= 0 || !isWord(rel) || !HELD_RELATIVES.has(rel.norm)) return null;
  // "bipartisan support that", "in Democrats' favor": a bare form right after a modifier or an owner is a noun.
  const last = tk[to]!;
  const bare = !tk[c]!.norm.endsWith('s') && !tk[c]!.norm.endsWith('ed');
  if (to === c - 1 && (last.norm.endsWith("'") || last.norm.endsWith("'s") || (bare && !PRONOUNS.has(last.norm) && !last.norm.endsWith('s')))) return null;
  for (let k = from + 1; k <= to; k++) if (PREPOSITIONS_IN_GROUP.has(tk[k]!.norm) || tk[k]!.norm.endsWith('ing')) return null;
  const group: Group = { from: from + 1, to };
  return { speakerSpan: groupSpan(ctx, group), speakerForm: speakerForm(ctx, group), cue: makeCue(ctx, c, c), content: [{ start: rel.start, end: rel.end }], kind: 'indirect', trailing: false };
}

// Rules keyed on one word ("reported", "expected", a stance adjective, a stance role such as
// "critic", a backing noun, a stance verb whose object is the relative word before it), tried in
// this order; after a match the sentence loop skips the word after the key too, since most read the
// two as one cue ("reported by", "critic of"), and after "which he once supported" only a time, a
// place or a reason can follow, no cue.
const KEYED_RULES: ReadonlyArray<readonly [Iterable<string>, (ctx: SentenceContext, c: number) => Found | null]> = [
  [['reported'], reportedBy],
  [['expected'], expectedTo],
  [STANCE_ADJECTIVES, stanceAdjective],
  [STANCE_ROLES, stanceRole],
  [BACKING_NOUNS, gainedBacking],
  [HELD_STANCES, relativeStance],
];

// Each key word's rules in the order above: the sentence loop asks one map per word instead of one
// word list per rule.
const RULES_BY_KEY = new Map<string, Array<(ctx: SentenceContext, c: number) => Found | null>>();
for (const [keys, read] of KEYED_RULES) {
  for (const key of keys) {
    const reads = RULES_BY_KEY.get(key) ?? [];
    reads.push(read);
    RULES_BY_KEY.set(key, reads);
  }
}

function keyedRule(ctx: SentenceContext, c: number): Found | null {
  const reads = RULES_BY_KEY.get(ctx.tokens[c]!.norm);
  if (reads === undefined) return null;
  for (const read of reads) {
    const found = read(ctx, c);
    if (found) return found;
  }
  return null;
}

/** Words that set the time of an opening participle's act: "After saying …, the man …". */
const TIME_OPENERS = new Set(['after', 'since', 'before', 'while', 'upon', 'when', 'despite', 'besides']);

/**
 * Whether the word before `c` is a time opener ("After saying …", "Despite challenging …", "In
 * addition to stating …") that opens the sentence, alone or after "But", "And", ….
 */
function timeOpenerBefore(tk: Token[], c: number): boolean {
  let at = c - 1;
  if (at >= 2 && tk[at]!.norm === 'to' && tk[at - 1]!.norm === 'addition' && tk[at - 2]!.norm === 'in') at -= 2;
  else if (at < 0 || !TIME_OPENERS.has(tk[at]!.norm)) return false;
  return at === 0 || (at === 1 && isWord(tk[0]) && SENTENCE_OPENERS.has(tk[0]!.norm));
}

/**
 * "Supporters rallied outside, in the hope that the board will …", "She barnstormed the state in hopes
 * of upsetting her rival": what the clause's subject hopes for follows "that", "of" and an -ing form, or
 * a clause.
 */
function inHopeOf(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  const tk = ctx.tokens;
  const entry = cueEntry('hope');
  if (!entry) return null;
  const at = tk[c - 1]!.norm === 'in' ? c - 1 : c - 2;
  let end = c;
  if (tk[c + 1]?.norm === 'of') {
    if (!isWord(tk[c + 2]) || !tk[c + 2]!.norm.endsWith('ing')) return null;
    end = c + 1;
  }
  const speaker = mainSubject(ctx, at);
  if (speaker.from < 0 || speaker.to >= at) return null;
  const found = contentAfterCue(ctx, end, entry, makeCue(ctx, at, end), groupSpan(ctx, speaker), speakerForm(ctx, speaker));
  return found ? { found, end } : null;
}

type Spanning = (ctx: SentenceContext, c: number) => { found: Found; end: number } | null;

// Rules whose statement reaches past the word that triggers them, each with the test that lets it
// try, in this order; the sentence loop goes on after the statement's last word.
const SPANNING_RULES: ReadonlyArray<readonly [(tk: Token[], c: number) => boolean, Spanning]> = [
  // "The plan was criticized by the union"
  [(tk, c) => c >= 2 && !tk[c]!.capital && (tk[c]!.norm.endsWith('ed') || tk[c]!.norm.endsWith('n') || tk[c]!.norm === 'said' || tk[c]!.norm === 'told'), passiveByAgent],
  // "Noting that …, the mayor said …"
  [(tk, c) => tk[c]!.norm.endsWith('ing') && (c === 0 || (isWord(tk[c - 1]) && SENTENCE_OPENERS.has(tk[c - 1]!.norm) && c <= 2)), openingParticiple],
  // "After saying he was nervous, the man …", "Since announcing that he would not run, Cole has …"
  [(tk, c) => tk[c]!.norm.endsWith('ing') && timeOpenerBefore(tk, c), openingParticiple],
  // "protested outside, in the hope that the board will …", "toured the state in hopes of upsetting …"
  [(tk, c) => (tk[c]!.norm === 'hope' || tk[c]!.norm === 'hopes') && c >= 2 && (tk[c - 1]!.norm === 'in' || (tk[c - 1]!.norm === 'the' && tk[c - 2]!.norm === 'in')), inHopeOf],
  // "won the vote by promising …"
  [(tk, c) => c >= 1 && MEANS_PREPOSITIONS.has(tk[c - 1]!.norm) && tk[c]!.norm.endsWith('ing'), meansParticiple],
  // "thanked the crowd before explaining why …"
  [(tk, c) => sequenceParticipleAt(tk, c - 1), meansParticiple],
  // "used her speech to call for …"
  [(tk, c) => c >= 2 && (tk[c - 1]!.norm === 'to' || (c >= 3 && tk[c - 2]!.norm === 'to' && isWord(tk[c - 1]) && isAdverb(tk[c - 1]!))) && !tk[c]!.capital, infinitiveCue],
];

function spanningRule(ctx: SentenceContext, c: number): { found: Found; end: number } | null {
  for (const [tries, read] of SPANNING_RULES) {
    if (!tries(ctx.tokens, c)) continue;
    const found = read(ctx, c);
    if (found) return found;
  }
  return null;
}

function attributeSentence(ctx: SentenceContext): Found[] {
  const tk = ctx.tokens;
  const found: Found[] = [];
  const headline = colonHeadline(ctx) ?? ownedLabel(ctx);
  if (headline) found.push(headline);
  const poll = inThePoll(ctx);
  if (poll) found.push(poll);
  const viewer = poll ? null : forViewer(ctx);
  if (viewer) found.push(viewer);
  for (let c = 0; c <= ctx.last; c++) {
    const t = tk[c]!;
    if (t.norm === ':' && tk[c + 1]?.kind === 'quote' && !found.some((f) => f.quote === tk[c + 1]!.quote)) {
      const q = colonQuote(ctx, c) ?? (found.length === 0 ? quoteAfterSubject(ctx, c) : null);
      if (q) found.push(q);
      continue;
    }
    // "Pollsters agree - Ann Cole: “…”": a name set off by a dash before the colon owns the quotation,
    // not a cue in the line before the dash (a digest's headline for the excerpt).
    if (t.norm === ':' && tk[c + 1]?.kind === 'quote' && dashedName(tk, c)) {
      const q = colonQuote(ctx, c);
      if (q) {
        for (let i = found.length - 1; i >= 0; i--) if (found[i]!.quote === tk[c + 1]!.quote) found.splice(i, 1);
        found.push(q);
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    if ((t.norm === 'a' || t.norm === 'an') && c >= 2) {
      const summary = summaryObjectAt(tk, c);
      if (summary && summary.cue <= ctx.last) {
        const speaker = { from: summary.speakerFrom, to: summary.speakerTo };
        found.push({ speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, summary.cue, summary.cue), content: [{ start: tk[summary.from]!.start, end: tk[summary.to]!.end }], kind: 'indirect', trailing: false });
        ctx.floor = summary.cue + 1;
        c = summary.cue;
        continue;
      }
      // "…, a fact later confirmed by the department": the agent after "by" speaks.
      const passive = summaryPassiveAt(tk, c);
      if (passive && passive.speakerTo <= ctx.last) {
        const speaker = { from: passive.speakerFrom, to: passive.speakerTo };
        found.push({ speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, passive.cue, passive.cue), content: [{ start: tk[passive.from]!.start, end: tk[passive.to]!.end }], kind: 'indirect', trailing: false });
        ctx.floor = passive.speakerTo + 1;
        c = passive.speakerTo;
        continue;
      }
    }
    if (t.norm === 'in' && c > 2 && !(poll && c === 0)) {
      const p = inPollAfter(ctx, c);
      if (p && !found.some((f) => f.content.some((sp) => sp.end > p.content[0]!.start && sp.start < p.cue!.start))) found.push(p);
    }
    // "Mrs. Cole was, in the words of an aide, the favorite": the aside's owner holds what follows it.
    // ("in my view" inside a quotation is the quoted speaker's; "in X's view" is read as a noun cue.)
    if (t.norm === 'in' && c > 1 && tk[c - 1]!.norm === ',' && !/^(?:my|our|your)$/.test(tk[c + 1]?.norm ?? '') && tk[c + 2]?.norm !== 'view') {
      const v = inTheirView(ctx, c);
      if (v) {
        found.push(v.found);
        c = v.next - 1;
        continue;
      }
    }
    if (t.norm === 'in' && (c === 0 || (c === 1 && isWord(tk[0]) && ACCORDING_OPENERS.has(tk[0]!.norm)))) {
      const v = inTheirView(ctx, c);
      if (v) {
        found.push(v.found);
        ctx.floor = v.next;
        c = v.next - 1;
        continue;
      }
    }
    if ((t.norm === 'by' || t.norm === 'under') && (c === 0 || (c === 1 && isWord(tk[0]) && ACCORDING_OPENERS.has(tk[0]!.norm)))) {
      const r = byTheirReckoning(ctx, c);
      if (r) {
        found.push(r.found);
        ctx.floor = r.next;
        c = r.next - 1;
        continue;
      }
    }
    if (t.norm === 'according' && tk[c + 1]?.norm === 'to') {
      const a = accordingTo(ctx, c);
      if (a) {
        found.push(a);
        ctx.floor = c + 2;
      }
      continue;
    }
    if (t.norm === 'asked' && (c === 0 || (c === 1 && (tk[0]!.norm === 'when' || tk[0]!.norm === 'if')))) {
      const a = askedClause(ctx, c);
      if (a) {
        found.push(a);
        continue;
      }
    }
    if (t.norm === 'asked' && c > 0) {
      const q = wasAsked(ctx, c);
      if (q) {
        found.push(q);
        continue;
      }
    }
    if ((t.norm === 'put' || t.norm === 'puts') && c > 1) {
      const p = asPutIt(ctx, c);
      if (p) {
        found.push(p);
        c++;
        continue;
      }
    }
    const keyed = keyedRule(ctx, c);
    if (keyed) {
      found.push(keyed);
      c++;
      continue;
    }
    if (POINT_NOUNS.has(t.norm) && c > 0) {
      const owned = ownedPointIs(ctx, c);
      if (owned) {
        found.push(owned.found);
        ctx.floor = owned.end + 1;
        c = owned.end;
        continue;
      }
    }
    const noun = nounCue(ctx, c) ?? fromNounCue(ctx, c) ?? (RESPONSE_NOUNS.has(t.norm) ? gainedBacking(ctx, c) : null);
    if (noun) {
      found.push(noun);
      c++;
      continue;
    }
    const spanning = spanningRule(ctx, c);
    if (spanning) {
      mendExpletive(ctx, spanning.found, c);
      found.push(spanning.found);
      ctx.floor = spanning.end + 1;
      c = spanning.end;
      continue;
    }
    const cue = isCue(ctx, c) ?? (t.capital || NOT_BEFORE_VERB.has(tk[c - 1]?.norm ?? '') ? null : phraseCue(tk, c));
    if (!cue) continue;
    const relative = objectRelative(ctx, c, cue.end, cue.entry) ?? demonstrativeObject(ctx, c, cue.end, cue.entry);
    if (relative) {
      found.push(relative);
      ctx.floor = cue.end + 1;
      c = cue.end;
      continue;
    }
    const a = attributeCue(ctx, c, cue.end, cue.entry, found) ?? trailingGroupSpeaker(ctx, c, cue.end, cue.entry);
    if (a && !a.trailing && a.kind === 'indirect' && c >= 2 && tk[c - 1]!.norm === 'which' && tk[c - 2]!.norm === ',') {
      // "The union, which endorsed Cole in May, has grown": the relative clause ends at its comma.
      let to = cue.end + 1;
      while (to < ctx.last && tk[to + 1]!.norm !== ',') to++;
      const inner = contentOf(ctx, cue.end + 1, to);
      if (inner && inner.spans[0]!.start >= a.content[0]!.start) {
        a.content = [{ start: a.content[0]!.start, end: Math.min(a.content[0]!.end, inner.spans[inner.spans.length - 1]!.end) }];
      }
    }
    if (a && cue.entry === BACKING) {
      // "a group backing Bush began March with …": who is backed is a name, not the clause after it.
      let to = c + 1;
      while (to < ctx.last && isWord(tk[to + 1]) && !(CLAUSE_STOP.has(tk[to + 1]!.norm) && tk[to + 1]!.norm !== 'of') && !(!tk[to + 1]!.capital && isFiniteVerb(tk[to + 1]!.norm))) to++;
      const named = contentOf(ctx, c + 1, to);
      if (named) {
        a.content = named.spans;
        a.kind = named.kind;
      }
    }
    if (a) {
      mendSpeaker(ctx, a, c);
      found.push(a);
      ctx.floor = cue.end + 1;
    }
    c = cue.end;
  }
  const opening = openingQuoteSpeaker(ctx, found);
  if (opening) found.unshift(opening);
  // "In an Instagram video Thursday, Trump speculated …": the clause has its own speaker.
  // "In a CNN poll, 50 percent of voters said …" stays the poll's: a share of those asked answers it.
  if (poll && found.some((f) => f !== poll && f.speakerSpan !== null && (f.speakerForm === 'name' || f.speakerForm === 'pronoun') && f.cue !== null && f.cue.start > poll.cue!.end && !isShare(ctx.text, f.speakerSpan))) return withPollShares(ctx.text, found.filter((f) => f !== poll));
  // "In a CNN poll, 38 percent said …, while 60 percent said …": every share the poll gives is the poll's finding.
  if (poll) for (const f of found) if (f !== poll && f.speakerSpan && isShare(ctx.text, f.speakerSpan)) f.speakerSpan = poll.speakerSpan;
  return withPollShares(ctx.text, found);
}

/** Nouns that name a count of answers: what a share after them answered. */
const COUNT_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'data', 'results', 'census', 'tally']);

/**
 * "The poll found 60 percent back Cole, while 23 percent favored Smith": a share after "while", "and" or a
 * semicolon answered the same poll, so its clause stays in what the poll found; so do a phrase after ", with"
 * and a contrast after "while" in what a poll or a count found (the contrast unless its verb is one of speaking).
 */
function withPollShares(text: string, found: Found[]): Found[] {
  if (found.length < 2) return found;
  let out = found;
  for (const f of found) {
    if (!f.speakerSpan || !out.includes(f)) continue;
    const counted = text.slice(f.speakerSpan.start, f.speakerSpan.end).toLowerCase().split(/[^a-z]+/).some((w) => COUNT_NOUNS.has(w));
    // "The study found riders favored the tram, 60 percent to 20 percent, while drivers favored the bus".
    const finding = counted || (!!f.cue && cueEntry(f.cue.text.toLowerCase())?.cls === 'evidence');
    if (!finding) continue;
    const last = f.content[f.content.length - 1]!;
    const share = out.find((g) => {
      if (g === f || g.speakerSpan === null || g.speakerSpan.start < last.end || g.speakerSpan.start > last.end + 60) return false;
      const between = text.slice(last.end, g.speakerSpan.start);
      // Not "The audit found …, while the council claimed …": a verb of speaking says something of its own.
      // "The poll showed Cole ahead, with 13 percent supporting another candidate": the rest of the finding.
      if (/^\s*,\s*with\s*$/.test(between)) return true;
      return (/^(?:,\s*[\d.]+\s*(?:percent|%)\s*to\s*[\d.]+\s*(?:percent|%)?)?\s*,\s*(?:while|whereas)\s*$/.test(between) && !!g.cue && cueEntry(g.cue.text.toLowerCase())?.cls !== 'speech') || (counted && isShare(text, g.speakerSpan) && /^\s*(?:,\s*(?:while|whereas|and)|;)\s*$/.test(between));
    });
    if (!share) continue;
    f.content = [...f.content.slice(0, -1), { start: last.start, end: share.content[share.content.length - 1]!.end }];
    out = out.filter((g) => g !== share);
  }
  return out;
}

const EXPLETIVES = new Set(['it', 'there', "it's", "there's"]);
const MODAL_BEFORE_BE = new Set(['may', 'might', 'would', 'will', 'could', 'can', 'has', 'had', 'have', 'must', 'should']);

/**
 * "It’s common for reporters to portray …", "There’s still time for Cole to …", "It was at the hearing
 * that Cole made her case, pointing to …", "It took him a day to …, then calling …": an expletive
 * "it" or "there" at `k` holds no view; the one named after "for", after "that", or after "took" does.
 * The group of that one, or none.
 */
function afterExpletive(tk: readonly Token[], k: number, c: number): Group {
  const none = { from: -1, to: -1 };
  const t = tk[k];
  if (!isWord(t) || !EXPLETIVES.has(t.norm) || c - k > 30) return none;
  let v = k + 1;
  if (t.norm === 'it' || t.norm === 'there') {
    const next = tk[v];
    if (!isWord(next)) return none;
    if (MODAL_BEFORE_BE.has(next.norm) && (tk[v + 1]?.norm === 'be' || tk[v + 1]?.norm === 'been')) v += 2;
    else if (BE.has(next.norm) || (t.norm === 'it' && (next.norm === 'took' || next.norm === 'takes'))) v += 1;
    else return none;
  }
  // "It took him …": the one the time was taken from.
  if (tk[v - 1]!.norm === 'took' || tk[v - 1]!.norm === 'takes') return isWord(tk[v]) && OBJECT_PRONOUNS.has(tk[v]!.norm) ? { from: v, to: v } : none;
  for (let i = v; i < c; i++) {
    const w = tk[i]!;
    if (w.kind !== 'word') continue;
    if (w.norm === 'for') {
      // "for news accounts to portray": the words up to "to" name who does it.
      let e = i + 1;
      while (e < c && e - i <= 8 && isWord(tk[e]) && tk[e]!.norm !== 'to' && !CLAUSE_STOP.has(tk[e]!.norm)) e++;
      if (e > i + 1 && tk[e]?.norm === 'to') return { from: i + 1, to: e - 1 };
      return none;
    }
    if (w.norm === 'that' && i > v) {
      // "It was at the hearing that Cole made …": the subject of the clause after "that".
      let e = i + 1;
      while (e < c && e - i <= 6 && isWord(tk[e]) && !(!tk[e]!.capital && isFiniteVerb(tk[e]!.norm)) && !CLAUSE_STOP.has(tk[e]!.norm)) e++;
      return e > i + 1 && e <= c && isWord(tk[e]) && !tk[e]!.capital && isFiniteVerb(tk[e]!.norm) && (tk[i + 1]!.capital || (e === i + 2 && PRONOUNS.has(tk[i + 1]!.norm))) ? { from: i + 1, to: e - 1 } : none;
    }
  }
  return none;
}

/**
 * "… created an opening for Clinton to highlight …", "… enough for Cole and Reyes to agree on …": the
 * name between "for" and the "to" at `c` of an infinitive cue does what the infinitive says. Its group, or none.
 */
function forBeforeInfinitive(tk: readonly Token[], c: number): Group {
  let j = c - 1;
  while (j > 0 && c - j <= 6 && isWord(tk[j]) && tk[j]!.norm !== 'for') j--;
  const first = tk[j + 1];
  if (j < 1 || j >= c - 1 || tk[j]!.norm !== 'for' || !isWord(first) || !(first.capital || OBJECT_PRONOUNS.has(first.norm))) return { from: -1, to: -1 };
  return { from: j + 1, to: c - 1 };
}

/** Gives `a` the one named after an expletive speaker ("It’s common for reporters to …"); whether it did. */
function mendExpletive(ctx: SentenceContext, a: Found, c: number): boolean {
  const span = a.speakerSpan;
  if (!span || !a.cue || span.start > a.cue.start) return false;
  const named = afterExpletive(ctx.tokens, tokenFrom(ctx.tokens, span.start), c);
  if (named.from < 0) return false;
  a.speakerSpan = groupSpan(ctx, named);
  a.speakerForm = speakerForm(ctx, named);
  return true;
}

/** Past participles of seeing and hearing that put a speaker on show: "is shown lecturing", "was heard telling". */
const SEEN_PARTICIPLES = new Set(['shown', 'seen', 'heard', 'caught']);

/**
 * "A federal lawsuit was filed in 2012 alleging …", "Voters are poised to bring order …": a speaker read
 * as one lowercase verb form is no noun phrase; the subject of the clause that verb belongs to speaks.
 * Nor is "the harsh" in "shaken by the harsh talk about …", where the cue heads the noun phrase.
 */
function mendSpeaker(ctx: SentenceContext, a: Found, c: number): void {
  const span = a.speakerSpan;
  if (!span || span.start > a.cue!.start) return;
  const tk = ctx.tokens;
  if (mendExpletive(ctx, a, c)) return;
  let k = c - 1;
  while (k >= 0 && tk[k]!.start > span.start) k--;
  const t = tk[k];
  if (modifiersOnly(ctx, k, c)) {
    // "The most telling promise she has made": the cue heads a noun phrase; a clause after it, or else the clause the phrase sits in, holds it.
    let e = c;
    while (e + 1 < tk.length && tk[e + 1]!.end <= a.cue!.end) e++;
    const next = tk[e + 1];
    const subject = isWord(next) && SUBJECT_PRONOUN.test(next.norm) && isWord(tk[e + 2]) && isClauseVerb(tk, e + 2) ? { from: e + 1, to: e + 1 } : mainSubject(ctx, k);
    if (subject.from >= 0 && (subject.to < k || subject.from > e)) {
      a.speakerSpan = groupSpan(ctx, subject);
      a.speakerForm = speakerForm(ctx, subject);
    }
    return;
  }
  if (!isWord(t) || t.start !== span.start || t.end !== span.end || t.capital) return;
  // "The cleric, who was killed in 2011, is shown lecturing: …": an irregular past participle too.
  if (!(/(?:ed|ing)$/.test(t.norm) || SEEN_PARTICIPLES.has(t.norm) || tagOfLower(t.norm) === 'Infinitive') || tagOfLower(t.norm) === 'Singular' || PRONOUNS.has(t.norm)) return;
  const subject = mainSubject(ctx, k);
  if (subject.from < 0 || subject.to >= k) return;
  a.speakerSpan = groupSpan(ctx, subject);
  a.speakerForm = speakerForm(ctx, subject);
}

const MODIFIER_ONLY = new Set(['Adjective', 'Comparable', 'Superlative', 'Adj|Gerund', 'Adverb']);

/** "the most [telling]", "a leading [advocate]": from `k` up to the cue at `c`, a determiner and modifiers with no noun. */
function modifiersOnly(ctx: SentenceContext, k: number, c: number): boolean {
  const tk = ctx.tokens;
  if (k < 0 || c - k < 2 || !isWord(tk[k]) || !APPOSITIVE_OPENERS.has(tk[k]!.norm)) return false;
  for (let j = k + 1; j < c; j++) {
    const w = tk[j]!;
    if (!isWord(w) || w.capital || !(MODIFIER_ONLY.has(tagOfLower(w.norm) ?? '') || DEGREE.has(w.norm))) return false;
  }
  return true;
}

/** "50 percent of voters", "Sixty-seven percent", "8%": a share of the people a poll asked. */
function isShare(text: string, span: Span): boolean {
  return /\b(?:percent|per cent)\b|%/i.test(text.slice(span.start, span.end));
}

/** "“…” Grubbs said." / "“…” said Nick Merrill, a spokesman.": a quotation with no closing comma. */
function bareQuoteSpeaker(ctx: SentenceContext, q: Token): Found | null {
  const tk = ctx.tokens;
  const inner = trimSpan(ctx.text, q.quote!.inner);
  if (!inner) return null;
  const speechAt = (i: number): boolean => isWord(tk[i]) && !tk[i]!.capital && cueEntry(tk[i]!.norm)?.cls === 'speech';
  // Inverted: "said Nick Merrill"
  if (speechAt(1) && isWord(tk[2]) && tk[2]!.capital) {
    const speaker = speakerRight(ctx, 1);
    if (speaker.from < 0 || !(speaker.to >= ctx.last || tk[speaker.to + 1]!.norm === ',')) return null;
    return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, 1, 1), content: [inner], kind: 'direct', quote: q.quote, trailing: true };
  }
  let c = 1;
  while (c <= ctx.last && c <= 4 && isWord(tk[c]) && !speechAt(c)) c++;
  if (c === 1 || !speechAt(c) || !(isWord(tk[1]) && (tk[1]!.capital || PRONOUNS.has(tk[1]!.norm)))) return null;
  if (c < ctx.last && !(tk[c + 1]!.norm === ',' || (isWord(tk[c + 1]) && TRAILER.has(tk[c + 1]!.norm) && tk[c + 1]!.norm !== 'that'))) return null;
  const speaker = { from: 1, to: c - 1 };
  return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, c), content: [inner], kind: 'direct', quote: q.quote, trailing: true };
}

/** A verb of saying not in the lexicon, read from its place after a quotation. */
const SAID_AS: CueEntry = { lemma: 'say', cls: 'speech', participle: false };

/** Nothing but a particle, an adverb or a trailer follows the verb at `c` to the sentence end. */
function endsAfterVerb(ctx: SentenceContext, c: number): boolean {
  const tk = ctx.tokens;
  let k = c + 1;
  while (k <= ctx.last && k - c <= 2 && isWord(tk[k]) && (['back', 'up', 'out', 'on', 'in', 'off', 'again'].includes(tk[k]!.norm) || isAdverb(tk[k]!))) k++;
  return k > ctx.last || tk[k]!.norm === ',' || (isWord(tk[k]) && TRAILER.has(tk[k]!.norm) && !['and', 'but', 'that'].includes(tk[k]!.norm));
}

/**
 * "“…,” the economist Ann Cole, a former adviser to the mayor, wrote on her blog.": a quotation
 * opens the sentence and a long speaker stands between it and the cue. The speaker runs to its
 * first comma.
 */
function openingQuoteSpeaker(ctx: SentenceContext, found: Found[]): Found | null {
  const tk = ctx.tokens;
  const q = tk[0];
  if (!q || q.kind !== 'quote' || ctx.last < 2 || !isWord(tk[1])) return null;
  if (found.some((f) => f.content.some((sp) => sp.start < q.end && q.start < sp.end))) return null;
  // "“The caucus is a battle of niches” Grubbs said.": without the comma, only a short name and a cue
  // that closes the sentence tie the quotation to its speaker.
  const open = !/[,?!—–-…][\s'’‘"]*$/.test(ctx.text.slice(q.quote!.inner.start, q.quote!.inner.end));
  if (open) return bareQuoteSpeaker(ctx, q);
  // "“…,” fumed Pat Toomey, the senator.": an inverted verb and a name.
  const v = tk[1]!;
  if (!v.capital && !cueEntry(v.norm) && v.norm.length > 4 && v.norm.endsWith('ed') && isWord(tk[2]) && tk[2]!.capital) {
    let to = 2;
    while (to < ctx.last && to < 7 && isWord(tk[to + 1]) && (tk[to + 1]!.capital || tk[to + 1]!.norm === 'of')) to++;
    if (to === ctx.last || tk[to + 1]!.norm === ',') {
      const inner = trimSpan(ctx.text, q.quote!.inner);
      const speaker = { from: 2, to };
      if (inner) return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, 1, 1), content: [inner], kind: 'direct', quote: q.quote, trailing: true };
    }
  }
  let comma = -1;
  for (let c = 1; c <= ctx.last && c <= 30; c++) {
    const t = tk[c]!;
    if (t.kind === 'quote' || t.norm === ';' || t.norm === ':') return null;
    if (t.kind === 'punct') {
      if (t.norm === ',' && comma < 0) comma = c;
      continue;
    }
    let entry = t.capital ? undefined : cueEntry(t.norm);
    // "“…,” Trump shot back.", "“…,” an angry Hollande retaliated.": after a quotation and a short
    // name, a verb that ends the sentence is how it was said, cue or not.
    if (!entry && !t.capital && c >= 2 && c <= 6 && comma < 0 && (isFiniteVerb(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ed')) || t.norm === 'shot') && !BE.has(t.norm) && !BE.has(tk[c - 1]!.norm) && !BETWEEN.has(tk[c - 1]!.norm) && endsAfterVerb(ctx, c)) entry = SAID_AS;
    if (!entry) continue;
    if (entry.cls !== 'speech' || c === 1 || CLAUSE_STOP.has(tk[c - 1]!.norm)) return null;
    let to = (comma > 0 ? comma : c) - 1;
    while (to > 1 && isWord(tk[to]) && (BETWEEN.has(tk[to]!.norm) || isAdverb(tk[to]!))) to--;
    const speaker = { from: 1, to };
    const inner = trimSpan(ctx.text, q.quote!.inner);
    if (!inner) return null;
    return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue: makeCue(ctx, c, c), content: [inner], kind: 'direct', quote: q.quote, trailing: true };
  }
  return null;
}

/** The name that opens a sentence: "Ebeling reminisced …, and said". */
function sentenceSubject(ctx: SentenceContext): Group {
  const tk = ctx.tokens;
  let from = 0;
  // A dateline is not the subject: "WASHINGTON (Reuters) — Sen. Ann Cole …"
  const raw0 = tk[0] ? ctx.text.slice(tk[0].start, tk[0].end) : '';
  if (raw0.length > 1 && raw0 === raw0.toUpperCase() && /[A-Z]/.test(raw0)) {
    let k = 1;
    while (k <= ctx.last && k < 8 && !['—', '–', '―', '-', '--'].includes(tk[k]!.norm)) k++;
    if (k <= ctx.last && k < 8) from = k + 1;
  }
  // "On Monday, the senator …": an opening phrase set off by a comma is not the subject.
  const first = tk[from];
  if (isWord(first) && (CLAUSE_STOP.has(first.norm) || TIME.has(first.norm) || FENCED.has(first.norm) || first.norm.endsWith('ing') || ADVERBIAL_OPENERS.has(first.norm) || tagOfLower(first.norm) === 'Preposition')) {
    let k = from + 1;
    while (k <= ctx.last && k - from < 20 && (tk[k]!.norm !== ',' || placeComma(tk, k))) k++;
    if (tk[k]?.norm !== ',') return { from: -1, to: -1 };
    from = k + 1;
    // "And even Obama tried to help, noting …": past the only comma is a participle, not a subject.
    const next = tk[from];
    if (isWord(next) && !next.capital && next.norm.endsWith('ing')) return { from: -1, to: -1 };
  }
  let i = from;
  while (i <= ctx.last && i - from < 10) {
    const t = tk[i]!;
    if (!isWord(t)) break;
    // "Ann Cole put off …": a base verb right after a name is its verb.
    if (i > from && (BETWEEN.has(t.norm) || BE.has(t.norm) || CLAUSE_STOP.has(t.norm) && t.norm !== 'of' || cueEntry(t.norm) || (!t.capital && (/ed$/.test(t.norm) || isFiniteVerb(t.norm) || (tk[i - 1]!.capital && tagOfLower(t.norm) === 'Infinitive'))))) break;
    i++;
  }
  if (i === from || i - from >= 10) return { from: -1, to: -1 };
  if (i === from + 1 && NOT_BEFORE_VERB.has(tk[from]!.norm)) return { from: -1, to: -1 };
  return { from, to: i - 1 };
}

/** The sentence's subject when it is a name or a noun phrase ending before `before`, not an opening word set off by a comma. */
function openingName(ctx: SentenceContext, before: number): Group {
  const tk = ctx.tokens;
  const subject = sentenceSubject(ctx);
  if (subject.from < 0 || subject.to >= before || tk[subject.to + 1]?.norm === ',') return { from: -1, to: -1 };
  return tk[subject.from]!.capital || SUBJECT_STARTS.has(tk[subject.from]!.norm) ? subject : { from: -1, to: -1 };
}

/** A subject pronoun, alone or with a contracted auxiliary: "she", "she's", "they've". */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)(?:'s|'re|'ve|'d|'ll|'m)?$/;

/** Words that open a sentence without belonging to its subject: "But Trump went further". */
const SENTENCE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'then', 'also', 'instead', 'meanwhile', 'however', 'indeed', 'or', 'plus', 'thus']);
/** Auxiliaries and forms of "be" that carry a clause's tense: the subject stands right before them. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'did', 'does', 'do', "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "can't", 'cannot', "couldn't", "didn't", "doesn't", "don't"]);

/**
 * The subject of the clause a participle hangs on: "Hours later, Trump returned the compliment,
 * telling …", "Washington (AFP) – Democrat Hillary Clinton has taken a swipe …, saying …". The
 * first finite verb of the sentence, past an opening phrase set off by a comma, and the noun phrase
 * before it.
 */
function mainSubject(ctx: SentenceContext, before: number): Group {
  const near = pronounSubject(ctx, before);
  if (near.from >= 0) return near;
  // "Ryan, who a week ago surprised Trump by declaring …": the relative clause the cue continues speaks.
  // Not past the comma that closes it: "FIFA, who is under investigation, saying …" speaks for the main clause.
  const relative = ctx.tokens[before]?.norm === ',' ? { from: -1, to: -1 } : relativeSubject(ctx, before);
  if (relative.from >= 0) return relative;
  // "…, when protesters interrupted her speech, shouting …": the nearest clause with a subject of its own speaks.
  const late = lateClauseStart(ctx, before);
  if (late > 0) {
    const g = clauseSubject(ctx, before, late);
    if (g.from >= 0) return g;
  }
  return clauseSubject(ctx, before, -1);
}

/** Words before a subject pronoun that make its clause part of another: "after he clinched", "what he said", "how he would". */
const EMBEDDING = new Set(['that', 'which', 'if', 'whether', 'after', 'before', 'once', 'since', 'until', 'whom', 'whose', 'what', 'how', 'than', 'because', 'why', 'where', 'unless']);

/**
 * "…; he helped broker a truce and decided …", "as they pushed against the standards and
 * encouraged …": the nearest subject pronoun before `before` names the one whose verbs run on to
 * the cue, unless it opens a reported clause ("Trump said he would …") or an aside ("…,'' he said, …").
 */
function pronounSubject(ctx: SentenceContext, before: number): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  for (let k = before - 1; k >= 0 && before - k < 30; k--) {
    const t = tk[k]!;
    if (t.kind === 'quote') return none;
    if (!isWord(t) || !SUBJECT_PRONOUN.test(t.norm)) continue;
    const p = tk[k - 1];
    if (isWord(p) && (EMBEDDING.has(p.norm) || cueEntry(p.norm))) return none;
    const n = tk[k + 1];
    if (isWord(n) && cueEntry(n.norm) && (tk[k + 2]?.norm === ',' || tk[k + 2]?.kind === 'quote' || (tk[k + 2] !== undefined && isDash(tk[k + 2]!)))) return none;
    // "As they met in Ottawa, Trump was …", "She recanted, and the book included …": a later clause has a subject of its own.
    for (let j = k + 2; j < before; j++) {
      const w = tk[j]!;
      if (!isWord(w) || !(w.capital || SUBJECT_STARTS.has(w.norm))) continue;
      const b = tk[j - 1]!;
      if (b.norm === ',' || isDash(b) || ((b.norm === 'and' || b.norm === 'but') && tk[j - 2]?.norm === ',')) return none;
    }
    return { from: k, to: k };
  }
  return none;
}

/** Words that open a later clause with a subject of its own: "…, where about 50 protesters had gathered, chanting …". */
const LATE_CLAUSE = new Set(['when', 'where', 'though', 'although', 'while', 'because', 'whereas']);
const SUBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'about', 'some', 'many', 'most', 'several', 'top']);

function commaBetween(tk: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (tk[j]!.norm === ',') return true;
  return false;
}

/** Whether a subject opens at `from` and a verb follows it within a few words, before any punctuation and before `before`. */
function asClauseVerb(ctx: SentenceContext, from: number, before: number): boolean {
  const tk = ctx.tokens;
  const n = tk[from];
  if (!isWord(n) || !(n.capital || SUBJECT_PRONOUN.test(n.norm) || SUBJECT_STARTS.has(n.norm))) return false;
  for (let j = from + 1; j < before && j - from <= 6; j++) {
    if (!isWord(tk[j])) return false;
    // "as an agent in Clinton's decline": after a determiner or a possessive, a cue word is a noun.
    if (isClauseVerb(tk, j) && !NOT_BEFORE_VERB.has(tk[j - 1]!.norm) && !/['’]s$/.test(tk[j - 1]!.norm)) return true;
  }
  return false;
}

/** Words that open a clause only when a verb follows their subject: "as Cole echoed", "after Cole entered". */
const LATE_TIME_CLAUSE = new Set(['as', 'after', 'before']);

/** Whether a word before `at` (within a clause's reach) is a cue. */
function cueBefore(tk: Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j < 20; j--) if (isWord(tk[j]) && !tk[j]!.capital && cueEntry(tk[j]!.norm)) return true;
  return false;
}

/** Whether a comma between `from` and `before` is followed by a name or a subject pronoun and then a clause verb: a new clause. */
function closedBeforeSubject(tk: Token[], from: number, before: number): boolean {
  for (let j = from + 1; j < before - 1; j++) {
    if (tk[j]!.norm !== ',') continue;
    const n = tk[j + 1];
    if (!isWord(n) || !(n.capital || SUBJECT_PRONOUN.test(n.norm))) continue;
    for (let k = j + 2; k < before && k - j <= 6 && isWord(tk[k]); k++) if (isClauseVerb(tk, k)) return true;
  }
  return false;
}

/** The token after the last clause word before `before` that a subject follows, or -1. */
function lateClauseStart(ctx: SentenceContext, before: number): number {
  const tk = ctx.tokens;
  for (let k = before - 1; k > 1 && before - k < 30; k--) {
    const t = tk[k]!;
    if (t.kind === 'quote') return -1;
    // "…, as Cole echoed the criticism, saying …": "as" opens a clause only when a verb follows its subject
    // (not "defended him as a mainstream candidate, arguing …").
    // "… erupted after the tycoon entered the race, calling …": so does "after" or "before".
    // Not "Bradley apologized after they came out, saying …": a cue before the clause has the say.
    if (t.kind === 'word' && LATE_TIME_CLAUSE.has(t.norm) && asClauseVerb(ctx, k + 1, before) && !commaBetween(tk, k, before) && (t.norm === 'as' || !cueBefore(tk, k))) return k + 1;
    if (t.kind !== 'word' || !LATE_CLAUSE.has(t.norm)) continue;
    // "In a year when Bill's policies faced scrutiny, Hillary Clinton is …, zeroing in on …": a clause closed by a comma before a new subject is over.
    if (closedBeforeSubject(tk, k, before)) return -1;
    // "… protested outside the hotel where the board met, hoping …": a "where" right after its noun
    // tells of the place; the ones the participle speaks for are the main clause's.
    if (t.norm === 'where' && isWord(tk[k - 1]) && !tk[k - 1]!.capital && !CLAUSE_STOP.has(tk[k - 1]!.norm)) continue;
    const n = tk[k + 1];
    if (isWord(n) && (n.capital || PRONOUNS.has(n.norm) || SUBJECT_STARTS.has(n.norm) || /^\d/.test(n.norm))) return k + 1;
    return -1;
  }
  return -1;
}

/**
 * "a factory in Dayton, Ohio, saying …": the comma between a place and its state or country (with
 * the comma after it) is inside a phrase, not the end of an opening phrase.
 */
function placeComma(tk: Token[], k: number): boolean {
  const place = tk[k - 1];
  const state = tk[k + 1];
  if (!isWord(place) || !place.capital || !isWord(state) || !state.capital || tk[k + 2]?.norm !== ',') return false;
  return isPlaceTag(tagOfLower(state.norm)) || /^(?:[a-z]{2,5}\.|(?:[a-z]\.){2})$/.test(state.norm);
}

function clauseSubject(ctx: SentenceContext, before: number, start: number): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  let from = Math.max(start, 0);
  // "He was challenged …, but he talked more …, saying": the last clause with a subject of its own.
  for (let k = before - 1; start < 0 && k > 1 && before - k < 40; k--) {
    const t = tk[k]!;
    if ((t.norm === 'but' || t.norm === 'and') && tk[k - 1]!.norm === ',' && isWord(tk[k + 1]) && (tk[k + 1]!.capital || PRONOUNS.has(tk[k + 1]!.norm) || SUBJECT_STARTS.has(tk[k + 1]!.norm))) {
      from = k + 1;
      break;
    }
  }
  while (from < before && isWord(tk[from]) && SENTENCE_OPENERS.has(tk[from]!.norm)) from++;
  // "While most of his rivals called for …, Trump hewed …", "Speaking in Salem, Trump said …", "Amid the calls, …"
  // "Shortly after the merger, the families had mobilized, warning …": an opening adverb's phrase too.
  // "Finally, as the debate came to a close, Clinton delivered …": one opening phrase may follow another.
  let opener = -1;
  for (let round = 0; round < 3 && opener < 0; round++) {
    const first = tk[from];
    // "Ever since she endorsed Cole, …", "The night before, at a rally, …", "The next day, …": a time phrase opens the sentence too.
    const timed = isWord(first) && (first.norm === 'ever' || (first.norm === 'the' && isWord(tk[from + 1]) && (TIME.has(tk[from + 1]!.norm) || DAY_OPENERS.has(tk[from + 1]!.norm))));
    if (!(isWord(first) && (timed || CLAUSE_STOP.has(first.norm) || first.norm.endsWith('ing') || tagOfLower(first.norm) === 'Preposition' || ADVERBIAL_OPENERS.has(first.norm) || isAdverb({ ...first, capital: false })))) break;
    let k = from + 1;
    while (k < before && k - from < 25 && (!closesWithComma(ctx, tk[k]!) || placeComma(tk, k))) k++;
    const closed = k < before - 1 && closesWithComma(ctx, tk[k]!);
    // A second phrase only when a comma closes it, and not "Outside the arena, about 200 protesters gathered, …".
    if (round > 0 && (!closed || SUBJECT_STARTS.has(first.norm))) break;
    // "On Sunday Mr. Trump made a third attempt …, writing": an opening phrase with no comma ends where the subject's name starts.
    if (!closed) {
      if (CLAUSE_WORDS.has(first.norm) || first.norm.endsWith('ing')) return none;
      opener = from;
    } else from = k + 1;
  }
  if (opener >= 0) {
    for (let k = from + 1; k < before && k - from < 25; k++) {
      const t = tk[k]!;
      if (t.kind === 'quote') continue;
      if (t.kind !== 'word' || CLAUSE_WORDS.has(t.norm)) return none;
      if (!isClauseVerb(tk, k)) continue;
      const { group } = speakerLeft(ctx, k);
      // "And even Obama tried …": the opening word is not part of the name.
      const start = Math.max(group.from, from + 1);
      // "On Tuesday the mayor toured …", "By Sunday she had canceled …": a pronoun or a noun phrase with its determiner.
      const head = tk[start]!;
      const named = head.capital || (start === group.to && SUBJECT_PRONOUN.test(head.norm) && !EMBEDDING.has(tk[start - 1]!.norm)) || (start > from + 1 && SUBJECT_STARTS.has(head.norm));
      return group.from >= from && start <= group.to && named ? { from: start, to: group.to } : none;
    }
    return none;
  }
  // "Then he cut into Bush, calling him …", "she's tacked to the left, criticizing …": a subject
  // pronoun that opens the clause is its subject, whatever the verb.
  const pronoun = tk[from];
  if (isWord(pronoun) && SUBJECT_PRONOUN.test(pronoun.norm) && from + 1 < before) return { from, to: from };
  // Bounded, so that a sentence of many participles stays linear.
  for (let k = from + 1; k < before && k - from < 40; k++) {
    const t = tk[k]!;
    if (t.kind !== 'word' || t.capital) continue;
    // "Khan, who is Muslim, also decried …", "Clinton -- whose husband signed it -- has derided …": an aside on the subject.
    const fence = tk[k - 1]!;
    if (FENCED_RELATIVES.has(t.norm) || t.norm === 'whose') {
      if (k - 1 > from && (fence.norm === ',' || isDash(fence))) {
        let close = k + 1;
        while (close < before && close - k < 25 && !(fence.norm === ',' ? tk[close]!.norm === ',' : isDash(tk[close]!))) close++;
        if (close < before) {
          k = close;
          continue;
        }
      }
    }
    // "Christie bristled at the suggestion that he was …": a clause word before any verb means the verb was missed.
    if (CLAUSE_WORDS.has(t.norm)) return none;
    // "… cheered when Trump spotted a sign and asked …": after a clause word a past form right after the name is its verb.
    const pastAfterSubject = start >= 0 && /ed$/.test(t.norm) && tk[k - 1]!.capital;
    if (!isClauseVerb(tk, k) && !pastAfterSubject) continue;
    // "Rubio, particularly in the closing days, has preached": an aside between the subject and its verb.
    let j = k - 1;
    while (j > from && isWord(tk[j]) && (BETWEEN.has(tk[j]!.norm) || isAdverb(tk[j]!))) j--;
    if (tk[j]?.norm === ',' && isWord(tk[from]) && tk[from]!.capital) {
      let e = from;
      while (e + 1 < j && isWord(tk[e + 1]) && !CLAUSE_STOP.has(tk[e + 1]!.norm)) e++;
      // "Chris Dole, a farmer, said": an appositive belongs to the name.
      if (tk[e + 1]?.norm === ',' && e - from < 8 && !isAppositive(ctx, e + 2, j - 1)) return { from, to: e };
    }
    const { group } = speakerLeft(ctx, k);
    return group.from >= from ? group : none;
  }
  // "Throughout the 2000s, Democrats in Congress, fearing the consequences, failed …": the participle
  // is fenced right after its subject.
  const head = tk[from];
  if (tk[before]?.norm === ',' && before - from <= 8 && isWord(head) && !CLAUSE_STOP.has(head.norm) && !TIME.has(head.norm) && !BETWEEN.has(head.norm)) {
    // Not "the union leader rallied teachers, saying": a past form in it is a verb the lexicon missed.
    // "Sen. Ann Cole (D-Ore.), noting …": a short parenthesis belongs to the name.
    for (let k = from; k < before; k++) if (!(isWord(tk[k]) || (k > from && (tk[k]!.norm === '(' || tk[k]!.norm === ')' || tk[k]!.norm === '.'))) || (k > from && (CLAUSE_WORDS.has(tk[k]!.norm) || (!tk[k]!.capital && /ed$/.test(tk[k]!.norm))))) return none;
    return { from, to: before - 1 };
  }
  return none;
}

/**
 * "X, who saw the incident and described it": the relative pronoun (with its name) when the
 * clause it opens runs, with no punctuation, up to the conjunction at `and`.
 */
function relativeSubject(ctx: SentenceContext, and: number): Group {
  const tk = ctx.tokens;
  for (let k = and - 1; k > 0 && and - k < 25; k--) {
    const t = tk[k]!;
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word') break;
    if (t.norm === 'who' && (tk[k - 1]!.norm === ',' || tk[k - 1]!.norm === '—' || tk[k - 1]!.norm === '–' || tk[k - 1]!.norm === '-')) {
      const { group } = speakerLeft(ctx, k + 1);
      return group.from >= 0 && group.to === k ? group : { from: k, to: k };
    }
  }
  return { from: -1, to: -1 };
}

/** Verbs whose object does what a participle after it says: "left voters wondering", "featured farmers saying". */
const OBJECT_SPEAKS = new Set(['left', 'leave', 'leaves', 'leaving', 'feature', 'features', 'featured', 'featuring', 'heard', 'hear', 'hears', 'caught', 'catch', 'got', 'get', 'gets']);

/**
 * The subject of the verb a noun phrase ending before `at` is the object of: from `at`, back over
 * prepositions and their objects to a finite verb, without crossing punctuation; then the noun
 * phrase before that verb.
 */
function subjectBeforeObject(ctx: SentenceContext, at: number): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  for (let k = at; k > 0 && at - k < 12; k--) {
    const t = tk[k]!;
    // "filed a $40 million lawsuit in 2013 alleging …": a sum is part of the object.
    if (t.kind === 'punct' && (t.norm === '$' || t.norm === '%')) continue;
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.norm)) return none;
    // "making a pitch to voters saying …": after a determiner, a word that could be a verb is a noun.
    if (!isClauseVerb(tk, k) || NOT_BEFORE_VERB.has(tk[k - 1]!.norm)) continue;
    // "It was a tweet pushing …", "there is evidence suggesting …": a noun after "be" is the one that speaks;
    // not a place or a state ("was on CNN talking", "are left wondering").
    const after = tk[k + 1];
    // "has left many voters wondering …", "an ad featuring farmers saying …": the one left or shown speaks.
    if (OBJECT_SPEAKS.has(t.norm) && !BE.has(tk[k - 1]!.norm) && !AUXILIARIES.has(tk[at + 1]!.norm)) return { from: k + 1, to: at + 1 };
    // "is making a pitch to voters saying …": a progressive is a verb like any other.
    if ((BE.has(t.norm) || STANCE_BE.has(t.norm)) && !(isWord(after) && (tagOfLower(after.norm) === 'Preposition' || after.norm === 'left' || after.norm === 'still' || (after.norm.endsWith('ing') && !after.capital)))) return none;
    const { group } = speakerLeft(ctx, k);
    return group;
  }
  return none;
}

/** Adverbs between a list's comma and its next verb: "…, then referred to", "… but has since said". */
const LIST_ADVERBS = new Set(['then', 'later', 'also', 'again', 'even', 'still', 'now', 'eventually', 'finally', 'since']);
/** Helper verbs between "and"/"but" and a cue that shares the subject: "… but did note …", "… and will argue …", "… and have pledged …". */
const AND_HELPERS = new Set(['did', 'does', 'would', 'will', 'has', 'have', 'had', 'could']);

/**
 * The index of "and"/"but" right before cue c, or up to two helper verbs and adverbs before it ("but did
 * not say", "and specifically mentioned", "and quickly endorsed"); -1 if none.
 */
function andBefore(tk: Token[], c: number): number {
  for (let k = c - 1; k >= 0 && c - k <= 3; k--) {
    const n = tk[k]!.norm;
    if (n === 'and' || n === 'but') return k;
    if (!(LIST_ADVERBS.has(n) || AND_HELPERS.has(n) || FENCED.has(n) || n === 'not' || n === "didn't" || isAdverb(tk[k]!))) return settingAfterAnd(tk, c);
  }
  return -1;
}

/** Words of a short setting between "and"/"but" and a cue: "on Monday", "in a later interview", "last week". */
const SETTING_WORDS = new Set(['on', 'in', 'at', 'during', 'a', 'an', 'the', 'his', 'her', 'their', 'later', 'subsequent', 'separate', 'recent', 'last', 'this']);
/** The first word of such a setting: a preposition or "last"/"this" ("on Monday", "last week"). */
const SETTING_OPENERS = new Set(['on', 'in', 'at', 'during', 'last', 'this']);

/**
 * "… and on Monday announced …", "… but in a later interview said …": the index of "and"/"but" before a
 * setting of when or where that opens with a preposition or "last"/"this" and ends in a time or a venue; -1 if none.
 */
function settingAfterAnd(tk: Token[], c: number): number {
  const end = tk[c - 1];
  if (!isWord(end) || !(TIME.has(end.norm) || VENUES.has(end.norm))) return -1;
  for (let k = c - 2; k >= 0 && c - k <= 6; k--) {
    const n = tk[k]!.norm;
    if ((n === 'and' || n === 'but') && k < c - 2 && SETTING_OPENERS.has(tk[k + 1]!.norm)) return k;
    if (!isWord(tk[k]) || tk[k]!.capital || !(SETTING_WORDS.has(n) || TIME.has(n) || VENUES.has(n))) return -1;
  }
  return -1;
}

/**
 * "Cole vowed to fight, declined to say more, and defended …": a cue right after a comma whose
 * phrase before it is a verb phrase continues a list of the subject's verbs; the noun that ends
 * that phrase is an object. The subject of the sentence's first verb speaks.
 */
function listedVerbSubject(ctx: SentenceContext, left: Group, c: number): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  // "…, then referred to": an adverb may stand between the comma and the cue.
  let comma = c - 1;
  while (comma > 0 && isWord(tk[comma]) && LIST_ADVERBS.has(tk[comma]!.norm)) comma--;
  if (left.from <= 0 || left.to !== comma - 1 || tk[comma]?.norm !== ',' || !isWord(tk[left.from - 1])) return none;
  let verb = false;
  for (let k = left.from - 1; k >= 0 && left.from - k < 20; k--) {
    const t = tk[k]!;
    if (t.kind !== 'word') break;
    if (CLAUSE_WORDS.has(t.norm)) {
      if (verb && (LATE_CLAUSE.has(t.norm) || LATE_TIME_CLAUSE.has(t.norm))) break;
      return none;
    }
    if (isClauseVerb(tk, k)) verb = true;
  }
  if (!verb) return none;
  const main = mainSubject(ctx, c - 1);
  return main.from >= 0 && main.to < left.from ? main : none;
}

const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable', 'Superlative', 'Adj|Past', 'Adj|Gerund']);

/** "vocal", "spontaneous", "most telling": a word that reads only as an adjective. */
function isAdjective(t: Token): boolean {
  if (t.kind !== 'word' || t.capital) return false;
  const tag = tagOfLower(t.norm);
  if (tag !== undefined) return ADJECTIVE_TAGS.has(tag);
  return /(?:ous|ive|ful|ic|al|ent|ant|est|ed)$/.test(t.norm) && !isFiniteVerb(t.norm);
}

/**
 * "Ryan is a vocal advocate of", "roused the crowd to spontaneous chants of", "showed subtle hints
 * that": when only an article and adjectives stand before the cue, the cue is a noun and the words
 * before it name nobody; the subject of the verb the noun phrase hangs on holds it.
 */
function nounCueHolder(ctx: SentenceContext, left: Group): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  if (left.from < 0 || !isAdjective(tk[left.to]!)) return none;
  for (let i = left.from; i < left.to; i++) {
    const t = tk[i]!;
    if (!(ARTICLES.has(t.norm) || DEGREE.has(t.norm) || isAdverb(t) || isAdjective(t))) return none;
  }
  let k = left.from - 1;
  while (k >= 0 && isWord(tk[k]) && (tagOfLower(tk[k]!.norm) === 'Preposition' || isAdverb(tk[k]!))) k--;
  if (k < 1 || !isClauseVerb(tk, k)) return none;
  const { group } = speakerLeft(ctx, k);
  return group;
}

/** Whether a lower-case word reads as the finite verb of a clause. */
function isClauseVerb(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if (t.kind !== 'word' || t.capital) return false;
  const entry = cueEntry(t.norm);
  // "Bradley apologized": a past form right after a name is its verb even where the lexicon lacks it.
  const pastAfterName = t.norm.endsWith('ed') && t.norm.length > 4 && k > 0 && tk[k - 1]!.capital && (!isModifier(t.norm) || tagOfLower(t.norm) === 'Adj|Past');
  return AUXILIARIES.has(t.norm) || isFiniteVerb(t.norm) || (entry !== undefined && !entry.participle) || pastAfterName;
}

/** Words that open a clause inside the sentence: a verb after them is not the main one. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'when', 'after', 'because', 'while', 'if', 'although', 'though', 'since', 'whether', 'unless', 'until', 'where', 'before']);

function makeCue(ctx: SentenceContext, from: number, to: number): Cue {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

function groupSpan(ctx: SentenceContext, g: Group): Span | null {
  return g.from < 0 ? null : { start: ctx.tokens[g.from]!.start, end: ctx.tokens[namedOneOf(ctx.tokens, g)]!.end };
}

/**
 * "One of the men, Ann Cole, 70, had served …": the name set off after "one of …" says which one
 * speaks, so the speaker runs on over it (and an age after it). Where the span ends: `g.to` or later.
 */
function namedOneOf(tk: readonly Token[], g: Group): number {
  if (tk[g.from]!.norm !== 'one' || tk[g.from + 1]?.norm !== 'of' || tk[g.to + 1]?.norm !== ',') return g.to;
  let i = g.to + 2;
  while (i - g.to < 6 && isWord(tk[i]) && tk[i]!.capital) i++;
  if (i === g.to + 2 || tk[i]?.norm !== ',') return g.to;
  // "…, Ann Cole, 70,": an age goes with the name.
  if (tk[i + 1] && /^\d+$/.test(tk[i + 1]!.norm) && tk[i + 2]?.norm === ',') return i + 1;
  return i - 1;
}

/** Openers before "according to" that belong to no claim: "But, according to …". */
const ACCORDING_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'however', 'also', 'in', 'meanwhile', 'moreover', 'indeed', 'then', 'thus', 'plus', 'or', 'instead', 'again', 'today', 'yesterday', 'overall', 'first', 'second', 'finally', 'separately', 'previously', 'later', 'earlier']);

/**
 * "according to an analysis by the Pew Research Center", "according to interviews with party
 * leaders": a common noun for the evidence runs on to whoever made it.
 */
function withAgent(ctx: SentenceContext, g: Group): Group {
  const tk = ctx.tokens;
  if (g.from < 0) return g;
  for (let i = g.from; i <= g.to; i++) if (tk[i]!.capital) return g;
  const prep = tk[g.to + 1];
  if (!isWord(prep) || !(prep.norm === 'by' || prep.norm === 'from' || prep.norm === 'with')) return g;
  let e = g.to + 2;
  while (e <= ctx.last && e - g.to < 10 && isWord(tk[e]) && (!CLAUSE_STOP.has(tk[e]!.norm) || tk[e]!.norm === 'at')) e++;
  return e > g.to + 2 ? { from: g.from, to: e - 1 } : g;
}

/** "according to X, …" and "…, according to X." */
function accordingTo(ctx: SentenceContext, c: number): Found | null {
  const speaker = withAgent(ctx, speakerRight(ctx, c + 1));
  if (speaker.from < 0) return null;
  const cue = makeCue(ctx, c, c + 1);
  let content: { spans: Span[]; kind: StatementKind; quote?: Quotation } | null | undefined;
  const tk = ctx.tokens;
  let startsClause = c === 0 || isBoundaryPunct(tk[c - 1]);
  // "But, according to the poll, …", "In addition, according to …", "… unnoticed: According to …":
  // what comes before is no claim, the clause after is.
  let words = 0;
  for (let i = 0; i < c; i++) if (tk[i]!.kind !== 'punct') words += tk[i]!.kind === 'quote' ? 3 : 1;
  // "The implication, according to the aide, is that …": a short subject before is part of it.
  let subject: Span | null = null;
  if (startsClause && c > 0 && (words <= 2 || tk[c - 1]!.norm === ':')) {
    if (tk[c - 1]!.norm !== ':' && isWord(tk[0]) && !ACCORDING_OPENERS.has(tk[0]!.norm) && !(ctx.semiBefore && ctx.semiBefore[c]! >= 0)) subject = { start: tk[0]!.start, end: tk[c - 2]!.end };
    startsClause = true;
  } else if (c > 1) startsClause = false;
  // Content before "according to" starts with the sentence, even over an attribution inside it.
  // "“…,” according to the report.": a quotation alone may be all of it.
  if ((c > 1 || (c === 1 && tk[0]!.kind === 'quote')) && !startsClause) content = contentOf(ctx, tk[c - 1]!.norm === ':' ? c : 0, c - 1, 'end');
  // "That’s according to …": the pronoun stands for what was said.
  if (c === 1 && isWord(tk[0]) && /^(?:that|this|it)'s$/.test(tk[0]!.norm)) content = { spans: [{ start: tk[0]!.start, end: tk[0]!.end - 2 }], kind: 'indirect' };
  else if (!content || startsClause) {
    let k = speaker.to + 1;
    while (k <= ctx.last && k - speaker.to < 12 && ctx.tokens[k]!.kind !== 'punct') k++;
    // "According to the poll, 51 percent said …": the clause after the comma is the report's, with
    // whoever speaks inside it.
    if (tk[k]?.norm === ',' && k < ctx.last) k++;
    content = contentOf(ctx, k, contentEnd(ctx, k));
    if (content && subject && c >= 2 && tk[c - 2]!.kind === 'word') content = { spans: [subject, ...content.spans], kind: content.kind === 'indirect' ? 'indirect' : 'mixed' };
  }
  if (!content) return null;
  const span = groupSpan(ctx, speaker);
  return { speakerSpan: span, speakerForm: speakerForm(ctx, speaker), cue, content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** A parenthesis in a sentence's tokens: the indices of "(" and of the ")" that closes it. */
interface Parenthesis {
  open: number;
  close: number;
}

/**
 * "Her ratings (as low as 19 percent, Gutin says) hurt …", "complaints (“…,” wrote Ann Cole), and …":
 * a speaker and a cue inside a parenthesis speak of what the parenthesis holds before them, not of
 * the sentence around it. Such a statement is made an aside (its content set to those words) and its
 * parenthesis returned; null when the statement is no aside.
 */
function readAsAside(ctx: SentenceContext, f: Found): Parenthesis | null {
  if (!f.cue || !f.speakerSpan) return null;
  const tk = ctx.tokens;
  const c = tokenFrom(tk, f.cue.start);
  let open = -1;
  for (let k = c - 1; k >= 0 && c - k <= 40; k--) {
    if (tk[k]!.norm === ')') return null;
    if (tk[k]!.norm === '(') {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  let close = -1;
  for (let k = c + 1; k < tk.length && k - c <= 40; k++) {
    if (tk[k]!.norm === '(') return null;
    if (tk[k]!.norm === ')') {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  const lo = tk[open]!.end;
  const hi = tk[close]!.start;
  if (f.speakerSpan.start < lo || f.speakerSpan.end > hi || f.content.every((sp) => sp.start >= lo && sp.end <= hi)) return null;
  const s = tokenFrom(tk, f.speakerSpan.start);
  let to = Math.min(c, s) - 1;
  while (to > open && tk[to]!.kind === 'punct') to--;
  // "(though he does support the bill)": an object after the cue is what was said; "(…, many
  // say, is …)": the words on both sides of a speaker fenced by commas.
  let from = c + 1;
  if (f.cue.end > tk[c]!.end) from = tokenFrom(tk, f.cue.end);
  while (from < close && tk[from]!.kind === 'punct') from++;
  // Not "(“…,” Cole wrote in the Times last week)": where and when it was said is no object.
  const trails = isWord(tk[from]) && (TRAILER.has(tk[from]!.norm) || TIME.has(tk[from]!.norm));
  const after = s < c && from < close && !trails ? contentOf(ctx, from, close - 1) : null;
  const before = to > open && (!after || tk[Math.min(c, s) - 1]!.norm === ',') ? contentOf(ctx, open + 1, to) : null;
  if (!before && !after) return null;
  const spans = [...(before?.spans ?? []), ...(after?.spans ?? [])];
  f.content = spans;
  f.kind = before && after ? 'mixed' : (before ?? after)!.kind;
  f.quote = before && after ? undefined : (before ?? after)!.quote;
  f.aside = true;
  return { open, close };
}

/**
 * "… killed 81 percent of victims (the actual number is 15 percent, according to X)": what runs into an
 * aside ends before it, and goes on after it where it ran past: "his votes (though he backs the bill) do not fly".
 */
function endBeforeAside(ctx: SentenceContext, aside: Parenthesis, found: Found[]): void {
  const text = ctx.text;
  const tk = ctx.tokens;
  const last = tk[ctx.last]!;
  const open = tk[aside.open]!;
  const close = tk[aside.close]!;
  // "Cole said the fares (…, according to the council) would rise": a clause the aside cut short goes on after it.
  const next = tk[aside.close + 1];
  const resumes = isWord(next) && !next.capital && !found.some((f) => f.cue !== null && f.cue.start >= close.end);
  for (const g of found) {
    if (g.aside) continue;
    const at = g.content.findIndex((sp) => sp.start < open.start && sp.end > open.start);
    if (at < 0) continue;
    const sp = g.content[at]!;
    const head = trimSpan(text, { start: sp.start, end: open.start });
    const end = sp.end > close.end ? sp.end : resumes && at === g.content.length - 1 && g.kind === 'indirect' ? last.end : -1;
    const tail = end > close.end ? trimSpan(text, { start: close.end, end }) : null;
    const parts = [head, tail].filter((x): x is Span => x !== null);
    if (parts.length > 0) g.content = [...g.content.slice(0, at), ...parts, ...g.content.slice(at + 1)];
  }
}

/** The index of the first token that starts at or after `offset` (the last token where none does). */
function tokenFrom(tk: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tk.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tk[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words before a pronoun that open a clause inside another, beside EMBEDDING: "whose side she's on". */
const CLAUSE_OPENERS_BEFORE_PRONOUN = new Set(['what', 'whom', 'whose', 'which', 'that', 'how', 'why', 'where', 'when', 'whether', 'if']);

/**
 * "Cruz has railed against what he calls the “cartel” and cast himself …", "Santilli wears a suit in
 * videos he calls “…,” pointing to …": a pronoun that is the subject of a clause inside the sentence
 * (after a clause word or right after the noun it describes) does not carry on to the sentence's next verb.
 */
function embeddedPronoun(ctx: SentenceContext, span: Span): boolean {
  const tk = ctx.tokens;
  const lo = tokenFrom(tk, span.start);
  const t = tk[lo];
  if (!t || t.start !== span.start || t.end !== span.end || !isWord(t) || !SUBJECT_PRONOUN.test(t.norm)) return false;
  const p = tk[lo - 1];
  if (!isWord(p) || p.capital) return false;
  if (CLAUSE_OPENERS_BEFORE_PRONOUN.has(p.norm)) return true;
  return pluralNounBefore(p);
}

/** "videos he calls": a plain plural noun right before a pronoun, with no clause word between, is what the pronoun's clause describes. */
function pluralNounBefore(p: Token): boolean {
  return !p.capital && /s$/.test(p.norm) && !isFiniteVerb(p.norm) && !isAdverb(p) && !SENTENCE_OPENERS.has(p.norm) && !CLAUSE_STOP.has(p.norm) && !TIME.has(p.norm) && cueEntry(p.norm) === undefined;
}

/** A cue with no speaker of its own speaks for the sentence's previous statement, else for its subject. */
function inheritedSpeaker(ctx: SentenceContext, earlier: Found[]): { speakerSpan: Span | null; form: Attribution['speakerForm'] } {
  const before = earlier[earlier.length - 1];
  if (before?.speakerSpan && !before.possessor && !embeddedPronoun(ctx, before.speakerSpan)) return { speakerSpan: before.speakerSpan, form: before.speakerForm };
  const subject = sentenceSubject(ctx);
  return { speakerSpan: groupSpan(ctx, subject), form: speakerForm(ctx, subject) };
}

/**
 * The index past a cue's addressee, where the verb takes one ("told CNN's X"), and past the words
 * that only qualify the cue ("in an interview on Tuesday"); the addressee goes into `out`.
 */
function pastCue(ctx: SentenceContext, i: number, entry: CueEntry, out: { addressee?: Span }): number {
  if (ADDRESSED.has(entry.lemma)) {
    const a = addresseeAfter(ctx, i);
    if (a.span) {
      out.addressee = a.span;
      i = a.next;
    }
  }
  return skipAfterCue(ctx, i, out);
}

/** What follows a cue: its addressee where the verb takes one ("told CNN"), then the content. */
function contentAfterCue(ctx: SentenceContext, cueEnd: number, entry: CueEntry, cue: Cue, speakerSpan: Span | null, form: Attribution['speakerForm']): Found | null {
  const tk = ctx.tokens;
  const out: { addressee?: Span } = {};
  let k = pastCue(ctx, cueEnd + 1, entry, out);
  while (k <= ctx.last && (tk[k]!.norm === ',' || tk[k]!.norm === ':')) k++;
  const clause = tk[k]?.norm === 'that';
  if (clause) k++;
  const end = contentEnd(ctx, k);
  const content = contentOf(ctx, k, clause ? end : objectEnd(ctx, k, end));
  if (!content) return null;
  return { speakerSpan, speakerForm: form, cue, addresseeSpan: out.addressee, content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
}

/** Conjunctions that open the writer's clause after a cue's object: "criticized the plan after …", "vetoed the bill because …". */
const OBJECT_ENDERS = new Set(['after', 'before', 'while', 'though', 'although', 'whereas', 'because', 'since']);
/** Words that make "after", "before" part of a phrase of time: "two days after", "just before". */
const TIME_BEFORE_CONJUNCTION = new Set(['just', 'until', 'shortly', 'soon', 'right', 'long', 'especially', 'only', 'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'day', 'week', 'month', 'year', 'immediately', 'even']);
/** Subjects after "as" that open a clause of time: "…, as he urges …". */
const AS_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Verbs that report a clause ("said the toll would rise after the vote"), whose words run on over "after", "while". */
const REPORTING = new Set([
  'say', 'tell', 'write', 'add', 'note', 'argue', 'claim', 'insist', 'explain', 'declare', 'warn', 'state', 'acknowledge', 'admit',
  'report', 'respond', 'reply', 'deny', 'contend', 'maintain', 'conclude', 'concede', 'confirm', 'allege', 'assert', 'suggest',
  'predict', 'testify', 'observe', 'remark', 'disclose', 'reveal', 'recall', 'announce', 'agree', 'know', 'believe', 'think',
  'feel', 'expect', 'fear', 'hope', 'worry', 'doubt', 'suspect', 'find', 'show', 'indicate', 'learn', 'realize', 'emphasize',
  'stress', 'complain', 'boast', 'speculate', 'caution', 'recount', 'post', 'tweet', 'read',
]);

/** A subject and its verb follow token `i`: "after he introduced", not "before the vote" or "while taking". */
function clauseFollows(tk: Token[], i: number): boolean {
  if (!isWord(tk[i + 1]) || tk[i + 1]!.norm.endsWith('ing')) return false;
  for (let j = i + 2; j <= i + 7 && isWord(tk[j]); j++) if (!tk[j]!.capital && readsAsVerb(tk[j]!.norm)) return true;
  return false;
}

/** "he's", "they're", "it'll": a subject with its verb in one word. */
const CONTRACTED_SUBJECT = /^(?:he|she|it|they|we|i|you|that|there|who|what)'(?:s|re|ll|d|ve|m)$/;

/** Answers of `readsAsVerb` by word: the object and clause rules ask it word by word, again and again. */
const verbReadings: WordAnswers<boolean> = new Map();

/** A lowercase word that reads as the verb of a clause: "would", "plans", "voted", "he's". */
function readsAsVerb(w: string): boolean {
  return answerByWord(verbReadings, w, w, verbReadingOf);
}

/** What `readsAsVerb` answers, worked out afresh. */
function verbReadingOf(w: string): boolean {
  if (PREDICATE_HELPERS.has(w) || isFiniteVerb(w) || CONTRACTED_SUBJECT.test(w)) return true;
  const entry = cueEntry(w);
  if (entry && !entry.participle && w !== entry.lemma) return true;
  if (/[^e]ed$/.test(w) && w.length > 4 && tagOfLower(w) === undefined) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && tagOfLower(w) === undefined && tagOfLower(w.slice(0, -1)) === 'Infinitive';
}

/**
 * "Cole pledged to close the camps after he introduced a bill", "criticized the plan while …": an
 * object with no verb of its own ends where a clause about when begins; what follows is the
 * writer's. A content with a finite verb is a clause, which such words stay inside.
 */
function objectEnd(ctx: SentenceContext, from: number, to: number): number {
  const tk = ctx.tokens;
  for (let i = from; i <= to; i++) {
    const t = tk[i]!;
    if (t.kind !== 'word') continue;
    if (i === from ? PRONOUNS.has(t.norm) || CONTRACTED_SUBJECT.test(t.norm) : !t.capital && tk[i - 1]!.norm !== 'to' && readsAsVerb(t.norm)) return to;
    if (i === from) continue;
    const ends = (OBJECT_ENDERS.has(t.norm) && !TIME_BEFORE_CONJUNCTION.has(tk[i - 1]!.norm) && clauseFollows(tk, i)) || (t.norm === 'even' && (tk[i + 1]?.norm === 'though' || tk[i + 1]?.norm === 'as')) || (t.norm === 'as' && AS_SUBJECTS.has(tk[i + 1]?.norm ?? ''));
    if (ends || coordinatedPredicate(tk, i)) return i - 1;
  }
  return to;
}

/**
 * "supports the reform and ranks it higher", "denied the charges but went on": after an object with
 * no verb of its own, "and"/"but" before a verb of the subject's opens a second predicate, the writer's.
 */
function coordinatedPredicate(tk: Token[], i: number): boolean {
  const w = tk[i]!.norm;
  if (w !== 'and' && w !== 'but') return false;
  const next = tk[i + 1];
  return opensPredicate(tk, i + 1) || (isWord(next) && (next.capital || PRONOUNS.has(next.norm)) && clauseFollows(tk, i));
}

/** Adverbs between the comma and a participle cue: "…, instead calling on …", "…, eventually saying …". */
const PARTICIPLE_ADVERBS = new Set(['instead', 'also', 'then', 'again', 'even', 'still', 'now', 'later', 'once', 'alternately', 'often', 'sometimes', 'further', 'thereby', 'all', 'while', 'both', 'not', 'never']);

/**
 * "She defended him, saying he had hired women and calling him a feminist": a participle after "and"
 * pairs with the participle statement before it, whose speaker it shares (the content between
 * holds subjects of its own).
 */
function pairedParticiple(earlier: readonly Found[], before: number): Found | undefined {
  // "… a response saying she would not support it and suggesting …": a statement inside the first
  // participle's words ("she would not support") is passed over.
  let inner = Infinity;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const f = earlier[i]!;
    if (!f.cue || f.cue.end > before) continue;
    const ing = f.speakerSpan && !f.possessor && /^[a-z]+ing$/.test(f.cue.text);
    if (ing && (inner === Infinity || f.content.some((sp) => sp.start <= inner && inner < sp.end))) return f;
    if (inner !== Infinity) return undefined;
    inner = f.cue.start;
  }
  return undefined;
}

/** Things a subject writes or puts out, whose words are the subject's: "ran a piece that noted …". */
const PUBLISHED = new Set(['statement', 'statements', 'piece', 'pieces', 'article', 'articles', 'column', 'columns', 'op-ed', 'op-eds', 'editorial', 'editorials', 'ad', 'ads', 'advertisement', 'advertisements', 'campaign', 'book', 'books', 'bill', 'bills', 'letter', 'letters', 'memo', 'email', 'emails', 'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'speech', 'release', 'resolution', 'legislation', 'amendment', 'measure', 'argument', 'essay']);

/** Words before a noun that make it the one doing a participle: "with Maddow asking", "from groups supporting Cole". */
const NOUN_BEFORE_PARTICIPLE = new Set(['with', 'from']);

/** Things that carry words for whoever holds or wears them: "a sign reading …". */
const WORN = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'shirt', 'shirts', 't-shirt', 't-shirts', 'hat', 'hats', 'cap', 'caps', 'button', 'buttons', 'sticker', 'stickers']);

/** Whether a lowercase finite verb stands inside a speaker read leftwards, before its last word: "Cole issued a statement". */
function verbInside(tk: Token[], g: Group): boolean {
  for (let k = g.from + 1; k < g.to; k++) if (isWord(tk[k]) && !tk[k]!.capital && isFiniteVerb(tk[k]!.norm) && !NOT_BEFORE_VERB.has(tk[k - 1]!.norm)) return true;
  return false;
}

/**
 * The quotation that what follows a cue at `k` leads up to: its object, "a statement:" (an article or a
 * possessive, up to eight words naming a document or a message, and a colon right before the quotation),
 * or its setting, "at the airport, “…”" (see quoteAfterSetting); else `k`.
 */
function quoteAfterLeadIn(ctx: SentenceContext, k: number): number {
  const tk = ctx.tokens;
  if (isWord(tk[k]) && QUOTE_SETTINGS.has(tk[k]!.norm)) return quoteAfterSetting(ctx, k);
  if (!isWord(tk[k]) || !(ARTICLES.has(tk[k]!.norm) || POSSESSIVES.has(tk[k]!.norm))) return k;
  // A document or a message ("a statement", "a tweet"); not "listed a show as his favorite: “…”".
  let document = false;
  for (let j = k + 1; j <= ctx.last && j - k <= 8; j++) {
    const t = tk[j]!;
    if (t.norm === ':') return document && tk[j + 1]?.kind === 'quote' ? j + 1 : k;
    if (t.kind !== 'word' || t.norm === 'as') return k;
    if (VENUES.has(t.norm) || PUBLISHED.has(t.norm)) document = true;
  }
  return k;
}

/** Prepositions that open where or when words were said, before a quotation: "at the airport, “…”". */
const QUOTE_SETTINGS = new Set(['at', 'in', 'on', 'during', 'outside', 'inside', 'after', 'before', 'from', 'near', 'aboard', 'onstage', 'backstage']);

/**
 * "said at the airport, “…”", "told reporters outside the courthouse: “…”": a setting of up to six
 * plain words with no verb, then a comma or a colon and a quotation, which is what was said; else `k`.
 */
function quoteAfterSetting(ctx: SentenceContext, k: number): number {
  const tk = ctx.tokens;
  for (let j = k + 1; j <= ctx.last && j - k <= 7; j++) {
    const t = tk[j]!;
    if (t.norm === ',' || t.norm === ':') return j > k + 1 && tk[j + 1]?.kind === 'quote' ? j + 1 : k;
    if (t.kind !== 'word' || (!t.capital && readsAsVerb(t.norm))) return k;
  }
  return k;
}

function attributeCue(ctx: SentenceContext, c: number, cueEnd: number, entry: CueEntry, earlier: Found[]): Found | null {
  const tk = ctx.tokens;
  const cue = makeCue(ctx, c, cueEnd);
  const { group: left, boundary } = speakerLeft(ctx, c);
  const prevToken = tk[c - 1];
  // "there seem to be …": an expletive subject holds no view.
  if (left.from >= 0 && left.from === left.to && tk[left.from]!.norm === 'there') return null;

  // "…, adding that …": the speaker is the one of the clause before. "…, falsely suggesting …": an adverb may come between.
  let pc = c - 1;
  if (entry.participle) while (pc > 0 && isWord(tk[pc]) && (isAdverb(tk[pc]!) || PARTICIPLE_ADVERBS.has(tk[pc]!.norm))) pc--;
  const beforeParticiple = tk[pc];
  if (entry.participle && beforeParticiple && (beforeParticiple.norm === ',' || isDash(beforeParticiple) || (beforeParticiple.kind === 'quote' && /,[\s'’‘"]*$/.test(ctx.text.slice(beforeParticiple.quote!.inner.start, beforeParticiple.quote!.inner.end))))) {
    // "She escalated her criticism, telling CNN …": a possessor speaks for a noun, not for the clause.
    const before = earlier[earlier.length - 1];
    const main = before?.speakerSpan && (before.trailing || before.kind === 'direct') && !embeddedPronoun(ctx, before.speakerSpan) ? null : mainSubject(ctx, pc);
    if (main && main.from >= 0) return contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, main), speakerForm(ctx, main));
    const { speakerSpan, form } = inheritedSpeaker(ctx, earlier);
    return contentAfterCue(ctx, cueEnd, entry, cue, speakerSpan, form);
  }

  const and = andBefore(tk, c);
  const paired = entry.participle && and >= 0 ? pairedParticiple(earlier, tk[and]!.start) : undefined;
  if (paired) return contentAfterCue(ctx, cueEnd, entry, cue, paired.speakerSpan, paired.speakerForm);

  // "The Post ran a piece that noted …", "Others are rushing out books that explore …": what a subject
  // publishes speaks for that subject, who is the one the statement is credited to.
  if (prevToken && (prevToken.norm === 'that' || prevToken.norm === 'which') && c >= 3 && isWord(tk[c - 2]) && !tk[c - 2]!.capital && PUBLISHED.has(tk[c - 2]!.norm)) {
    const author = subjectBeforeObject(ctx, c - 2);
    // Not a date the subject's clause ended with: "The trove released on Thursday, which …, included messages that …".
    if (author.from >= 0 && author.to < c - 2 && !(author.from === author.to && TIME.has(tk[author.from]!.norm))) {
      const found = contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, author), speakerForm(ctx, author));
      if (found) return found;
    }
  }

  // "The senator emailed supporters saying …", "Sanders was on CNN talking about …": the noun before a
  // participle is the verb's object; the verb's subject speaks.
  // Not after "with": "ended with Maddow asking …" names who asked.
  // "held up a sign reading “…”", "wore a hat saying …": what is written on a thing is the thing's.
  if ((entry.lemma === 'read' || entry.lemma === 'say') && /ing$/.test(tk[c]!.norm) && isWord(prevToken) && WORN.has(prevToken.norm)) {
    const thing = nounPhraseLeft(ctx, c - 1, 8, true);
    // "held up a sign": not the verb's particle.
    while (thing.from >= 0 && thing.from < thing.to && (PARTICLES.has(tk[thing.from]!.norm) || /ing$/.test(tk[thing.from]!.norm))) thing.from++;
    if (thing.from >= 0) {
      const found = contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, thing), speakerForm(ctx, thing));
      if (found) return found;
    }
  }
  // "Black Lives Matter issued a statement saying …": from the sentence's start too, when a verb is in what was read as the speaker.
  if (entry.participle && isWord(prevToken) && entry.cls !== 'evidence' && (left.from !== 0 || verbInside(tk, left)) && !NOUN_BEFORE_PARTICIPLE.has(tk[left.from - 1]?.norm ?? '')) {
    const verbSubject = subjectBeforeObject(ctx, c - 2);
    if (verbSubject.from >= 0) {
      const found = contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, verbSubject), speakerForm(ctx, verbSubject));
      if (found) return found;
    }
  }

  // "De Blasio … called Trump a “blowhard,” and said …": the subject of the first verb speaks.
  // "… and also warned …", "… but then said …": an adverb may stand between "and" and the cue.
  if (left.from < 0 && and >= 0) {
    // "Weaver, who came out and endorsed Clinton": a relative clause's verbs share its pronoun.
    const relative = relativeSubject(ctx, and);
    if (relative.from >= 0) return contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, relative), speakerForm(ctx, relative));
    const before = earlier[earlier.length - 1];
    const main = before?.speakerSpan && (before.trailing || before.kind === 'direct') && !embeddedPronoun(ctx, before.speakerSpan) ? null : mainSubject(ctx, and);
    if (main && main.from >= 0) return contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, main), speakerForm(ctx, main));
    // "Sullivan put off deciding whether Judicial Watch could question Clinton but said …": where no
    // clause subject is read, the sentence's opening name speaks rather than an earlier statement's.
    const subject = main ? openingName(ctx, and) : { from: -1, to: -1 };
    if (subject.from >= 0) return contentAfterCue(ctx, cueEnd, entry, cue, groupSpan(ctx, subject), speakerForm(ctx, subject));
    const { speakerSpan, form } = inheritedSpeaker(ctx, earlier);
    if (!speakerSpan) return null;
    return contentAfterCue(ctx, cueEnd, entry, cue, speakerSpan, form);
  }

  // Trailing: "CONTENT, X said" / "CONTENT,” said X" / "CONTENT, X told Y."
  let speaker = left;
  let after = cueEnd + 1;
  let inverted = false;
  let speakerStart = boundary;
  // "…, as some have speculated.", "… — as many researchers believe — …": "as" between the comma and
  // the speaker points back at the clause before, which is what they said or believe.
  const asBack = asAfterComma(ctx, left, boundary, cueEnd, entry);
  if (asBack) speakerStart = boundary - 1;
  // "…, said Lee Epstein, who teaches …": an inverted cue right after the content's comma.
  // Not "…, Butz, 49, told CNN": after "told" stands the one spoken to.
  if (prevToken && commaBefore(ctx.text, prevToken) && c >= 2 && !ADDRESSED.has(entry.lemma) && (INVERTING.has(entry.lemma) || prevToken.kind === 'quote')) {
    let right = speakerRight(ctx, cueEnd);
    // "…, said Doyle and others, …": two speakers joined by "and".
    if (right.from >= 0 && tk[right.to + 1]?.norm === 'and' && isWord(tk[right.to + 2])) {
      const more = speakerRight(ctx, right.to + 1);
      if (more.from >= 0 && (more.to >= ctx.last || tk[more.to + 1]?.norm === ',')) right = { from: right.from, to: more.to };
    }
    // "…, said a handful of Democrats who point to …": a relative clause describes the speaker, unless the
    // words before the comma are a fenced subject ("Cole, his former manager, said the aide who …").
    let described = false;
    for (let k = right.from + 1; k <= right.to && k > 0; k++) {
      if (tk[k]!.norm !== 'who') continue;
      if (prevToken.norm === ',' && fencedSubject(ctx, c - 1).from < 0) {
        right = { from: right.from, to: k - 1 };
        described = true;
      }
      break;
    }
    // "…, says Dossym Satpayev in Almaty": a place after the speaker.
    const placeAfter = right.from >= 0 && tk[right.to + 1] !== undefined && isPlacePreposition(tk[right.to + 1]!) && tk[right.to + 2]?.capital === true && tk[right.to]!.capital;
    if (placeAfter && prevToken.norm === ',' && fencedSubject(ctx, c - 1).from < 0) described = true;
    const next = tk[right.to + 1];
    // "Coffman, who …, said Mr. Trump had disrespected the troops": a verb makes it a clause, not a name.
    let clause = false;
    for (let k = right.from + 1; k <= right.to && k > 0; k++) if (!tk[k]!.capital && (isFiniteVerb(tk[k]!.norm) || cueEntry(tk[k]!.norm))) clause = true;
    // "…, said he expects Obama, …": a pronoun with more words after it opens the reported clause.
    if (right.from >= 0 && right.to > right.from && PRONOUNS.has(tk[right.from]!.norm)) clause = true;
    // "…, Mr. Kaplan, said dryly", "…, said by telephone": how it was said, not who said it.
    const manner = right.from >= 0 && !tk[right.from]!.capital && (isAdverb(tk[right.from]!) || tk[right.from]!.norm === 'by' || TIME.has(tk[right.from]!.norm));
    if (right.from >= 0 && !clause && !manner && (tk[right.from]!.capital || right.to - right.from <= 3 || tk[right.to]!.capital) && (right.to >= ctx.last || next?.norm === ',' || next?.norm === '(' || described)) {
      speaker = right;
      after = right.to + 1;
      inverted = true;
      speakerStart = c - 1;
    }
  }
  if (speaker.from < 0 && boundary >= 0 && (INVERTING.has(entry.lemma) || prevToken?.kind === 'quote')) {
    const right = speakerRight(ctx, cueEnd);
    // "…,” said he doesn’t believe …": a pronoun with more words after it opens the reported clause.
    // "Trump summed her up as “terrible,” denounced her record and …": after a quotation, a verb that does not
    // invert opens the next item of a list; the words after it are its object.
    const listed = !INVERTING.has(entry.lemma) && right.from >= 0 && !tk[right.from]!.capital;
    if (right.from >= 0 && !listed && !(right.to > right.from && PRONOUNS.has(tk[right.from]!.norm))) {
      speaker = right;
      after = right.to + 1;
      inverted = true;
    }
  }
  const out: { addressee?: Span } = {};
  after = pastCue(ctx, after, entry, out);
  const b = tk[speakerStart];
  const boundaryOk = b !== undefined && speakerStart >= 1 && (
    (b.kind === 'punct' && (b.norm === ',' || b.norm === '—' || b.norm === '–')) ||
    (b.kind === 'quote' && /[,?!—–-][\s'’‘"]*$/.test(ctx.text.slice(b.quote!.inner.start, b.quote!.inner.end)))
  ) || (b !== undefined && b.kind === 'quote' && speakerStart === 0 && /[,?!—–-][\s'’‘"]*$/.test(ctx.text.slice(b.quote!.inner.start, b.quote!.inner.end)));
  const quoteBefore = b !== undefined && b.kind === 'quote' && (speakerStart === 0 || (speakerStart === 1 && tk[0]!.kind === 'word'));
  const restStartsClause = tk[after] !== undefined && (tk[after]!.norm === ':' || tk[after]!.norm === 'that');
  // "…, Todd asked the senator about the spat": what follows the one asked is the question, not a trailer.
  const askedAbout = out.addressee !== undefined && !inverted && tk[after]?.norm === 'about';
  // "In a direct appeal to voters, Cole pleaded with them to …", "Meanwhile, Cole reminds us of …": the
  // cue's own object follows it, so what stands before the speaker opens the sentence and was not said.
  // "…, Cole argued for years." still trails: a span of time closing the sentence is no object.
  // Verbs of saying keep what came before ("…, Cole said with a smile") unless a quotation or a
  // "that" clause follows ("said about the movement, “I support …”", "has argued for years that …").
  const ownObject = !inverted && !quoteBefore && isWord(tk[after]) && after === cueEnd + 1 &&
    (infinitiveAt(tk, after) || (GOVERNED_OBJECT.has(tk[after]!.norm) && (!INVERTING.has(entry.lemma) || saidAhead(tk, after, ctx.last)))) &&
    !(tk[after]!.norm === 'for' && isWord(tk[after + 1]) && DURATIONS.has(tk[after + 1]!.norm) && !isWord(tk[after + 2]));
  const colonAfter = !inverted && colonCloses(tk, cueEnd);
  if (speaker.from >= 0 && boundaryOk && !colonAfter && entry.cls !== 'intent' && entry.cls !== 'name' && ((isTrailer(ctx, after) && !askedAbout && !ownObject) || asBack || inverted || (quoteBefore && !restStartsClause))) {
    const leftEnd = b!.kind === 'quote' ? speakerStart : speakerStart - 1;
    // "… his job entails: “There’s a ton of it,” he said": after a colon or a dash, the quotation alone is theirs.
    const afterColon = b!.kind === 'quote' && speakerStart >= 1 && (tk[speakerStart - 1]!.norm === ':' || isDash(tk[speakerStart - 1]!));
    const content = contentOf(ctx, afterColon ? speakerStart : innerClaim(earlier[earlier.length - 1]) || wholeReport(ctx, earlier[earlier.length - 1], entry, after) ? 0 : Math.min(ctx.floor, leftEnd), leftEnd, 'end');
    if (content && !(content.kind === 'indirect' && openingPhrase(ctx, content.spans[0]!))) {
      if (inverted) {
        return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue, addresseeSpan: out.addressee, content: content.spans, kind: content.kind, quote: content.quote, trailing: true };
      }
      // "The plan, he said, is dead." / "“A,” he said, “B.”"
      const comma = tk[after];
      if (comma && comma.norm === ',' && after < ctx.last) {
        const next = tk[after + 1]!;
        const nextEntry = next.kind === 'word' ? cueEntry(next.norm) : undefined;
        // "“Okay,” I said, attempting to regroup": a participle after the cue tells how, not what.
        const adjunct = next.kind === 'word' && !next.capital && next.norm.length > 4 && next.norm.endsWith('ing');
        if (!(nextEntry && nextEntry.participle) && !(next.kind === 'word' && TRAILER.has(next.norm)) && !adjunct) {
          const rest = contentOf(ctx, after + 1, contentEnd(ctx, after + 1));
          // "In the primary, Kasich said, “…”": an opening phrase is not half of a split quote.
          if (rest && rest.kind === 'direct' && content.kind !== 'direct') {
            return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue, addresseeSpan: out.addressee, content: rest.spans, kind: rest.kind, quote: rest.quote, trailing: false };
          }
          // "“A,” she said, a hint of frustration in her voice": words of the writer, not the rest of the quote.
          if (rest && !(content.kind === 'direct' && rest.kind !== 'direct')) {
            const kind: StatementKind = content.kind === rest.kind ? content.kind : 'mixed';
            return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue, addresseeSpan: out.addressee, content: [...content.spans, ...rest.spans], kind, trailing: false };
          }
        }
      }
      return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue, addresseeSpan: out.addressee, content: content.spans, kind: content.kind, quote: content.quote, trailing: true };
    }
  }

  // Inverted at the start: "Said Ann Cole, who grew up there, “We were proud.”"
  if (left.from < 0 && c === 0 && entry.cls === 'speech' && tk[0]!.capital) {
    const speaker = speakerRight(ctx, cueEnd);
    if (speaker.from < 0 || !tk[speaker.from]!.capital) return null;
    let k = speaker.to + 1;
    while (k <= ctx.last && k - speaker.to < 30 && tk[k]!.kind !== 'quote') k++;
    if (k > ctx.last || tk[k]!.kind !== 'quote' || !isBoundaryPunct(tk[k - 1])) {
      k = speaker.to + 1;
      if (!(tk[k]?.norm === ',' || tk[k]?.norm === ':')) return null;
      k++;
    }
    const content = contentOf(ctx, k, contentEnd(ctx, k));
    if (!content) return null;
    return { speakerSpan: groupSpan(ctx, speaker), speakerForm: speakerForm(ctx, speaker), cue, content: content.spans, kind: content.kind, quote: content.quote, trailing: false };
  }

  // Leading: "X said (that) CONTENT", "X said: “…”", "X called it “…”", "X wants to …".
  if (left.from < 0) return null;
  let k = cueEnd + 1;
  const lead: { addressee?: Span } = {};
  if (ADDRESSED.has(entry.lemma)) {
    const a = addresseeAfter(ctx, k);
    if (a.span) {
      lead.addressee = a.span;
      k = a.next;
    }
  }
  // "supporters were chanting and waving flags", "written and directed by": a cue right before "and" or
  // "or" has no words of its own.
  if (k === cueEnd + 1 && (tk[k]?.norm === 'and' || tk[k]?.norm === 'or')) return null;
  if (!(entry.cls === 'intent' && tk[k]?.norm === 'to')) k = skipAfterCue(ctx, k, lead);
  while (k <= ctx.last && (tk[k]!.norm === ',' || tk[k]!.norm === ':')) k++;
  const clause = tk[k]?.norm === 'that';
  if (clause) k++;
  if (k > ctx.last) return null;
  const first = tk[k]!;
  // "X reveals if …" asks; "X revealed why …" tells.
  // "Cruz said if elected he would …" is a conditional claim, not a question.
  // After "that" ("expects that if Trump wins, …") and after "think" or "believe", "if" opens a condition too.
  const conditional = first.norm === 'if' && !ctx.titleCase && (CONDITIONAL_SPEECH.has(entry.lemma) || clause || CONDITIONAL_BELIEF.has(entry.lemma));
  // "Reid would not say whether …": a question left unanswered is what the cue reports.
  const unanswered = first.norm === 'whether' && entry.cls === 'speech' && c >= 1 && (tk[c - 1]!.norm === 'not' || tk[c - 1]!.norm === 'never' || /n['’]t$/.test(tk[c - 1]!.norm));
  if (first.kind === 'word' && (first.norm === 'if' || first.norm === 'whether') && !ASKING.has(entry.lemma) && !conditional && !unanswered) return null;
  if (entry.cls === 'name') {
    // "X called it “a matter of life and death”": the quotation is what was said.
    for (let q = k; q <= ctx.last && q - k < 6; q++) {
      const qt = tk[q]!;
      if (qt.kind === 'quote') {
        const inner = trimSpan(ctx.text, qt.quote!.inner);
        if (!inner) return null;
        // "He suggested it was behind her tone, called her “third-rate” …": a verb in a list shares the subject of the first.
        const listed = listedVerbSubject(ctx, left, c);
        const namer = listed.from >= 0 ? listed : left;
        return { speakerSpan: groupSpan(ctx, namer), speakerForm: speakerForm(ctx, namer), cue, content: [inner], kind: 'direct', quote: qt.quote, trailing: false };
      }
      if (qt.kind === 'punct') break;
    }
  }
  // "The mayor released a statement: “…”", "Cole posted a photo on Twitter: “…”": the quotation after the colon is what was said.
  if (!clause) k = quoteAfterLeadIn(ctx, k);
  const content = contentOf(ctx, k, clause || REPORTING.has(entry.lemma) ? contentEnd(ctx, k) : objectEnd(ctx, k, contentEnd(ctx, k)));
  if (!content || (content.kind === 'indirect' && entry.cls === 'speech' && adjunctOnly(ctx, k, content.spans[0]!))) return null;
  const listed = listedVerbSubject(ctx, left, c);
  const holder = listed.from < 0 ? nounCueHolder(ctx, left) : listed;
  const opening = holder.from < 0 ? openingPhraseSubject(ctx, left, c) : holder;
  const subject = opening.from >= 0 ? opening : left;
  return {
    speakerSpan: groupSpan(ctx, subject), speakerForm: speakerForm(ctx, subject), cue, addresseeSpan: lead.addressee ?? out.addressee,
    content: content.spans, kind: content.kind, quote: content.quote, trailing: false,
  };
}

/**
 * "Having promised to stay, Cole left", "Holding signs that call him a liar, protesters …": when the
 * words before the cue open the sentence with a participle (or "besides"), the cue is part of an
 * opening phrase whose doer is the subject after the comma that closes it.
 */
function openingPhraseSubject(ctx: SentenceContext, left: Group, c: number): Group {
  const tk = ctx.tokens;
  const none = { from: -1, to: -1 };
  if (left.from < 0) return none;
  let start = 0;
  while (start < left.from && isWord(tk[start]) && SENTENCE_OPENERS.has(tk[start]!.norm)) start++;
  const first = tk[left.from]!;
  if (left.from !== start || !isWord(first) || !first.capital) return none;
  // Not "Leading Democrats say", "Polling of union voters shows": a participle used as an adjective or a noun.
  const gerund = first.norm.endsWith('ing') && first.norm.length > 5 && tagOfLower(first.norm) !== 'Adj|Gerund' && tk[left.from + 1]?.norm !== 'of';
  if (!(gerund && (left.to > left.from || first.norm === 'having')) && first.norm !== 'besides') return none;
  const subject = sentenceSubject(ctx);
  return subject.from > c ? subject : none;
}

/**
 * "Cole intends to run, his aide said", "Records show Cole paid no tax, the paper reported": a plan,
 * a belief, a finding or a name given inside the clause, which the trailing speaker reports whole.
 */
function innerClaim(f: Found | undefined): boolean {
  if (!f || f.trailing || !f.cue) return false;
  const entry = cueEntry(f.cue.text.toLowerCase().split(/\s/)[0]!);
  // "Social media has added another link to the chain, she noted": a verb that reports no clause
  // or quotation is an event inside the clause, not someone speaking.
  return entry !== undefined && (entry.cls !== 'speech' || (f.kind === 'indirect' && !REPORTING.has(entry.lemma)));
}

/**
 * "Cole said at a conference that he was comfortable, the Post reported": a speaker named at the very
 * end of the sentence (or before a closing participle phrase) reports the whole clause, the statement
 * inside it included.
 */
function wholeReport(ctx: SentenceContext, f: Found | undefined, entry: CueEntry, after: number): boolean {
  if (!f || f.trailing || !f.cue || f.kind === 'direct') return false;
  if (entry.cls !== 'speech' || !REPORTING.has(entry.lemma)) return false;
  // "…, the source recalled, adding that …": a participle phrase after the speaker only goes on with them.
  const tk = ctx.tokens;
  return after > ctx.last || (tk[after]?.norm === ',' && isWord(tk[after + 1]) && (tk[after + 1]!.norm.endsWith('ing') || tk[after + 1]!.norm === 'according'));
}

/** Words that open an adverbial phrase before the main clause: "When pressed, Cole said …", "These days, many worry". */
const PHRASE_OPENERS = new Set(['as', 'for', 'with', 'when', 'while', 'after', 'before', 'if', 'once', 'since', 'then', 'now', 'these', 'on', 'in', 'at', 'during', 'here', 'there', 'still', 'yet', 'so', 'later', 'earlier', 'today', 'yesterday']);

/** Whether `span` is no more than an opening phrase of the sentence ("When pressed by moderators", "Then"). */
function openingPhrase(ctx: SentenceContext, span: Span): boolean {
  const tk = ctx.tokens;
  const lo = tokenFrom(tk, span.start);
  const first = tk[lo];
  // "And so, he said, while …", "But, she added, …": a connective alone is no claim; the clause after is.
  let connective = first !== undefined && first.start === span.start;
  for (let i = lo; connective && i < tk.length && tk[i]!.end <= span.end; i++) connective = isWord(tk[i]) && SENTENCE_OPENERS.has(tk[i]!.norm) && i - lo < 2;
  if (connective) return true;
  if (!first || first.start !== span.start || first.kind !== 'word' || !PHRASE_OPENERS.has(first.norm)) return false;
  // "When asked by a reporter whether …": the question is a statement of its own, however long.
  if (tk[lo + 1]?.norm === 'asked' && lo === 0) return true;
  let words = 0;
  let comma = false;
  for (let i = lo; i < tk.length && tk[i]!.end <= span.end; i++) {
    const t = tk[i]!;
    if (t.norm === ',') comma = true;
    // "In all, the committee raised $57 million, records show": past the phrase's comma, a clause.
    else if (comma && isWord(t) && !t.capital && (isFiniteVerb(t.norm) || BE.has(t.norm))) return false;
    if (t.kind === 'word' && ++words > 8) return false;
  }
  return true;
}

/** Prepositions that open a phrase telling when or where something was said. */
const ADJUNCT_OPENERS = new Set(['after', 'before', 'during', 'at', 'on', 'in', 'into', 'while', 'from', 'outside', 'inside', 'following']);

/**
 * "Sweeny said after an event in Edison on Wednesday.": a short phrase of time or place after a
 * speech cue, with no verb in it, is no content; what was said stands elsewhere.
 */
function adjunctOnly(ctx: SentenceContext, k: number, span: Span): boolean {
  // "said pleasantly into the phone", "testified voluntarily in 1998": a manner adverb before the phrase.
  const manner = isWord(ctx.tokens[k]) && isAdverb(ctx.tokens[k]!);
  if (manner) k++;
  const first = ctx.tokens[k];
  if (!first || first.kind !== 'word' || !ADJUNCT_OPENERS.has(first.norm)) return false;
  let words = 0;
  for (let i = k; i < ctx.tokens.length && ctx.tokens[i]!.end <= span.end; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind === 'quote') return false;
    if (t.kind !== 'word') continue;
    if (++words > 10 || (!t.capital && (isFiniteVerb(t.norm) || BE.has(t.norm)))) return false;
    // "talked openly on social media about her views": the topic after the place is what was said.
    if (manner && TOPIC_PREPOSITIONS.has(t.norm)) return false;
  }
  return true;
}

/** Prepositions that name what a statement is about ("about", "against"), not when or where it was made. */
const TOPIC_PREPOSITIONS = new Set(['about', 'against', 'of', 'for', 'that']);

/** Conjunctions after a comma that open a clause with a subject of its own. */
const SUBJECT_OPENERS = new Set(['while', 'but', 'whereas', 'although', 'though', 'and', 'after', 'as', 'when', 'because']);

/** Prepositions that may sit inside a long subject ("but the report on Wednesday cited …"). */
const SUBJECT_PREPOSITIONS = new Set(['in', 'of', 'on', 'at', 'from']);

/** "says", "wants": the present tense of a cue verb, which the word lexicon leaves untagged. */
const presentCue = (norm: string, entry: CueEntry): boolean => norm.endsWith('s') && norm !== entry.lemma;

/** A comma, or a quotation that ends with one ("“… a terrible mistake,” although …"). */
function commaBefore(text: string, t: Token): boolean {
  return t.norm === ',' || (t.kind === 'quote' && /,[\s'’‘"]*$/.test(text.slice(t.quote!.inner.start, t.quote!.inner.end)));
}

/** The token before the comma of ", with <subject> <participle>", or 0. */
function withBefore(text: string, tokens: Token[], i: number): number {
  for (let k = i - 2; k >= 1 && i - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return 0;
    if (t.norm === 'with') return k >= 2 && (commaBefore(text, tokens[k - 1]!) || isDash(tokens[k - 1]!)) ? (tokens[k - 1]!.kind === 'quote' ? k - 1 : k - 2) : 0;
    // "with three in 10 saying …": a share of a group, not a place.
    if (t.norm === 'in' && /^\d+$/.test(tokens[k + 1]?.norm ?? '')) continue;
    if (CLAUSE_STOP.has(t.norm) && t.norm !== 'of') return 0;
  }
  return 0;
}

/**
 * "…, Cole saying he was pleased and Reyes calling it a fine meeting": after one name and cue
 * participle, "and" with another name and cue participle brings a second speaker. The index of
 * "and", or 0.
 */
function pairedAbsoluteAt(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && i - k <= 4 && isWord(tokens[k]) && tokens[k]!.capital) k--;
  if (k === i - 1 || tokens[k]?.norm !== 'and' || k < 3) return 0;
  for (let j = k - 2; j >= 1 && k - j <= 25; j--) {
    const t = tokens[j]!;
    if (isWord(t) && !t.capital && tokens[j - 1]!.capital && cueEntry(t.norm)?.participle) return k;
  }
  return 0;
}

const isDash = (t: Token): boolean => t.kind === 'punct' && (t.norm === '-' || t.norm === '—' || t.norm === '–' || t.norm === '―');

const MODALS = new Set(['would', 'should', 'could', 'might', 'must', 'will', 'can', 'may', 'shall']);

/** Whether a modal stands between tokens `from` and `to` (both excluded). */
function modalBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (MODALS.has(tokens[k]!.norm)) return true;
  return false;
}

/** A short speaker and a past-tense cue from token `k`: "he said", "Ramos wrote", "the senator added". */
function trailingCueAt(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && isWord(tokens[j]); j++) {
    const entry = cueEntry(tokens[j]!.norm);
    if (j > k && entry && entry.cls === 'speech' && !entry.participle && tokens[j]!.norm !== entry.lemma) return true;
  }
  return false;
}

const THEN_WORDS = new Set(['also', 'then', 'later', 'still']);

/**
 * "… but found him objectionable", "… but then declined to say": a finite verb with no subject of its
 * own, a second predicate for the subject before it. Not "but has …" nor "but would …": a helper verb
 * there mostly carries on the reported clause ("the plan is costly but would pay for itself").
 */
function coordinatedPredicateAt(tokens: Token[], k: number): boolean {
  let t = tokens[k];
  if (isWord(t) && THEN_WORDS.has(t.norm)) t = tokens[k + 1];
  return isWord(t) && !t.capital && !PRONOUNS.has(t.norm) && !MODALS.has(t.norm) && !BE.has(t.norm) && !PREDICATE_HELPERS.has(t.norm) && isFiniteVerb(t.norm);
}

/** Verbs whose "by" and -ing form name the very act of speaking: "responded by saying …", "began by thanking …". */
const ACT_BY_MEANS = new Set(['respond', 'answer', 'reply', 'explain', 'counter', 'react', 'begin', 'start', 'end', 'conclude', 'open', 'close', 'tell', 'talk', 'speak', 'say', 'argue', 'contend', 'frame', 'seek', 'try', 'hint', 'show']);

/**
 * "Cole dismissed the charge by pointing out that …", "defended the plan by citing a study": after a
 * stance verb and its object, "by" and a speaking verb's -ing form say something of their own.
 */
function byStanceAt(tokens: Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'by' || i < 3) return false;
  const next = tokens[i + 1];
  const ing = isWord(next) && !next.capital ? cueEntry(next.norm) : undefined;
  if (!ing || !ing.participle || ing.cls !== 'speech') return false;
  for (let k = i - 2; k >= 0 && i - k <= 14; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    const host = t.capital ? undefined : cueEntry(t.norm);
    // "defended his position on the tax by citing …": a cue noun after its determiner is part of the object.
    const noun = (ARTICLES.has(tokens[k - 1]?.norm ?? '') || POSSESSIVES.has(tokens[k - 1]?.norm ?? '')) && !/ed$/.test(t.norm);
    if (host && !host.participle && !noun) return (host.cls === 'speech' || host.cls === 'intent') && !ACT_BY_MEANS.has(host.lemma) && /(?:ed|s)$/.test(t.norm);
  }
  return false;
}

/** "he", "she" from token `from`, and only adverbs up to the cue at `cue`: "she says", "he now argues". */
function singularPronounSubject(tokens: Token[], from: number, cue: number): boolean {
  if (tokens[from]?.norm !== 'he' && tokens[from]?.norm !== 'she') return false;
  for (let j = from + 1; j < cue; j++) if (!isAdverb(tokens[j]!)) return false;
  return true;
}

/** The "(" of a short parenthesis closing at `close` right after a capitalized word ("Cole (D-Maine)"), or -1. */
function parenthesisAfterName(tokens: Token[], close: number): number {
  for (let p = close - 1; p >= 1 && close - p <= 6; p--) {
    if (tokens[p]!.norm === '(') return tokens[p - 1]!.kind === 'word' && tokens[p - 1]!.capital ? p : -1;
    if (tokens[p]!.kind === 'quote' || tokens[p]!.norm === ')') return -1;
  }
  return -1;
}

/** Words that open a clause a fenced phrase can sit in: "a statement that, while …, accused". */
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

const NO_STOPS: number[] = [];

/** Where a coordinated subject whose last conjunct starts at `from` begins (see coordinatedSubject), read before the sentence's stops exist. */
function coordinatedSubjectStart(text: string, tokens: Token[], last: number, titleCase: boolean, from: number): number {
  return coordinatedSubject({ text, tokens, last, stop: NO_STOPS, quotesBefore: NO_STOPS, nextQuote: NO_STOPS, floor: 0, titleCase, semiBefore: null, semiAfter: null }, from);
}

/** Words that open a phrase of time, place or condition: "after the vote", "sometime last week", "if elected". */
const CLAUSE_PHRASE_OPENERS = new Set(['after', 'before', 'since', 'until', 'during', 'in', 'on', 'at', 'by', 'within', 'despite', 'following', 'amid', 'upon', 'once', 'when', 'if', 'unless', 'because', 'although', 'though', 'sometime', 'last', 'next', 'earlier', 'later', 'now', 'then', 'eventually', 'ultimately', 'even']);

/** "… that after the vote, …": the comma at `comma` closes a phrase that opens the clause after a "that" following a word. */
function phraseAfterThat(tokens: Token[], comma: number): boolean {
  for (let j = comma - 2; j >= 1 && comma - j <= 12; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (t.norm === 'that') return isWord(tokens[j - 1]) && CLAUSE_PHRASE_OPENERS.has(tokens[j + 1]!.norm);
  }
  return false;
}

/** See SentenceContext.stop. */
function coordinationStops(text: string, tokens: Token[], last: number, titleCase: boolean): number[] {
  const stop = zeros(tokens.length);
  let next = last;
  // "…, Mr. Cole said he believed …": the subject between the new clause's start and its cue keeps
  // the stop it had, so that the cue before it ("said") still reaches its content.
  let keepAbove = tokens.length;
  let kept = last;
  for (let i = tokens.length - 1; i >= 0; i--) {
    stop[i] = i > keepAbove ? kept : next;
    const t = tokens[i]!;
    // "…, according to X" and "“…,” according to X" (the comma inside the closing quote).
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to' && i > 0 && commaBefore(text, tokens[i - 1]!)) {
      next = tokens[i - 1]!.kind === 'quote' ? i - 1 : i - 2;
      continue;
    }
    // "…, compared with 30 percent who said …": the comparison is the writer's, and whoever it
    // brings in speaks for themselves.
    if (t.norm === 'compared' && (tokens[i + 1]?.norm === 'with' || tokens[i + 1]?.norm === 'to') && i > 0 && commaBefore(text, tokens[i - 1]!)) {
      next = tokens[i - 1]!.kind === 'quote' ? i - 1 : i - 2;
      continue;
    }
    // "… about why no one was surprised: “Men, …,” she wrote": a quotation after a colon with a speaker
    // of its own after it ends what came before the colon.
    if (t.kind === 'quote' && i >= 2 && (tokens[i - 1]!.norm === ':' || isDash(tokens[i - 1]!)) && commaBefore(text, t) && isWord(tokens[i + 1]) && trailingCueAt(tokens, i + 1)) {
      next = i - 2;
      continue;
    }
    // "… he might lose Iowa, but the turnout there was higher …": a contrast with a subject of its own
    // after a comma is the writer's answer to what was said.
    // "…, and the turnout there was higher …" likewise, unless the comma closes an item of a list ("Iran, Russia, and a new Syria").
    if ((t.norm === 'but' || (t.norm === 'and' && !listItemBefore(tokens, i - 1))) && i >= 2 && tokens[i - 1]!.norm === ',' && contrastClauseAt(tokens, i)) {
      next = i - 2;
      continue;
    }
    // "… was rigged, a charge the council denied": the noun that names what was said has a speaker of its own.
    if ((t.norm === 'a' || t.norm === 'an') && i >= 2 && (summaryObjectAt(tokens, i) || summaryPassiveAt(tokens, i))) {
      next = i - 2;
      continue;
    }
    // "… would pay more, an acknowledgment that …", "…, a sign of growing unease": the writer's note on
    // what was said.
    if ((t.norm === 'a' || t.norm === 'an') && i >= 2 && tokens[i - 1]!.norm === ',' && writerNoteAt(tokens, i + 1)) {
      next = i - 2;
      continue;
    }
    if ((t.norm === 'a' || t.norm === 'an') && i >= 2 && appositiveNoteAt(text, tokens, i)) {
      next = i - 2;
      continue;
    }
    // ", which …", ", who …": a relative clause after a comma adds the writer's words, not the speaker's.
    // Not "… said the ruling, which struck down the law, shows …": a clause fenced by commas before the
    // verb of what was said sits inside its subject.
    if (t.kind === 'word' && (t.norm === 'which' || t.norm === 'whom' || t.norm === 'who') && tokens[i - 1]?.norm === ',') {
      if (!fencedInSubject(text, tokens, i)) next = i - 2;
      continue;
    }
    if (byStanceAt(tokens, i)) {
      next = i - 1;
      continue;
    }
    // "… offered a defense of the plan, delivering a tribute to the crew": a verb that speaks only as a
    // participle after a comma says something of its own.
    if (t.kind === 'word' && !t.capital && tokens[i - 1]?.norm === ',' && i >= 2 && gatedCueEntry(tokens, i)?.participle) {
      next = i - 2;
      continue;
    }
    // "… praised the mayor before explaining why …": the next act says something of its own.
    if (sequenceParticipleAt(tokens, i)) {
      next = tokens[i - 1]!.norm === ',' ? i - 2 : i - 1;
      continue;
    }
    // "… backed the plan, while insisting that …": "while" and a cue's -ing form say something more.
    // Not "a statement that, while condemning violence, accused …": there the phrase is fenced inside a clause.
    if (t.norm === 'while' && i >= 3 && tokens[i - 1]!.norm === ',' && !RELATIVE_WORDS.has(tokens[i - 2]!.norm) && isWord(tokens[i + 1]) && cueEntry(tokens[i + 1]!.norm)?.participle && cueEntry(tokens[i + 1]!.norm)!.cls !== 'evidence') {
      next = i - 2;
      continue;
    }
    // "… said she wanted change but found Trump too objectionable": "but" and a second verb for the
    // cue's own subject end what was said.
    if (t.norm === 'but' && i >= 2 && coordinatedPredicateAt(tokens, i + 1)) {
      next = tokens[i - 1]!.norm === ',' ? i - 2 : i - 1;
      continue;
    }
    if (t.kind === 'word' && i > 0 && !t.capital) {
      const entry = cueEntry(t.norm);
      const prev = tokens[i - 1]!;
      // "…, while 9 percent found …", "…, but Cook did not say …": a new clause with its own speaker.
      // "…, while Trump is arguing that …": a progressive cue is finite as its "be" is.
      const progressive = !!entry && entry.participle && i >= 2 && (prev.norm === 'is' || prev.norm === 'are' || prev.norm === 'was' || prev.norm === 'were');
      let k = progressive ? i - 2 : i - 1;
      // Not past another finite cue: in "…, while Cole said she thought …" the clause "while" opens is the one of "said".
      if (entry && (!entry.participle || progressive)) {
        let reach = 9;
        for (;;) {
          while (k >= 0 && i - k <= reach && tokens[k]!.kind === 'word' && !SUBJECT_OPENERS.has(tokens[k]!.norm) && (!CLAUSE_STOP.has(tokens[k]!.norm) || SUBJECT_PREPOSITIONS.has(tokens[k]!.norm)) && !(k < i - 1 && !tokens[k]!.capital && isFiniteVerb(tokens[k]!.norm) && cueEntry(tokens[k]!.norm) !== undefined)) k--;
          // "…, but Sen. Ann Cole (D-Maine) said …": a parenthesis right after a name is part of the subject.
          const open = k >= 2 && tokens[k]!.norm === ')' && reach === 9 ? parenthesisAfterName(tokens, k) : -1;
          if (open < 0) break;
          reach += k - open + 1;
          k = open - 1;
        }
        // "… because Congress and President Obama agreed …", "…, Mills and an aide asked …": "and" joins
        // two subjects, so the clause starts where the first of them does.
        if (k >= 2 && tokens[k]!.norm === 'and' && !entry.participle) k = coordinatedSubjectStart(text, tokens, last, titleCase, k + 1) - 1;
      }
      const hold = (): void => {
        keepAbove = k;
        kept = next;
      };
      // ", when Cole called for …" tells when (", because …" why), as a part of what was said; ", when Cole claimed …" speaks again.
      // "… said that, while polls show …, …": after "that" the clause is the start of what was said.
      if (entry && (!entry.participle || progressive) && k >= 1 && k < i - 1 - (progressive ? 1 : 0) && SUBJECT_OPENERS.has(tokens[k]!.norm) && ((tokens[k]!.norm !== 'when' && tokens[k]!.norm !== 'because') || entry.cls === 'speech') && (commaBefore(text, tokens[k - 1]!) || isDash(tokens[k - 1]!)) && !(k >= 2 && tokens[k - 1]!.norm === ',' && tokens[k - 2]!.norm === 'that')) {
        hold();
        next = tokens[k - 1]!.kind === 'quote' ? k - 1 : k - 2;
      }
      // "… defended the plan while critics warned …": "while" opens a clause of its own without a comma too.
      // Not "… said that while polls showed …": after "that" the clause is the start of what was said.
      else if (entry && (!entry.participle || progressive) && k >= 1 && k < i - 1 - (progressive ? 1 : 0) && (tokens[k]!.norm === 'while' || tokens[k]!.norm === 'whereas') && isWord(tokens[k - 1]) && tokens[k - 1]!.norm !== 'that') {
        hold();
        next = k - 1;
      }
      // "…, even as he understands …", "…, just as the page says …".
      else if (entry && (!entry.participle || progressive) && k >= 2 && k < i - 1 - (progressive ? 1 : 0) && tokens[k]!.norm === 'as' && (tokens[k - 1]!.norm === 'even' || tokens[k - 1]!.norm === 'just') && (commaBefore(text, tokens[k - 2]!) || isDash(tokens[k - 2]!))) {
        hold();
        next = tokens[k - 2]!.kind === 'quote' ? k - 2 : k - 3;
      }
      // "… and 14 percent said …", "… when Cole claimed …": "and", "but" or "when", a subject and a cue verb start a statement of its own.
      // After "when" only a verb of speaking does: "… was angry when he called the depot" tells when, within what was said.
      // Not "both he and Rubio promised …": after a subject pronoun "and" joins two subjects.
      else if (entry && reportsAgain(entry) && !entry.participle && k >= 1 && k < i - 1 && (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'but' || (tokens[k]!.norm === 'when' && entry.cls === 'speech')) && !SUBJECT_PRONOUNS.has(tokens[k - 1]!.norm) && (isFiniteVerb(t.norm) || (presentCue(t.norm, entry) && !!tokens[k + 1]!.capital))) {
        hold();
        next = k - 1;
      }
      // "… and she says …", "… but he now argues …": "he" or "she" and a cue's -s form after "and" or "but"
      // make a clause of its own.
      else if (entry && reportsAgain(entry) && !entry.participle && k >= 1 && k < i - 1 && (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'but') && presentCue(t.norm, entry) && singularPronounSubject(tokens, k + 1, i)) {
        hold();
        next = k - 1;
      }
      // "…, John said none were added": a comma, a short subject and a cue verb start a statement of its own.
      // Not "…, he would have asked for more": a modal makes it the main clause of a condition, not a reporting one.
      // Not "… told agents that after the vote, he realized …": a phrase opening the clause after "that" leaves it whole.
      else if (entry && !entry.participle && k >= 1 && k < i - 1 && (tokens[k]!.norm === ',' || tokens[k]!.norm === ':' || isDash(tokens[k]!)) && (isFiniteVerb(t.norm) || (presentCue(t.norm, entry) && !!tokens[k + 1]!.capital)) && !modalBetween(tokens, k, i) && !(tokens[k]!.norm === ',' && phraseAfterThat(tokens, k))) {
        hold();
        next = k - 1;
      }
      // "… that the two had “been friends for a while,” he claimed they …": a quotation closed by its comma does the same.
      else if (entry && !entry.participle && k >= 1 && k < i - 1 && tokens[k]!.kind === 'quote' && commaBefore(text, tokens[k]!) && (isFiniteVerb(t.norm) || (presentCue(t.norm, entry) && !!tokens[k + 1]!.capital)) && !modalBetween(tokens, k, i)) {
        hold();
        next = k;
      }
      // "X, who is thinking about running, said …", "X, a critic of A, said …": the main verb after a
      // comma speaks again.
      else if (entry && !entry.participle && prev.norm === ',' && isFiniteVerb(t.norm) && i >= 2) next = i - 2;
      // "…, with Senator Cole telling reporters …": an absolute phrase brings a speaker of its own.
      else if (entry && entry.participle && withBefore(text, tokens, i)) next = withBefore(text, tokens, i);
      else if (entry && entry.participle && entry.cls !== 'evidence' && pairedAbsoluteAt(tokens, i) > 0) next = pairedAbsoluteAt(tokens, i) - 1;
      else if (entry && entry.cls !== 'evidence' && (((prev.norm === 'and' || prev.norm === 'but') && tokens[i - 2]?.kind !== 'word') || ((prev.norm === ',' || isDash(prev)) && entry.participle))) next = i - 2;
      else if (entry && entry.participle && prev.kind === 'quote') next = i - 1;
      // "…calling them rapists and vowing to …": a second participle cue is a statement of its own.
      else if (entry && entry.participle && entry.cls !== 'evidence' && (prev.norm === 'and' || prev.norm === 'but')) next = i - 2;
      else if (entry && reportsAgain(entry) && (prev.norm === 'and' || prev.norm === 'but') && !entry.participle && (/(?:ed|told|said|wrote|thought|felt|knew|sought|found)$/.test(t.norm) || (t.norm.endsWith('s') && t.norm !== entry.lemma)) && tokens[i - 2]?.kind === 'word') next = i - 2;
      // "… and also warned that …", "… but then said …".
      else if (entry && reportsAgain(entry) && !entry.participle && entry.cls !== 'evidence' && andBefore(tokens, i) >= 1 && andBefore(tokens, i) < i - 1 && tokens[andBefore(tokens, i) - 1]!.kind === 'word' && (AND_HELPERS.has(prev.norm) || prev.norm === 'not' || /(?:ed|told|said|wrote|thought|felt|knew|sought|found)$/.test(t.norm) || (t.norm.endsWith('s') && t.norm !== entry.lemma))) next = andBefore(tokens, i) - 1;
    }
  }
  subordinateClauseStop(tokens, stop);
  dashedRelativeStop(tokens, stop);
  commaRelativeStop(text, tokens, stop);
  return stop;
}

/**
 * "Cole said the town was tired and wanted a new mayor", "… and most drivers believe …": after "and",
 * a verb of wanting or believing mostly goes on with what was said; a second verb of speaking
 * ("… and added", "… and the engineers argued") says something new.
 */
function reportsAgain(entry: CueEntry): boolean {
  return (entry.cls !== 'intent' && entry.cls !== 'belief') || SPOKEN_INTENTS.has(entry.lemma);
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'we', 'they', 'i']);

/** Intentions said out loud: "… and vowed to …", "… and promised …" make a second statement, as a verb of speaking does. */
const SPOKEN_INTENTS = new Set(['vow', 'pledge', 'promise', 'threaten']);

/** The comma at `comma` closes a short item that another comma opened: "Iran, Russia, and …". */
function listItemBefore(tk: Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= 4; k--) {
    if (tk[k]!.norm === ',') return k < comma - 1;
    if (tk[k]!.kind !== 'word') return false;
  }
  return false;
}

/** "but the turnout was", "but Cole has": a subject that is no pronoun of the speaker's, then its verb. */
function contrastClauseAt(tk: Token[], i: number): boolean {
  const n = tk[i + 1];
  return isWord(n) && (n.capital || SUBJECT_STARTS.has(n.norm)) && !PRONOUNS.has(n.norm) && clauseFollows(tk, i);
}

/** Nouns by which the writer sums up what was said: "a sign of", "a clear reference to", "an admission that". */
const WRITER_NOTES = new Set(['sign', 'move', 'reference', 'nod', 'signal', 'indication', 'reminder', 'rebuke', 'departure', 'reversal', 'acknowledgment', 'acknowledgement', 'admission', 'swipe', 'jab', 'dig', 'shot', 'testament', 'allusion', 'echo']);

/** A writer's note noun within two words of `k`: "sign", "clear sign", "not-so-subtle dig". */
function writerNoteAt(tk: Token[], k: number): boolean {
  for (let j = k; j <= k + 2 && isWord(tk[j]); j++) if (WRITER_NOTES.has(tk[j]!.norm)) return true;
  return false;
}

/**
 * "… to repeal the Hyde Amendment, a federal provision that bars …", "… not to protest inside the hall — a
 * message that has not been heeded": a noun phrase with a relative clause of its own after a comma or a
 * dash, closing the sentence, is the writer's note on what came before. Not when a comma or a dash closes
 * it before a predicate ("Mr. Cole - an independent who … - would push …": there it sits inside a subject).
 */
function appositiveNoteAt(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  if (before.norm !== ',' && !isDash(before)) return false;
  // "… and ultimately killing, a bill that …": after a verb the phrase is its object.
  const last = tokens[i - 2]!;
  if (before.norm === ',' && isWord(last) && !last.capital && (last.norm.endsWith('ing') || isFiniteVerb(last.norm))) return false;
  // "described, in blistering terms, a set of practices that …", "called X, a former director who …, an
  // outstanding leader who …": after a phrase fenced by commas the noun phrase is what was said.
  for (let j = i - 2; j >= 1 && i - j <= 12; j--) {
    if (tokens[j]!.norm !== ',') continue;
    const opener = tokens[j + 1]!.norm;
    if (opener === 'a' || opener === 'an' || SUBJECT_PREPOSITIONS.has(opener) || ['in', 'on', 'at', 'with', 'for', 'by', 'during'].includes(opener)) return false;
    break;
  }
  let rel = -1;
  for (let j = i + 1; j <= i + 5 && isWord(tokens[j]); j++) {
    if (RELATIVE_WORDS.has(tokens[j]!.norm) || tokens[j]!.norm === 'whose') {
      rel = j;
      break;
    }
  }
  if (rel < 0) return false;
  // A cue inside the note would speak for itself once the note is no longer part of what was said;
  // those notes ("…, a bill that critics called anti-gay") stay where they were.
  for (let k = rel + 1; k < tokens.length; k++) if (isDash(tokens[k]!) || (isWord(tokens[k]) && cueEntry(tokens[k]!.norm))) return false;
  return !fencedInSubject(text, tokens, rel);
}

/** Helper verbs and forms of "be" that open a predicate: "…, has been …", "…, will …". */
const PREDICATE_HELPERS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'remains', 'remained']);

/** Whether the words from `k` open a predicate: a finite verb, after at most two adverbs ("quickly went", "also plans"). */
function opensPredicate(tokens: Token[], k: number): boolean {
  for (let n = 0; n < 3; n++) {
    const t = tokens[k + n];
    if (!isWord(t) || t.capital) return false;
    if (PREDICATE_HELPERS.has(t.norm) || isFiniteVerb(t.norm)) return true;
    const entry = cueEntry(t.norm);
    if (entry && !entry.participle && t.norm !== entry.lemma) return true;
    if (/[^e]ed$/.test(t.norm) && t.norm.length > 4 && tagOfLower(t.norm) === undefined) return true;
    if (!(BETWEEN.has(t.norm) || (t.norm.endsWith('ly') && tagOfLower(t.norm) === undefined) || FENCED.has(t.norm))) return false;
  }
  return false;
}

/** ", which struck down the law, shows …": a relative clause at `i` closed by a comma before a predicate. */
function fencedInSubject(text: string, tokens: Token[], i: number): boolean {
  for (let close = i + 2; close < tokens.length && close - i < 40; close++) {
    const t = tokens[close]!;
    // "charges $20,000 a speech": a currency or percent sign is part of the clause.
    if (t.kind === 'punct' && t.norm !== ',' && t.norm !== '$' && t.norm !== '%' && !isDash(t)) return false;
    if (commaBefore(text, t) && predicateAfterFence(tokens, close + 1)) return true;
  }
  return false;
}

/**
 * Whether the words from `k` open the predicate a fenced clause sat before: as opensPredicate, or the -s form
 * of a verb the lexicon does not know, before its object ("…, illustrates the importance of …").
 */
function predicateAfterFence(tokens: Token[], k: number): boolean {
  if (opensPredicate(tokens, k)) return true;
  const t = tokens[k];
  return isWord(t) && !t.capital && t.norm.length > 4 && /[^su]s$/.test(t.norm) && tagOfLower(t.norm) === undefined && isWord(tokens[k + 1]) && VERB_NEXT.has(tokens[k + 1]!.norm);
}

/**
 * "Cole, who said the bridge would close, voted for it": what was said inside a relative clause
 * fenced by commas ends at the comma before the main verb, so that the sentence goes on as the
 * writer's (or as the main verb's own statement).
 */
function commaRelativeStop(text: string, tokens: Token[], stop: number[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w.kind !== 'word' || (w.norm !== 'who' && w.norm !== 'which') || tokens[i - 1]!.norm !== ',') continue;
    let close = i + 2;
    while (close < tokens.length && close - i < 40 && !(commaBefore(text, tokens[close]!) && predicateAfterFence(tokens, close + 1))) close++;
    if (close >= tokens.length || close - i >= 40) continue;
    const end = tokens[close]!.kind === 'quote' ? close : close - 1;
    for (let k = i; k < close; k++) stop[k] = Math.min(stop[k]!, end);
    i = close;
  }
}

/**
 * "The mayor — who had said the bridge would close — said …": what was said inside a relative
 * clause fenced by dashes ends at the closing dash, so that the verb after it speaks again.
 */
function dashedRelativeStop(tokens: Token[], stop: number[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w.kind !== 'word' || (w.norm !== 'who' && w.norm !== 'which') || !isDash(tokens[i - 1]!)) continue;
    let close = i + 1;
    while (close < tokens.length && close - i < 40 && !isDash(tokens[close]!)) close++;
    if (close >= tokens.length || !isDash(tokens[close]!)) continue;
    let v = close;
    while (v < tokens.length && isDash(tokens[v]!)) v++;
    const verb = tokens[v];
    if (!verb || verb.kind !== 'word' || verb.capital || !isFiniteVerb(verb.norm)) continue;
    for (let k = i; k < close; k++) stop[k] = Math.min(stop[k]!, close - 1);
    i = close;
  }
}

/** Words that open a sentence with a clause or phrase before the main one: "While X said …, Y …", "Even as …", "In a speech attacking …, …", "Among those who want …, most …". */
const SUBORDINATORS = new Set(['even', 'in', 'during', 'while', 'although', 'though', 'after', 'when', 'because', 'since', 'whereas', 'once', 'until', 'unless', 'before', 'if', 'despite', 'following', 'among', 'as']);

/**
 * "Although Cole said the plan was dead, the council voted for it": what was said in an opening
 * subordinate clause ends at the comma that closes the clause.
 */
function subordinateClauseStop(tokens: Token[], stop: number[]): void {
  // "And after the judge said …, lawmakers …": a conjunction may come first.
  const lead = isWord(tokens[0]) && (tokens[0]!.norm === 'and' || tokens[0]!.norm === 'but') ? 1 : 0;
  const first = tokens[lead];
  if (!first || first.kind !== 'word') return;
  // "Noting that only one senator voted for it, Cole added …": an opening participle phrase ends at
  // its first comma.
  const participle = first.norm.endsWith('ing') && first.norm.length > 5 && !SUBORDINATORS.has(first.norm);
  if (!participle && !SUBORDINATORS.has(first.norm)) return;
  let cue = false;
  for (let i = lead + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && cueEntry(t.norm)) cue = true;
    else if ((cue || participle) && t.norm === ',') {
      if (cue) for (let k = 0; k < i; k++) stop[k] = Math.min(stop[k]!, i - 1);
      return;
    }
  }
}

function overlapsAny(span: Span, ranges: readonly Span[]): boolean {
  for (const r of ranges) if (r.start < span.end && span.start < r.end) return true;
  return false;
}

/**
 * A sentence's statements by where their cue starts, and the index of the first whose cue starts at or
 * after an offset (a binary search), so that a pass over the statements can look only at nearby cues.
 */
function cueIndex(found: readonly Found[]): { byCue: Found[]; firstCueFrom: (at: number) => number } {
  const byCue = found.filter((g) => g.cue).sort((a, b) => a.cue!.start - b.cue!.start);
  const firstCueFrom = (at: number): number => {
    let lo = 0;
    let hi = byCue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byCue[mid]!.cue!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { byCue, firstCueFrom };
}

/**
 * "“A,” Cole said, asked about …": a statement whose speaker holds another's cue and whose content is
 * that statement's again read the same words twice; the other one stands.
 */
function dropEchoes(found: Found[]): Found[] {
  if (found.length < 2) return found;
  // Each speaker span looks only at the cues inside it: a sentence with thousands of statements stays linear.
  const { byCue, firstCueFrom } = cueIndex(found);
  const echoed = (f: Found): boolean => {
    const span = f.speakerSpan;
    if (!span) return false;
    for (let i = firstCueFrom(span.start); i < byCue.length && byCue[i]!.cue!.start < span.end; i++) {
      const g = byCue[i]!;
      if (g !== f && g.cue!.end <= span.end && f.content.some((a) => g.content.some((b) => a.start < b.end && b.start < a.end))) return true;
    }
    return false;
  };
  return found.filter((f) => !echoed(f));
}

/** Cues whose object is the document that carries the words: "released a statement", "wrote a letter". */
const VEHICLE_CUES = new Set(['release', 'issue', 'write', 'publish', 'post', 'send']);

/**
 * "The party released a statement Monday, offering an apology": the participle after the comma says
 * what the statement said; the statement named before it is only its vehicle, not a second one.
 */
function dropVehicles(text: string, found: Found[]): Found[] {
  if (found.length < 2) return found;
  // Each vehicle looks only at the cues right after it: a sentence with thousands of statements stays linear.
  const { byCue, firstCueFrom } = cueIndex(found);
  return found.filter((f) => {
    if (!f.cue || f.kind !== 'indirect' || f.content.length !== 1) return true;
    const entry = cueEntry(f.cue.text.toLowerCase());
    if (!entry || !VEHICLE_CUES.has(entry.lemma)) return true;
    const { start, end } = f.content[0]!;
    // Not "wrote about the rally, saying …": only a named document is a vehicle.
    if (!/^(?:an?|the|its|his|her|their)\s/i.test(text.slice(start, start + 6))) return true;
    // Not "released an ad aimed at Cole, questioning …": a cue inside the object keeps its own reading.
    const inside = firstCueFrom(start);
    if (inside < byCue.length && byCue[inside]!.cue!.start < end) return true;
    const speaker = f.speakerSpan?.start;
    for (let k = firstCueFrom(end + 1); k < byCue.length; k++) {
      const g = byCue[k]!;
      if (!/^\s*,\s*$/.test(text.slice(end, g.cue!.start))) break;
      if (g !== f && g.speakerSpan?.start === speaker && /ing$/i.test(g.cue!.text)) return false;
    }
    return true;
  });
}

/** Words of a date or a span of time: "a few days later", "just today", "in 2012", "Tuesday night". */
const WHEN_WORDS = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'previously', 'recently', 'ago', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'weekend']);
const WHEN_FILLERS = new Set(['a', 'an', 'the', 'few', 'several', 'just', 'only', 'last', 'next', 'this', 'on', 'in', 'at', 'during', 'early', 'late']);

/**
 * "…, as the paper reported a few days later.": when all a cue is followed by is a date, the date is
 * not what was said, and the statement read from it says nothing.
 */
function isOnlyWhen(text: string, content: readonly Span[]): boolean {
  // Six words of a date fit in 60 characters; a longer content is never only one.
  if (content.length !== 1 || content[0]!.end - content[0]!.start > 60) return false;
  const words = text.slice(content[0]!.start, content[0]!.end).toLowerCase().match(/[\p{L}\d']+/gu) ?? [];
  return words.length > 0 && words.length <= 6 && words.some((w) => WHEN_WORDS.has(w) || /^(?:19|20)\d\d$/.test(w)) && words.every((w) => WHEN_WORDS.has(w) || WHEN_FILLERS.has(w) || /^\d+$/.test(w));
}

/**
 * A quotation set as a paragraph of its own and credited by the line after it ("- Bernie Sanders.")
 * is the credited name's, in place of any speaker read for it otherwise (a paragraph that goes on
 * from the previous speaker's quote). `all` stays in text order.
 */
function creditQuotes(text: string, paragraphs: readonly Span[], quotes: readonly Quotation[], chains: Map<number, Quotation[]>, all: Found[]): void {
  const credited: { from: number; to: number; found: Found }[] = [];
  for (const credit of findCredits(text, paragraphs, quotes)) {
    const inner = trimSpan(text, credit.quote.inner);
    if (!inner) continue;
    const from = chains.get(credit.quote.chain)?.[0]?.start ?? credit.quote.start;
    credited.push({ from, to: credit.quote.end, found: { speakerSpan: credit.speakerSpan, speakerForm: 'name', cue: credit.cue, content: [inner], kind: 'direct', quote: credit.quote, trailing: false } });
  }
  if (credited.length === 0) return;
  // The credited regions are disjoint and in text order: one merge keeps this linear.
  const starts = credited.map((c) => c.from);
  const regionOf = (f: Found): number => {
    const first = f.content[0];
    if (!first) return -1;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= first.start) lo = mid + 1;
      else hi = mid;
    }
    const c = credited[lo - 1];
    return c && f.content.every((s) => s.start >= c.from && s.end <= c.to) ? lo - 1 : -1;
  };
  const merged: Found[] = [];
  let next = 0;
  for (const f of all) {
    const start = f.content[0]?.start ?? 0;
    while (next < credited.length && credited[next]!.found.content[0]!.start < start) merged.push(credited[next++]!.found);
    if (regionOf(f) < 0) merged.push(f);
  }
  while (next < credited.length) merged.push(credited[next++]!.found);
  all.length = 0;
  for (const f of merged) all.push(f);
}

/**
 * `n` zeros. The sentence loop keeps its per-token tables in plain arrays: a typed array costs a
 * buffer of its own, several per sentence.
 */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** A pronoun as the whole speaker, with or without a contracted verb: "He", "They're". */
const PRONOUN_SPEAKER = /^(?:he|she|they|we|i|you|it)(?:['’](?:s|m|ve|d|ll|re))?$/i;

/**
 * "FALLIN: I think … I trust him …", "Chris Matthews: …" after another such paragraph: a transcript,
 * where the paragraph after a name and a colon is that person's answer. A name in capitals marks one,
 * and so does a paragraph that answers another; a name in ordinary case alone may head a section
 * ("Jeb Bush: Student loans …") whose text is the writer's.
 */
function transcriptLead(text: string, lead: Found | null, dialogue: boolean): Found | null {
  if (!lead?.speakerSpan) return null;
  const name = text.slice(lead.speakerSpan.start, lead.speakerSpan.end);
  return dialogue || (/\p{Lu}.*\p{Lu}/u.test(name) && name === name.toUpperCase()) ? lead : null;
}

/**
 * "Cole: Hold the line." as a paragraph of its own inside an article: a section heading naming
 * whom the section is about, with a short phrase for what the writer says they need, not what
 * they said. Only a name of one or two words in ordinary case (a name in capitals marks a
 * transcript), and at most five words after the colon, making up the whole paragraph.
 */
function sectionHeading(text: string, paragraph: Span, sentence: Span, tokens: readonly Token[], opening: Found): boolean {
  const colon = tokens[1]?.norm === ':' ? 1 : tokens[2]?.norm === ':' ? 2 : -1;
  if (colon < 0 || opening.cue!.start !== tokens[colon]!.start || text.slice(sentence.end, paragraph.end).trim() !== '') return false;
  const name = text.slice(tokens[0]!.start, tokens[colon - 1]!.end);
  if (name === name.toUpperCase()) return false;
  let words = 0;
  for (let i = colon + 1; i < tokens.length; i++) if (tokens[i]!.kind === 'word') words++;
  return words <= 5;
}

/**
 * Every attribution in a news text: who (speakerSpan), the cue, what (content spans) and how
 * (direct quote, indirect speech, or a mix). Rules over tokens around cue verbs; linear in the
 * text's length.
 */
export function findAttributions(text: string, options: AttributionOptions = {}): Attribution[] {
  const skip = options.skip ?? [];
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotations(text, paragraphs);
  const chains = new Map<number, Quotation[]>();
  for (const q of quotes) {
    const list = chains.get(q.chain);
    if (list) list.push(q);
    else chains.set(q.chain, [q]);
  }
  const all: Found[] = [];
  let colon: Pick<Found, 'speakerSpan' | 'speakerForm' | 'cue'> | null = null;
  let colonLead: Found | null = null;
  /** Whether the paragraph before opened with a name and a colon. */
  let dialogue = false;
  let qi = 0;
  for (const p of paragraphs) {
    while (qi < quotes.length && quotes[qi]!.start < p.start) qi++;
    let qEnd = qi;
    while (qEnd < quotes.length && quotes[qEnd]!.start < p.end) qEnd++;
    const inParagraph = quotes.slice(qi, qEnd);
    let previous: Found | null = null;
    /** The quotation that made up the sentence before, when nobody was given it there. */
    let loneQuote: Token | null = null;
    /** "FALLIN: I think … I know …": the transcript answer this paragraph is, when it is one. */
    let lead: Found | null = null;
    let first = true;
    for (const s of splitSentences(text, p, inParagraph)) {
      if (skip.length > 0 && overlapsAny(s, skip)) {
        previous = null;
        continue;
      }
      const tokens = tokenize(text, s, inParagraph);
      let last = tokens.length - 1;
      while (last >= 0 && tokens[last]!.kind === 'punct') last--;
      const quotesBefore = zeros(tokens.length + 1);
      const nextQuote = new Array<number>(tokens.length + 1).fill(-1);
      for (let i = 0; i < tokens.length; i++) quotesBefore[i + 1] = quotesBefore[i]! + (tokens[i]!.kind === 'quote' ? 1 : 0);
      for (let i = tokens.length - 1; i >= 0; i--) nextQuote[i] = tokens[i]!.kind === 'quote' ? i : nextQuote[i + 1]!;
      let words = 0;
      let capitals = 0;
      let semicolon = false;
      for (const t of tokens) {
        if (t.kind !== 'word') {
          if (t.norm === ';') semicolon = true;
          continue;
        }
        words++;
        if (t.capital) capitals++;
      }
      const titleCase = words >= 3 && capitals * 10 >= words * 7;
      let semiBefore: number[] | null = null;
      let semiAfter: number[] | null = null;
      if (semicolon) {
        semiBefore = zeros(tokens.length);
        semiAfter = zeros(tokens.length);
        for (let i = 0, at = -1; i < tokens.length; i++) semiBefore[i] = at = tokens[i]!.norm === ';' ? i : at;
        for (let i = tokens.length - 1, at = tokens.length; i >= 0; i--) semiAfter[i] = at = tokens[i]!.norm === ';' ? i : at;
      }
      const ctx: SentenceContext = { text, tokens, last, stop: coordinationStops(text, tokens, last, titleCase), quotesBefore, nextQuote, floor: 0, titleCase, semiBefore, semiAfter };
      const found = dropVehicles(text, dropEchoes(attributeSentence(ctx))).filter((f) => !isOnlyWhen(text, f.content));
      for (const f of found) {
        const aside = readAsAside(ctx, f);
        if (aside) endBeforeAside(ctx, aside, found);
      }
      // “… are missing.” Trump said. — the sentence ended inside the quote, and the next one names who spoke.
      const said = loneQuote ? saidAfterQuote(ctx) : null;
      if (said && loneQuote) {
        const inner = trimSpan(text, loneQuote.quote!.inner);
        const at = found.findIndex((f) => f.cue !== null && f.cue.start === said.cue.start);
        if (at >= 0) found.splice(at, 1);
        if (inner) found.unshift({ ...said, content: [inner], kind: 'direct', quote: loneQuote.quote, trailing: true });
      }
      loneQuote = found.length === 0 && tokens[0]?.kind === 'quote' && last === 0 ? tokens[0] : null;
      if (found.length === 0 && previous && previous.kind === 'direct' && previous.trailing && last === 0 && tokens[0]!.kind === 'quote') {
        // “A,” he said. “B.” — the quote goes on after its attribution.
        const inner = trimSpan(text, tokens[0]!.quote!.inner);
        if (inner) previous.content.push(inner);
        const chain = chains.get(tokens[0]!.quote!.chain) ?? [];
        const more = chain.length > MAX_CHAIN ? [] : chain;
        for (const q of more) if (q.start > tokens[0]!.start && !(skip.length > 0 && overlapsAny(q, skip))) pushInner(text, previous, q);
        previous = null;
        loneQuote = null;
        continue;
      }
      // "More from Jones:" / "Reporter Ann Cole says:" closes a paragraph, and the quotation after it is theirs.
      const opensWithQuote = tokens[0]?.kind === 'quote' && !found.some((f) => f.content.some((sp) => sp.start < tokens[0]!.end && tokens[0]!.start < sp.end));
      if (colon && opensWithQuote) {
        const inner = trimSpan(text, tokens[0]!.quote!.inner);
        if (inner) found.unshift({ ...colon, content: [inner], kind: 'direct', quote: tokens[0]!.quote, trailing: false });
      } else if (colonLead && opensWithQuote) {
        // "President Cole released the following statement:" — what the cue took for its content
        // only announces the quotation after it.
        // "Pollak observed the biggest victor was the stage itself:" — a claim of its own, and the quotation another.
        const inner = trimSpan(text, tokens[0]!.quote!.inner);
        const said = colonLead.content[0]!;
        if (inner && text.slice(said.start, said.end).split(' ').length > 5) found.unshift({ ...colonLead, content: [inner], kind: 'direct', quote: tokens[0]!.quote, trailing: false });
        else if (inner) {
          colonLead.content = [inner];
          colonLead.kind = 'direct';
          colonLead.quote = tokens[0]!.quote;
        }
      }
      // "Hewitt writes:" closing a paragraph, and a paragraph of prose after it: the excerpt is theirs.
      if (colon && first && found.length === 0 && !opensWithQuote) {
        const excerpt = excerptAfterColon(text, p, tokens, colon);
        if (excerpt) found.push(excerpt);
      }
      colon = found.length === 0 ? (colonSpeaker(ctx) ?? closingColonSubject(ctx)) : null;
      colonLead = null;
      const lastFound = found[found.length - 1];
      if (found.length > 0 && last >= 1 && tokens[last + 1]?.norm === ':' && last + 1 === tokens.length - 1 && lastFound!.kind === 'indirect' && lastFound!.speakerSpan && lastFound!.content[lastFound!.content.length - 1]!.end <= tokens[last + 1]!.start && lastFound!.content[0]!.start >= (lastFound!.cue?.end ?? 0)) colonLead = lastFound!;
      if (first) {
        let opening = found.find((f) => f.cue?.text === ':' && f.speakerSpan?.start === tokens[0]?.start) ?? null;
        if (opening && !dialogue && p.start > 0 && sectionHeading(text, p, s, tokens, opening)) {
          found.splice(found.indexOf(opening), 1);
          opening = null;
        }
        lead = transcriptLead(text, opening, dialogue);
        dialogue = opening !== null;
      } else if (lead) {
        // "Clinton: “…” Bush: “…”": another name that speaks ends the answer.
        if (found.some((f) => f.cue?.text === ':' || (f.speakerSpan && /^\p{Lu}/u.test(text.slice(f.speakerSpan.start, f.speakerSpan.end)) && !PRONOUN_SPEAKER.test(text.slice(f.speakerSpan.start, f.speakerSpan.end))))) lead = null;
        else {
          const inner = trimSpan(text, s);
          if (inner) lead.content.push(inner);
        }
      }
      first = false;
      for (const f of found) all.push(f);
      previous = found.length > 0 ? found[found.length - 1]! : null;
    }
  }
  creditQuotes(text, paragraphs, quotes, chains, all);
  // Quotes over several paragraphs: the content is every paragraph of the quote.
  for (const f of all) {
    if (f.kind !== 'direct' || !f.quote) continue;
    const chain = chains.get(f.quote.chain);
    // A chain longer than any real quote is a run of stray marks: keep the one quote.
    if (!chain || chain.length < 2 || chain.length > MAX_CHAIN) continue;
    const spans: Span[] = [];
    for (const q of chain) {
      if (skip.length > 0 && overlapsAny(q, skip)) continue;
      const inner = trimSpan(text, q.inner);
      if (inner) spans.push(inner);
    }
    const tail = f.content.filter((s) => s.start >= f.quote!.end);
    f.content = [...spans, ...tail.filter((s) => !spans.some((x) => x.start === s.start))];
  }
  // A cue inside what someone else said is part of their words ("… said it would reject “…”",
  // "“We told them …,” he said"): not a statement of its own. Every cue holds others, "according to"
  // and cue phrases too, and nouns are held as verbs are: "The council expects a vote, according to
  // the mayor" is the mayor's statement, not also the council's, and "X said Cole's attacks on Y
  // were unfair" is X's alone. (An attribution's own content never holds its own cue, so any span around
  // the cue is someone else's.)
  const holders = all.filter((f) => f.cue !== null);
  const inside = insideOf(holders.flatMap((f) => f.content));
  const held = (f: Found): boolean => f.cue !== null && inside(f.cue);
  // Only what stands holds others: in "Asked whether she thought Trump would win, Clinton said …",
  // "thought" lies inside the question, so its overlong content does not swallow "said".
  const standing = insideOf(holders.filter((f) => !held(f)).flatMap((f) => f.content));
  // Quoted words stay their speaker's when an outlet reports them: "Cole said “the plan is dead,”
  // according to the Herald" is the Herald's report and Cole's quote both (a draft that gives the
  // quote to Cole is right).
  const reported = reportedByOutlet(text, all);
  const kept = all.filter((f, i) => f.aside || reported.has(f) || !(held(f) && (standing(f.cue!) || heldByLater(all, i))));
  // Words no one is named as saying ("Asked whether …", "X is expected to …") are read above so
  // that no other statement is taken from inside them, then left out: the sidebar and the hover
  // cards list statements by who made them, and the CLI's readers want the same.
  return withoutEnclosed(withoutLeftovers(text, withoutRepeats(kept))).filter((f) => f.speakerSpan !== null && !isWritersView(text, f) && !namesNothing(text, f) && !nextClauseOnly(text, f) && !writtenWork(text, f) && !namedCalled(text, f)).map((f) => {
    const a: Attribution = { speakerSpan: f.speakerSpan, speakerForm: f.speakerForm, cue: f.cue, content: withRaisedSubject(text, f), kind: f.kind };
    if (f.addresseeSpan) a.addresseeSpan = f.addresseeSpan;
    return a;
  });
}

/** Cues whose subject is what the sentence is about, not someone who speaks: "X seems to be Y". */
const RAISING = new Set(['seem', 'appear']);

/**
 * "Manafort seemed to be part of the establishment": the writer's view of the subject, which says
 * nothing. "Cruz seemed to blame the network" reports, if hedged, what Cruz said: a cue follows.
 */
function isWritersView(text: string, f: Found): boolean {
  if (!f.cue || !RAISING.has(cueEntry(f.cue.text.toLowerCase())?.lemma ?? '')) return false;
  const after = /^\s*to\s+([A-Za-z’']+)/.exec(text.slice(f.cue.end, f.cue.end + 40));
  return !(after && cueEntry(after[1]!.toLowerCase()));
}

/**
 * "The clerk appeared to concede that …": the hedge is the writer's, so the subject belongs to
 * what is said ("the clerk … to concede that …") as a span of its own before the cue.
 */
function withRaisedSubject(text: string, f: Found): Span[] {
  const { cue, speakerSpan: subject, content } = f;
  if (!cue || !subject || f.kind === 'direct' || content.length === 0 || content[0]!.start < cue.end || subject.end > cue.start) return content;
  if (!RAISING.has(cueEntry(cue.text.toLowerCase())?.lemma ?? '')) return content;
  const between = text.slice(subject.end, cue.start).trim();
  if (between && !between.split(/\s+/).every((w) => BETWEEN.has(w.toLowerCase()))) return content;
  return [subject, ...content];
}

/**
 * "“Nothing prepares you,” the president will say, according to excerpts": two cues give the same
 * words; they are one statement, given to the cue found last, which is the outer one in a sentence
 * ("according to", a trailing "officials said" after "X is planning to …").
 */
function withoutRepeats(list: Found[]): Found[] {
  const seen = new Set<string>();
  const key = (f: Found): string => f.content.map((s) => `${s.start}:${s.end}`).join(',');
  // A named speaker's own cue outranks the outlet's "according to" over the same words: the quote
  // in "“…,” Cole said, according to the network" is Cole's.
  const spoken = new Set(list.filter((f) => f.speakerSpan && !isAccordingTo(f)).map(key));
  // "Cole said he wants “a new bridge”": both cues before the words, the first one is the outer
  // one, which reports the second; it keeps the words.
  const leading = new Map<string, Found>();
  for (const f of list) {
    const k = key(f);
    if (f.cue && f.content.length > 0 && f.cue.end <= f.content[0]!.start && !leading.has(k)) leading.set(k, f);
  }
  return [...list].reverse().filter((f) => {
    const k = key(f);
    const first = leading.get(k);
    if (first && first !== f && f.cue && f.cue.end <= f.content[0]!.start && first.cue!.start < f.cue.start && first.speakerSpan) return false;
    if (seen.has(k) || (isAccordingTo(f) && spoken.has(k))) return false;
    seen.add(k);
    return true;
  }).reverse();
}

/**
 * "Christie said that was a natural part of running — no different, he said, from …": a statement
 * whose words all lie inside one span of a neighbouring statement's content is a piece of that
 * one, not a statement of its own. (An outlet's "according to" keeps the quotations it reports.)
 * Only near neighbours are compared, so the pass stays linear.
 */
function withoutEnclosed(list: Found[]): Found[] {
  const NEAR = 4;
  const encloses = (g: Found, f: Found): boolean =>
    g !== f && !isAccordingTo(g) && f.content.every((s) => g.content.some((o) => o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start));
  return list.filter((f, i) => {
    for (let j = Math.max(0, i - NEAR); j < list.length && j <= i + NEAR; j++) if (encloses(list[j]!, f)) return false;
    return true;
  });
}

/** Particles and adverbs that finish a verb rather than name what was said ("pushed back", "rejected that, too"). */
const VERB_FINISHERS = new Set([
  'back', 'out', 'up', 'down', 'off', 'over', 'away', 'again', 'too', 'also', 'against', 'about', 'after', 'with', 'for',
  'to', 'and', 'both', 'long', 'more', 'twice', 'once', 'anyway', 'instead', 'around', 'along', 'ahead', 'forward',
  'together', 'in', 'on', 'at', 'by', 'from',
]);
/** Adverbs that stand for a whole clause ("I think so", "said otherwise"): what was said, in one word. */
const PRO_CLAUSE = new Set(['so', 'not', 'yes', 'no', 'otherwise', 'differently', 'likewise', 'similarly', 'how', 'when', 'where', 'why', 'whether', 'if']);
const PARTICLE_TAGS = new Set(['Adverb', 'Preposition', 'Conjunction']);

/**
 * "Sanders is pushing back", "rails against.", "they didn't have to wonder for long": an object after
 * the cue made only of particles and adverbs names nothing that was said.
 */
function namesNothing(text: string, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue || f.content.length === 0 || f.content[0]!.start < f.cue.end) return false;
  let words = 0;
  for (const s of f.content) {
    for (const raw of text.slice(s.start, s.end).split(/\s+/)) {
      if (/\d/.test(raw)) return false;
      const w = raw.toLowerCase().replace(/[^a-z'-]/g, '');
      if (!w) continue;
      words++;
      if (PRO_CLAUSE.has(w)) return false;
      const tag = tagOfLower(w);
      if (!(VERB_FINISHERS.has(w) || PARTICLE_TAGS.has(tag ?? '') || (tag === undefined && w.length > 4 && w.endsWith('ly')))) return false;
    }
  }
  return words > 0;
}

/** ", and" right after a cue: the cue's clause ends there ("But the drinking continued, and …"). */
const CLAUSE_AFTER_CUE = /\s*,\s+and\s/iy;

/**
 * "But the drinking continued, and four years later he was dead", "student debt would decline, and
 * health care …": when the cue ends its clause at ", and", the clause after it is the writer's next
 * point, not what the cue reports.
 */
function nextClauseOnly(text: string, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue || f.content.length === 0 || f.content[0]!.start < f.cue.end) return false;
  CLAUSE_AFTER_CUE.lastIndex = f.cue.end;
  return CLAUSE_AFTER_CUE.test(text);
}

/** Works one writes that say nothing by being written: "wrote a children's book", "wrote his dissertation on …". */
const WRITTEN_WORK = /^(?:(?:a|an|the|his|her|their|its|two|three|several|many)\s+)?(?:[\w’'-]+\s+){0,2}?(?:book|books|novel|novels|dissertation|thesis|introduction|foreword|song|songs|poem|poems|screenplay|script|biography|cookbook)\b(?!\s+(?:in which|about|arguing|saying|that says))/i;

/** "She wrote a children's book", "Bush wrote the introduction for a new book": writing a work, no statement. */
function writtenWork(text: string, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue || !/^(?:wrote|writes|write|written|writing)$/i.test(f.cue.text) || f.content[0]!.start < f.cue.end) return false;
  const first = f.content[0]!;
  return WRITTEN_WORK.test(text.slice(first.start, Math.min(first.end, first.start + 80)));
}

/**
 * "a group of exiles called Ginbot 7", "one PAC called Stop Hillary", "A blog called “Feed”": a noun
 * phrase that opens with an article or a count and "called" before a name gives the name of a thing.
 */
function namedCalled(text: string, f: Found): boolean {
  if (!f.cue || !f.speakerSpan || f.cue.text.toLowerCase() !== 'called' || f.content[0]!.start < f.cue.end) return false;
  if (!/^(?:a|an|another|one|including)\b/i.test(text.slice(f.speakerSpan.start, f.speakerSpan.end))) return false;
  // The name comes right after "called" ("a blog called the “Feed”"): "A spokesman called the remarks
  // “Disgraceful”" calls something something.
  if (!/^\s*(?:the\s+)?[“"‘']{0,2}$/i.test(text.slice(f.cue.end, f.content[0]!.start))) return false;
  const content = text.slice(f.content[0]!.start, f.content[0]!.end);
  // "An aide called Cole a liar": a name, then what it was called.
  return /^\p{Lu}/u.test(content) && !CALLED_SOMETHING.test(content);
}

/** A name followed by what someone called it: "Cole a liar", "Reyes “weak”", "Ann Reyes too cautious". */
const CALLED_SOMETHING = /^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}\s+(?:a|an|the|his|her|their|its|too|so|very|“|"|‘)(?:\s|\b|$)/u;

/** Words in a statement's content, up to `max + 1`. */
function contentWords(text: string, f: Found, max: number): number {
  let n = 0;
  // A scan from each span's start that stops at max + 1 words: the cost is that of the words counted,
  // not of the span's length.
  const word = /\S+/g;
  for (const s of f.content) {
    word.lastIndex = s.start;
    for (let m = word.exec(text); m && m.index < s.end; m = word.exec(text)) if (++n > max) return n;
  }
  return n;
}

/**
 * "“…,” he said, not finishing his joke", "“…,” Cole told Good Morning America": when one cue gives
 * two statements, a few indirect words beside the full one are what is left over around the cue
 * (manner, venue, addressee), not more of what was said.
 */
function withoutLeftovers(text: string, list: Found[]): Found[] {
  const LEFTOVER_WORDS = 4;
  const byCue = new Map<number, Found[]>();
  for (const f of list) if (f.cue) byCue.set(f.cue.start, [...(byCue.get(f.cue.start) ?? []), f]);
  const small = (f: Found): boolean => f.kind === 'indirect' && contentWords(text, f, LEFTOVER_WORDS) <= LEFTOVER_WORDS;
  return list.filter((f) => {
    const same = f.cue ? byCue.get(f.cue.start)! : [];
    return !(same.length > 1 && small(f) && same.some((g) => g !== f && !small(g)));
  });
}

const isAccordingTo = (f: Found): boolean => f.cue !== null && /^according\s+to$/i.test(f.cue.text);

/**
 * Quotations with a speaker and a cue of their own whose only holder is an "according to" statement
 * around them: the outlet reports them, it does not take them over. (Reported speech inside such a
 * report stays the outlet's alone, as annotated news has it.)
 */
function reportedByOutlet(text: string, all: readonly Found[]): Set<Found> {
  const outlets = all.filter(isAccordingTo);
  const out = new Set<Found>();
  if (outlets.length === 0) return out;
  const others = insideOf(all.filter((f) => f.cue !== null && !isAccordingTo(f)).flatMap((f) => f.content));
  const byOutlet = insideOf(outlets.flatMap((f) => f.content));
  for (const f of all) {
    if (!f.cue || !f.speakerSpan || (f.kind === 'indirect' && !namedReport(text, f)) || isAccordingTo(f)) continue;
    if (byOutlet(f.cue) && !others(f.cue)) out.add(f);
  }
  return out;
}

/** Verbs by which a named source reports a clause of its own: "Weaver says …", "court filings revealed …". */
const PASSED_ON = new Set(['say', 'report', 'reveal', 'cite']);

/**
 * "His campaign manager, Jeff Weaver, says the streak is proof …, according to the Associated Press":
 * someone named says, reports, reveals or cites a clause of some length, and the outlet only passes
 * it on. A plain "Cole said …" inside the report stays the outlet's alone, as annotated news has it,
 * and a share of those polled ("Nearly three in four say …") speaks through the poll instead.
 */
function namedReport(text: string, f: Found): boolean {
  if (!f.cue || !f.speakerSpan || f.speakerSpan.end > f.cue.start || f.content.length === 0 || f.content[0]!.start < f.cue.end) return false;
  if (!PASSED_ON.has(cueEntry(f.cue.text.toLowerCase())?.lemma ?? '') || /^said$/i.test(f.cue.text)) return false;
  const speaker = text.slice(f.speakerSpan.start, f.speakerSpan.end);
  if (/\d|\b(percent|polls?|surveys?|one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|majority|most|many)\b/i.test(speaker)) return false;
  return contentWords(text, f, 2) >= 3;
}

const within = (cue: Span, spans: readonly Span[]): boolean => spans.some((s) => s.start <= cue.start && cue.end <= s.end);

/**
 * "Unless countries make plans, they say, the world will suffer": two statements that hold each
 * other's cue; the later one, which reports the earlier, is the one that stands. Only near
 * neighbours are compared, so the pass stays linear.
 */
function heldByLater(all: readonly Found[], i: number): boolean {
  const f = all[i]!;
  for (let j = i + 1; j < all.length && j - i <= 4; j++) {
    const g = all[j]!;
    if (g.cue && f.cue && g.cue.start > f.cue.start && within(f.cue, g.content) && within(g.cue, f.content)) return true;
  }
  return false;
}

/** A test for whether a span lies inside one of `spans` (binary search over their sorted starts). */
function insideOf(list: Span[]): (cue: Span) => boolean {
  const spans = [...list].sort((a, b) => a.start - b.start);
  const reach = new Int32Array(spans.length);
  spans.forEach((sp, i) => (reach[i] = Math.max(sp.end, i > 0 ? reach[i - 1]! : 0)));
  return (cue: Span): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= cue.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && reach[at]! >= cue.end;
  };
}

function pushInner(text: string, f: Found, q: Quotation): void {
  const inner = trimSpan(text, q.inner);
  if (inner) f.content.push(inner);
}
