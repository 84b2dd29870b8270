import type { Actor, Source, Span, Statement } from './model';
import { findAttributions, type Attribution } from './extract/attributions';
import { quotedSpans } from './cite';
import { NameIndex, type NameMatch } from './lookup';
import { type Gender, genderOf, isFirstName, isNameWord, tagOf } from './extract/lexicon/words';

// Checks the quotations in a draft against every sourced statement of the corpus: the same
// words (fine), nearly the same words (a misquote), the right words given to another speaker,
// or words no source has.
//
// Words are compared lower-cased, without punctuation, with curly and straight apostrophes alike;
// quote marks and white space never count. A case change inside a quote is not worth a warning.

/** What the check needs from a corpus: a version to cache on, and its tables. */
export interface QuoteCorpus {
  version: number;
  readonly sources: Source[];
  readonly actors: Actor[];
  readonly statements: Statement[];
}

/** A word of a text, lower-cased for comparison, with its place in the text. */
interface Word {
  /** The lower-cased word's number in the index's vocabulary (-1: a word no source has). */
  id: number;
  start: number;
  end: number;
}

/** The quoted words of one statement, every fragment in order. */
interface Passage {
  statement: Statement;
  source: Source;
  words: Word[];
}

/** A quotation found in the draft. */
export interface DraftQuote {
  /** The quotation with its marks. */
  outer: Span;
  /** The quoted words without the marks. */
  inner: Span;
  text: string;
  /**
   * The words the draft gives this quote to, where its attribution names them. `checkDraft` looks
   * for them only where they decide the verdict: for quotes found word for word.
   */
  speakerSpan: Span | null;
  speakerForm: Attribution['speakerForm'];
  /** The actor those words name, where the corpus knows them. */
  speaker: Actor | null;
  /** Every actor those words may name (a shared surname gives several); `speaker` is the first. */
  speakers: Actor[];
  /**
   * Where the speaker is "he" or "she": the name in the draft it stands for, the last actor the
   * draft names before, where that reading is sure (see `QuoteIndex.antecedent`).
   */
  antecedent?: Span;
}

export type QuoteVerdict = 'exact' | 'misquote' | 'wrongSpeaker' | 'unsourced';

/** A replacement in the draft that a quick fix applies. */
export interface DraftEdit extends Span {
  text: string;
}

export interface QuoteFinding {
  verdict: QuoteVerdict;
  quote: DraftQuote;
  /** The statement the quote came from (the closest one, for a misquote). */
  statement?: Statement;
  source?: Source;
  /** The statement's speaker. */
  sourceSpeaker?: Actor;
  /** The source's exact words for the quoted parts, joined by " … ". */
  sourceWords?: string;
  /** Words added, dropped or changed. */
  distance?: number;
  message: string;
  /** The quick fix: the source's words in place, or the right speaker named. */
  fix?: { title: string; edits: DraftEdit[] };
}

export interface CheckOptions {
  /** Quotations shorter than this many words are not checked ("combat", "concessions"). */
  minWords?: number;
  /** The speaker rules, given the sentences around each quotation in turn; the engine's own by default. */
  attributions?: (paragraph: string) => Attribution[];
  /** Maps the words naming a speaker to the actors they may name; the corpus's name index by default. */
  resolveSpeaker?: (text: string, span: Span) => Actor[];
}

/** Words are numbered once per index: comparisons and shingle keys are then plain numbers. */
class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The word's number, adding it where `grow`; -1 for a word the index has never seen. */
  id(word: string, grow: boolean): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    if (!grow) return -1;
    const id = this.ids.size;
    this.ids.set(word, id);
    return id;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many code units the letter or digit at `i` takes (2 outside the BMP), or 0 where there is none. */
function wordWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

/**
 * The words of `text` within [from, to) (runs of letters and digits, joined by an apostrophe
 * inside: "don't"), lower-cased, with their offsets in `text`. A hand-written scanner: a Unicode
 * regular expression costs several times more on a long draft.
 */
function wordsOf(text: string, from: number, to: number, vocabulary: Vocabulary, grow: boolean, into: Word[] = []): Word[] {
  // Lower-casing keeps the length of nearly all text; where it does not, words are lower-cased one by one.
  const slice = text.slice(from, to).toLowerCase();
  const folded = slice.length === to - from ? slice : undefined;
  const n = to;
  let i = from;
  while (i < n) {
    let width = wordWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && width > 0) {
        i += width;
        width = i < n ? wordWidth(text, i) : 0;
      }
      const c = text.charCodeAt(i);
      // An apostrophe between letters stays in the word.
      if ((c === 39 || c === 0x2019) && i + 1 < n && (width = wordWidth(text, i + 1)) > 0) i++;
      else break;
    }
    const raw = folded !== undefined ? folded.slice(start - from, i - from) : text.slice(start, i).toLowerCase();
    into.push({ id: vocabulary.id(raw.includes('’') ? raw.replace(/’/g, "'") : raw, grow), start, end: i });
  }
  return into;
}

/** How many words a quote of `n` words may differ from its source and still be that quote, misquoted. */
export function allowedDistance(n: number): number {
  if (n < 4) return 0;
  return Math.min(4, Math.max(1, Math.floor(n / 4)));
}

