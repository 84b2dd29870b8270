import type { Actor, Source, Span, Statement } from './model';
import { findAttributions, type Attribution } from './extract/attributions';
import { quotedSpans } from './cite';
import { NameIndex } from './lookup';

// Checks the quotations in a draft against every sourced statement of the corpus: the same
// words (fine), nearly the same words (a misquote), the right words given to another speaker,
// or words no source has.

/** What the check needs from a corpus: a version to cache on, and its tables. */
export interface QuoteCorpus {
  version: number;
  readonly sources: Source[];
  readonly actors: Actor[];
  readonly statements: Statement[];
}

/** A word of a text, lower-cased for comparison, with its place in the text. */
interface Word {
  norm: string;
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
  /** The words the draft gives this quote to, where its attribution names them. */
  speakerSpan: Span | null;
  speakerForm: Attribution['speakerForm'];
  /** The actor those words name, where the corpus knows them. */
  speaker: Actor | null;
  /** Every actor those words may name (a shared surname gives several); `speaker` is the first. */
  speakers: Actor[];
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
  /** The speaker rules; the engine's own by default. */
  attributions?: (text: string) => Attribution[];
  /** Maps the words naming a speaker to the actors they may name; the corpus's name index by default. */
  resolveSpeaker?: (text: string, span: Span) => Actor[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string, offset = 0, into: Word[] = []): Word[] {
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    into.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return into;
}

/** How many words a quote of `n` words may differ from its source and still be that quote, misquoted. */
export function allowedDistance(n: number): number {
  if (n < 4) return 0;
  return Math.min(4, Math.max(1, Math.floor(n / 4)));
}

const SHINGLE = 3;

/**
 * Every statement's quoted words, with word 3-gram and 2-gram shingles pointing at them.
 * Built once per corpus version; a check then only looks up the draft's shingles.
 */
export class QuoteIndex {
  readonly passages: Passage[] = [];
  private readonly trigrams = new Map<string, number[]>();
  private readonly bigrams = new Map<string, number[]>();
  private readonly actorsById = new Map<string, Actor>();
  private readonly names: NameIndex;
  private readonly sourceIds = new Set<string>();

  constructor(corpus: Pick<QuoteCorpus, 'sources' | 'actors' | 'statements'>) {
    const sources = new Map(corpus.sources.map((s) => [s.id, s]));
    for (const s of corpus.sources) this.sourceIds.add(s.id);
    for (const a of corpus.actors) this.actorsById.set(a.id, a);
    for (const statement of corpus.statements) {
      const source = sources.get(statement.source);
      if (!source) continue;
      const words: Word[] = [];
      for (const span of quotedSpans(statement, source.text)) wordsOf(source.text.slice(span.start, span.end), span.start, words);
      if (words.length === 0) continue;
      const id = this.passages.length;
      this.passages.push({ statement, source, words });
      // Positions are packed as passage * 2^16 + word, so a posting is one number.
      for (let i = 0; i + 1 < words.length && i < 0xffff; i++) {
        push(this.bigrams, words[i].norm + ' ' + words[i + 1].norm, id * 0x10000 + i);
        if (i + 2 < words.length) push(this.trigrams, words[i].norm + ' ' + words[i + 1].norm + ' ' + words[i + 2].norm, id * 0x10000 + i);
      }
    }
    this.names = NameIndex.build(corpus.actors);
  }

  private static cache = new WeakMap<object, { version: number; index: QuoteIndex }>();

  /** The index of a corpus, rebuilt only when the corpus version changes. */
  static of(corpus: QuoteCorpus): QuoteIndex {
    const hit = QuoteIndex.cache.get(corpus);
    if (hit && hit.version === corpus.version) return hit.index;
    const index = new QuoteIndex(corpus);
    QuoteIndex.cache.set(corpus, { version: corpus.version, index });
    return index;
  }

  actor(id: string | null): Actor | undefined {
    return id ? this.actorsById.get(id) : undefined;
  }

  isSource(id: string): boolean {
    return this.sourceIds.has(id);
  }

  /**
   * The actors that the words `text.slice(span)` name: the longest known name among them
   * ("Dmitry Peskov" in "Kremlin spokesman Dmitry Peskov"). Pronouns and unknown names give none.
   */
  actorsNamed(text: string, span: Span): Actor[] {
    let best: { start: number; end: number; actors: string[] } | undefined;
    for (const m of this.names.findInRange(text, span.start, span.end)) {
      if (m.end > span.end) continue;
      if (!best || m.end - m.start > best.end - best.start) best = m;
    }
    return (best?.actors ?? []).map((id) => this.actorsById.get(id)).filter((a): a is Actor => !!a);
  }

