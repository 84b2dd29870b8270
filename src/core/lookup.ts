// Names -> actors at an offset, for hover cards, Go to Definition and name highlighting.
//
// A character trie over every hoverable alias of every actor, built once per corpus version.
// Text is folded before matching: diacritics dropped (NFD minus combining marks), curly
// apostrophes made straight, and any whitespace run (a line wrap included) read as one space;
// each folded character remembers its span in the original text, so matches map back exactly.
// Case is kept: "US" is a name, "us" is not.
import type { Actor } from './model';
import { isCommonWord, isFirstName, tagOf } from './extract/lexicon/words';

/** A known name found in a text. Offsets index the text given to the lookup. */
export interface NameMatch {
  start: number;
  end: number;
  /** Every actor the name may refer to (a shared surname gives several). */
  actors: string[];
  /** The alias as indexed (folded). */
  alias: string;
}

/** Words that may sit lower-case inside a name: "Ministry of Defence", "Ursula von der Leyen". */
const CONNECTORS = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'das',
  'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'y', 'und', 'ter', '&',
]);

/**
 * Capitalized words that are too common to be hovered on their own: function words that start
 * sentences, months and days (a surname "May" must not light up "in May"), and titles.
 * Names made of several words may still contain them ("State Department", "White House").
 */
const COMMON_WORDS = new Set(`
a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing done down during
each either even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just last least less let like many may me might
more most much must my myself near neither never new next no nor not now of off often old on once one
only or other our ours ourselves out over own per perhaps please rather same several shall she should
since so some still such than that the their theirs them themselves then there these they this those
though through thus to today tomorrow too toward towards under unless until up upon us very via was we
were what whatever when where whether which while who whom whose why will with within without would
yesterday yet you your yours yourself first second third two three four five six seven eight nine ten
hundred thousand million billion meanwhile moreover nevertheless otherwise instead later earlier
already again asked according said says say told news breaking update updated read more photo
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr sir madam lord lady king queen prince princess pope president vice minister secretary
general chief director senator governor mayor chancellor premier spokesman spokeswoman spokesperson
ambassador chairman chairwoman chair deputy foreign prime official officials government state
department ministry army police court parliament party leader leaders head commander
`.split(/\s+/).filter(Boolean));

/** Words that only say which post someone holds: an alias made of them alone is not a name. */
const TITLE_WORDS = new Set(`
mr mrs ms dr sir madam lord lady king queen prince princess pope president vice minister secretary
general chief director senator governor mayor chancellor premier spokesman spokeswoman spokesperson
ambassador chairman chairwoman chair deputy foreign prime defense defence interior finance
justice attorney press envoy representative commissioner high executive senior acting former
rep sen gov gen lt col sgt capt adm cmdr supt insp
`.split(/\s+/).filter(Boolean));

const NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