// Shingle keys hash word numbers to 30 bits, small integers that maps store without boxing. A
// collision only adds a candidate, and every candidate is verified word by word.
const trigramKey = (a: number, b: number, c: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 2;
const bigramKey = (a: number, b: number) => (Math.imul(a, 0x27d4eb2f) ^ Math.imul(b, 0x165667b1)) >>> 2;
/**
 * A posting packs passage and word position: passage * 2^10 + position. Only a passage's first
 * 1024 words are indexed (and a quote's), which every real quotation fits.
 */
const POSITION = 0x400;
/** How far before a "he" or "she" its antecedent is looked for, in characters. */
const ANTECEDENT_REACH = 1500;
/** How far before it an antecedent is looked for first, in characters. */
const ANTECEDENT_NEAR = 400;
/** A shingle in more passages than this is common. */
const COMMON = 64;

interface Candidate {
  passage: number;
  /** Shingles shared with the quote. */
  hits: number;
  /** The offset of the quote's first word in the passage, as its first shared shingle puts it. */
  diagonal: number;
}

/**
 * Every statement's quoted words, with word 3-gram and 2-gram shingles pointing at them.
 * Built once per corpus version; a check then only looks up the draft's shingles.
 */
export class QuoteIndex {
  readonly passages: Passage[] = [];
  private readonly vocabulary = new Vocabulary();
  private readonly trigrams: ShingleTable;
  private readonly bigrams: ShingleTable;
  private readonly actorsById = new Map<string, Actor>();
  private readonly names: NameIndex;
  private readonly sourceIds = new Set<string>();

  constructor(corpus: Pick<QuoteCorpus, 'sources' | 'actors' | 'statements'>) {
    const sources = new Map(corpus.sources.map((s) => [s.id, s]));
    for (const s of corpus.sources) this.sourceIds.add(s.id);
    for (const a of corpus.actors) this.actorsById.set(a.id, a);
    const trigramKeys: number[] = [];
    const trigramPostings: number[] = [];
    const bigramKeys: number[] = [];
    const bigramPostings: number[] = [];
    for (const statement of corpus.statements) {
      const source = sources.get(statement.source);
      if (!source) continue;
      const words: Word[] = [];
      for (const span of quotedSpans(statement, source.text)) {
        wordsOf(source.text, span.start, span.end, this.vocabulary, true, words);
      }
      if (words.length === 0) continue;
      const id = this.passages.length;
      this.passages.push({ statement, source, words });
      for (let i = 0; i + 1 < words.length && i < POSITION; i++) {
        bigramKeys.push(bigramKey(words[i].id, words[i + 1].id));
        bigramPostings.push(id * POSITION + i);
        if (i + 2 < words.length) {
          trigramKeys.push(trigramKey(words[i].id, words[i + 1].id, words[i + 2].id));
          trigramPostings.push(id * POSITION + i);
        }
      }
    }
    this.trigrams = new ShingleTable(trigramKeys, trigramPostings);
    this.bigrams = new ShingleTable(bigramKeys, bigramPostings);
    this.names = NameIndex.build(corpus.actors);
    this.votes = new Int32Array(this.passages.length);
  }

  /** The candidates' votes, kept between lookups and left all 0 after each. */
  private readonly votes: Int32Array;
  private readonly voted: number[] = [];
  /** A lookup's shingles found: their table slots and their offsets in the quote. */
  private readonly slots: number[] = [];
  private readonly offsets: number[] = [];

  private static cache = new WeakMap<object, { version: number; index: QuoteIndex }>();

  /** The index of a corpus, rebuilt only when the corpus version changes. */
  static of(corpus: QuoteCorpus): QuoteIndex {
    const hit = QuoteIndex.cache.get(corpus);
    if (hit && hit.version === corpus.version) return hit.index;
    const index = new QuoteIndex(corpus);
    QuoteIndex.cache.set(corpus, { version: corpus.version, index });
    return index;
  }

  private readonly nameKeys = new Map<Actor, string>();

  /** The actor's name folded for comparison ("the Kremlin’s" and "Kremlin" agree). */
  nameKey(actor: Actor): string {
    let key = this.nameKeys.get(actor);
    if (key === undefined) {
      key = aliasKey(actor.name);
      this.nameKeys.set(actor, key);
    }
    return key;
  }

  private readonly actorNameWords = new Map<Actor, Set<string>>();

  /** The words that can name the actor, from their name and aliases, worked out once. */
  nameWordsOf(actor: Actor): Set<string> {
    let words = this.actorNameWords.get(actor);
    if (!words) {
      words = new Set([actor.name, ...actor.aliases].flatMap(nameWords));
      this.actorNameWords.set(actor, words);
    }
    return words;
  }

  actor(id: string | null): Actor | undefined {
    return id ? this.actorsById.get(id) : undefined;
  }

  isSource(id: string): boolean {
    return this.sourceIds.has(id);
  }

  /** A draft's words within [from, to), numbered as the index numbers them. */
  words(text: string, from: number, to: number): Word[] {
    return wordsOf(text, from, to, this.vocabulary, false);
  }

  /**
   * The actors that the words `text.slice(span)` name: the last known name among them, since
   * the name follows the title ("Josh Earnest", not "White House", in
   * "White House press secretary Josh Earnest"). Pronouns and unknown names give none.
   */
  actorsNamed(text: string, span: Span): Actor[] {
    let best: { start: number; end: number; actors: string[] } | undefined;
    for (const m of this.names.findInRange(text, span.start, span.end)) {
      if (m.end > span.end) continue;
      if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
    }
    return (best?.actors ?? []).map((id) => this.actorsById.get(id)).filter((a): a is Actor => !!a);
  }

  /**
   * The actor a "he" or "she" speaker stands for: the last actor the draft names before `end`
   * (in its paragraph or the one before, within 1,500 characters, names inside quotations not
   * counted), as the engine
   * reads a source's pronoun speakers. Only a sure reading counts, since a wrong one would flag
   * a right quote: the name is a known person's, one person's only, of no other gender by their
   * first name, and from the start of its sentence to `end` no one else is named (another known
   * actor, a first name, "Mr.").
   */
  antecedent(draft: string, end: number, gender: Gender, quotations: Span[]): { actor: Actor; span: Span } | undefined {
    // Kept by the text it reads (the paragraph before and its own up to `end`, the character before
    // them, the quotations in them), so a check after a keystroke looks again only where that changed.
    if (this.antecedentsOf !== generation) {
      this.antecedents.clear();
      this.antecedentsOf = generation;
    }
    const from = Math.max(0, end - ANTECEDENT_REACH);
    const window = Math.max(from, paragraphStart(draft, Math.max(from, paragraphStart(draft, end))));
    let key = `${gender}|${window > 0 ? draft[window - 1] : ''}|`;
    for (let q = firstEndingAfter(quotations, window); q < quotations.length && quotations[q].start < end; q++) {
      key += `${Math.max(quotations[q].start, window) - window}-${Math.min(quotations[q].end, end) - window},`;
    }
    key += `|${draft.slice(window, end)}`;
    const known = this.antecedents.get(key);
    if (known !== undefined) {
      return known ? { actor: known.actor, span: { start: window + known.start, end: window + known.end } } : undefined;
    }
    const found = this.findAntecedent(draft, end, gender, quotations);
    this.antecedents.set(key, found ? { actor: found.actor, start: found.span.start - window, end: found.span.end - window } : null);
    if (this.antecedents.size > PARAGRAPHS_KEPT) {
      const oldest = this.antecedents.keys().next().value;
      if (oldest !== undefined) this.antecedents.delete(oldest);
    }
    return found;
  }

  private readonly antecedents = new Map<string, { actor: Actor; start: number; end: number } | null>();
  private antecedentsOf = 0;

  private findAntecedent(draft: string, end: number, gender: Gender, quotations: Span[]): { actor: Actor; span: Span } | undefined {
    const from = Math.max(0, end - ANTECEDENT_REACH);
    const inQuotation = (at: number) => {
      const q = firstEndingAfter(quotations, at);
      return q < quotations.length && quotations[q].start <= at;
    };
    // The text ends at `end`, so no name is read past it.
    const before = draft.slice(0, end);
    const namedIn = (start: number, to: number) => this.names.findInRange(before, start, to).filter((m) => !inQuotation(m.start));
    const sentenceOf = (at: number) => {
      while (at > from && !(isStop(draft.charCodeAt(at - 1)) && isSpace(draft, at)) && !(draft.charCodeAt(at - 1) === 10 && draft.charCodeAt(at - 2) === 10)) at--;
      return at;
    };
    // Names are looked up in the few hundred characters before `end` first, then in the quote's
    // paragraph, then in the one before. The near window's answer stands only where its last name
    // and that name's sentence start clear of the window's edge, where a name cut short could read
    // as another.
    let named: NameMatch[] = [];
    let last: NameMatch | undefined;
    const paragraph = Math.max(from, paragraphStart(draft, end));
    const near = end - ANTECEDENT_NEAR;
    if (near > paragraph) {
      named = namedIn(near, end);
      last = named[named.length - 1];
      if (last && (last.start < near + this.names.reach || sentenceOf(last.start) < near + this.names.reach)) last = undefined;
    }
    if (!last) {
      named = namedIn(paragraph, end);
      if (named.length === 0 && paragraph > from) named = namedIn(Math.max(from, paragraphStart(draft, paragraph)), paragraph);
      last = named[named.length - 1];
    }
    if (!last) return undefined;
    const actors = last.actors.map((id) => this.actorsById.get(id)).filter((a): a is Actor => !!a);
    const actor = actors[0];
    if (!actor || actor.kind !== 'person' || actors.some((a) => this.nameKey(a) !== this.nameKey(actor))) return undefined;
    const first = (name: string) => (/\s/.test(name.trim()) ? name.trim().split(/\s+/)[0] : undefined);
    const given = first(draft.slice(last.start, last.end)) ?? first(actor.name);
    const theirs = given ? genderOf(given.replace(/[.’']+$/u, '')) : undefined;
    if (theirs && theirs !== gender) return undefined;
    // The sentence that names it names no one else: in "Roe told Smith", "he" may be either.
    const sentence = sentenceOf(last.start);
    for (const m of named) {
      if (m !== last && m.start >= sentence) {
        const others = m.actors.map((id) => this.actorsById.get(id)).filter((a): a is Actor => !!a);
        if (others.some((a) => this.nameKey(a) !== this.nameKey(actor))) return undefined;
      }
    }
    // Nor one the corpus does not know, before it or after it: "Jane Roe", "Mr. Roe"; after it,
    // also a surname or a capitalized word the lexicon does not know, within a sentence ("Kowalczyk").
    for (const m of draft.slice(sentence, end).matchAll(NAME_WORD)) {
      const at = sentence + (m.index ?? 0);
      if (inQuotation(at) || (at >= last.start && at < last.end)) continue;
      const honorific = /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(m[0]);
      // "Mr. Cruz": the title of the name itself.
      if (honorific && at < last.start && last.start - (at + m[0].length) <= 2) continue;
      if (honorific || isFirstName(m[0])) return undefined;
      if (at >= last.end) {
        const word = m[0].replace(/[’']s$|[.’']+$/u, '');
        if (isNameWord(word) || (tagOf(word) === undefined && !NOT_NAMES.has(word) && !startsSentence(draft, at))) return undefined;
      }
    }
    return { actor, span: { start: last.start, end: last.end } };
  }


  /**
   * Candidate passages for a quote (its parts in order), the ones sharing most shingles first.
   * 3-grams first; where none is shared, 2-grams, since a word changed in the middle of a short
   * quote leaves no 3-gram whole.
   */
  candidates(parts: Word[][], limit = 4): { candidates: Candidate[]; size: number } {
    const n = parts.reduce((sum, p) => sum + p.length, 0);
    // 2-grams only where the allowed changes could break every 3-gram: short quotes, ellipses.
    const sizes = n - 2 * parts.length > 3 * allowedDistance(n) ? [3] : [3, 2];
    for (const size of sizes) {
      // Per passage: its hits * 2^11 + (the offset of the quote's first word there, from its
      // first hit, + 2^10), in a table the size of the passages, 0 where it has none: a typed
      // array costs a fraction of a map on the thousands of postings of a long quote.
      const votes = this.votes;
      const voted = this.voted;
      voted.length = 0;
      const table = size === 3 ? this.trigrams : this.bigrams;
      const slots = this.slots;
      const offsets = this.offsets;
      slots.length = 0;
      offsets.length = 0;
      let rare = false;
      let base = 0;
      for (const words of parts) {
        for (let i = 0; i + size <= words.length; i++) {
          if (base + i >= POSITION) break;
          if (words[i].id < 0 || words[i + 1].id < 0 || (size === 3 && words[i + 2].id < 0)) continue;
          const slot = table.find(size === 3 ? trigramKey(words[i].id, words[i + 1].id, words[i + 2].id) : bigramKey(words[i].id, words[i + 1].id));
          if (slot < 0) continue;
          slots.push(slot);
          offsets.push(base + i);
          if (table.size(slot) <= COMMON) rare = true;
        }
        base += words.length;
      }
      // Shingles as common as "one of the" say little and cost most: where the quote has rarer
      // ones, those alone pick the candidates.
      const postings = table.all();
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k];
        const count = table.size(slot);
        if (rare && count > COMMON) continue;
        const at = offsets[k];
        for (let j = table.start(slot), end = j + count; j < end; j++) {
          const p = postings[j];
          const passage = (p / POSITION) | 0;
          const vote = votes[passage];
          if (vote === 0) {
            votes[passage] = 2 * POSITION + (p % POSITION) - at + POSITION;
            voted.push(passage);
          } else votes[passage] = vote + 2 * POSITION;
        }
      }
      if (voted.length === 0) continue;
      // The `limit` passages with most hits (the first passage among equals), kept in order as
      // they come: a sort of every passage voted for costs more on a common quote.
      const candidates: Candidate[] = [];
      for (const passage of voted) {
        const vote = votes[passage];
        votes[passage] = 0;
        const hits = Math.floor(vote / (2 * POSITION));
        let at = candidates.length;
        while (at > 0 && (candidates[at - 1].hits < hits || (candidates[at - 1].hits === hits && candidates[at - 1].passage > passage))) at--;
        if (at >= limit) continue;
        candidates.splice(at, 0, { passage, hits, diagonal: (vote % (2 * POSITION)) - POSITION });
        if (candidates.length > limit) candidates.pop();
      }
      return { candidates, size };
    }
    return { candidates: [], size: 0 };
  }
}

/**
 * Shingle postings in flat typed arrays: an open-addressed table of keys, each slot pointing at its
 * run of postings in one array. A lookup is a probe or two into a typed array, where a map of
 * arrays chases several objects per key; on the draft's thousands of lookups that is most of the cost.
 */
class ShingleTable {
  /** Per slot, three numbers side by side (one cache line read per probe): key (-1: empty), where its postings begin, how many. */
  private readonly cells: Int32Array;
  private readonly postings: Int32Array;
  private readonly mask: number;

  /** Builds the table from keys and their postings, in the order given (the order postings are read in). */
  constructor(keys: number[], values: number[]) {
    // The distinct keys first, to size the table at twice their number.
    const seen = new Set<number>(keys);
    let size = 16;
    while (size < seen.size * 2) size *= 2;
    this.mask = size - 1;
    this.cells = new Int32Array(size * 3).fill(-1);
    const slots = new Int32Array(keys.length);
    const counts = new Int32Array(size);
    for (let k = 0; k < keys.length; k++) {
      const slot = this.slot(keys[k]);
      this.cells[slot * 3] = keys[k];
      counts[slot]++;
      slots[k] = slot;
    }
    for (let slot = 0, at = 0; slot < size; slot++) {
      this.cells[slot * 3 + 1] = at;
      this.cells[slot * 3 + 2] = counts[slot];
      at += counts[slot];
    }
    const filled = new Int32Array(size);
    this.postings = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const slot = slots[k];
      this.postings[this.cells[slot * 3 + 1] + filled[slot]++] = values[k];
    }
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slot(key: number): number {
    let s = Math.imul(key, 0x2c1b3c6d) >>> 0 & this.mask;
    while (this.cells[s * 3] !== -1 && this.cells[s * 3] !== key) s = (s + 1) & this.mask;
    return s;
  }

  /** The slot of `key`'s postings, or -1 where no passage has it. */
  find(key: number): number {
    const s = this.slot(key);
    return this.cells[s * 3] === key ? s : -1;
  }

  size(slot: number): number {
    return this.cells[slot * 3 + 2];
  }

  /** The postings of a slot found by `find`: `all()[start(slot) … start(slot) + size(slot))`. */
  start(slot: number): number {
    return this.cells[slot * 3 + 1];
  }

  all(): Int32Array {
    return this.postings;
  }
}

function aliasKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

// ---------------------------------------------------------------------------------------------
// Finding quotations in a draft

/**
 * The draft with every kind of quotation mark it may use rewritten, offset for offset, as curly
 * quotes: LaTeX ``…'' and \enquote{…}, straight "…" pairs within a paragraph. The engine's
 * speaker rules then read the draft as they read an article. Code (Markdown fences and inline
 * code, LaTeX comments) is blanked, so nothing in it counts as a quotation.
 */
export function normalizeDraft(text: string): string {
  const spaces = (m: string) => m.replace(/[^\n]/g, ' ');
  // Each rewrite runs only where its marks occur: most drafts have none, and each pass copies the draft.
  let out = text;
  if (out.includes('```') || out.includes('~~~')) out = out.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, spaces);
  if (out.includes('`')) out = out.replace(/(?<!`)`[^`\n]+`(?!`)/g, spaces);
  // \enquote{…} (one level of braces inside): the command blanked, the braces made quote marks.
  if (out.includes('\\enquote')) {
    out = out.replace(/\\enquote\*?\{((?:[^{}]|\{[^{}]*\})*)\}/g, (m, inner: string) => `${spaces(m.slice(0, m.length - inner.length - 2))}“${inner}”`);
  }
  // LaTeX ``…'': each pair of marks becomes a curly quote and a space.
  if (out.includes('``')) out = out.replace(/``((?:[^`\n]|\n(?!\s*\n))+?)''/g, (_m, inner: string) => ` “${inner}” `);
  // Straight quotes pair up within a paragraph; an odd one out is left alone.
  if (out.includes('"')) out = curlDoubleQuotes(out);

  // Straight single quotes that pair up as a quotation of three words or more: 'like this'.
  if (out.includes("'")) out = curlSingleQuotes(out);
  return out;
}

/**
 * Straight double quotes made curly, “ and ” in turn within each paragraph; the last of an odd
 * number in a paragraph stays straight. Paragraphs end where a line holds only white space. The
 * marks are found one by one and the text copied once, not paragraph by paragraph.
 */
function curlDoubleQuotes(text: string): string {
  const marks: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) marks.push(i);
  const pieces: string[] = [];
  let copied = 0;
  for (let first = 0; first < marks.length; ) {
    // The marks of one paragraph: [first, last).
    let last = first + 1;
    while (last < marks.length && !blankLineBetween(text, marks[last - 1] + 1, marks[last])) last++;
    const paired = (last - first) % 2 === 1 ? last - 1 : last;
    for (let k = first; k < paired; k++) {
      pieces.push(text.slice(copied, marks[k]), (k - first) % 2 === 0 ? '“' : '”');
      copied = marks[k] + 1;
    }
    first = last;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Whether text[from, to) holds two newlines with only white space between them (as /\n\s*\n/ finds). */
function blankLineBetween(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < to && text.charCodeAt(j) !== 10 && isSpace(text, j)) j++;
    if (j < to && text.charCodeAt(j) === 10) return true;
  }
  return false;
}

