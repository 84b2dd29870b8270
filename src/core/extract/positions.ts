import type { Actor, Position, Source, Span, Stance, Statement } from '../model';
import { countryOf } from './lexicon/countries';
import { tagOf } from './lexicon/words';
import { answerByWord, type WordAnswers } from './wordAnswers';

// Positions: what an actor stands for or against. A topic is a short noun phrase built around a
// head noun that news arguments turn on ("expansion", "troops", "proposals", "sanctions"), named
// the same way for every actor ("NATO expansion" whether the text says "the bloc's expansion" or
// "NATO to end expansion") so actors can share it. The stance comes from the negations and verbs
// between the start of the clause and the topic: each flips it ("will not send", "reject",
// "ban on"), so "no compromise on X" and "reject a ban on X" come out for X.

/** Nouns a topic is built around. */
const HEADS = new Set(`expansion enlargement membership troops forces soldiers weapons missiles sanctions
talks negotiations deal agreement treaty proposals proposal guarantees concessions disarmament tariffs
taxes tax wall immigration refugees abortion war invasion withdrawal deployment aid bill law
nomination candidacy investigation trade regulations spending budget healthcare emails visas pipeline
strikes ceasefire occupation annexation independence sovereignty referendum`.split(/\s+/));

/** Heads that say nothing alone: "arms control", "border security", "health reform". */
const NEEDS_MODIFIER = new Set(['control', 'security', 'reform', 'policy', 'plan', 'program', 'care', 'change', 'rights']);

/** Words that flip the stance toward what follows them in the clause. */
const FLIPS = new Set(`not no never refuse refuses refused refusing reject rejects rejected rejecting oppose
opposes opposed opposing against end ending ended ends halt halting stop stopping stopped ban banning
banned block blocked blocking veto vetoed condemn condemned condemns denounce denounced cannot
compromise abandon abandoned scrap scrapped withdraw cancel cancelled canceled drop dropped without
won’t won't can't can’t wouldn't wouldn’t don't don’t doesn't doesn’t didn't didn’t isn't isn’t
aren't aren’t unacceptable`.split(/\s+/));

/** Words that state a stance without flipping it. */
const AFFIRMS = new Set(`willing ready support supports supported supporting want wants wanted demand demands
demanded must need needs needed should favor favors favour backs backed back urge urged urges call calls
called insist insists insisted push pushed pushing propose proposed proposes discuss sit agree agreed
welcome welcomed welcomes defend defended whole vital essential important`.split(/\s+/));

