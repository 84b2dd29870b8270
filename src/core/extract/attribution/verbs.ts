// Whether a lowercase word is a finite verb, from compromise's word lexicon and a short list of
// irregular past forms it leaves to its conjugation rules.
import { tagOfLower } from '../lexicon/words';
import { answerByWord, type WordAnswers } from '../wordAnswers';
import { cueEntry } from './cues';

/** Finite verb tags in the lexicon ("has", "said", "expects"). */
const FINITE = new Set(['PastTense', 'PresentTense', 'Verb', 'Modal']);
/** Tags of a base form that takes -ed/-s as a verb. */
const BASE = new Set(['Infinitive', 'Noun|Verb', 'Verb', 'Actor|Verb', 'Plural|Verb']);

/** Irregular past forms: the lexicon lists only some of them. */
const IRREGULAR_PAST = new Set([
  'stood', 'met', 'took', 'made', 'gave', 'went', 'came', 'held', 'kept', 'left', 'led', 'won', 'lost', 'ran', 'sent',
  'spent', 'sat', 'saw', 'got', 'brought', 'bought', 'began', 'became', 'broke', 'chose', 'drew', 'drove', 'fell',
  'fought', 'flew', 'grew', 'hung', 'knew', 'meant', 'paid', 'rose', 'shook', 'spoke', 'stole', 'struck', 'swore',
  'taught', 'threw', 'understood', 'wore', 'wrote', 'told', 'said', 'thought', 'felt', 'found', 'sought', 'heard',
  'did', 'had', 'was', 'were', 'joined', 'faced', 'urged', 'visited', 'beat', 'hit', 'signed', 'backed', 'named',
  'arose', 'awoke', 'blew', 'caught', 'drank', 'ate', 'fled', 'forbade', 'forgot', 'forgave', 'froze', 'hid', 'knelt',
  'laid', 'leapt', 'lent', 'rode', 'rang', 'sold', 'shot', 'shrank', 'sang', 'sank', 'slept', 'slid', 'sped', 'spun',
  'sprang', 'stuck', 'strode', 'strove', 'swept', 'swam', 'swung', 'tore', 'undertook', 'underwent', 'upheld', 'withdrew',
  'withheld', 'withstood', 'foresaw', 'foretold', 'misled', 'oversaw', 'overheard', 'rebuilt', 'rewrote', 'overcame',
  'overtook', 'overthrew', 'dealt', 'dug', 'crept', 'bled', 'wept', 'mistook', 'misread', 'misunderstood',
]);

/** Answers of `isFiniteVerb` by word: rules ask it of the same words many times in every sentence. */
const finiteVerbs: WordAnswers<boolean> = new Map();

/** "stood", "met", "attacked", "visits": a word that reads as a finite verb. */
export function isFiniteVerb(lower: string): boolean {
  return answerByWord(finiteVerbs, lower, lower, readsAsFiniteVerb);
}

function readsAsFiniteVerb(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  const tag = tagOfLower(lower);
  if (tag !== undefined) return FINITE.has(tag);
  if (lower.length > 4 && lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    for (const base of [stem, stem + 'e', stem.endsWith('i') ? stem.slice(0, -1) + 'y' : '', stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '']) {
      if (base && BASE.has(tagOfLower(base) ?? '')) return true;
    }
  }
  // "insists", "withdraws", "seeks": the lexicon lists most -s forms only through their base.
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) {
    for (const base of [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : '', lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : '']) {
      if (base && tagOfLower(base) === 'Infinitive' && !cueEntry(lower)) return true;
    }
  }
  return false;
}

const MODIFIER = new Set(['Adjective', 'Comparable', 'Ordinal', 'Adj|Noun', 'Adj|Past', 'Superlative']);

/** "subsequent", "recent", "new": a word that modifies a noun after it. */
export function isModifier(lower: string): boolean {
  const tag = tagOfLower(lower);
  return tag !== undefined && MODIFIER.has(tag);
}
