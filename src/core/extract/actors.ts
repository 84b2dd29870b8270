import type { Actor, ActorKind, Source, Span, Statement } from '../model';
import type { Attribution } from './attributions';
import { countryForms, countryOf } from './lexicon/countries';
import { DESCRIPTIONS, ORGANIZATIONS, ORGANIZATION_HEADS, knownOrganization } from './lexicon/organizations';
import { GOVERNMENT_HEADS, HONORIFICS, LEADER_HEADS, ROLE_HEADS, ROLE_WORDS, TIED_ROLES } from './lexicon/titles';
import { type Gender, genderOf, isCommonTag, isFirstNameTag, isNameTag, isNameWord, isPeopleNoun, isPlaceTag, multiWordPhrases, multiWordPrefixes, tagOf, tagOfLower } from './lexicon/words';
import { answerByWord, type WordAnswers } from './wordAnswers';

// Ties broken by code units: the same order on every machine and locale, and no collator to consult.
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface Cast {
  actors: Actor[];
  /** The attributions as statements, each speaker tied to an actor where possible. */
  statements: Statement[];
}

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  start: number;
  end: number;
  /** The word without a possessive ending. */
  word: string;
  lower: string;
  capitalized: boolean;
  possessive: boolean;
  /** First word of a sentence, a line or a quotation: capitals there say little. */
  initial: boolean;
  /** Only spaces (no punctuation, no line break) between this token and the previous one. */
  joined: boolean;
}

// A word begins with a letter of the Latin, Greek or Cyrillic scripts and beyond, or a digit, and
// goes on with those, combining marks, apostrophes, periods, ampersands and hyphens. Code units
// are classified by table: the tokenizer runs over every character of every article.
const WORD_START = 1;
const WORD_PART = 2;
const LOW_CLASSES = new Uint8Array(0x300);
for (let c = 0; c < 0x300; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x2af);
  LOW_CLASSES[c] = letter ? WORD_START | WORD_PART : c === 39 || c === 46 || c === 38 || c === 45 ? WORD_PART : 0;
}

function startsWord(c: number): boolean {
  return c < 0x300 ? ((LOW_CLASSES[c] as number) & WORD_START) !== 0 : (c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0xffef);
}

function continuesWord(c: number): boolean {
  return c < 0x300 ? ((LOW_CLASSES[c] as number) & WORD_PART) !== 0 : c <= 0x1fff || (c >= 0x3040 && c <= 0xffef) || c === 0x2019;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (!startsWord(text.charCodeAt(at))) { at++; continue; }
    const start = at;
    let stop = at + 1;
    // Whether the word has any capital or non-ASCII letter: if not, it is its own lowercase.
    let cased = !(text.charCodeAt(at) >= 97 && text.charCodeAt(at) <= 122);
    for (let c = text.charCodeAt(stop); stop < length && continuesWord(c); c = text.charCodeAt(++stop)) {
      if ((c >= 65 && c <= 90) || c >= 128) cased = true;
    }
    let raw = text.slice(start, stop);
    // A trailing period ends a sentence unless the word is an abbreviation ("U.S.", "Sen.", "J.").
    if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46 /* . */) {
      while (raw.endsWith('.') && !ABBREVIATION.test(raw) && !HONORIFICS.has(raw.toLowerCase()) && !ROLE_WORDS.has(raw.toLowerCase())) raw = raw.slice(0, -1);
    }
    // Closing quote marks typed as apostrophes ("Trump.''"), dashes and ampersands end no word.
    for (;;) {
      const c = raw.charCodeAt(raw.length - 1);
      const quote = (c === 39 || c === 0x2019) && (raw.length < 2 || raw.charCodeAt(raw.length - 2) !== 115 || raw.endsWith("''"));
      if (c === 45 || c === 38 || quote) raw = raw.slice(0, -1);
      else if (c === 46 && raw.length > 1 && !ABBREVIATION.test(raw) && !HONORIFICS.has(raw.toLowerCase()) && !ROLE_WORDS.has(raw.toLowerCase())) raw = raw.slice(0, -1);
      else break;
    }
    const end = start + raw.length;
    at = Math.max(end, start + 1);
    if (!raw) continue;
    let word = raw;
    let possessive = false;
    const last = raw.charCodeAt(raw.length - 1);
    const beforeLast = raw.charCodeAt(raw.length - 2);
    if (raw.length > 2 && (last === 115 /* s */ || last === 83) && (beforeLast === 39 || beforeLast === 0x2019)) {
      word = raw.slice(0, -2); // "NATO’s"
      possessive = true;
    } else if (raw.length > 2 && (last === 39 || last === 0x2019) && beforeLast === 115) {
      word = raw.slice(0, -1); // "Jones’"
      possessive = true;
    }
    let joined = tokens.length > 0 && start > previousEnd;
    for (let i = previousEnd; joined && i < start; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 0xa0) joined = false;
    }
    const previous = tokens[tokens.length - 1];
    if (previous?.possessive) joined = false;
    let b = start - 1;
    while (b >= 0) {
      const c = text.charCodeAt(b);
      if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) break;
      b--;
    }
    const initial = b < 0 || INITIAL_AFTER.has(text.charCodeAt(b));
    const first = word.charCodeAt(0);
    const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER_FIRST.test(word);
    tokens.push({ start, end: start + word.length, word, lower: cased ? word.toLowerCase() : word, capitalized, possessive, initial, joined });
    previousEnd = end;
  }
  return tokens;
}

const ABBREVIATION = /^(?:\p{L}\.)+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** After these characters a capital says nothing: a sentence, line or quotation begins. */
const INITIAL_AFTER = new Set([...'.!?\n“"‘(:;—–'].map((c) => c.charCodeAt(0)));

// ---------------------------------------------------------------------------------------------
// Mentions: where the text names an actor

type MentionKind = ActorKind | 'demonym' | 'unknown';

interface RawMention {
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  kind: MentionKind;
  /** The key that mentions of one actor share. */
  key: string;
  name: string;
  surface: string;
  role?: string;
  affiliationKey?: string;
  /** Organization type from the lexicon (alliance, department, media...). */
  type?: string;
  country?: string;
}