const TALK_VERBS = new Set(['discuss', 'discussing', 'negotiate', 'negotiating', 'talk', 'talks', 'sit']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'any', 'some', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
const LINKS = new Map([['in', 'in'], ['to', 'in'], ['into', 'in'], ['on', 'on'], ['with', 'with'], ['from', 'from'], ['against', 'against']]);
/** Back references to the topic of the statement just before. */
const ANAPHORA = /\b(?:that|this|the)\s+(?:particular\s+|same\s+|whole\s+)?(?:issue|matter|question|demand|point|idea|subject)\b/i;
const CLAUSE_BREAK = /;|,[”"’']?\s*(?:but|and that|whereas)\b|\b(?:but|while)\b|—|\.\s/gi;
/** A list inside a clause: its items take the clause's stance ("reject proposals such as a ban on X"). */
const SUB_CLAUSE = /\b(?:such as|including)\b/gi;

interface Word {
  start: number;
  end: number;
  lower: string;
  possessive: boolean;
}

const WORD = /[A-Za-z0-9\u00C0-\u02AF][A-Za-z0-9\u00C0-\u02AF’'-]*/g;

function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = span.start;
  for (let m = WORD.exec(text); m && m.index < span.end; m = WORD.exec(text)) {
    // A word that runs past the region's end is cut there, as if the region were the whole text.
    let w = m.index + m[0].length > span.end ? m[0].slice(0, span.end - m.index) : m[0];
    let possessive = false;
    let n = w.length;
    const last = w.charCodeAt(n - 1);
    const beforeLast = w.charCodeAt(n - 2);
    if (n > 2 && (last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019)) { w = w.slice(0, -2); possessive = true; }
    else if ((last === 39 || last === 0x2019) && beforeLast === 115) { w = w.slice(0, -1); possessive = true; }
    n = w.length;
    // Trailing apostrophes and hyphens are not part of the word.
    for (let c = w.charCodeAt(n - 1); n > 0 && (c === 39 || c === 0x2019 || c === 45); c = w.charCodeAt(n - 1)) n--;
    if (n < w.length) w = w.slice(0, n);
    out.push({ start: m.index, end: m.index + n, lower: w.toLowerCase(), possessive });
  }
  return out;
}

/**
 * How far around a statement its sentence is read. A real sentence is shorter; a text with no
 * sentence ends would otherwise make every statement read the whole text.
 */
const REACH = 600;

function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10; // . ! ? line break
}

/** The sentence or sentences around a span: from the sentence start before it to the end after it. */
function sentenceAround(text: string, start: number, end: number): Span {
  const floor = Math.max(0, start - REACH);
  let s = start;
  while (s > floor && !endsSentence(text.charCodeAt(s - 1))) s--;
  // An abbreviation ("U.S.") is no sentence end: keep going back past a period followed by a lowercase word.
  while (s > Math.max(1, floor) && text.charCodeAt(s - 1) === 46 && /^\s*\p{Ll}/u.test(text.slice(s, s + 3))) {
    s--;
    while (s > floor && !endsSentence(text.charCodeAt(s - 1))) s--;
  }
  // Cut short: start at the next word, not inside one.
  if (s === floor && s > 0 && !endsSentence(text.charCodeAt(s - 1))) {
    while (s < start && !/\s/.test(text[s] ?? '')) s++;
  }
  const ceiling = Math.min(text.length, end + REACH);
  let e = end;
  while (e < ceiling && !endsSentence(text.charCodeAt(e))) e++;
  if (e < text.length && e < ceiling && text.charCodeAt(e) !== 10) e++;
  return { start: s, end: Math.min(e, text.length) };
}

interface MentionIndex {
  spans: { start: number; end: number; actor: Actor }[];
}

function actorAt(index: MentionIndex, w: Word): Actor | undefined {
  // Mentions are few per sentence: a linear pass over the sorted list from a binary-searched start.
  let lo = 0;
  let hi = index.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.spans[mid] as { end: number }).end <= w.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < index.spans.length; i++) {
    const s = index.spans[i] as { start: number; end: number; actor: Actor };
    if (s.start > w.start) break;
    if (s.end >= w.end) return s.actor;
  }
  return undefined;
}

/** How a topic names an actor: NATO as "NATO", Russia as "Russian". */
function modifierName(actor: Actor): string {
  if (actor.kind === 'country') return countryOf(actor.name)?.country.demonyms[0] ?? actor.name;
  return actor.name;
}

interface Found {
  topic: string;
  stance: Stance;
  at: number;
}

/** Quantities and judgments that do not name a topic: "most abortion", "top policy". */
const NOT_MODIFIERS = new Set(['most', 'more', 'less', 'all', 'many', 'much', 'such', 'other', 'same', 'own', 'every', 'each', 'few', 'several', 'top', 'big', 'bad', 'good', 'great', 'lengthy', 'very', 'only', 'first', 'last', 'next', 'whole', 'entire', 'current', 'latest', 'recent', 'real', 'huge']);

/** Answers of `isModifierWord`, by word: the same few hundred words come back in every article. */
const modifierWords: WordAnswers<boolean> = new Map();

function isModifierWord(lower: string): boolean {
  return answerByWord(modifierWords, lower, lower, readModifierWord);
}

function readModifierWord(lower: string): boolean {
  if (NOT_MODIFIERS.has(lower) || DETERMINERS.has(lower) || FLIPS.has(lower) || AFFIRMS.has(lower) || TALK_VERBS.has(lower)) return false;
  const tag = tagOf(lower);
  if (!tag) return /^[a-z]+$/.test(lower) && lower.length > 2 && !/(?:ed|ing|ly)$/.test(lower);
  if (tag === 'Noun|Verb' || tag === 'Adj|Noun') return true; // "combat troops", "nuclear arms"
  return /Adjective|Singular|Uncountable|Noun|Comparable|Demonym/.test(tag) && !/Verb|Infinitive|Past|Gerund|Adverb|Preposition|Conjunction|Pronoun|Determiner|Modal/.test(tag);
}

/**
 * A word and the head noun after it ("Russian proposals"), as two patterns: `at` matches at one
 * position only; `fromWordStart` searches, trying only positions no letter precedes. The second
 * search finds what a search at every position would (whatever matches inside a word matches from
 * the word's start too), but faster, over the thousands of characters before each head.
 */
interface EarlierPatterns {
  at: RegExp;
  fromWordStart: RegExp;
}

