import { unpack } from 'efrt';
import { packedWords } from './words.generated';

/** compromise's tag for a lowercase English word, where its lexicon has one. */
let table: Map<string, string> | undefined;

function words(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const [tag, packed] of Object.entries(packedWords)) {
      for (const word of Object.keys(unpack(packed))) {
        // A name tag wins over a common-word tag: "Rose" is more often a name in a capitalized run.
        if (!table.has(word) || NAME_TAGS.has(tag)) table.set(word, tag);
      }
    }
  }
  return table;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Person|Noun', 'Person|Verb', 'Person|Adj', 'Person|Date', 'Person|Place']);
const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'Person|Place']);

export function tagOf(word: string): string | undefined {
  return words().get(word.toLowerCase());
}

/** The tag of a word already in lowercase (saves lowercasing it again in hot loops). */
export function tagOfLower(lower: string): string | undefined {
  return words().get(lower);
}

export function isFirstNameTag(tag: string | undefined): boolean {
  return tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';
}

export function isNameTag(tag: string | undefined): boolean {
  return tag !== undefined && NAME_TAGS.has(tag);
}

export function isPlaceTag(tag: string | undefined): boolean {
  return tag !== undefined && PLACE_TAGS.has(tag);
}

/** Ordinary vocabulary: a tag that is not a name, place or organization. */
export function isCommonTag(tag: string | undefined): boolean {
  return tag !== undefined && !NAME_TAGS.has(tag) && !PLACE_TAGS.has(tag) && tag !== 'Organization' && tag !== 'Demonym' && tag !== 'ProperNoun' && tag !== 'Honorific';
}

export type Gender = 'male' | 'female';

/** The gender compromise's lexicon gives a first name, where it gives one. */
export function genderOf(firstName: string): Gender | undefined {
  const tag = tagOf(firstName);
  if (tag === 'MaleName') return 'male';
  if (tag === 'FemaleName') return 'female';
  return undefined;
}

export function isFirstName(word: string): boolean {
  const tag = tagOf(word);
  return tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName' || tag === 'Person|Noun' || tag === 'Person|Verb' || tag === 'Person|Adj' || tag === 'Person|Date' || tag === 'Person|Place';
}

export function isNameWord(word: string): boolean {
  const tag = tagOf(word);
  return tag !== undefined && NAME_TAGS.has(tag);
}

export function isPlaceWord(phrase: string): boolean {
  const tag = tagOf(phrase);
  return tag !== undefined && PLACE_TAGS.has(tag);
}

export function isKnownOrganization(phrase: string): boolean {
  return tagOf(phrase) === 'Organization';
}

/** A word the lexicon knows as ordinary vocabulary (not a name, place or organization). */
export function isCommonWord(word: string): boolean {
  const tag = tagOf(word);
  return tag !== undefined && !NAME_TAGS.has(tag) && !PLACE_TAGS.has(tag) && tag !== 'Organization' && tag !== 'Demonym' && tag !== 'ProperNoun' && tag !== 'Honorific';
}

/** People nouns ("journalist", "analyst", "spokesman"): compromise's Actor tag. */
export function isPeopleNoun(word: string): boolean {
  const tag = tagOf(word);
  return tag === 'Actor' || tag === 'Actor|Verb';
}

/** The lexicon's phrases of several words. */
export function multiWordPhrases(): string[] {
  return [...words().keys()].filter((key) => key.includes(' '));
}

let prefixes: Set<string> | undefined;

/**
 * Lowercase beginnings, a word or more, of the lexicon's names of several words ("new" and "new
 * york" of "new york city"): a run of words can be a known name only while it is one of these.
 */
export function multiWordPrefixes(extra: Iterable<string>): Set<string> {
  if (!prefixes) {
    const found = new Set<string>();
    const add = (phrase: string): void => {
      for (let space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) found.add(phrase.slice(0, space));
    };
    for (const key of words().keys()) add(key);
    for (const phrase of extra) add(phrase.toLowerCase());
    prefixes = found;
  }
  return prefixes;
}