/** What a straight ' may follow to open a quotation: white space, a bracket, a dash, a double quote. */
const OPENS_STRAIGHT = new Set([...'([{—–“"-']);
/** What a closing ' may stand before: white space, punctuation, a closing double quote. */
const CLOSES_STRAIGHT = new Set([...'.,;:!?)]}—–”"-']);
/** What may follow a closing ' after an "s", where it may instead end a plural's possessive ("Jones' car"). */
const CLOSES_AFTER_S = new Set([...'.,;:!?)]}—–”"\n']);
/** Words that start with an apostrophe, not a quotation: "the '90s", "class of '08", "'em", "rock 'n' roll". */
const ELISION = /^(?:\d\d?s?|em|tis|twas|til|cause|bout|n|round|s)(?![\p{L}\p{N}])/iu;

/**
 * The draft's straight single quotes that are quotation marks, made curly ‘…’ (offsets kept);
 * every other one is an apostrophe and stays: "don't", "the '90s", "Jones' car". A quotation opens
 * after a space or a bracket, before a letter that starts no elision, and closes before a space or
 * punctuation after something that is not a space; after an "s" only before punctuation, since
 * "Jones' car" is a possessive. Pairs in one paragraph, three words or more; shorter pairs
 * ("rock 'n' roll", 'yes') are left as they are. Most apostrophes stand between letters and are
 * passed over on two character tests: a draft has thousands of them.
 */