/** One pair of patterns per head noun (the heads are a fixed list). */
const earlierPatterns = new Map<string, EarlierPatterns>();
/** The letters of EarlierPatterns' word, with the same flags. */
const EARLIER_LETTER = /[A-Za-z\u00C0-\u02AF]/i;

/** The first match of `patterns` at or after `from`, as a global search from `from` would find it. */
function nextEarlier(before: string, patterns: EarlierPatterns, from: number): RegExpExecArray | null {
  // A search may begin inside a word (right after the match before it): try there first.
  if (from > 0 && EARLIER_LETTER.test(before[from - 1]!)) {
    patterns.at.lastIndex = from;
    const m = patterns.at.exec(before);
    if (m) return m;
  }
  patterns.fromWordStart.lastIndex = from;
  return patterns.fromWordStart.exec(before);
}

/** The modifier an earlier mention of the same head noun had: "Russian" for "the proposals". */
function earlierModifier(text: string, head: Word, index: MentionIndex, chrome: Span[]): string | undefined {
  const stem = head.lower.replace(/s$/, '');
  const before = text.slice(Math.max(0, head.start - 3000), head.start);
  let patterns = earlierPatterns.get(stem);
  if (!patterns) {
    const word = `([A-Za-z\u00C0-\u02AF]+)(?:['’]s)?\\s+${stem}s?\\b`;
    patterns = { at: new RegExp(word, 'yi'), fromWordStart: new RegExp(`(?<![A-Za-z\u00C0-\u02AF])${word}`, 'gi') };
    earlierPatterns.set(stem, patterns);
  }
  let best: string | undefined;
  for (let m = nextEarlier(before, patterns, 0); m; m = nextEarlier(before, patterns, m.index + m[0].length)) {
    const word = m[1] as string;
    const start = head.start - before.length + m.index;
    if (chrome.some((c) => start < c.end && c.start <= start)) continue;
    const actor = actorAt(index, { start, end: start + word.length, lower: word.toLowerCase(), possessive: false });
    if (actor) best = modifierName(actor);
    else if (isModifierWord(word.toLowerCase())) best = /^\p{Lu}/u.test(word) && countryOf(word) ? word : word.toLowerCase();
  }
  return best;
}