const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'van', 'von', 'der', 'la', 'du', 'del', 'da']);
const STOP = new Set(`the a an and but or if while when as at in on of for to by with from after before
this that these those it its he she they we i you his her their our my your there here then
so yet also not no yes all some many most one two three four five six seven eight nine ten
mr mrs ms dr read more post comment comments share tweet subscribe click photo video related
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december is are was were be been has have had do does did
will would can could should might must why how what who where which whose whom`.split(/\s+/));
const PLACE_HEADS = new Set(['Street', 'Avenue', 'Square', 'River', 'Mountains', 'Island', 'Islands', 'County', 'Valley', 'Bay', 'Sea', 'Ocean', 'Lake', 'Park', 'Hill', 'Beach', 'Strait', 'Gulf', 'Peninsula', 'Province', 'Region', 'District', 'Airport', 'Bridge', 'Road']);
const ALL_CAPS = /^\p{Lu}[\p{Lu}.&]+$/u;
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const NOT_ACRONYMS = new Set(['TV', 'OK', 'AM', 'PM', 'CEO', 'GDP', 'PS', 'ID', 'II', 'III', 'IV', 'DC', 'JR', 'SR', 'LLC', 'MS', 'MR', 'DR']);

/** Slugs by name: the same names come back in every article. */
const slugs = new Map<string, string>();

function slug(s: string): string {
  let found = slugs.get(s);
  if (found === undefined) {
    found = readSlug(s);
    if (slugs.size > 20000) slugs.clear();
    slugs.set(s, found);
  }
  return found;
}

function readSlug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

