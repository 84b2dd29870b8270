// The actor card shown in a hover: who the actor is, where they stand, and their best sourced
// quotes with links to act on them. Pure Markdown text, so the core builds it and the editor
// glue only wraps it; every piece of article text goes through `escapeMarkdown`.
import type { Actor, ActorKind, Position, Source, Statement } from './model';
import { commandUri, escapeMarkdown, truncate } from './markdown';

/** What a card reads; the `Corpus` provides all of it. */
export interface CardReader {
  getActor(id: string): Actor | undefined;
  getSource(id: string): Source | undefined;
  statementsOf(actorId: string): Statement[];
  positionsOf(actorId: string): Position[];
}

export interface CardOptions {
  /** Quotes shown per actor (at most 10). */
  maxQuotes: number;
  /** The document being edited, where Insert Quote puts the quote; no Insert link without it. */
  draftUri?: string;
}

/** The only commands a card links to; the hover trusts exactly these. */
export const CARD_COMMANDS = [
  'whoSaidWhat.openStatement',
  'whoSaidWhat.insertQuote',
  'whoSaidWhat.copyCitation',
  'whoSaidWhat.revealActor',
] as const;

/** Longest quote shown, in characters; the rest is cut with an ellipsis. */
export const QUOTE_LIMIT = 400;
const NAME_LIMIT = 120;
const MAX_ACTORS = 3;
const MAX_POSITIONS = 3;
const MAX_QUOTES = 10;

const KIND_ICONS: Record<ActorKind, string> = {
  person: '$(person)',
  organization: '$(organization)',
  country: '$(globe)',
  place: '$(location)',
  group: '$(organization)',
};

const KIND_ORDER: Record<Statement['kind'], number> = { direct: 0, mixed: 1, indirect: 2 };

/** Text from an article, made safe and short for a card. */
function safe(text: string, limit = NAME_LIMIT): string {
  return escapeMarkdown(truncate(text.replace(/\s+/g, ' ').trim(), limit));
}

/**
 * An actor's statements, best first: direct quotes before mixed before paraphrase, then the
 * newest source first (undated sources last), then in text order. Statements with no words are
 * left out.
 */
export function bestStatements(reader: CardReader, actorId: string): Statement[] {
  const dated = (s: Statement): string => reader.getSource(s.source)?.published ?? '';
  return reader
    .statementsOf(actorId)
    .filter((s) => s.text.trim() !== '')
    .map((s, order) => ({ s, order, date: dated(s) }))
    .sort((a, b) =>
      KIND_ORDER[a.s.kind] - KIND_ORDER[b.s.kind]
      || (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? 1 : -1)
      || a.order - b.order)
    .map((x) => x.s);
}

const paragraphStarts = new WeakMap<Source, number[]>();

/**
 * The 1-based paragraph of a source that holds `offset`. Paragraphs are separated by blank
 * lines; a text without blank lines has one paragraph per line.
 */