function curlSingleQuotes(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  let open = -1;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const beforeSpace = i === 0 || isSpace(text, i - 1);
    const afterSpace = i + 1 >= text.length || isSpace(text, i + 1);
    const before = i > 0 ? text[i - 1] : '';
    const after = i + 1 < text.length ? text[i + 1] : '';
    if (open >= 0 && !beforeSpace && (afterSpace || CLOSES_STRAIGHT.has(after)) && ((before !== 's' && before !== 'S') || i + 1 >= text.length || CLOSES_AFTER_S.has(after))) {
      const inner = text.slice(open + 1, i);
      if (!/\n[ \t\r]*\n/.test(inner) && (inner.match(QUOTED_WORD)?.length ?? 0) >= 3) {
        pieces.push(text.slice(copied, open), '‘', inner, '’');
        copied = i + 1;
      }
      open = -1;
      continue;
    }
    if ((beforeSpace || OPENS_STRAIGHT.has(before)) && !afterSpace && wordWidth(text, i + 1) > 0 && !ELISION.test(text.slice(i + 1, i + 8))) open = i;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A word of a quotation, apostrophes inside it kept: "don't". */
const QUOTED_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** '.', '!' or '?'. */
function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** Whether the character at `i` is white space (as /\s/ has it); false past the end. */
function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(text[i]);
}