function surfaceOf(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  // Most names are spaced by single spaces: nothing to replace.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? s.charCodeAt(i + 1) === 32 || i + 1 === s.length : c <= 13 || c === 0xa0 || c >= 0x1680) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Answers of `nameish` by word (they depend on the word alone). */
const nameishWords: WordAnswers<boolean> = new Map();

/** Is the token a word that could be part of a person's name? */
function nameish(t: Token): boolean {
  return answerByWord(nameishWords, t.word, t, readNameish);
}

function readNameish(t: Token): boolean {
  if (!t.capitalized || STOP.has(t.lower) || ROLE_WORDS.has(t.lower)) return false;
  if (/^\p{Lu}\.$/u.test(t.word)) return true; // an initial
  if (countryOf(t.word) || ORGANIZATION_HEADS.has(t.word)) return false;
  // Digits, acronyms ("GOP") and hyphens into lowercase ("Rubio-backing") are not parts of names.
  if (/\d|-\p{Ll}/u.test(t.word) || ALL_CAPS.test(t.word)) return false;
  const tag = tagOfLower(t.lower);
  if (isNameTag(tag)) return true;
  if (tag === undefined && inflectedVerb(t.lower)) return false;
  return !isCommonTag(tag) && !isPlaceTag(tag);
}

/** Inflected verbs of title-case headlines ("Thinks", "Slammed") are not in the lexicon as such. */
function inflectedVerb(lower: string): boolean {
  if (lower.length <= 4) return false;
  const stem = lower.endsWith('ed') ? lower.slice(0, -2) : lower.endsWith('s') ? lower.slice(0, -1) : '';
  const stemTag = stem ? tagOfLower(stem) ?? tagOfLower(`${stem}e`) : undefined;
  return !!stemTag && /Infinitive|Verb|PresentTense/.test(stemTag);
}

/** Finds the named mentions in one run of capitalized tokens [from, to]. */
function readRun(text: string, tokens: Token[], from: number, to: number, out: RawMention[]): void {
  let i = from;
  while (i <= to) {
    const t = tokens[i] as Token;
    // The longest known name starting here (country, capital, organization, place).
    const known = longestKnown(text, tokens, i, to);
    if (known) {
      out.push(known);
      i = known.last + 1;
      continue;
    }
    if (STOP.has(t.lower) || (t.initial && isCommonTag(tagOfLower(t.lower)) && !ROLE_WORDS.has(t.lower) && !isNameTag(tagOfLower(t.lower)))) {
      i++;
      continue;
    }
    // An organization by its last word: "Foreign Ministry", "Getty Images", "Labour Party".
    let head = -1;
    let placeHead = false;
    // Organization names are short: look a few words ahead only (a long run stays linear).
    for (let k = i; k <= to && k < i + 8; k++) {
      const word = (tokens[k] as Token).word;
      if (ORGANIZATION_HEADS.has(word)) { head = k; placeHead = false; }
      else if (PLACE_HEADS.has(word)) { head = k; placeHead = true; }
      if ((tokens[k] as Token).possessive) break;
    }
    if (head > i && placeHead) {
      // "Wall Street", "Jackson County", "Red Square".
      const start = t.start;
      const end = (tokens[head] as Token).end;
      const name = surfaceOf(text, start, end);
      out.push({ first: i, last: head, start, end, kind: 'place', key: `l:${name}`, name, surface: name });
      i = head + 1;
      continue;
    }
    if (head > i) {
      let first = i;
      if (tokens[first]?.lower === 'the') first++;
      if (first <= head) {
        const start = (tokens[first] as Token).start;
        const end = (tokens[head] as Token).end;
        const name = surfaceOf(text, start, end);
        out.push({ first, last: head, start, end, kind: 'organization', key: `o:${name}`, name, surface: name });
        i = head + 1;
        continue;
      }
    }
    if (ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) {
      i++;
      continue;
    }
    // An acronym ("GOP", "FBI"), unless the whole line is in capitals.
    if (ACRONYM.test(t.word) && !NOT_ACRONYMS.has(t.word) && !ALL_CAPS.test(tokens[i - 1]?.word ?? '') && !ALL_CAPS.test(tokens[i + 1]?.word ?? '')) {
      out.push({ first: i, last: i, start: t.start, end: t.end, kind: 'organization', key: `o:${t.word}`, name: t.word, surface: t.word });
      i++;
      continue;
    }
    // A person's name: name-like words in a row.
    let k = i;
    while (k <= to && k < i + 6 && !(k > i && (tokens[k - 1] as Token).possessive)) {
      const w = tokens[k] as Token;
      // After a first name, a surname may be an ordinary word: "Nathan Deal", "Rick Scott".
      const surname = k === i + 1 && isFirstNameTag(tagOfLower((tokens[k - 1] as Token).lower)) && !inflectedVerb(w.lower) && w.capitalized && !STOP.has(w.lower) && !ROLE_WORDS.has(w.lower) && !ORGANIZATION_HEADS.has(w.word) && !PLACE_HEADS.has(w.word) && !countryOf(w.word) && !ALL_CAPS.test(w.word);
      if (!surname && !nameish(w)) break;
      k++;
    }
    // "Floridians Jeb Bush": a plural before a name is a description, not part of it.
    if (k - i >= 3 && /s$/.test(t.word) && !isNameWord(t.word)) {
      i++;
      continue;
    }
    if (k > i) {
      const words = tokens.slice(i, k);
      const lastWord = (words[words.length - 1] as Token).word;
      const acronym = words.length === 1 && ACRONYM.test(t.word) && !NOT_ACRONYMS.has(t.word);
      const start = t.start;
      const end = (tokens[k - 1] as Token).end;
      const name = surfaceOf(text, start, end);
      if (acronym) {
        out.push({ first: i, last: k - 1, start, end, kind: 'organization', key: `o:${name}`, name, surface: name });
      } else if (/(?:ans|ats|ists|ives|als|ents)$/.test(lastWord) && !isNameWord(lastWord)) {
        // "Republicans", "Cuban-American Democrats": a group of people.
        out.push({ first: i, last: k - 1, start, end, kind: 'group', key: `g:${name}`, name, surface: name });
      } else if (words.length >= 2 || isPersonWord(t) || titled(tokens, i)) {
        out.push({ first: i, last: k - 1, start, end, kind: 'person', key: `p:${name}`, name, surface: name });
      } else if (!t.initial) {
        out.push({ first: i, last: k - 1, start, end, kind: 'unknown', key: `u:${name}`, name, surface: name });
      } else {
        out.push({ first: i, last: k - 1, start, end, kind: 'unknown', key: `u:${name}`, name, surface: name, type: 'initial' });
      }
      i = k;
      continue;
    }
    i++;
  }
}

function isPersonWord(t: Token): boolean {
  const tag = tagOf(t.word);
  return tag === 'LastName' || tag === 'Person' || tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName';
}

/** Preceded by a title or honorific ("President", "Mr."), so a single word is a person. */
function titled(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  return !!prev && !!cur && cur.joined && (HONORIFICS.has(prev.lower) || ROLE_HEADS.has(prev.lower));
}

let prefixes: Set<string> | undefined;
/**
 * Lower-cased, every phrase knownPhrase can find a phrase of several words as: the lexicon's phrases
 * of several words, and every name of a country or organization ("the Netherlands" is found as "Netherlands").
 */
let phrasesKnown: Set<string> | undefined;

function longestKnown(text: string, tokens: Token[], i: number, to: number): RawMention | undefined {
  const t = tokens[i] as Token;
  const skipThe = t.lower === 'the' && i < to ? 1 : 0;
  const first = i + skipThe;
  prefixes ??= multiWordPrefixes([...countryForms(), ...ORGANIZATIONS.flatMap((o) => [o.name, ...o.names])]);
  phrasesKnown ??= new Set([...multiWordPhrases(), ...countryForms(), ...ORGANIZATIONS.flatMap((o) => [o.name, ...o.names])].map((p) => p.toLowerCase()));
  // Words are tried after the first only while they begin a known name of several words (within a
  // run only spaces separate them, so the phrase is their lowercase forms joined by spaces).
  let longest = first;
  let prefix = (tokens[first] as Token).lower;
  while (longest < Math.min(to, first + 5) && prefixes.has(prefix)) {
    longest++;
    prefix = `${prefix} ${(tokens[longest] as Token).lower}`;
  }
  const firstToken = tokens[first] as Token;
  for (let last = longest; last > first; last--) {
    const start = firstToken.start;
    const end = (tokens[last] as Token).end;
    const phrase = surfaceOf(text, start, end);
    const lower = phrase.toLowerCase();
    // Most phrases tried are no known name: one look-up rules them out before the lexicons are asked.
    if (!phrasesKnown.has(lower) && !(lower.startsWith('the ') && phrasesKnown.has(lower.slice(4)))) continue;
    const known = knownPhrase(phrase, lower, firstToken.lower, true, false);
    if (known) return { first, last, start, end, surface: phrase, ...known };
  }
  // One word is its own phrase: what it names is kept by word (the same words come back often).
  const known = answerByWord(firstToken.initial ? knownInitialWords : knownWords, firstToken.word, firstToken, knownWord);
  return known ? { first, last: first, start: firstToken.start, end: firstToken.end, surface: firstToken.word, ...known } : undefined;
}

type Known = Pick<RawMention, 'kind' | 'key' | 'name' | 'type' | 'country'>;
const knownWords: WordAnswers<Known | null> = new Map();
const knownInitialWords: WordAnswers<Known | null> = new Map();

/** What one word names by itself, if anything. */
function knownWord(t: Token): Known | null {
  return knownPhrase(t.word, t.lower, t.lower, false, t.initial) ?? null;
}

/** What a phrase names by the lexicons: a country, a known organization or a place. */
function knownPhrase(phrase: string, lower: string, firstLower: string, several: boolean, initial: boolean): Known | undefined {
  const country = countryOf(phrase);
  if (country) {
    // "U.S." before a noun is an adjective ("U.S. officials"); a demonym is never an actor itself.
    return { kind: country.form === 'demonym' ? 'demonym' : 'country', key: `c:${country.country.name}`, name: country.country.name };
  }
  const org = knownOrganization(phrase);
  if (org) return { kind: 'organization', key: `o:${org.name}`, name: org.name, type: org.type, country: org.country };
  const tag = tagOfLower(lower);
  if (tag === undefined) return undefined;
  const organization = tag === 'Organization';
  const place = isPlaceTag(tag);
  if (several || !initial) {
    if (organization) return { kind: 'organization', key: `o:${phrase}`, name: phrase };
    // Within a run words are spaced by spaces only: the phrase's first word is the first token.
    if (place && !isNameTag(tagOfLower(firstLower))) return { kind: 'place', key: `l:${phrase}`, name: phrase };
    if (place && several) return { kind: 'place', key: `l:${phrase}`, name: phrase };
  } else if (organization || (place && !isCommonTag(tag))) {
    return organization ? { kind: 'organization', key: `o:${phrase}`, name: phrase } : { kind: 'place', key: `l:${phrase}`, name: phrase };
  }
  return undefined;
}

function findMentions(text: string, tokens: Token[], skip: Span[]): RawMention[] {
  const out: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.capitalized) { i++; continue; }
    // A run of capitalized words joined by spaces, with connectors ("Bank of England") inside.
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token;
      if (!next.joined || (tokens[j] as Token).possessive) break;
      if (next.capitalized) { j++; continue; }
      const after = tokens[j + 2];
      if (CONNECTORS.has(next.lower) && after && after.capitalized && after.joined && !STOP.has(after.lower)) { j += 2; continue; }
      break;
    }
    const before = out.length;
    readRun(text, tokens, i, j, out);
    // Drop what lies in page chrome.
    if (skip.length) {
      for (let k = out.length - 1; k >= before; k--) {
        const m = out[k] as RawMention;
        if (skip.some((s) => m.start < s.end && s.start < m.end)) out.splice(k, 1);
      }
    }
    i = j + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Actors of one source

interface Draft {
  key: string;
  kind: ActorKind;
  name: string;
  role?: string;
  affiliationKey?: string;
  type?: string;
  gender?: Gender;
  aliases: Set<string>;
  mentions: Span[];
  first: number;
}