/** Index of the first number in sorted `list` greater than `at`. */
function firstAbove(list: number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word that starts at or after `at`. */
function firstWordFrom(words: Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a sentence holds regardless of the statement read in it; statements in one sentence share it. */
interface Reading {
  words: Word[];
  /** How many stance flips and affirmations come before each word. */
  flipsBefore: Int32Array;
  affirmsBefore: Int32Array;
  /** Clause breaks and list starts found by punctuation and conjunctions. */
  breaks: number[];
  subs: number[];
  /** Whether any word could head a topic: most sentences have none. */
  heads: boolean;
}

/**
 * Somewhere a head noun could begin: a word starts only after a character that is no letter or
 * digit, so a sentence this does not match has no topic and need not be split into words.
 */
const HEAD_HINT = new RegExp(`(?:^|[^A-Za-z0-9\u00C0-\u02AF])(?:${[...HEADS, ...NEEDS_MODIFIER].join('|')})`, 'i');

function readRegion(text: string, region: Span): Reading {
  if (!HEAD_HINT.test(text.slice(region.start, region.end))) {
    return { words: [], flipsBefore: new Int32Array(1), affirmsBefore: new Int32Array(1), breaks: [], subs: [], heads: false };
  }
  const words = wordsIn(text, region);
  const flipsBefore = new Int32Array(words.length + 1);
  const affirmsBefore = new Int32Array(words.length + 1);
  let heads = false;
  for (let i = 0; i < words.length; i++) {
    const x = words[i] as Word;
    // "not a menu" negates a noun phrase, not the stance.
    const flip = FLIPS.has(x.lower) && !(x.lower === 'not' && i + 1 < words.length && DETERMINERS.has((words[i + 1] as Word).lower));
    flipsBefore[i + 1] = (flipsBefore[i] as number) + (flip ? 1 : 0);
    affirmsBefore[i + 1] = (affirmsBefore[i] as number) + (AFFIRMS.has(x.lower) ? 1 : 0);
    if (HEADS.has(x.lower) || NEEDS_MODIFIER.has(x.lower)) heads = true;
  }
  const breaks: number[] = [];
  const subs: number[] = [];
  if (heads) {
    const regionText = text.slice(region.start, region.end);
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(regionText); m; m = CLAUSE_BREAK.exec(regionText)) breaks.push(region.start + m.index);
    SUB_CLAUSE.lastIndex = 0;
    for (let m = SUB_CLAUSE.exec(regionText); m; m = SUB_CLAUSE.exec(regionText)) subs.push(region.start + m.index);
  }
  return { words, flipsBefore, affirmsBefore, breaks, subs, heads };
}

/** Topics in one statement's sentence, each with the stance of its clause. */
function topicsOf(text: string, region: Span, reading: Reading, content: Span[], cue: Span | null, index: MentionIndex, chrome: Span[], earlier: Map<number, string | undefined>): Found[] {
  if (!reading.heads) return [];
  const { words, flipsBefore, affirmsBefore, subs } = reading;
  const found: Found[] = [];
  const breaks: number[] = [region.start, ...reading.breaks];
  // What was said starts a clause of its own: "X said on Monday that …"; but right after a cue
  // that is itself a stance ("reject “…”"), the cue belongs to the clause.
  for (const c of content) {
    const joinedToCue = cue && cue.end <= c.start && /^[\s“”"‘’']*$/.test(text.slice(cue.end, c.start));
    if (c.start > region.start && !joinedToCue) breaks.push(c.start);
  }
  breaks.sort((a, b) => a - b);
  const contentStart = content[0]?.start ?? region.start;
  let lastClause = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const isHead = HEADS.has(w.lower) || (NEEDS_MODIFIER.has(w.lower) && i > 0 && isModifierWord((words[i - 1] as Word).lower));
    // A head inside a name is the name ("Governor Nathan Deal"), not a topic.
    if (!isHead || actorAt(index, w)) continue;
    // Before what was said, with the cue in between: another clause's topic, not this statement's.
    if (cue && w.start < contentStart && cue.start >= w.end && cue.end <= contentStart) continue;
    // One topic per clause: the first, which the clause's verbs govern.
    const nextBreak = firstAbove(breaks, w.start);
    const clause = nextBreak > 0 ? (breaks[nextBreak - 1] as number) : 0;
    const nextSub = firstAbove(subs, w.start);
    const slot = nextSub > 0 ? Math.max(clause, subs[nextSub - 1] as number) : clause;
    if (slot === lastClause) continue;
    // Modifiers: up to two nouns or adjectives before the head, and an actor named there.
    const parts: string[] = [w.lower];
    let k = i - 1;
    let named: Actor | undefined;
    while (k >= 0 && parts.length < 3) {
      const prev = words[k] as Word;
      const gap = text.slice(prev.end, (words[k + 1] as Word).start);
      if (!/^[\s“”"‘’']*$/.test(gap) && !(prev.possessive && /^['’]?s?[\s“”"]*$/.test(gap))) break;
      const actor = actorAt(index, prev);
      if (actor) { named = actor; break; }
      if (!isModifierWord(prev.lower)) break;
      parts.unshift(prev.lower);
      k--;
    }
    // "NATO to end expansion": the actor just before "to <verb>".
    if (!named && k >= 2 && (words[k] as Word).lower !== 'to' && (words[k - 1] as Word).lower === 'to') {
      const actor = actorAt(index, words[k - 2] as Word);
      if (actor) named = actor;
    }
    if (NEEDS_MODIFIER.has(w.lower) && parts.length < 2 && !named) continue;
    // "The proposals are …": the fuller name the text gave them before ("The Russian proposal").
    if (parts.length === 1 && !named) {
      if (!earlier.has(w.start)) earlier.set(w.start, earlierModifier(text, w, index, chrome));
      const modifier = earlier.get(w.start);
      if (modifier) parts.unshift(modifier);
    }
    let topic = parts.join(' ');
    if (named) topic = `${modifierName(named)} ${topic}`;
    // "troops to Ukraine" → "troops in Ukraine"; "proposals from Moscow" → "proposals from Russia".
    const next = words[i + 1];
    const after = words[i + 2];
    const link = next ? LINKS.get(next.lower) : undefined;
    if (link && after) {
      const place = actorAt(index, after);
      if (place && (place.kind === 'country' || place.kind === 'place' || place.kind === 'organization')) topic = `${topic} ${link} ${place.name}`;
    }
    // "discuss arms control" → "arms control talks".
    const talked = words.slice(Math.max(0, i - 5), i).some((x) => TALK_VERBS.has(x.lower));
    if (talked && !/talks|negotiations/.test(topic)) topic = `${topic} talks`;

    // Stance: flips from the clause start to the topic; affirmations anywhere in the clause.
    const clauseEnd = breaks[nextBreak] ?? region.end;
    const clauseFirst = firstWordFrom(words, clause);
    const clauseLast = firstWordFrom(words, clauseEnd);
    const flips = (flipsBefore[i] as number) - (flipsBefore[Math.min(clauseFirst, i)] as number);
    let affirmed = (affirmsBefore[clauseLast] as number) > (affirmsBefore[clauseFirst] as number);
    // A topic that opens its sentence ("The proposals are … must be considered") takes the content's stance.
    if (w.start < contentStart) {
      if ((affirmsBefore[words.length] as number) > (affirmsBefore[firstWordFrom(words, contentStart)] as number)) affirmed = true;
    }
    const stance: Stance = flips % 2 === 1 ? 'against' : flips > 0 || affirmed ? 'for' : 'neutral';
    found.push({ topic, stance, at: w.start });
    lastClause = slot;
  }
  return found;
}

