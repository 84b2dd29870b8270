import type { Actor, Source, Span, Statement } from './model';

// One citation formatter for every path that quotes a source: the hover card, the tree's
// context menu, the commands and the quote check's quick fixes. Pure functions: they return
// text and offset edits, and the editor glue applies them.

export type CitationStyle = 'footnote' | 'link' | 'plain';
export const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'link', 'plain'];

export function isCitationStyle(value: unknown): value is CitationStyle {
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);
}

/** A replacement of `text.slice(start, end)` in a document. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface CiteOptions {
  /**
   * How the source is named in a footnote definition and linked to: a workspace-relative path
   * or a URL. Defaults to `source.path`.
   */
  location?: string;
}

const OPEN_QUOTES = '“"«„';
const CLOSE_QUOTES = '”"»“';
const QUOTED = /[“"«„]([^“”"«»„]+)[”"»“]/g;
/** British single marks; a ’ between letters is an apostrophe. */
const SINGLE_QUOTED = /(?<=^|[\s([{—–-])‘((?:[^‘’\n]|’(?=[\p{L}\p{N}]))+)’(?=$|[\s.,;:!?)\]}—–-])/gu;

/**
 * The spans of a statement's words that the source puts in quotation marks: the whole content
 * of a direct statement, the quoted fragments of a mixed one, none for a paraphrase. Spans
 * exclude the marks themselves and the trailing comma or stop that closes the quote.
 */
export function quotedSpans(statement: Statement, sourceText: string): Span[] {
  if (statement.kind === 'indirect') return [];
  const spans: Span[] = [];
  for (const part of statement.content) {
    const chunk = sourceText.slice(part.start, part.end);
    let found = false;
    for (const pattern of [QUOTED, SINGLE_QUOTED]) {
      if (found) break;
      for (const m of chunk.matchAll(pattern)) {
        found = true;
        const start = part.start + (m.index ?? 0) + 1;
        spans.push(trimSpan(sourceText, start, start + m[1].length));
      }
    }
    if (!found && statement.kind === 'direct') spans.push(trimSpan(sourceText, part.start, part.end));
  }
  return spans.filter((s) => s.end > s.start);
}

/** Trims white space, enclosing quote marks and the punctuation that closes a quoted sentence. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && (/\s/.test(text[start]) || OPEN_QUOTES.includes(text[start]))) start++;
  while (end > start && (/[\s,;:]/.test(text[end - 1]) || CLOSE_QUOTES.includes(text[end - 1]))) end--;
  return { start, end };
}

/** The statement's quoted words, fragments joined by an ellipsis; the paraphrase where none are quoted. */
export function quotedWords(statement: Statement, source: Source): string {
  const spans = quotedSpans(statement, source.text);
  if (spans.length === 0) return collapse(statement.text);
  return spans.map((s) => collapse(source.text.slice(s.start, s.end))).join(' … ');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The quote as a writer pastes it: `Angela Merkel: “we can do this”`. A paraphrase
 * gets no quotation marks, since putting them around words nobody said would be a misquote.
 */
export function quoteText(statement: Statement, source: Source, actor?: Actor): string {
  const words = quotedWords(statement, source);
  const quoted = quotedSpans(statement, source.text).length > 0;
  const body = quoted ? `“${words}”` : words;
  if (!actor) return body;
  return quoted ? `${actor.name}: ${body}` : `${actor.name}, paraphrased: ${body}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-01-11" as "January 11, 2022"; other forms are kept as they are. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.trim());
  if (!m) return iso.trim() || undefined;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** The source's title, or its file name where the article states none. */
export function sourceTitle(source: Source): string {
  const title = collapse(source.title ?? '');
  if (title) return title;
  const name = source.path.split(/[\\/]/).pop() ?? source.path;
  try {
    return decodeURIComponent(name) || source.path;
  } catch {
    return name || source.path;
  }
}

/** "Title, Publisher, date", leaving out what is unknown. */
export function citationParts(source: Source): string {
  return [sourceTitle(source), source.publisher?.trim(), formatDate(source.published)].filter((p): p is string => !!p).join(', ');
}

/** The citation alone, as "Copy Citation" puts it on the clipboard. */
export function formatCitation(source: Source, style: CitationStyle, options: CiteOptions = {}): string {
  const location = options.location ?? source.path;
  switch (style) {
    case 'plain':
      return `(${citationParts(source)})`;
    case 'link':
      return markdownLink(sourceTitle(source), location);
    case 'footnote':
      return footnoteBody(source, location);
  }
}

function footnoteBody(source: Source, location: string): string {
  return location ? `${citationParts(source)}. ${location}` : `${citationParts(source)}.`;
}

/** `[Title](target)` with the title's brackets escaped and the target made safe for Markdown. */
export function markdownLink(title: string, target: string): string {
  const label = title.replace(/([\\[\]])/g, '\\$1');
  const safe = target.replace(/[\s()<>]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => (p === '(' ? '%28' : '%29')));
  return `[${label}](${safe})`;
}

/** The footnote labels in use, and the next free number after the numeric ones. */
export function nextFootnoteLabel(document: string): string {
  let highest = 0;
  for (const m of document.matchAll(/\[\^([^\]\s]+)\]/g)) {
    // Named labels ([^note]) cannot collide with a number, so only numbers count.
    if (/^\d+$/.test(m[1])) highest = Math.max(highest, Number(m[1]));
  }
  return String(highest + 1);
}

/** An existing footnote definition with exactly this body, so one source is defined once. */
function existingFootnote(document: string, body: string): string | undefined {
  for (const m of document.matchAll(/^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm)) {
    if (m[2].trim() === body) return m[1];
  }
  return undefined;
}

export interface QuoteInsertion {
  /** The text put at the cursor: the quote and its citation mark. */
  quote: string;
  /** Offset edits to the document, in document order, never overlapping. */
  edits: TextEdit[];
  /** The footnote label used, for the footnote style. */
  label?: string;
}

/**
 * The edits that put a quote with its citation at `at` (replacing `[at, end)`, the selection):
 * for the footnote style also the definition appended at the end of the document, numbered
 * after the existing footnotes.
 */
export function insertQuote(
  document: string,
  at: number,
  statement: Statement,
  source: Source,
  actor: Actor | undefined,
  style: CitationStyle,
  options: CiteOptions & { end?: number } = {},
): QuoteInsertion {
  const end = Math.max(at, options.end ?? at);
  const quote = quoteText(statement, source, actor);
  const location = options.location ?? source.path;
  if (style !== 'footnote') {
    const text = `${quote} ${style === 'link' ? `(${markdownLink(sourceTitle(source), location)})` : formatCitation(source, 'plain')}`;
    return { quote: text, edits: [{ start: at, end, text }] };
  }
  const body = footnoteBody(source, location);
  const reused = existingFootnote(document, body);
  const label = reused ?? nextFootnoteLabel(document);
  const text = `${quote}[^${label}]`;
  if (reused) return { quote: text, edits: [{ start: at, end, text }], label };

  if (end === document.length) {
    // One edit where both would land at the end, so their order cannot be mixed up.
    const definition = definitionAfter(document.slice(0, at) + text, label, body);
    return { quote: text, edits: [{ start: at, end, text: text + definition }], label };
  }
  return {
    quote: text,
    edits: [
      { start: at, end, text },
      { start: document.length, end: document.length, text: definitionAfter(document, label, body) },
    ],
    label,
  };
}

/** The definition line to append to `document`: on its own line, after a blank line unless it joins other definitions. */
function definitionAfter(document: string, label: string, body: string): string {
  const newline = document === '' || /\n$/.test(document) ? '' : '\n';
  const lastLine = document.replace(/\s+$/, '').split('\n').pop() ?? '';
  const gap = document.trim() === '' || /^\[\^[^\]\s]+\]:/.test(lastLine) ? '' : '\n';
  return `${newline}${gap}[^${label}]: ${body}\n`;
}

/** Applies offset edits to a string (for tests and previews). */
export function applyEdits(document: string, edits: TextEdit[]): string {
  let out = document;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}