class Cast0 {
  readonly drafts = new Map<string, Draft>();
  /** Every mention of any actor, in text order once sorted. */
  readonly spans: { start: number; end: number; key: string }[] = [];

  readonly fallbacks = new Map<string, string | undefined>();

  sortSpans(): void {
    this.spans.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Index of the first mention that starts at or after `at` (spans sorted). */
  firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as { start: number }).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions found while spans are being looked up: added in one go by `flush`. */
  private readonly pending: { start: number; end: number; key: string }[] = [];

  /** Records one more mention of an actor; it joins the sorted spans at the next `flush`. */
  mention(key: string, span: Span): void {
    const d = this.drafts.get(key) as Draft;
    d.mentions.push({ start: span.start, end: span.end });
    if (span.start < d.first) d.first = span.start;
    this.pending.push({ start: span.start, end: span.end, key });
  }

  flush(): void {
    if (!this.pending.length) return;
    this.spans.push(...this.pending);
    this.pending.length = 0;
    this.sortSpans();
  }

  /** Adds a mention span keeping `spans` in text order (used once they are sorted). */
  insert(span: { start: number; end: number; key: string }): void {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as { start: number }).start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    this.spans.splice(lo, 0, span);
  }

  add(key: string, kind: ActorKind, name: string, surface: string, span: Span | undefined): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      d = { key, kind, name, aliases: new Set(), mentions: [], first: span?.start ?? Number.MAX_SAFE_INTEGER };
      this.drafts.set(key, d);
    }
    if (surface) d.aliases.add(surface);
    if (span) {
      d.mentions.push({ start: span.start, end: span.end });
      if (span.start < d.first) d.first = span.start;
      this.spans.push({ start: span.start, end: span.end, key });
    }
    return d;
  }
}

function cleanAlias(s: string): string {
  return s.replace(/^The /, 'the ').replace(/['’]s?$/, '').trim();
}

/** The role words right before token index `at` (exclusive): their token range, or none. */
function roleBefore(tokens: Token[], at: number): { first: number; last: number } | undefined {
  if (at >= tokens.length) return undefined;
  let k = at - 1;
  const last = k;
  while (k >= 0) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!next || !next.joined || !ROLE_WORDS.has(t.lower) || t.possessive) break;
    k--;
  }
  const first = k + 1;
  if (first > last) return undefined;
  // The run must hold a role head ("minister", "spokesman"), not just "former" or "top".
  let hasHead = false;
  for (let x = first; x <= last; x++) if (ROLE_HEADS.has((tokens[x] as Token).lower)) hasHead = true;
  return hasHead ? { first, last } : undefined;
}