/** Reads each actor's positions (topic and stance) from its statements. */
export function findPositions(source: Source, actors: Actor[], statements: Statement[]): Position[] {
  const text = source.text;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const index: MentionIndex = { spans: [] };
  for (const a of actors) for (const m of a.mentions) if (m.source === source.id) index.spans.push({ start: m.start, end: m.end, actor: a });
  index.spans.sort((x, y) => x.start - y.start || y.end - x.end);

  interface Entry { actor: string; topic: string; votes: Map<Stance, number>; statements: string[]; first: number }
  const entries = new Map<string, Entry>();
  const record = (actorId: string, f: Found, statement: Statement): void => {
    const key = `${actorId}\u0000${f.topic.toLowerCase()}`;
    let e = entries.get(key);
    if (!e) {
      e = { actor: actorId, topic: f.topic, votes: new Map(), statements: [], first: f.at };
      entries.set(key, e);
    }
    e.votes.set(f.stance, (e.votes.get(f.stance) ?? 0) + 1);
    if (!e.statements.includes(statement.id)) e.statements.push(statement.id);
  };

  const ordered = [...statements].sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  let previous: Found[] = [];
  // Statements in one sentence share its head nouns: each earlier modifier is looked up once.
  const earlier = new Map<number, string | undefined>();
  const readings = new Map<string, Reading>();
  for (const s of ordered) {
    if (!s.speaker || !s.content.length) { previous = []; continue; }
    const first = Math.min(s.content[0]?.start ?? 0, s.cue?.start ?? Infinity, s.speakerSpan?.start ?? Infinity);
    const last = Math.max(s.content[s.content.length - 1]?.end ?? 0, s.cue?.end ?? 0);
    const region = sentenceAround(text, first, last);
    const key = `${region.start}:${region.end}`;
    let reading = readings.get(key);
    if (!reading) {
      reading = readRegion(text, region);
      readings.set(key, reading);
    }
    let found = topicsOf(text, region, reading, s.content, s.cue, index, source.chrome ?? [], earlier).filter((f) => f.stance !== 'neutral');
    // "called that particular issue “a matter of life and death”": the topic of the statement before.
    if (!found.length && ANAPHORA.test(text.slice(region.start, region.end)) && previous.length) found = previous.map((f) => ({ ...f }));
    if (!found.length) continue;
    previous = found;
    const speaker = byId.get(s.speaker);
    for (const f of found) {
      record(s.speaker, f, s);
      // A spokesperson's or leader's statement counts for the organization the text ties them to.
      if (speaker?.kind === 'person' && speaker.affiliation && byId.has(speaker.affiliation)) record(speaker.affiliation, f, s);
    }
  }

  const positions: Position[] = [];
  for (const e of [...entries.values()].sort((a, b) => a.first - b.first || (a.actor < b.actor ? -1 : 1))) {
    const against = e.votes.get('against') ?? 0;
    const inFavor = e.votes.get('for') ?? 0;
    const stance: Stance = against > inFavor ? 'against' : inFavor > against ? 'for' : 'neutral';
    const actor = byId.get(e.actor);
    positions.push({
      id: `${source.id}#position-${positions.length + 1}`,
      actor: e.actor,
      topic: e.topic,
      stance,
      summary: `${actor?.name ?? e.actor} is ${stance === 'for' ? 'for' : stance === 'against' ? 'against' : 'neutral on'} ${e.topic}`,
      statements: e.statements,
    });
  }
  return positions;
}