/** Whether the word at `at` starts a sentence: after a stop, a colon, a line break or the text's start, past spaces and opening marks. */
function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (isSpace(text, i - 1) || '“"‘\'([-—'.includes(text[i - 1]))) {
    if (text.charCodeAt(i - 1) === 10) return true;
    i--;
  }
  return i === 0 || isStop(text.charCodeAt(i - 1)) || text[i - 1] === ':';
}

/**
 * Where the paragraph holding the last text before `at` starts (white space just before `at`
 * skipped, so from a paragraph's start this is the start of the one before).
 */
function paragraphStart(text: string, at: number): number {
  while (at > 0 && isSpace(text, at - 1)) at--;
  let line = text.lastIndexOf('\n', at - 1);
  while (line >= 0) {
    // Is the line before this newline blank (white space only)?
    const previous = text.lastIndexOf('\n', line - 1);
    if (text.slice(previous + 1, line).trim() === '') return line + 1;
    line = previous;
  }
  return 0;
}

/** The blank lines between paragraphs (as /\n[ \t\r]*\n/g finds them), by a scan from newline to newline. */
function paragraphBreaks(text: string): Span[] {
  const breaks: Span[] = [];
  const n = text.length;
  let i = text.indexOf('\n');
  while (i >= 0) {
    let j = i + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 9 || c === 13; c = text.charCodeAt(++j));
    if (j < n && text.charCodeAt(j) === 10) {
      breaks.push({ start: i, end: j + 1 });
      i = text.indexOf('\n', j + 1);
    } else i = text.indexOf('\n', j);
  }
  return breaks;
}

/**
 * What the speaker rules read for each quotation: the sentence around it, from the end of the
 * sentence before it to the end of the one it closes, within its paragraph. Overlapping stretches
 * are merged; the result is in text order.
 */
function quotedStretches(text: string, quotes: { outer: Span }[]): Stretch[] {
  const breaks = paragraphBreaks(text);
  const stretches: Stretch[] = [];
  let b = 0;
  quotes.forEach(({ outer }, q) => {
    // Quotations come in text order, so one pass over the breaks finds every paragraph.
    while (b < breaks.length && breaks[b].end <= outer.start) b++;
    const paragraphStart = b > 0 ? breaks[b - 1].end : 0;
    let e = b;
    while (e < breaks.length && breaks[e].start < outer.end) e++;
    const paragraphEnd = e < breaks.length ? breaks[e].start : text.length;
    // Back to the stop that ends the sentence before, not counting stops inside other quotations.
    const before = q > 0 ? quotes[q - 1].outer.end : 0;
    let start = outer.start;
    while (start > paragraphStart && !(start > before && isStop(text.charCodeAt(start - 1)) && isSpace(text, start))) start--;
    while (start < outer.start && isSpace(text, start)) start++;
    // On to the stop that ends this sentence, before the next quotation.
    const after = q + 1 < quotes.length ? quotes[q + 1].outer.start : text.length;
    let end = outer.end;
    while (end < paragraphEnd && end < after && !isStop(text.charCodeAt(end))) end++;
    end = Math.min(paragraphEnd, end + 1);
    const last = stretches[stretches.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.quotes = q + 1;
    } else stretches.push({ start, end, first: q, quotes: q + 1 });
  });
  return stretches;
}

const HE_OR_SHE = /\b(?:he|she)\b/i;

/** A stretch the speaker rules read, and the quotations [first, quotes) it holds. */
interface Stretch extends Span {
  first: number;
  quotes: number;
}

/**
 * Whether the speaker rules could name, in a stretch, someone other than the speakers its
 * quotations are sourced to: a name word outside the quotations that is not one of theirs.
 * `theirs[q]` is null where quotation q agrees with any speaker.
 */
function mayNameAnother(draft: string, stretch: Stretch, quotes: Found[], theirs: (Set<string> | null)[]): boolean {
  const sets: Set<string>[] = [];
  for (let q = stretch.first; q < stretch.quotes; q++) {
    const set = theirs[q];
    if (set) sets.push(set);
  }
  if (sets.length === 0) return false;
  let from = stretch.start;
  for (let q = stretch.first; q <= stretch.quotes; q++) {
    const to = q < stretch.quotes ? quotes[q].inner.start : stretch.end;
    if (to > from) {
      const words = draft.slice(from, to);
      // A "he" or "she" may stand for someone named before.
      if (HE_OR_SHE.test(words)) return true;
      for (const word of nameWords(words)) if (sets.some((set) => !set.has(word))) return true;
    }
    if (q < stretch.quotes) from = quotes[q].inner.end;
  }
  return false;
}

/**
 * The engine's attributions of the stretches of text read lately, by their text. A check after a
 * keystroke then reads again only the sentence that changed.
 */
const paragraphAttributions = new Map<string, Attribution[]>();
const PARAGRAPHS_KEPT = 4096;

/** Forgets the paragraphs read so far, and the pronouns' antecedents found (for measuring a first check). */
export function forgetParagraphs(): void {
  paragraphAttributions.clear();
  generation++;
}

/** Counts the calls of `forgetParagraphs`: an index's kept antecedents older than this are forgotten. */
let generation = 0;

function engineAttributions(paragraph: string): Attribution[] {
  const known = paragraphAttributions.get(paragraph);
  if (known) {
    // Most recently used last, so the oldest go first.
    paragraphAttributions.delete(paragraph);
    paragraphAttributions.set(paragraph, known);
    return known;
  }
  const found = findAttributions(paragraph);
  paragraphAttributions.set(paragraph, found);
  if (paragraphAttributions.size > PARAGRAPHS_KEPT) {
    const oldest = paragraphAttributions.keys().next().value;
    if (oldest !== undefined) paragraphAttributions.delete(oldest);
  }
  return found;
}