function titleCase(s: string): string {
  return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

export function findActors(source: Source, attributions: Attribution[]): Cast {
  const text = source.text;
  const tokens = tokenize(text);
  const raw = findMentions(text, tokens, source.chrome ?? []);
  const cast = new Cast0();
  const endingAt = new Map<number, RawMention>();
  for (const m of raw) endingAt.set(m.last, m);

  // Full person names first, so a lone surname can find its full name.
  const persons: RawMention[] = raw.filter((m) => m.kind === 'person');
  const bySurname = new Map<string, Set<string>>();
  const byFirst = new Map<string, string>();
  for (const m of persons) {
    const parts = m.name.split(' ');
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1] as string;
    const firstKey = `${parts[0]} ${surname}`;
    // "Hillary Rodham Clinton" and "Hillary Clinton" are one person.
    const canonical = byFirst.get(firstKey) ?? m.key;
    byFirst.set(firstKey, canonical);
    m.key = canonical;
    const set = bySurname.get(surname) ?? new Set();
    set.add(canonical);
    bySurname.set(surname, set);
  }
  const fullNamedAt = new Map<string, number[]>();
  for (const m of persons) {
    if (!m.name.includes(' ')) continue;
    const list = fullNamedAt.get(m.key) ?? [];
    list.push(m.start);
    fullNamedAt.set(m.key, list);
  }
  const recentFullName = (surname: string, at: number): string | undefined => {
    const keys = bySurname.get(surname);
    if (!keys) return undefined;
    if (keys.size === 1) return [...keys][0];
    // Two people share the surname: the one named most recently before this mention.
    let best: string | undefined;
    let bestAt = -1;
    for (const key of keys) {
      const starts = fullNamedAt.get(key) ?? [];
      const i = lowerBound(starts, at) - 1;
      const start = starts[i];
      if (start !== undefined && start > bestAt) { best = key; bestAt = start; }
    }
    return best ?? [...keys][0];
  };

  for (const m of raw) {
    if (m.kind === 'demonym') continue;
    if (m.kind === 'unknown' || (m.kind === 'person' && !m.name.includes(' '))) {
      const full = recentFullName(m.name, m.start);
      if (full) { m.kind = 'person'; m.key = full; }
      else if (m.kind === 'unknown') continue;
    }
    if (m.kind === 'person' || m.kind === 'organization' || m.kind === 'country' || m.kind === 'place' || m.kind === 'group') {
      const existing = cast.drafts.get(m.key);
      const name = existing && existing.name.length >= m.name.length ? existing.name : m.name;
      const d = cast.add(m.key, m.kind, name, cleanAlias(m.surface), m);
      d.name = name;
      if (m.type) d.type = m.type;
      if (m.country && !d.affiliationKey) d.affiliationKey = `c:${m.country}`;
      if (m.kind === 'country' || knownOrganization(m.name)) d.aliases.add(m.name);
      // "the State Department": the determined form is an alias too.
      const prev = tokens[m.first - 1];
      if (m.kind === 'organization' && prev && prev.lower === 'the' && tokens[m.first]?.joined && !prev.capitalized) d.aliases.add(`the ${cleanAlias(m.surface)}`);
    }
  }

  // Roles and affiliations: "Kremlin spokesman Ivan Petrov", "Deputy Foreign Minister ...",
  // "CNN’s Jane Doe", "the alliance’s secretary general, Jane Doe".
  const descriptionTarget = (t: Token, at: number): string | undefined => {
    const test = DESCRIPTIONS.get(t.lower);
    if (!test) return undefined;
    return mostRecent(cast, at, t.lower, (d) => d.kind === 'organization' && test({ name: d.name, type: d.type }));
  };
  const countryMentions = raw.filter((r) => r.kind === 'country' || r.kind === 'demonym');
  for (const m of raw) {
    if (m.kind !== 'person') continue;
    const d = cast.drafts.get(m.key);
    if (!d) continue;
    const firstName = m.name.split(' ')[0] ?? '';
    if (!d.gender && m.name.includes(' ')) d.gender = genderOf(firstName);
    // "Mrs. Clinton", "Mr. Sanders": the honorific tells.
    const honorific = tokens[m.first - 1]?.lower.replace(/\.$/, '');
    if (honorific === 'mr' || honorific === 'sir' || honorific === 'lord') d.gender = 'male';
    else if (honorific === 'mrs' || honorific === 'ms' || honorific === 'miss' || honorific === 'dame' || honorific === 'lady') d.gender = 'female';
    const role = roleBefore(tokens, m.first);
    let affiliationKey: string | undefined;
    let roleText: string | undefined;
    let aliasStart: number | undefined;
    let affiliationToken: number | undefined;
    if (role) {
      roleText = surfaceOf(text, (tokens[role.first] as Token).start, (tokens[role.last] as Token).end);
      affiliationToken = role.first - 1;
      aliasStart = (tokens[role.first] as Token).start;
    } else if ((tokens[m.first - 1] as Token | undefined)?.possessive && m.first > 0 && (tokens[m.first] as Token).joined === false) {
      // "CNN’s Jane Doe": the possessive breaks `joined`, so check the gap by hand.
      affiliationToken = m.first - 1;
    }
    if (affiliationToken !== undefined && affiliationToken >= 0) {
      const owner = endingAt.get(affiliationToken);
      const ownerToken = tokens[affiliationToken] as Token;
      const gap = text.slice(ownerToken.end, (tokens[affiliationToken + 1] as Token).start);
      if (owner && owner.kind !== 'unknown' && owner.kind !== 'person' && /^(?:['’]s?)?[ \u00a0]+$/.test(gap)) {
        affiliationKey = owner.key;
        if (roleText && roleText === roleText.toLowerCase() && owner.kind === 'organization') {
          roleText = `${owner.surface} ${roleText}`;
          aliasStart = owner.start;
        }
      }
    }
    // Appositive before the name: "the alliance’s secretary general, Jane Doe,".
    const appositive = appositiveBefore(text, tokens, m.first);
    if (appositive) {
      cast.add(m.key, 'person', d.name, appositive.alias, undefined);
      cast.spans.push({ start: appositive.start, end: appositive.end, key: m.key });
      d.mentions.push({ start: appositive.start, end: appositive.end });
      roleText ??= titleCase(appositive.role);
      if (!affiliationKey && appositive.ownerToken !== undefined) {
        const owner = endingAt.get(appositive.ownerToken);
        const ot = tokens[appositive.ownerToken] as Token;
        affiliationKey = owner && owner.kind !== 'person' && owner.kind !== 'unknown' ? owner.key : descriptionTarget(ot, ot.start);
      }
    }
    // Appositive after the name: "Brian Doe, a spokesman for the ministry,".
    if (!roleText) {
      const after = appositiveAfter(text, tokens, m.last);
      if (after) {
        roleText = after.role;
        if (!affiliationKey && after.ownerToken !== undefined) {
          const owner = endingAt.get(after.ownerToken);
          const ot = tokens[after.ownerToken] as Token;
          affiliationKey = owner && owner.kind !== 'unknown' && owner.kind !== 'demonym' ? owner.key : owner?.kind === 'demonym' ? owner.key : descriptionTarget(ot, ot.start);
        }
      }
    }
    if (roleText) {
      if (!d.role) d.role = roleText;
      if (aliasStart !== undefined) d.aliases.add(surfaceOf(text, aliasStart, m.end));
    }
    if (affiliationKey && !d.affiliationKey) d.affiliationKey = affiliationKey;
    // A minister with no stated country works for the country the text is about just before.
    if (!d.affiliationKey && d.role && [...GOVERNMENT_HEADS].some((h) => d.role?.toLowerCase().includes(h))) {
      const near = lastBefore(countryMentions, m.start);
      if (near) d.affiliationKey = near.key;
    }
  }

  // Definite descriptions: "the alliance", "the bloc", "the ministry" → the fitting organization.
  cast.sortSpans();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    // Only "the <description>" or a bare "bloc" or "alliance" can be one: most words stop here.
    if (prev?.lower !== 'the' && t.lower !== 'bloc' && t.lower !== 'alliance') continue;
    if (!DESCRIPTIONS.has(t.lower) || t.lower === 'organization' || t.lower === 'organisation') continue;
    const determined = prev?.lower === 'the' && t.joined;
    const bare = (t.lower === 'bloc' || t.lower === 'alliance') && !(prev && (prev.capitalized && t.joined)) && !(prev && ['an', 'a', 'this', 'that', 'new', 'our', 'their', 'its'].includes(prev.lower));
    if (!determined && !bare) continue;
    // Not the head of a longer phrase: "the alliance’s secretary general" is a person.
    const next = tokens[i + 1];
    if (t.possessive && next && next.joined === false && ROLE_WORDS.has(next.lower) && roleBefore(tokens, i + 3)) continue;
    const key = descriptionTarget(t, t.start);
    if (!key) continue;
    const start = determined && prev ? prev.start : t.start;
    if ((source.chrome ?? []).some((s) => start < s.end && s.start < t.end)) continue;
    const draft = cast.drafts.get(key) as Draft;
    cast.add(key, draft.kind, draft.name, cleanAlias(surfaceOf(text, start, t.end)), undefined);
    cast.mention(key, { start, end: t.end });
    // A headline's bare "bloc" is "the bloc" in running text: both forms find the actor.
    if (!determined) draft.aliases.add(`the ${t.lower}`);
  }

  // Title phrases with no name: "NATO chief" is whoever the text makes that organization's leader.
  const members = new Map<string, Draft[]>();
  for (const d of cast.drafts.values()) {
    if (d.kind !== 'person' || !d.affiliationKey) continue;
    const list = members.get(d.affiliationKey) ?? [];
    list.push(d);
    members.set(d.affiliationKey, list);
  }
  for (const m of raw) {
    if (m.kind !== 'organization' && m.kind !== 'country' && m.kind !== 'demonym') continue;
    const next = tokens[m.last + 1];
    if (!next || !next.joined || !ROLE_HEADS.has(next.lower) || tokens[m.last]?.possessive) continue;
    let k = m.last + 1;
    while (tokens[k + 1]?.joined && ROLE_WORDS.has((tokens[k + 1] as Token).lower)) k++;
    const after = tokens[k + 1];
    if (after && after.joined && nameish(after)) continue; // a name follows: handled above
    const head = (tokens[k] as Token).lower;
    const holder = (members.get(m.key) ?? []).find((d) => d.role &&
      (d.role.toLowerCase().includes(head) || (LEADER_HEADS.has(head) && [...LEADER_HEADS].some((h) => d.role?.toLowerCase().includes(h)))));
    if (!holder) continue;
    const end = (tokens[k] as Token).end;
    cast.add(holder.key, 'person', holder.name, surfaceOf(text, m.start, end), undefined);
    cast.mention(holder.key, { start: m.start, end });
  }

  cast.flush();

  // Statements: each attribution's speaker tied to an actor.
  const ordered = [...attributions].sort((a, b) => (a.cue?.start ?? a.content[0]?.start ?? 0) - (b.cue?.start ?? b.content[0]?.start ?? 0));
  const speakerOf = new Map<Attribution, string | null>();
  let previous: { key: string; at: number } | undefined;
  const addressees = ordered.flatMap((a) => (a.addresseeSpan ? [a.addresseeSpan] : []));
  for (const a of ordered) {
    const key = a.speakerSpan ? resolveSpeaker(text, a, cast, previous, addressees) : null;
    speakerOf.set(a, key);
    if (key && a.speakerSpan) previous = { key, at: a.speakerSpan.start };
  }

  const ids = assignIds(cast);
  const statements: Statement[] = attributions.map((a) => {
    const key = speakerOf.get(a) ?? null;
    const statement: Statement = {
      id: `${source.id}#${a.content[0]?.start ?? a.cue?.start ?? 0}`,
      source: source.id,
      speaker: key ? ids.get(key) ?? null : null,
      speakerSpan: a.speakerSpan,
      cue: a.cue,
      content: a.content,
      text: a.content.map((s) => text.slice(s.start, s.end)).join(' … '),
      kind: a.kind,
    };
    if (a.addresseeSpan) {
      statement.addresseeSpan = a.addresseeSpan;
      statement.addressee = text.slice(a.addresseeSpan.start, a.addresseeSpan.end);
    }
    return statement;
  });
  // Two attributions can share a first content offset only if one has no content: keep ids unique.
  const seen = new Set<string>();
  for (const s of statements) {
    let id = s.id;
    for (let n = 2; seen.has(id); n++) id = `${s.id}-${n}`;
    s.id = id;
    seen.add(id);
  }

  for (const d of cast.drafts.values()) {
    if (d.kind !== 'person' || d.key.startsWith('g:')) continue;
    const parts = d.name.split(' ');
    // Writers refer back to a person by surname: it is an alias (never a reason to merge).
    if (parts.length >= 2) d.aliases.add(parts[parts.length - 1] as string);
    // Someone a news organization's "CNN’s Jane Doe" names with no title works there as a journalist.
    const owner = d.affiliationKey ? cast.drafts.get(d.affiliationKey) : undefined;
    if (!d.role && owner?.type === 'media') d.role = 'journalist';
  }

  const actors: Actor[] = [...cast.drafts.values()]
    .sort((a, b) => a.first - b.first || byKey(a.key, b.key))
    .map((d) => {
      const actor: Actor = {
        id: ids.get(d.key) as string,
        name: d.name,
        kind: d.kind,
        aliases: [...new Set([d.name, ...d.aliases])],
        mentions: d.mentions.sort((x, y) => x.start - y.start).map((s) => ({ source: source.id, start: s.start, end: s.end })),
      };
      if (d.role) actor.role = d.role;
      const affiliation = d.affiliationKey ? ids.get(d.affiliationKey) : undefined;
      if (affiliation && affiliation !== actor.id) actor.affiliation = affiliation;
      return actor;
    });
  return { actors, statements };
}

/** Ids are slugs of names, unique within the source; affiliations that are only named get an actor. */
function assignIds(cast: Cast0): Map<string, string> {
  for (const d of [...cast.drafts.values()]) {
    if (d.affiliationKey && !cast.drafts.has(d.affiliationKey) && d.affiliationKey.startsWith('c:')) {
      const name = d.affiliationKey.slice(2);
      cast.add(d.affiliationKey, 'country', name, name, undefined);
    }
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const drafts = [...cast.drafts.values()].sort((a, b) => a.first - b.first || byKey(a.key, b.key));
  for (const d of drafts) {
    const base = slug(d.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(d.key, id);
  }
  return ids;
}

/** Index of the first number in sorted `list` that is at least `at`. */
function lowerBound(list: number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `list` (in text order) that ends before `at`, within 800 characters. */
function lastBefore(list: RawMention[], at: number): RawMention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as RawMention).end <= at) lo = mid + 1;
    else hi = mid;
  }
  const found = list[lo - 1];
  return found && at - found.end < 800 ? found : undefined;
}

