// The data model of Who Said What, in one place. It is also the JSON that the
// command line prints (`extract --json`).
//
// Offsets are UTF-16 code units (JavaScript string indices) into a source's
// decoded `text`, so `text.slice(start, end)` is exact and maps straight to
// editor positions.

export interface Span {
  start: number;
  end: number;
}

export type ActorKind = 'person' | 'organization' | 'country' | 'place' | 'group';
export type StatementKind = 'direct' | 'indirect' | 'mixed';
export type Stance = 'for' | 'against' | 'neutral';
export type SourceFormat = 'text' | 'markdown' | 'html';

/** One article, as the engine read it. */
export interface Source {
  id: string;
  /** The path as given on the command line, or the document URI in the editor. */
  path: string;
  title: string;
  /** ISO date (YYYY-MM-DD) where the article states one. */
  published?: string;
  publisher?: string;
  format: SourceFormat;
  /**
   * The decoded text that every offset indexes. Plain text and Markdown: the file's text as is
   * (CRLF line ends and all). HTML: the extracted article text (the title, then the paragraphs
   * separated by blank lines), which the editor shows as a read-only document in place of the markup.
   */
  text: string;
  /** Page chrome ("Read more", photo credits, …): never content. */
  chrome?: Span[];
}

/** Where an actor is named in a source. */
export interface Mention extends Span {
  source: string;
}

export interface Actor {
  id: string;
  /** The fullest form seen. */
  name: string;
  kind: ActorKind;
  /** "Secretary General", "Kremlin spokesman". */
  role?: string;
  /** Another actor's id. */
  affiliation?: string;
  /** Every surface form seen, the name included. */
  aliases: string[];
  mentions: Mention[];
}

/** The speech verb or phrase that ties a speaker to what was said. */
export interface Cue extends Span {
  text: string;
}

/** An attribution: someone said, wrote, believes or announced something. */
export interface Statement {
  id: string;
  source: string;
  /** Actor id, or null where no speaker could be found. */
  speaker: string | null;
  /** The words that name the speaker in this attribution, even a pronoun. */
  speakerSpan: Span | null;
  cue: Cue | null;
  /** The venue or addressee where stated: "the BBC’s political editor". */
  addressee?: string;
  addresseeSpan?: Span;
  /** One or more spans of what was said, in text order. */
  content: Span[];
  /** The content spans' text, joined by " … " where there are several. */
  text: string;
  kind: StatementKind;
}

export interface Position {
  id: string;
  actor: string;
  /** A short noun phrase that several actors can share: "NATO expansion". */
  topic: string;
  stance: Stance;
  summary: string;
  /** Evidence: statement ids. */
  statements: string[];
}

/** What the engine makes of one or many sources. */
export interface Extraction {
  version: 1;
  sources: Source[];
  actors: Actor[];
  statements: Statement[];
  positions: Position[];
}

/** What the engine is given to read. */
export interface SourceInput {
  /** Stable id; the corpus derives one from `path` where absent. */
  id?: string;
  path: string;
  /** The decoded text (for HTML, the raw markup: the engine extracts the article). */
  text: string;
  format?: SourceFormat;
}