function shifted(a: Attribution, by: number): Attribution {
  const move = (s: Span) => ({ start: s.start + by, end: s.end + by });
  return {
    ...a,
    speakerSpan: a.speakerSpan && move(a.speakerSpan),
    cue: a.cue && { ...a.cue, ...move(a.cue) },
    content: a.content.map(move),
    addresseeSpan: a.addresseeSpan && move(a.addresseeSpan),
  };
}

/** The draft's quotations of `minWords` or more words, with the words that name their speaker. */
export function findDraftQuotes(draft: string, index: QuoteIndex, options: CheckOptions = {}): DraftQuote[] {
  const { text, found, spans } = scanQuotes(draft, index, options.minWords ?? 3);
  return withSpeakers(draft, text, found, spans, index, options);
}

/** A quotation found in the draft, before its speaker is looked for. */
interface Found {
  outer: Span;
  inner: Span;
  /** Its words, split at its ellipses. */
  parts: Word[][];
}

/** What may stand before an opening ‘: a line's start, a space, an opening bracket or a dash. */
const OPENS_SINGLE = /[\s([{—–-]/;
/** A ‘…’ quotation from its opening mark: ’ between letters is an apostrophe, the closing ’ stands before a space or a stop. */
const SINGLE_QUOTE = /‘(?:[^‘’\n]|’(?=[\p{L}\p{N}]))+’(?=$|[\s.,;:!?)\]}—–-])/muy;

/** The draft's quotations of `minWords` or more words, and the draft with its quote marks made curly. */
function scanQuotes(draft: string, index: QuoteIndex, minWords: number): { text: string; found: Found[]; spans: Span[] } {
  const text = normalizeDraft(draft);
  const quotes: Found[] = [];
  const spans: Span[] = [];
  for (const m of text.matchAll(/[“«„][^“”«»„]+[”»“]/g)) {
    // A quotation ends in its paragraph.
    if (/\n\s*\n/.test(m[0])) continue;
    spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // British single marks: ‘ opening after a space, ’ closing before a space or a stop; a ’ between
  // letters is an apostrophe ("don’t"). Quotes inside a double-quoted one are part of it.
  // Each ‘ is tried where it stands (a sticky expression), rather than one pattern with a
  // look-behind run over the whole draft. Double-quoted spans are in text order: a pointer into
  // them finds the one a single-quoted span could overlap.
  const doubles = spans.length;
  let d = 0;
  for (let at = text.indexOf('‘'); at >= 0; at = text.indexOf('‘', at + 1)) {
    if (at > 0 && !OPENS_SINGLE.test(text[at - 1])) continue;
    SINGLE_QUOTE.lastIndex = at;
    const m = SINGLE_QUOTE.exec(text);
    if (!m) continue;
    const start = at;
    const end = start + m[0].length;
    while (d < doubles && spans[d].end <= start) d++;
    if (!(d < doubles && spans[d].start < end)) spans.push({ start, end });
    at = end - 1;
  }
  if (spans.length > doubles) spans.sort((a, b) => a.start - b.start);
  for (const { start, end } of spans) {
    const inner = { start: start + 1, end: end - 1 };
    const parts = quoteParts(draft, inner, index);
    if (parts.reduce((sum, p) => sum + p.length, 0) < minWords) continue;
    quotes.push({ outer: { start, end }, inner, parts });
  }
  return { text, found: quotes, spans };
}

/** The quotations with the words that name their speaker, by the speaker rules, and the actors those name. */
function withSpeakers(
  draft: string,
  text: string,
  quotes: Found[],
  quotations: Span[],
  index: QuoteIndex,
  options: CheckOptions,
  theirs?: (Set<string> | null)[],
): DraftQuote[] {
  if (quotes.length === 0) return [];
  // The speaker rules read the sentences that hold quotations, and nothing else; given the name
  // words of the speakers the quotations are sourced to, only the sentences that name someone else.
  const rules = options.attributions ?? engineAttributions;
  const attributions: Attribution[] = [];
  for (const p of quotedStretches(text, quotes)) {
    if (theirs && !mayNameAnother(draft, p, quotes, theirs)) continue;
    for (const a of rules(text.slice(p.start, p.end))) attributions.push(shifted(a, p.start));
  }

  // The first attribution whose content overlaps each quotation. Quotations are in text order and
  // never overlap, so each content span finds its quotations by binary search.
  const attributed: (Attribution | undefined)[] = new Array(quotes.length);
  for (const a of attributions) {
    for (const c of a.content) {
      let lo = 0;
      let hi = quotes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (quotes[mid].inner.end <= c.start) lo = mid + 1;
        else hi = mid;
      }
      for (let q = lo; q < quotes.length && quotes[q].inner.start < c.end; q++) attributed[q] ??= a;
    }
  }

  const resolve = options.resolveSpeaker ?? ((t: string, s: Span) => index.actorsNamed(t, s));
  // The same few names speak again and again in a draft: each is looked up once.
  const named = new Map<string, Actor[]>();
  return quotes.map(({ outer, inner, parts }, q) => {
    const attribution = attributed[q];
    const speakerSpan = attribution?.speakerSpan ?? null;
    const speakerForm = attribution?.speakerForm ?? 'none';
    let speakers: Actor[] = [];
    let antecedent: Span | undefined;
    if (speakerSpan && speakerForm !== 'pronoun') {
      const words = draft.slice(speakerSpan.start, speakerSpan.end);
      speakers = named.get(words) ?? resolve(draft, speakerSpan);
      named.set(words, speakers);
    } else if (speakerSpan) {
      const pronoun = draft.slice(speakerSpan.start, speakerSpan.end).trim().toLowerCase();
      const gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
      const found = gender && index.antecedent(draft, Math.min(speakerSpan.start, outer.start), gender, quotations);
      if (found) {
        speakers = [found.actor];
        antecedent = found.span;
      }
    }
    const quote: DraftQuote = { outer, inner, text: draft.slice(inner.start, inner.end), speakerSpan, speakerForm, speaker: speakers[0] ?? null, speakers };
    if (antecedent) quote.antecedent = antecedent;
    partsOf.set(quote, parts);
    return quote;
  });
}

/** A quotation whose speaker decides nothing: it is told apart by its words alone. */
function withoutSpeaker(draft: string, { outer, inner, parts }: Found): DraftQuote {
  const quote: DraftQuote = { outer, inner, text: draft.slice(inner.start, inner.end), speakerSpan: null, speakerForm: 'none', speaker: null, speakers: [] };
  partsOf.set(quote, parts);
  return quote;
}

/** The words of each quotation found, split at its ellipses, for the comparison that follows. */
const partsOf = new WeakMap<DraftQuote, Word[][]>();

// ---------------------------------------------------------------------------------------------
// Comparing a quotation with the sources