function mostRecent(cast: Cast0, at: number, cacheKey: string, fits: (d: Draft) => boolean): string | undefined {
  // The latest fitting mention before `at`, looking back a bounded number of mentions.
  const from = cast.firstAtOrAfter(at) - 1;
  for (let i = from; i >= 0 && from - i < 400; i--) {
    const s = cast.spans[i] as { key: string };
    const d = cast.drafts.get(s.key);
    if (d && fits(d)) return s.key;
  }
  // Nothing before: the most mentioned fitting organization.
  if (!cast.fallbacks.has(cacheKey)) {
    let top: Draft | undefined;
    for (const d of cast.drafts.values()) if (fits(d) && (!top || d.mentions.length > top.mentions.length)) top = d;
    cast.fallbacks.set(cacheKey, top?.key);
  }
  return cast.fallbacks.get(cacheKey);
}

/** "Jane Doe, a spokeswoman for the ministry," → role "spokeswoman", owner token "ministry". */
function appositiveAfter(text: string, tokens: Token[], last: number): { role: string; ownerToken?: number } | undefined {
  const name = tokens[last];
  let k = last + 1;
  const next = tokens[k];
  if (!name || !next || !/^\s*,\s*$/.test(text.slice(name.end, next.start))) return undefined;
  if (['a', 'an', 'the'].includes(next.lower)) k++;
  // "the party’s chairman": a possessive owner first.
  let ownerToken: number | undefined;
  const maybeOwner = tokens[k];
  if (maybeOwner?.possessive && maybeOwner.capitalized) { ownerToken = k; k++; }
  const roleFirst = k;
  while (k < tokens.length && k < roleFirst + 5 && ROLE_WORDS.has((tokens[k] as Token).lower) && (k === roleFirst || (tokens[k] as Token).joined)) k++;
  if (k === roleFirst) return undefined;
  let hasHead = false;
  for (let x = roleFirst; x < k; x++) if (ROLE_HEADS.has((tokens[x] as Token).lower)) hasHead = true;
  if (!hasHead) return undefined;
  const role = surfaceOf(text, (tokens[roleFirst] as Token).start, (tokens[k - 1] as Token).end);
  // "… for / of / at / to Owner": the owner is the last word of the name that follows.
  const link = tokens[k];
  if (ownerToken === undefined && link && (link.lower === 'for' || link.lower === 'of' || link.lower === 'at' || link.lower === 'to') && link.joined) {
    let o = k + 1;
    if (tokens[o]?.lower === 'the') o++;
    while (tokens[o + 1]?.joined && tokens[o + 1]?.capitalized && o < k + 6) o++;
    if (tokens[o]?.capitalized || DESCRIPTIONS.has(tokens[o]?.lower ?? '')) ownerToken = o;
  }
  return { role, ownerToken };
}