const APOSTROPHES = /[\u2019\u2018\u02BC\u2032`]/g;
const COMBINING_MARK = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return WORD_CHAR.test(ch);
}

function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029
    || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Folded text and, for each folded character, where it came from in the original. */
interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

/** Folds `text.slice(from, to)`; offsets in the result index the whole `text`. */
function fold(text: string, from: number, to: number): Folded {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      let j = i + 1;
      while (j < to && isWhitespace(text.charCodeAt(j))) j++;
      out.push(' ');
      starts.push(i);
      ends.push(j);
      i = j;
      continue;
    }
    if (code < 128 && code !== 96) {
      out.push(text[i] as string);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    const ch = text.slice(i, i + width);
    const folded = ch.replace(APOSTROPHES, "'").replace(/[\u2010\u2011]/g, '-').normalize('NFD').replace(COMBINING_MARK, '');
    if (folded === '') {
      // A combining mark on its own belongs to the character before it.
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      for (const f of folded) {
        out.push(f);
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: out.join(''), starts, ends };
}

/** Folds an alias the way text is folded, so both meet in the trie. */
export function foldName(name: string): string {
  // Most names are plain ASCII with single spaces: nothing to fold.
  if (/^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/.test(name)) return name;
  return fold(name, 0, name.length).text.trim();
}

function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /\p{Lu}|\p{Lt}|\p{N}/u.test(word[0] ?? '');
}

/** The surname of a person's name: "Angela Merkel" -> "Merkel", "Martin Luther King Jr." -> "King". */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has((words[0] as string).toLowerCase())) words.shift();
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  if (words.length < 2) return undefined;
  const last = words[words.length - 1] as string;
  // "Ursula von der Leyen" -> "von der Leyen"
  let first = words.length - 1;
  while (first > 1 && CONNECTORS.has((words[first - 1] as string).toLowerCase())) first--;
  return first === words.length - 1 ? last : words.slice(first).join(' ');
}

/**
 * The forms of an actor's name worth a hover: its name, its surname (people), and the aliases
 * that read as names (every word capitalized, except connectors inside). Leading "the" and a
 * possessive ending are dropped ("the Kremlin’s" -> "Kremlin"). Lower-case descriptions ("the
 * alliance", "bloc"), bare titles ("Foreign Minister") and single common words are left out.
 */
export function hoverableAliases(actor: Actor): string[] {
  let aliases = aliasCache.get(actor);
  if (!aliases) {
    aliases = chooseAliases(actor);
    aliasCache.set(actor, aliases);
  }
  return aliases;
}

/** Actors are not changed once extracted: their aliases are chosen once, not on every rebuild. */
const aliasCache = new WeakMap<Actor, string[]>();
const TWO_LETTERS = /\p{L}.*\p{L}/u;
const LETTER_NUMBER = /^\p{Lu}\d+$/u;
const POSSESSIVE = /'s$|(?<=s)'$/;
const LEADING_THE = /^(?:the|The)\s+/;

function chooseAliases(actor: Actor): string[] {
  const candidates = [actor.name, ...actor.aliases];
  const surname = actor.kind === 'person' ? surnameOf(actor.name) : undefined;
  if (surname) candidates.push(surname);
  const nameWords = foldName(actor.name).split(' ');
  const firstName = actor.kind === 'person' && nameWords.length > 1 ? nameWords[0] : undefined;
  const kept = new Set<string>();
  for (const candidate of candidates) {
    let alias = foldName(candidate);
    alias = alias.replace(POSSESSIVE, '').replace(LEADING_THE, '').trim();
    if (alias.length < 2 || alias.length > 80) continue;
    const words = alias.split(' ');
    if (words.length > 8) continue;
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    if (!isCapitalized(first) || !isCapitalized(last)) continue;
    if (!words.every((w) => isCapitalized(w) || CONNECTORS.has(w))) continue;
    if (words.every((w) => CONNECTORS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) continue;
    // At least two letters, or a letter and a number ("G7"): no numbers ("2014"), no initials ("A.").
    if (!TWO_LETTERS.test(alias) && !LETTER_NUMBER.test(alias)) continue;
    if (words.length === 1) {
      // A first name alone ("Michael", "John") would light up every Michael; a surname that is
      // also a first name ("Paul" for Rand Paul) stays.
      if (isFirstName(alias) && alias !== surname) continue;
      // "St", "Mt": an abbreviation, unless written in capitals ("EU", "UN").
      if (alias.length <= 2 && alias !== alias.toUpperCase()) continue;
      // Contractions of common words: "I'll", "We're", "It's".
      const apostrophe = alias.indexOf("'");
      if (apostrophe > 0 && COMMON_WORDS.has(alias.slice(0, apostrophe).toLowerCase())) continue;
      // An acronym is its own word: "US" is a name even though "us" is common.
      // A short acronym is its own word: "US" is a name even though "us" is common; a long
      // all-capital word from a headline ("COULD", "LIVE") is not.
      const acronym = alias.length >= 2 && alias === alias.toUpperCase() && alias !== alias.toLowerCase();
      if (!(acronym && alias.length <= 3) && (COMMON_WORDS.has(alias.toLowerCase()) || isCommonWord(alias))) continue;
      if (alias === firstName) continue;
      if (!isWordChar(alias[0])) continue;
    }
    kept.add(alias);
  }
  return [...kept];
}

export interface NameIndexOptions {
  /** Texts that show how words are written (the sources); see `NameIndex.build`. */
  texts?: Iterable<string>;
}

/** How much source text is read to tell common words from names: enough for steady counts, bounded in time. */
const COMMON_WORD_SAMPLE = 1_000_000;

/**
 * The one-word, not all-capital aliases that `texts` (their first million characters) write in lower case at least twice and at
 * least a fifth as often as capitalized ("Night": 69 to 5; "Trump": 3 to 2,000 stays a name).
 */
export function commonWordsAmong(aliases: readonly string[], texts: Iterable<string>, maxChars = COMMON_WORD_SAMPLE): Set<string> {
  const candidates = new Map<string, string[]>();
  for (const alias of aliases) {
    if (alias.includes(' ') || alias === alias.toUpperCase()) continue;
    const lower = alias.toLowerCase();
    const forms = candidates.get(lower);
    if (!forms) candidates.set(lower, [alias]);
    else if (!forms.includes(alias)) forms.push(alias);
  }
  const common = new Set<string>();
  if (candidates.size === 0) return common;
  const lowerCount = new Map<string, number>();
  const otherCount = new Map<string, number>();
  const word = /[\p{L}\p{M}'’-]+/gu;
  let budget = maxChars;
  for (const whole of texts) {
    if (budget <= 0) break;
    const text = whole.length > budget ? whole.slice(0, budget) : whole;
    budget -= text.length;
    for (const m of text.matchAll(word)) {
      const w = m[0];
      const lower = w.toLowerCase();
      if (!candidates.has(lower)) continue;
      const counts = w === lower ? lowerCount : otherCount;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  for (const [lower, forms] of candidates) {
    const low = lowerCount.get(lower) ?? 0;
    if (low >= 2 && low * 5 >= (otherCount.get(lower) ?? 0)) for (const form of forms) common.add(form);
  }
  return common;
}

/**
 * The prebuilt index of names. Build it once per corpus version; `findAt` then costs a few
 * microseconds whatever the document's size, since it reads only a window around the offset.
 */
export class NameIndex {
  // Trie edges. Most nodes have one child, kept in two flat arrays; a node with more children
  // keeps the others in a small map. Node 0 is the root.
  private readonly firstChar: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  private readonly moreChildren = new Map<number, Map<number, number>>();
  /** Node -> the actors whose alias ends there. */
  private readonly terminals = new Map<number, { actors: string[]; alias: string; byFirstName?: Map<string, string[]> }>();
  private nodeCount = 1;
  /** A person's first name (its `firstNameKey`), to tell "Johnnie Wilson" from Woodrow Wilson on the surname alone. */
  private readonly firstNames = new Map<string, string>();
  /** Longest alias, in folded characters: how far a match can reach from the offset. */
  private longest = 0;
  private aliasTotal = 0;

  /**
   * Indexes every hoverable alias of `actors`. With `texts` (the sources, in the user's
   * language), a one-word alias that those texts mostly write in lower case is left out: it is
   * a common word that merely opened a sentence or a headline ("Night", "Statement").
   */
  static build(actors: readonly Actor[], options: NameIndexOptions = {}): NameIndex {
    const index = new NameIndex();
    const aliases = actors.map((actor) => hoverableAliases(actor));
    const common = options.texts ? commonWordsAmong(aliases.flat(), options.texts) : undefined;
    actors.forEach((actor, i) => {
      for (const alias of aliases[i] as string[]) {
        if (!common?.has(alias)) index.add(alias, actor.id);
      }
      const first = actor.kind === 'person' ? firstNameOf(actor.name) : undefined;
      if (first) index.firstNames.set(actor.id, firstNameKey(first));
    });
    return index;
  }

  /** The number of distinct names indexed. */
  get size(): number {
    return this.aliasTotal;
  }

  /** Adds one alias (already folded) for an actor. */
  add(alias: string, actorId: string): void {
    let node = 0;
    for (let i = 0; i < alias.length; i++) {
      const code = alias.charCodeAt(i);
      let next = this.child(node, code);
      if (next < 0) {
        next = this.nodeCount++;
        this.firstChar.push(-1);
        this.firstChild.push(-1);
        if (this.firstChar[node] === -1) {
          this.firstChar[node] = code;
          this.firstChild[node] = next;
        } else {
          let more = this.moreChildren.get(node);
          if (!more) this.moreChildren.set(node, (more = new Map()));
          more.set(code, next);
        }
      }
      node = next;
    }
    const terminal = this.terminals.get(node);
    if (!terminal) {
      this.terminals.set(node, { actors: [actorId], alias });
      this.aliasTotal++;
    } else if (terminal.actors[terminal.actors.length - 1] !== actorId) {
      // An actor's aliases come in together, so a repeat can only be the last one added.
      terminal.actors.push(actorId);
      terminal.byFirstName = undefined;
    }
    this.longest = Math.max(this.longest, alias.length);
  }

  /**
   * How many characters either side of an offset can belong to a name covering it: the longest
   * alias, with room for whitespace runs that fold to one space. Callers that hold a big
   * document pass `findAt` only this window of it.
   */
  get reach(): number {
    return this.longest * 2 + 16;
  }

  /**
   * The known name at `offset` (the character under the pointer), or undefined. Reads only
   * `text` within a window of the longest alias around the offset. The longest name covering
   * the offset wins ("Angela Merkel" over "Merkel").
   */
  findAt(text: string, offset: number): NameMatch | undefined {
    if (this.longest === 0 || offset < 0 || offset >= text.length) return undefined;
    const from = Math.max(0, offset - this.reach);
    const to = Math.min(text.length, offset + this.reach + 1);
    const folded = fold(text, from, to);
    const hovered = indexAtOrAfter(folded.starts, folded.ends, offset);
    if (hovered < 0) return undefined;
    let best: NameMatch | undefined;
    const lowest = Math.max(0, hovered - this.longest);
    for (let s = hovered; s >= lowest; s--) {
      const match = this.longestAt(folded, s, text, to);
      if (match && match.endIndex >= hovered) {
        const candidate = toMatch(folded, s, match);
        if (!best || candidate.end - candidate.start > best.end - best.start) best = candidate;
      }
    }
    return best;
  }

  /**
   * Every known name that starts in `text.slice(start, end)`, left to right, without overlaps
   * (the longest name wins at each place). For decorating the visible part of an editor.
   */
  findInRange(text: string, start: number, end: number): NameMatch[] {
    const found: NameMatch[] = [];
    if (this.longest === 0) return found;
    const from = Math.max(0, start);
    const to = Math.min(text.length, end + this.reach);
    const folded = fold(text, from, to);
    for (let s = 0; s < folded.text.length; s++) {
      if ((folded.starts[s] as number) >= end) break;
      const match = this.longestAt(folded, s, text, to);
      if (!match) continue;
      found.push(toMatch(folded, s, match));
      s = match.endIndex;
    }
    return found;
  }

  /**
   * The actors of the alias ending at `node` whose first name has `key`. A surname that many
   * sources share ("Clinton") can hold hundreds of actors: they are grouped once, then looked up.
   */
  private actorsWithFirstName(node: number, key: string): string[] {
    const terminal = this.terminals.get(node);
    if (!terminal) return [];
    if (!terminal.byFirstName) {
      terminal.byFirstName = new Map();
      for (const id of terminal.actors) {
        const first = this.firstNames.get(id);
        if (first === undefined) continue;
        const list = terminal.byFirstName.get(first);
        if (list) list.push(id);
        else terminal.byFirstName.set(first, [id]);
      }
    }
    return terminal.byFirstName.get(key) ?? [];
  }

  /** The child of `node` along `code`, or -1. */
  private child(node: number, code: number): number {
    if (this.firstChar[node] === code) return this.firstChild[node] as number;
    return this.moreChildren.get(node)?.get(code) ?? -1;
  }

  /** The longest alias that starts at folded index `s` on a word boundary and ends on one. */
  private longestAt(
    folded: Folded,
    s: number,
    text: string,
    to: number,
  ): { endIndex: number; actors: string[]; alias: string } | undefined {
    const f = folded.text;
    const startChar = f[s];
    if (startChar === ' ' || startChar === undefined) return undefined;
    const before = s > 0 ? f[s - 1] : originalBefore(text, folded.starts[0] ?? 0);
    if (isWordChar(before) && isWordChar(startChar)) return undefined;
    let node = 0;
    let best: { endIndex: number; actors: string[]; alias: string; node: number } | undefined;
    for (let k = s; k < f.length; k++) {
      const next = this.child(node, f.charCodeAt(k));
      if (next < 0) break;
      node = next;
      const terminal = this.terminals.get(node);
      if (!terminal) continue;
      const after = k + 1 < f.length ? f[k + 1] : to < text.length ? text[to] : undefined;
      if (isWordChar(after) && isWordChar(f[k])) continue;
      best = { endIndex: k, actors: terminal.actors, alias: terminal.alias, node };
    }
    if (best) {
      // A name followed by another name word is part of a longer name we do not know:
      // "Minnesota Vikings", "Dallas Morning News", "Trump Tower", "Harvard Law School".
      const after = nextWord(f, best.endIndex);
      if (after && continuesName(after)) return undefined;
    }
    if (best && !best.alias.includes(' ')) {
      // A surname right after someone's first name names that someone: keep only the actors
      // whose own first name agrees ("Olaf Schultz" for Olaf Scholz), else no match.
      const before = previousWord(f, s);
      if (before && looksLikeFirstName(before)) {
        const actors = this.actorsWithFirstName(best.node, firstNameKey(before));
        if (actors.length === 0) return undefined;
        best = { ...best, actors };
      } else if (before && continuesName(before, true) && !describesSomeone(before) && !startsSentence(f, s - 1 - before.length)) {
        // "Thurgood Marshall", "Julie Hirschfeld Davis": a name word we do not know comes first.
        return undefined;
      }
    }
    return best;
  }
}

/** The word right before folded index `s`, across one space, or undefined. */
function previousWord(f: string, s: number): string | undefined {
  if (s < 2 || f[s - 1] !== ' ') return undefined;
  let b = s - 1;
  while (b > 0 && isWordChar(f[b - 1])) b--;
  return b < s - 1 ? f.slice(b, s - 1) : undefined;
}

/** The word right after folded index `end`, across one space, or undefined. */
function nextWord(f: string, end: number): string | undefined {
  if (f[end + 1] !== ' ') return undefined;
  let e = end + 2;
  while (e < f.length && isWordChar(f[e])) e++;
  return e > end + 2 ? f.slice(end + 2, e) : undefined;
}

/**
 * A capitalized word that may carry a name on: not a function word, day, month or title. After
 * a name even a capitalized common noun does ("NATO Summit", "Harvard Law School"); before one,
 * a common word more likely opened the sentence, so `before` leaves those out too.
 */
function continuesName(word: string, before = false): boolean {
  const lower = word.toLowerCase();
  if (!isCapitalized(word) || /^\p{N}/u.test(word)) return false;
  if (COMMON_WORDS.has(lower) || TITLE_WORDS.has(lower) || CONNECTORS.has(lower)) return false;
  return !before || !isCommonWord(word);
}

/** Party and nationality words that may stand before a name: "Republican Trump", "Russian Putin". */
const PARTY_WORDS = new Set(['democrat', 'democratic', 'republican', 'conservative', 'labour', 'tory', 'liberal', 'socialist', 'independent', 'green']);

function describesSomeone(word: string): boolean {
  return PARTY_WORDS.has(word.toLowerCase()) || tagOf(word) === 'Demonym';
}

/** Whether the word at folded index `b` opens a sentence (or the text). */
function startsSentence(f: string, b: number): boolean {
  let i = b - 1;
  while (i >= 0 && f[i] === ' ') i--;
  return i < 0 || /[.!?:;“"([—–-]/.test(f[i] as string);
}

function looksLikeFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  return isCapitalized(word) && word !== word.toUpperCase() && !COMMON_WORDS.has(lower) && !TITLE_WORDS.has(lower) && isFirstName(word);
}

/** What two spellings of one first name share: the first three letters (Sergei, Sergey). */
function firstNameKey(name: string): string {
  return name.slice(0, 3).toLowerCase();
}

/** The first name of a person's full name, past any title: "Chancellor Angela Merkel" -> "Angela". */
function firstNameOf(name: string): string | undefined {
  const words = foldName(name).split(' ');
  while (words.length > 1 && TITLE_WORDS.has((words[0] as string).toLowerCase())) words.shift();
  return words.length > 1 ? words[0] : undefined;
}

function originalBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const ch = text[index - 1] as string;
  const code = ch.charCodeAt(0);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  // A combining mark folds away: the letter under it decides.
  if (/\p{M}/u.test(ch)) return 'a';
  return ch;
}

/** The folded index whose original span holds `offset`. */
function indexAtOrAfter(starts: number[], ends: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else if ((starts[mid] as number) > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function toMatch(folded: Folded, s: number, match: { endIndex: number; actors: string[]; alias: string }): NameMatch {
  return {
    start: folded.starts[s] as number,
    end: folded.ends[match.endIndex] as number,
    actors: [...match.actors],
    alias: match.alias,
  };
}