/** The draft quote's words, split where an ellipsis stands for left-out words. */
function quoteParts(draft: string, inner: Span, index: QuoteIndex): Word[][] {
  const chunk = draft.slice(inner.start, inner.end);
  // Most quotations have no ellipsis: their words are read straight from the draft.
  if (!chunk.includes('…') && !chunk.includes('.')) {
    const words = index.words(draft, inner.start, inner.end);
    return words.length > 0 ? [words] : [];
  }
  const parts: Word[][] = [];
  let from = 0;
  for (const m of chunk.matchAll(/\[?(?:…|\.\s?\.\s?\.)\]?/g)) {
    parts.push(index.words(draft, inner.start + from, inner.start + (m.index ?? 0)));
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push(index.words(draft, inner.start + from, inner.end));
  return parts.filter((p) => p.length > 0);
}

/** The alignment's rows: costs and window starts, previous and current. */
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64), new Int32Array(64)];

interface PartAlignment {
  distance: number;
  /** The passage words [from, to) the part lines up with. */
  from: number;
  to: number;
}

/**
 * The passage window within [after, until) that a part matches with the fewest words added,
 * dropped or changed (a word-level edit distance, free to start and end anywhere in it).
 */
function alignPart(part: Word[], passage: Word[], after: number, until = passage.length): PartAlignment {
  const n = part.length;
  const m = Math.min(passage.length, until) - after;
  if (m <= 0) return { distance: n, from: after, to: after };
  // Row i holds the cost of part[0..i) ending at each passage word, and where that window began.
  // The rows are scratch arrays kept between calls: a check aligns hundreds of quotes.
  if (rows[0].length <= m) for (let r = 0; r < 4; r++) rows[r] = new Int32Array(2 * (m + 1));
  let [prev, prevStart, cur, curStart] = rows;
  for (let j = 0; j <= m; j++) {
    prev[j] = 0;
    prevStart[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    curStart[0] = 0;
    const word = part[i - 1].id;
    for (let j = 1; j <= m; j++) {
      let best = prev[j - 1] + (word === passage[after + j - 1].id ? 0 : 1);
      let start = prevStart[j - 1];
      if (prev[j] + 1 < best) {
        best = prev[j] + 1;
        start = prevStart[j];
      }
      if (cur[j - 1] + 1 < best) {
        best = cur[j - 1] + 1;
        start = curStart[j - 1];
      }
      cur[j] = best;
      curStart[j] = start;
    }
    const cost = prev;
    prev = cur;
    cur = cost;
    const from = prevStart;
    prevStart = curStart;
    curStart = from;
  }
  // Among equally close windows, the one as long as the part: words swapped read as changed,
  // not as some dropped and the source cut short.
  let bestJ = 0;
  let bestSkew = Infinity;
  for (let j = 0; j <= m; j++) {
    const skew = Math.abs(j - prevStart[j] - n);
    if (prev[j] < prev[bestJ] || (prev[j] === prev[bestJ] && skew < bestSkew)) {
      bestJ = j;
      bestSkew = skew;
    }
  }
  return { distance: prev[bestJ], from: after + prevStart[bestJ], to: after + bestJ };
}

interface Alignment {
  passage: Passage;
  distance: number;
  parts: PartAlignment[];
}

/** Whether a one-part quote is the passage's words from `at` on, word for word. */
function exactAt(part: Word[], passage: Word[], at: number): boolean {
  if (at < 0 || at + part.length > passage.length) return false;
  for (let i = 0; i < part.length; i++) if (part[i].id !== passage[at + i].id) return false;
  return true;
}

/**
 * The parts matched in order against one passage. A one-part quote is aligned only near the
 * offset its shingles voted for, `slack` words either side.
 */
function align(parts: Word[][], passage: Passage, diagonal: number, slack: number): Alignment {
  if (parts.length === 1) {
    const part = parts[0];
    if (exactAt(part, passage.words, diagonal)) {
      return { passage, distance: 0, parts: [{ distance: 0, from: diagonal, to: diagonal + part.length }] };
    }
    const from = Math.max(0, diagonal - slack);
    const a = alignPart(part, passage.words, from, diagonal + part.length + slack);
    return { passage, distance: a.distance, parts: [a] };
  }
  let after = 0;
  let distance = 0;
  const aligned: PartAlignment[] = [];
  for (const part of parts) {
    const a = alignPart(part, passage.words, after);
    aligned.push(a);
    distance += a.distance;
    after = a.to;
  }
  return { passage, distance, parts: aligned };
}

/** Capitalized words that name nobody: pronouns, articles, titles. */
const NOT_NAMES = new Set(
  `A An The He She It We They I You His Her Their Its Our My Your This That These Those Mr Mrs Ms Miss Dr Sir Rep Reps Sen Sens Gov Lt Gen Col Sgt Capt President Vice Secretary Minister Deputy Foreign Prime Chief Spokesman Spokeswoman Spokesperson Senator Governor Mayor Director Chairman Ambassador Press Officials Official Sources Source According`.split(' '),
);

/** An actor's name that is only a pronoun. */
const PRONOUN_NAMES = /^\s*(?:he|she|they|it|we|i|you|him|her|them)\s*$/i;

/** A capitalized word, with the apostrophes, dots and hyphens inside names. */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;

/** The words that can name someone: capitalized, not a pronoun or title, possessives dropped. */
function nameWords(text: string): string[] {
  return (text.match(NAME_WORD) ?? [])
    .map((w) => w.replace(/[’']s$|[.’']+$/u, ''))
    .filter((w) => w.length > 1 && !NOT_NAMES.has(w));
}

/**
 * Whether the words the draft gives a quote to can name the statement's speaker: the same actor
 * (or one merged under another id, or the organization they speak for), or, where the corpus does
 * not know the draft's name, its surname among the speaker's name words ("Rep. G.K. Butterfield").
 * Where in doubt, it agrees: a wrong warning costs the writer more than a missed one.
 */
function speakerAgrees(quote: DraftQuote, draft: string, statement: Statement, index: QuoteIndex): boolean {
  if (!statement.speaker || !quote.speakerSpan) return true;
  const actor = index.actor(statement.speaker);
  // A source speaker known only as "he" names no one to disagree with.
  if (!actor || PRONOUN_NAMES.test(actor.name)) return true;
  const same = (d: Actor) => d.id === actor.id || actor.affiliation === d.id || index.nameKey(actor) === index.nameKey(d);
  if (quote.speakers.some(same)) return true;
  if (quote.speakerForm === 'pronoun') {
    // A pronoun read surely as someone else, unless their surnames agree (one person, two entries).
    if (!quote.antecedent) return true;
    const ours = nameWords(draft.slice(quote.antecedent.start, quote.antecedent.end)).pop();
    return ours === undefined || index.nameWordsOf(actor).has(ours);
  }
  if (quote.speakers.length === 0 && quote.speakerForm !== 'name') return true;
  // The draft's last name word, the surname where there is one: first names are shared too often
  // ("John Kerry" is not "John Kirby").
  const theirs = index.nameWordsOf(actor);
  const ours = nameWords(draft.slice(quote.speakerSpan.start, quote.speakerSpan.end)).pop();
  return ours === undefined || theirs.has(ours);
}

/** Checks every quotation of a draft against the corpus. */
export function checkDraft(draft: string, index: QuoteIndex, options: CheckOptions = {}): QuoteFinding[] {
  const { text, found, spans } = scanQuotes(draft, index, options.minWords ?? 3);
  const matches = found.map((f) => closestPassages(f.parts, index));
  // Only a quote found word for word, in a statement whose speaker the corpus knows, can be given
  // to the wrong speaker: the speaker rules read only the sentences of those.
  const attributed: Found[] = [];
  // The name words of the speaker of each one's closest statement: a sentence naming no one else
  // cannot give it to another speaker, and the speaker rules need not read it.
  const theirs: (Set<string> | null)[] = [];
  found.forEach((f, i) => {
    if (!matches[i].some((a) => a.distance === 0 && !!index.actor(a.passage.statement.speaker))) return;
    attributed.push(f);
    // The statement `checkQuote` takes where any speaker agrees; one known only as "he" agrees with all.
    const speaker = index.actor(preferred(matches[i].filter((a) => a.distance === 0), index).passage.statement.speaker);
    theirs.push(speaker && !PRONOUN_NAMES.test(speaker.name) ? index.nameWordsOf(speaker) : null);
  });
  const speakers = new Map(withSpeakers(draft, text, attributed, spans, index, options, theirs).map((q, i) => [attributed[i], q]));
  return found.map((f, i) => checkQuote(draft, speakers.get(f) ?? withoutSpeaker(draft, f), matches[i], index));
}

/** The passages closest to a quote's words within the distance allowed, closest first. */
function closestPassages(parts: Word[][], index: QuoteIndex): Alignment[] {
  const n = parts.reduce((sum, p) => sum + p.length, 0);
  const allowed = allowedDistance(n);
  const { candidates, size } = index.candidates(parts);
  // Each word added, dropped or changed breaks at most three of a quote's 3-grams: a passage
  // sharing fewer than that leaves cannot be within the allowed distance.
  const needed = size === 3 ? n - 2 * parts.length - 3 * allowed : 1;
  return candidates
    .filter((c) => c.hits >= needed)
    .map((c) => align(parts, index.passages[c.passage], c.diagonal, allowed))
    .filter((a) => a.distance <= allowed && a.distance * 2 < n)
    .sort((a, b) => a.distance - b.distance);
}

/** The text with every run of white space made one space; most text has none to change, and is not copied. */
function oneSpaced(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Of equally close statements, the first whose speaker has a name, before one known only as "he". */
function preferred(tied: Alignment[], index: QuoteIndex): Alignment {
  return tied.find((a) => !PRONOUN_NAMES.test(index.actor(a.passage.statement.speaker)?.name ?? '')) ?? tied[0];
}

function checkQuote(draft: string, quote: DraftQuote, alignments: Alignment[], index: QuoteIndex): QuoteFinding {
  const parts = partsOf.get(quote) ?? quoteParts(draft, quote.inner, index);
  const best = alignments[0];
  if (!best) return { verdict: 'unsourced', quote, message: 'No source for this quote' };
  const tied = alignments.filter((a) => a.distance === best.distance);
  const agrees = (a: Alignment) => speakerAgrees(quote, draft, a.passage.statement, index);
  const chosen = preferred(tied.filter(agrees), index) ?? best;
  const { statement, source } = chosen.passage;
  const sourceSpeaker = index.actor(statement.speaker);
  const sourceWords = chosen.parts
    .map((p) => {
      const words = chosen.passage.words.slice(p.from, p.to);
      return words.length ? oneSpaced(source.text.slice(words[0].start, words[words.length - 1].end)) : '';
    })
    .filter(Boolean)
    .join(' … ');
  // Every finding is built by this one function, whole: one object shape, no spread of a partial one.
  const finding = (verdict: QuoteVerdict, message: string, fix?: QuoteFinding['fix']): QuoteFinding => ({
    verdict,
    quote,
    statement,
    source,
    sourceSpeaker,
    sourceWords,
    distance: chosen.distance,
    message,
    fix,
  });

  if (chosen.distance > 0) {
    // Each part's words are replaced by the source's, the draft's ellipses kept between them.
    const edits: DraftEdit[] = [];
    parts.forEach((part, i) => {
      const p = chosen.parts[i];
      const words = chosen.passage.words.slice(p.from, p.to);
      if (part.length === 0 || words.length === 0) return;
      const exact = oneSpaced(source.text.slice(words[0].start, words[words.length - 1].end));
      const start = part[0].start;
      const end = part[part.length - 1].end;
      if (draft.slice(start, end) !== exact) edits.push({ start, end, text: exact });
    });
    return finding('misquote', `Misquote: the source says “${sourceWords}”`, edits.length ? { title: 'Use the source’s exact words', edits } : undefined);
  }
  // A plain name the corpus does not know is another speaker too ("Biden said …" of another speaker's words).
  if (sourceSpeaker && !speakerAgrees(quote, draft, statement, index)) {
    let fix: QuoteFinding['fix'];
    if (quote.speakerForm === 'name' && quote.speakerSpan) {
      // A title before the wrong name was the wrong person's too: the right one gets their own.
      const words = draft.slice(quote.speakerSpan.start, quote.speakerSpan.end).trim().split(/\s+/).length;
      const role = sourceSpeaker.role?.trim();
      const named = words > 2 && role && !sourceSpeaker.name.includes(role) ? `${role} ${sourceSpeaker.name}` : sourceSpeaker.name;
      fix = { title: `Attribute to ${sourceSpeaker.name}`, edits: [{ ...quote.speakerSpan, text: named }] };
    }
    // A pronoun has no name to put right: the message says whom the draft's "he" reads as.
    const reading = quote.speakerForm === 'pronoun' && quote.speaker ? ` (“${draft.slice(quote.speakerSpan?.start ?? 0, quote.speakerSpan?.end ?? 0)}” here is ${quote.speaker.name})` : '';
    return finding('wrongSpeaker', `The source attributes this to ${sourceSpeaker.name}${reading}`, fix);
  }
  return finding('exact', `Quoted from ${sourceSpeaker ? sourceSpeaker.name + ', ' : ''}${source.title || source.path}`);
}

/** The index of the first of `spans` (in text order, not overlapping) that ends after `at`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