function appositiveBefore(text: string, tokens: Token[], at: number): { alias: string; role: string; start: number; end: number; ownerToken?: number } | undefined {
  const name = tokens[at];
  if (!name) return undefined;
  const prevToken = tokens[at - 1];
  if (!prevToken) return undefined;
  const gap = text.slice(prevToken.end, name.start);
  if (!/^\s*,\s*$/.test(gap)) return undefined;
  // Role words ending right before the comma, all lowercase: "secretary general".
  let k = at - 1;
  while (k >= 0 && ROLE_WORDS.has((tokens[k] as Token).lower) && !(tokens[k] as Token).capitalized && !(tokens[k] as Token).possessive && (k === at - 1 || (tokens[k + 1] as Token).joined)) k--;
  const roleFirst = k + 1;
  if (roleFirst > at - 1) return undefined;
  let hasHead = false;
  for (let x = roleFirst; x < at; x++) if (ROLE_HEADS.has((tokens[x] as Token).lower)) hasHead = true;
  if (!hasHead) return undefined;
  const owner = tokens[k];
  let start: number;
  let ownerToken: number | undefined;
  if (owner && owner.possessive && text.slice(owner.end, (tokens[roleFirst] as Token).start).replace(/['’]s?/, '').trim() === '') {
    ownerToken = k;
    start = owner.start;
    const the = tokens[k - 1];
    if (the && the.lower === 'the' && owner.joined) start = the.start;
  } else if (owner && (owner.lower === 'the' || owner.lower === 'a')) {
    start = owner.start;
  } else {
    return undefined;
  }
  const end = prevToken.end;
  return { alias: surfaceOf(text, start, end).replace(/^The /, 'the '), role: surfaceOf(text, (tokens[roleFirst] as Token).start, end), start, end, ownerToken };
}

// ---------------------------------------------------------------------------------------------
// Speakers

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const COLLECTIVE = new Set(['it', 'they', 'them', 'we', 'its', 'their']);
const GROUP_NOUNS = new Set(`officials sources analysts experts diplomats lawmakers critics aides observers
residents people protesters investigators authorities prosecutors police supporters opponents
advisers advisors staffers spokesmen leaders members voters economists scientists researchers
officers soldiers troops activists organizers strategists insiders allies democrats republicans
women men children students workers parents families immigrants refugees conservatives liberals
candidates delegates senators governors donors fans protesters americans citizens consumers
respondents participants witnesses employees executives lawyers attorneys doctors teachers
birthers evangelicals independents moderates progressives groups`.split(/\s+/));
const DETERMINERS = /^(?:the|a|an|some|several|many|other|two|three|few|most|one|these|those|its|their|each|every|another)\s+/i;

function resolveSpeaker(text: string, a: Attribution, cast: Cast0, previous: { key: string; at: number } | undefined, addressees: Span[]): string | null {
  const span = a.speakerSpan as Span;
  // "voters who", "party leaders that": the people before the relative pronoun.
  const surface = text.slice(span.start, span.end).trim().replace(/(?<=\S)\s+(?:who|that|which)$/i, '');
  let lower = surface.toLowerCase();
  // "he said", "he’s", "something she": a pronoun inside a longer span speaks for it.
  const inner = /^(?:he|she)(?=['’\s]|$)|(?<=\s)(?:he|she)$/.exec(lower);
  if (inner && lower !== inner[0]) lower = inner[0];
  // "his campaign", "her office": they speak for the person.
  const own = /^(his|her) (?:campaign|office|team|camp)$/.exec(lower);
  if (own) lower = own[1] === 'his' ? 'he' : 'she';

  const words0 = lower.replace(/['’]s$/, '').split(/\s+/);
  const head0 = words0[words0.length - 1] ?? '';
  if (words0.length <= 5 && GROUP_NOUNS.has(head0) && !/^\p{Lu}/u.test(surface.split(/\s+/).pop() ?? '')) {
    return nominalActor(cast, surface, surface.replace(DETERMINERS, '').replace(/['’]s$/, ''), head0, span);
  }

  // "Aides to Governor Whitfield", "people close to the Kremlin": the ones around the name speak.
  const tie = TIED_GROUP.exec(surface);
  const tieAt = tie && isTiedHead(tie[2]!.toLowerCase()) ? span.start + (text.slice(span.start, span.end).indexOf(surface)) + tie[1]!.length : -1;

  // A named actor inside the span: prefer a person ("Kremlin spokesman Ivan Petrov").
  let best: { key: string; rank: number; len: number } | undefined;
  for (let i = cast.firstAtOrAfter(span.start - 400); i < cast.spans.length; i++) {
    const s = cast.spans[i] as { start: number; end: number; key: string };
    if (s.start >= span.end || (tieAt >= 0 && s.start >= tieAt)) break;
    if (s.end <= span.start) continue;
    const d = cast.drafts.get(s.key);
    if (!d) continue;
    const rank = d.kind === 'person' ? 0 : d.kind === 'organization' ? 1 : d.kind === 'group' ? 2 : 3;
    const len = s.end - s.start;
    if (!best || rank < best.rank || (rank === best.rank && len > best.len)) best = { key: s.key, rank, len };
  }
  if (best) return best.key;
  if (tie && tieAt >= 0) return tiedGroupActor(cast, surface, tie, span, tieAt);

  // "…, who said": the actor named just before.
  if (lower === 'who' || lower === 'which') {
    const s = cast.spans[cast.firstAtOrAfter(span.start) - 1];
    return s && span.start - s.end < 120 ? s.key : null;
  }
  const gender: Gender | undefined = MALE.has(lower) ? 'male' : FEMALE.has(lower) ? 'female' : undefined;
  if (gender || lower === 'i') {
    if (previous) {
      const d = cast.drafts.get(previous.key);
      if (d && d.kind === 'person' && (!gender || !d.gender || d.gender === gender) && span.start - previous.at < 1500) return previous.key;
    }
    let found: string | undefined;
    for (let i = cast.firstAtOrAfter(span.start - 2000); i < cast.spans.length; i++) {
      const s = cast.spans[i] as { start: number; end: number; key: string };
      if (s.start >= span.start) break;
      const d = cast.drafts.get(s.key);
      if (!d || d.kind !== 'person') continue;
      if (gender && d.gender && d.gender !== gender) continue;
      if (addressees.some((x) => s.start >= x.start && s.end <= x.end)) continue;
      found = s.key;
    }
    return found ?? null;
  }
  if (COLLECTIVE.has(lower)) {
    if (previous) {
      // "it" is often a thing: the last organization speaking counts only close by.
      const d = cast.drafts.get(previous.key);
      if (d && d.kind !== 'person' && span.start - previous.at < (lower === 'it' ? 400 : 1500)) return previous.key;
    }
    let found: string | undefined;
    for (let i = cast.firstAtOrAfter(span.start - 2000); i < cast.spans.length; i++) {
      const s = cast.spans[i] as { start: number; end: number; key: string };
      if (s.start >= span.start) break;
      const d = cast.drafts.get(s.key);
      if (d && (d.kind === 'organization' || d.kind === 'country' || (d.kind === 'group' && lower !== 'it'))) found = s.key;
    }
    return found ?? null;
  }

  // A description: "the ministry", "the alliance".
  const words = lower.replace(/['’]s$/, '').split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const test = DESCRIPTIONS.get(head);
  if (test && words.length <= 3) {
    const key = mostRecent(cast, span.start, head, (d) => d.kind === 'organization' && test({ name: d.name, type: d.type }));
    if (key) return key;
  }
  // A title with no name: "the spokesman", "the secretary general" → the person holding it.
  if (ROLE_HEADS.has(head) && words.every((w) => ROLE_WORDS.has(w) || DETERMINERS.test(`${w} `))) {
    const holder = [...cast.drafts.values()].find((d) => d.kind === 'person' && d.role?.toLowerCase().includes(head));
    if (holder) return holder.key;
  }

  // A nominal for unnamed people: "officials", "U.S. officials", "analysts" → a group actor.
  const cleaned = surface.replace(DETERMINERS, '').replace(/['’]s$/, '');
  const singular = head.replace(/s$/, '');
  if (GROUP_NOUNS.has(head) || ROLE_HEADS.has(singular) || isPeopleNoun(singular) || isPeopleNoun(head)) {
    return nominalActor(cast, surface, cleaned, head, span);
  }
  // Not a name and not people ("her qualifications"): no actor rather than a wrong one.
  if (!/^\p{Lu}/u.test(cleaned) || cleaned.split(/\s+/).length > 4) return null;
  // A name the mention finder missed: a person, or a group for a plural ("Syrians").
  if (!cleaned.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && !STOP.has(w.toLowerCase()))) return null;
  const plural = /(?:ans|ats|ists|ives|als|ents|ers)$/.test(cleaned) && !isNameWord(cleaned);
  const key = `${plural ? 'g' : 'p'}:${cleaned}`;
  const d = cast.add(key, plural ? 'group' : 'person', cleaned, cleaned, undefined);
  cast.insert({ start: span.start, end: span.end, key });
  d.mentions.push({ start: span.start, end: span.end });
  if (span.start < d.first) d.first = span.start;
  return key;
}

/** A group or role before "to", "close to" or "familiar with" and whoever they stand around: "Aides and advisers to Governor Whitfield". */
const TIED_GROUP = /^(.*?\b([\p{L}-]+))\s+(?:to|close\s+to|familiar\s+with)\s+(\S.*)$/u;
/** Whether a tied group's head stands for the people who speak: "advisers to", "people close to", "a source familiar with". */
const isTiedHead = (head: string): boolean => TIED_ROLES.has(head) || GROUP_NOUNS.has(head) || /^(?:person|source|official|someone|one|insider|friend|ally|associate|figure)s?$/.test(head);

/**
 * The unnamed group or person tied to someone named: "unnamed aides and advisers to Governor Dana
 * Whitfield", whose names keep their capitals; an organization or a country they stand around is
 * their affiliation ("people close to the Kremlin").
 */
function tiedGroupActor(cast: Cast0, surface: string, tie: RegExpExecArray, span: Span, tieAt: number): string {
  const head = tie[2]!.toLowerCase();
  const group = tie[1]!.replace(DETERMINERS, '').toLowerCase();
  const name = `unnamed ${group}${surface.slice(tie[1]!.length).replace(/['’]s$/, '')}`;
  const key = `g:${name.toLowerCase()}`;
  const plural = GROUP_NOUNS.has(head) || (/s$/.test(head) && !/ss$/.test(head));
  const d = cast.add(key, plural ? 'group' : 'person', name, surface.replace(/^The /, 'the '), undefined);
  cast.insert({ start: span.start, end: span.end, key });
  d.mentions.push({ start: span.start, end: span.end });
  if (span.start < d.first) d.first = span.start;
  for (let i = cast.firstAtOrAfter(tieAt); i < cast.spans.length && !d.affiliationKey; i++) {
    const s = cast.spans[i] as { start: number; end: number; key: string };
    if (s.start >= span.end) break;
    const around = cast.drafts.get(s.key);
    if (around && (around.kind === 'organization' || around.kind === 'country')) d.affiliationKey = s.key;
  }
  return key;
}

function nominalActor(cast: Cast0, surface: string, cleanedSpan: string, head: string, span: Span): string {
  // "the majority of Syrian refugees", "a new influx of refugees": the people are after "of".
  const of = cleanedSpan.lastIndexOf(' of ');
  const cleaned = of >= 0 ? cleanedSpan.slice(of + 4).replace(DETERMINERS, '') : cleanedSpan;
  const plural = GROUP_NOUNS.has(head) || (/s$/.test(head) && !/ss$/.test(head));
  const kind: ActorKind = plural ? 'group' : 'person';
  // Keep capitals that are names ("U.S. officials"), lowercase the rest.
  const phrase = cleaned.split(/\s+/).map((w) => (/^\p{Lu}[\p{Lu}.]+$|^\p{Lu}\p{Ll}+$/u.test(w) && (countryOf(w) || knownOrganization(w)) ? w : w.toLowerCase())).join(' ');
  const name = `unnamed ${phrase}`;
  const key = `g:${name.toLowerCase()}`;
  const d = cast.add(key, kind, name, surface.replace(/^The /, 'the '), undefined);
  cast.insert({ start: span.start, end: span.end, key });
  d.mentions.push({ start: span.start, end: span.end });
  if (span.start < d.first) d.first = span.start;
  // "Russian officials": the group works for Russia.
  for (const w of cleaned.split(/\s+/)) {
    const c = countryOf(w.replace(/['’]s$/, ''));
    if (c && !d.affiliationKey) { d.affiliationKey = `c:${c.country.name}`; break; }
    const o = knownOrganization(w);
    if (o && !d.affiliationKey) { d.affiliationKey = `o:${o.name}`; break; }
  }
  return key;
}