export function paragraphNumber(source: Source, offset: number): number {
  let starts = paragraphStarts.get(source);
  if (!starts) {
    starts = [0];
    const text = source.text;
    const separator = /\n[ \t]*\n/.test(text) ? /\n(?:[ \t]*\r?\n)+/g : /\r?\n+/g;
    for (let m = separator.exec(text); m; m = separator.exec(text)) {
      if (m.index + m[0].length < text.length) starts.push(m.index + m[0].length);
    }
    paragraphStarts.set(source, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function headline(reader: CardReader, actor: Actor): string[] {
  const lines = [`${KIND_ICONS[actor.kind] ?? '$(person)'} **${safe(actor.name)}**`];
  const affiliation = actor.affiliation ? reader.getActor(actor.affiliation)?.name ?? actor.affiliation : undefined;
  const about = [actor.role, affiliation].filter((x): x is string => !!x && x.trim() !== '').map((x) => safe(x));
  if (about.length > 0) lines.push(about.join(' · '));
  return lines;
}

function positionsLine(positions: Position[]): string | undefined {
  if (positions.length === 0) return undefined;
  const stance = { for: 'for', against: 'against', neutral: 'on' } as const;
  const shown = positions.slice(0, MAX_POSITIONS).map((p) => `*${stance[p.stance] ?? 'on'}* ${safe(p.topic, 80)}`);
  const more = positions.length > MAX_POSITIONS ? ` (+${positions.length - MAX_POSITIONS})` : '';
  return `**Positions:** ${shown.join('; ')}${more}`;
}

function quoteBlock(reader: CardReader, statement: Statement, options: CardOptions): string[] {
  const source = reader.getSource(statement.source);
  // The comma or colon that led back into the reporter's sentence is not part of the quote.
  const words = safe(statement.text.replace(/[\s,;:]+$/, ''), QUOTE_LIMIT);
  const body = statement.kind === 'indirect' ? `${words} *(paraphrase)*` : `“${words}”`;
  const said = [statement.cue?.text, statement.addressee].filter((x): x is string => !!x && x.trim() !== '');
  const where: string[] = [];
  if (said.length > 0) where.push(`*${safe(said.join(' '))}*`);
  if (source) {
    where.push(safe(source.title || source.path));
    const first = statement.content[0];
    if (first) where.push(`¶ ${paragraphNumber(source, first.start)}`);
    if (source.published) where.push(safe(source.published, 20));
  }
  const links = [`[$(go-to-file) Open in Source](${commandUri('whoSaidWhat.openStatement', { statement: statement.id })} "Open the quote in its source")`];
  if (options.draftUri) {
    links.push(`[$(insert) Insert Quote](${commandUri('whoSaidWhat.insertQuote', { statement: statement.id, uri: options.draftUri })} "Insert the quote with its citation here")`);
  }
  links.push(`[$(copy) Copy Citation](${commandUri('whoSaidWhat.copyCitation', { statement: statement.id })} "Copy the citation")`);
  // The links sit in the quote's block, under its attribution, so each quote reads as one unit.
  return [`> ${body}`, '>', `> — ${where.join(' · ')}  `, `> ${links.join(' · ')}`];
}

/** The card of one actor, in Markdown. */
export function actorCard(reader: CardReader, actorId: string, options: CardOptions): string {
  const actor = reader.getActor(actorId);
  if (!actor) return '';
  const parts: string[] = [headline(reader, actor).join('  \n')];
  const positions = positionsLine(reader.positionsOf(actorId));
  if (positions) parts.push(positions);
  const best = bestStatements(reader, actorId);
  const limit = Math.max(0, Math.min(MAX_QUOTES, Math.floor(options.maxQuotes)));
  for (const statement of best.slice(0, limit)) parts.push(quoteBlock(reader, statement, options).join('\n'));
  if (best.length === 0) parts.push('*No sourced statements yet.*');
  const reveal = commandUri('whoSaidWhat.revealActor', { actor: actorId });
  const footer = [`[$(list-tree) Show in Sidebar](${reveal} "Show the actor in the sidebar")`];
  if (best.length > limit) footer.push(`[+${best.length - limit} more](${reveal} "All of the actor’s statements in the sidebar")`);
  parts.push(footer.join(' · '));
  return parts.join('\n\n');
}

/**
 * The known actors among `actorIds`, the most quoted first, then the most mentioned. Where some
 * of them have statements, those without are left out: a name shared by a quoted minister and an
 * actor only mentioned once shows the minister.
 */
export function rankActors(reader: CardReader, actorIds: readonly string[]): string[] {
  const ranked = actorIds
    .map((id) => ({ id, actor: reader.getActor(id), said: reader.statementsOf(id).length }))
    .filter((x): x is { id: string; actor: Actor; said: number } => !!x.actor)
    .sort((a, b) => b.said - a.said || b.actor.mentions.length - a.actor.mentions.length);
  const quoted = ranked.filter((x) => x.said > 0);
  return (quoted.length > 0 ? quoted : ranked).map((x) => x.id);
}

/** The card for a hovered name: one section per actor it may refer to. */
export function hoverCard(reader: CardReader, actorIds: readonly string[], options: CardOptions): string {
  const known = rankActors(reader, actorIds);
  const cards = known.slice(0, MAX_ACTORS).map((id) => actorCard(reader, id, options));
  if (known.length > MAX_ACTORS) cards.push(`*+${known.length - MAX_ACTORS} other actors share this name.*`);
  return cards.join('\n\n---\n\n');
}