  /** Candidate passages for a run of words, the ones sharing most shingles first. */
  candidates(parts: Word[][], limit = 6): number[] {
    const hits = new Map<number, number>();
    const count = (map: Map<string, number[]>, size: number) => {
      for (const words of parts) {
        for (let i = 0; i + size <= words.length; i++) {
          let key = words[i].norm;
          for (let k = 1; k < size; k++) key += ' ' + words[i + k].norm;
          const postings = map.get(key);
          if (!postings) continue;
          let last = -1;
          for (const p of postings) {
            const passage = Math.floor(p / 0x10000);
            if (passage === last) continue;
            last = passage;
            hits.set(passage, (hits.get(passage) ?? 0) + 1);
          }
        }
      }
    };
    count(this.trigrams, SHINGLE);
    // A word changed in the middle of a short quote leaves no 3-gram whole; 2-grams still match.
    if (hits.size === 0) count(this.bigrams, 2);
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([p]) => p);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
  const out = text.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  for (const m of text.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm)) blank(m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of text.matchAll(/`[^`\n]+`/g)) {
    if (out[m.index ?? 0] === '`' && !text.startsWith('``', m.index ?? 0)) blank(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // \enquote{…} (one level of braces inside), with the command itself blanked.
  for (const m of text.matchAll(/\\enquote\*?\{((?:[^{}]|\{[^{}]*\})*)\}/g)) {
    const start = m.index ?? 0;
    const open = start + m[0].length - m[1].length - 2;
    blank(start, open);
    out[open] = '“';
    out[start + m[0].length - 1] = '”';
  }
  // LaTeX ``…'': the first mark of each pair becomes the curly quote, the second a space.
  const joined = () => out.join('');
  let current = joined();
  for (const m of current.matchAll(/``([^`\n]|\n(?!\s*\n))+?''/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out[start] = ' ';
    out[start + 1] = '“';
    out[end - 2] = '”';
    out[end - 1] = ' ';
  }
  current = joined();
  // Straight quotes pair up within a paragraph; an odd one out is left alone.
  for (const para of current.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const base = para.index ?? 0;
    let open = -1;
    for (let i = 0; i < para[0].length; i++) {
      if (para[0][i] !== '"') continue;
      if (open < 0) open = base + i;
      else {
        out[open] = '“';
        out[base + i] = '”';
        open = -1;
      }
    }
  }
  return out.join('');
}

/** The draft's quotations of `minWords` or more words, with the words that name their speaker. */
export function findDraftQuotes(
  draft: string,
  index: QuoteIndex,
  options: CheckOptions = {},
): DraftQuote[] {
  const text = normalizeDraft(draft);
  const minWords = options.minWords ?? 3;
  const quotes: { outer: Span; inner: Span }[] = [];
  // Nesting in drafts is rare and single marks double as apostrophes: only double marks count.
  for (const m of text.matchAll(/[“«„]([^“”«»„\n]|\n(?!\s*\n))+[”»“]/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const inner = { start: start + 1, end: end - 1 };
    if (wordsOf(text.slice(inner.start, inner.end)).length < minWords) continue;
    quotes.push({ outer: { start, end }, inner });
  }
  if (quotes.length === 0) return [];
  const attributions = (options.attributions ?? ((t: string) => findAttributions(t)))(text);
  const resolve = options.resolveSpeaker ?? ((t: string, s: Span) => index.actorsNamed(t, s));
  return quotes.map(({ outer, inner }) => {
    const attribution = attributions.find((a) => a.content.some((c) => c.start < inner.end && c.end > inner.start));
    const speakerSpan = attribution?.speakerSpan ?? null;
    const speakerForm = attribution?.speakerForm ?? 'none';
    const speakers = speakerSpan && speakerForm !== 'pronoun' ? resolve(draft, speakerSpan) : [];
    return { outer, inner, text: draft.slice(inner.start, inner.end), speakerSpan, speakerForm, speaker: speakers[0] ?? null, speakers };
  });
}

// ---------------------------------------------------------------------------------------------
// Comparing a quotation with the sources

/** The draft quote's words, split where an ellipsis stands for left-out words. */
function quoteParts(draft: string, inner: Span): Word[][] {
  const parts: Word[][] = [];
  const chunk = draft.slice(inner.start, inner.end);
  let from = 0;
  for (const m of chunk.matchAll(/\[?(?:…|\.\s?\.\s?\.)\]?/g)) {
    parts.push(wordsOf(chunk.slice(from, m.index ?? 0), inner.start + from));
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push(wordsOf(chunk.slice(from), inner.start + from));
  return parts.filter((p) => p.length > 0);
}

interface PartAlignment {
  distance: number;
  /** The passage words [from, to) the part lines up with. */
  from: number;
  to: number;
}

/**
 * The passage window, at or after `after`, that a part matches with the fewest words added,
 * dropped or changed (a word-level edit distance, free to start and end anywhere in the passage).
 */
function alignPart(part: Word[], passage: Word[], after: number): PartAlignment {
  const n = part.length;
  const m = passage.length - after;
  if (m <= 0) return { distance: n, from: after, to: after };
  // dist[i][j]: cost of part[0..i) ending at passage word j; start[i][j]: where that window began.
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const same = part[i - 1].norm === passage[after + j - 1].norm;
      let best = prev[j - 1] + (same ? 0 : 1);
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
    prev = cur;
    prevStart = curStart;
  }
  let bestJ = 0;
  for (let j = 1; j <= m; j++) if (prev[j] < prev[bestJ]) bestJ = j;
  return { distance: prev[bestJ], from: after + prevStart[bestJ], to: after + bestJ };
}

interface Alignment {
  passage: Passage;
  distance: number;
  parts: PartAlignment[];
}

/** The parts matched in order against one passage. */
function align(parts: Word[][], passage: Passage): Alignment {
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

function sameSpeaker(draft: Actor[], statement: Statement, index: QuoteIndex): boolean {
  if (!statement.speaker) return true;
  const actor = index.actor(statement.speaker);
  if (!actor) return true;
  // The same person under two ids in different sources, or the organization they speak for.
  return draft.some((d) => d.id === actor.id || aliasKey(actor.name) === aliasKey(d.name) || actor.affiliation === d.id);
}

/** Checks every quotation of a draft against the corpus. */
export function checkDraft(draft: string, index: QuoteIndex, options: CheckOptions = {}): QuoteFinding[] {
  return findDraftQuotes(draft, index, options).map((quote) => checkQuote(draft, quote, index));
}

function checkQuote(draft: string, quote: DraftQuote, index: QuoteIndex): QuoteFinding {
  const parts = quoteParts(draft, quote.inner);
  const n = parts.reduce((sum, p) => sum + p.length, 0);
  const alignments = index
    .candidates(parts)
    .map((p) => align(parts, index.passages[p]))
    .sort((a, b) => a.distance - b.distance);
  const best = alignments[0];
  if (!best || best.distance > allowedDistance(n) || best.distance * 2 >= n) {
    return { verdict: 'unsourced', quote, message: 'No source for this quote' };
  }
  const tied = alignments.filter((a) => a.distance === best.distance);
  const speakers = quote.speakers;
  const chosen = (speakers.length > 0 && tied.find((a) => sameSpeaker(speakers, a.passage.statement, index))) || best;
  const { statement, source } = chosen.passage;
  const sourceSpeaker = index.actor(statement.speaker);
  const sourceWords = chosen.parts
    .map((p) => {
      const words = chosen.passage.words.slice(p.from, p.to);
      return words.length ? source.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ') : '';
    })
    .filter(Boolean)
    .join(' … ');
  const base = { quote, statement, source, sourceSpeaker, sourceWords, distance: chosen.distance };

  if (chosen.distance > 0) {
    // Each part's words are replaced by the source's, the draft's ellipses kept between them.
    const edits: DraftEdit[] = [];
    parts.forEach((part, i) => {
      const p = chosen.parts[i];
      const words = chosen.passage.words.slice(p.from, p.to);
      if (part.length === 0 || words.length === 0) return;
      const exact = source.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ');
      const start = part[0].start;
      const end = part[part.length - 1].end;
      if (draft.slice(start, end) !== exact) edits.push({ start, end, text: exact });
    });
    return {
      ...base,
      verdict: 'misquote',
      message: `Misquote: the source says “${sourceWords}”`,
      fix: edits.length ? { title: 'Use the source’s exact words', edits } : undefined,
    };
  }
  // A plain name the corpus does not know is another speaker too ("Biden said …" of Peskov's words).
  const otherName = speakers.length === 0 && quote.speakerForm === 'name' && quote.speakerSpan !== null;
  if (sourceSpeaker && (speakers.length > 0 ? !sameSpeaker(speakers, statement, index) : otherName)) {
    const fix =
      quote.speakerForm === 'name' && quote.speakerSpan
        ? { title: `Attribute to ${sourceSpeaker.name}`, edits: [{ ...quote.speakerSpan, text: sourceSpeaker.name }] }
        : undefined;
    return { ...base, verdict: 'wrongSpeaker', message: `The source attributes this to ${sourceSpeaker.name}`, fix };
  }
  return { ...base, verdict: 'exact', message: `Quoted from ${sourceSpeaker ? sourceSpeaker.name + ', ' : ''}${source.title || source.path}` };
}
