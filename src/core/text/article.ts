// Reading an article: its format, title, date, publisher, the text every offset indexes, and its
// page chrome. Plain text and Markdown are never rewritten (CRLF line ends, non-breaking spaces
// and all stay as they are, so offsets map straight to the editor); HTML is reduced to its
// article text, which is what the editor shows for it.
import type { SourceInput, Source, SourceFormat, Span } from '../model';
import { findChrome, linesOf, type Line } from './chrome';
import { parseDate } from './dates';
import { extractHtmlArticle, type HtmlParser } from './html';
import { foldSameLength } from './normalize';

export { setHtmlParser, type HtmlParser } from './html';

export interface ReadOptions {
  /** The DOM parser for HTML (linkedom's `parseHTML`, or the browser's DOMParser); else the one from setHtmlParser(). */
  parseHtml?: HtmlParser;
}

/** The extensions read as articles, by format. */
export const ARTICLE_EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/** The format a path's extension names, or undefined for an extension that is not an article's. */
export function formatOfPath(path: string): SourceFormat | undefined {
  const bare = path.replace(/[?#].*$/, '');
  const dot = bare.lastIndexOf('.');
  if (dot < 0 || dot < bare.lastIndexOf('/')) return undefined;
  return ARTICLE_EXTENSIONS[bare.slice(dot).toLowerCase()];
}

function sniffFormat(text: string): SourceFormat {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1000)) ? 'html' : 'text';
}

/** Reads an article: its title, format, date and publisher, the text that all offsets index, and its page chrome. */
export function readArticle(input: SourceInput, options: ReadOptions = {}): Source {
  const format: SourceFormat = input.format ?? formatOfPath(input.path) ?? sniffFormat(input.text);
  const id = input.id ?? input.path;
  if (format === 'html') {
    const page = extractHtmlArticle(input.text, options.parseHtml);
    const meta = metadataOf(page.text, linesOf(page.text));
    const source: Source = {
      id, path: input.path, title: page.title || firstLineTitle(linesOf(page.text)), format, text: page.text,
      chrome: plain(findChrome(page.text)),
    };
    const published = page.published ?? meta.published;
    const publisher = page.publisher ?? meta.publisher;
    if (published) source.published = published;
    if (publisher) source.publisher = publisher;
    return source;
  }
  const text = input.text;
  const lines = linesOf(text);
  const chrome: Span[] = [];
  let title: string;
  let meta: Metadata = {};
  if (format === 'markdown') {
    const front = frontMatter(lines);
    if (front) {
      chrome.push(front.span);
      meta = front.meta;
    }
    const body = front ? lines.slice(front.lineCount) : lines;
    title = front?.title ?? markdownTitle(body);
    for (const line of body) if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line.text)) chrome.push(trimmedSpan(line));
    const bodyStart = front ? front.span.end : 0;
    chrome.push(...plain(findChrome(text.slice(bodyStart), { markdown: true })).map((s) => ({ start: s.start + bodyStart, end: s.end + bodyStart })));
  } else {
    title = firstLineTitle(lines);
    chrome.push(...plain(findChrome(text)));
  }
  const found = metadataOf(text, lines);
  const source: Source = { id, path: input.path, title, format, text, chrome: sortSpans(chrome) };
  const published = meta.published ?? found.published;
  const publisher = meta.publisher ?? found.publisher;
  if (published) source.published = published;
  if (publisher) source.publisher = publisher;
  return source;
}

function plain(spans: Span[]): Span[] {
  return spans.map((s) => ({ start: s.start, end: s.end }));
}

function sortSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

/** The first non-blank line, trimmed: a plain-text article's title. */
export function firstLineTitle(lines: Line[]): string {
  for (const line of lines) {
    const t = line.text.trim();
    if (t) return t.length > 300 ? t.slice(0, 300) : t;
  }
  return '';
}

/** The first level-one heading ("# Title"), else the first non-blank line without its heading marks. */
function markdownTitle(lines: Line[]): string {
  for (const line of lines.slice(0, 50)) {
    const m = /^ {0,3}#\s+(.+?)\s*#*\s*$/.exec(line.text);
    if (m) return stripInlineMarkdown(m[1] as string);
  }
  return stripInlineMarkdown(firstLineTitle(lines).replace(/^#{1,6}\s*/, ''));
}

function stripInlineMarkdown(s: string): string {
  return s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2').trim();
}

interface Metadata {
  published?: string;
  publisher?: string;
}

/** YAML front matter at the very start of a Markdown file: `---` … `---`, with title, date, publisher. */
function frontMatter(lines: Line[]): { span: Span; lineCount: number; title?: string; meta: Metadata } | undefined {
  if (lines.length < 2 || lines[0]?.text.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
  if (close < 0 || close > 200) return undefined;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line.text);
    if (m) fields.set((m[1] as string).toLowerCase(), (m[2] as string).replace(/^(["'])(.*)\1$/, '$2'));
  }
  const meta: Metadata = {};
  const date = parseDate(fields.get('date') ?? fields.get('published') ?? fields.get('published_at') ?? '');
  if (date) meta.published = date;
  const publisher = fields.get('publisher') ?? fields.get('source') ?? fields.get('site');
  if (publisher) meta.publisher = publisher;
  const title = fields.get('title');
  return { span: { start: 0, end: (lines[close] as Line).end }, lineCount: close + 1, ...(title ? { title } : {}), meta };
}

/** "Published: …", "Posted on …", "Updated …", "Date: …" */
const DATE_LINE = /^(?:(first )?published|posted|updated|last updated|last modified|date|dated)\b(?:\s+on)?\s*[:\-–—]?\s*(.*)$/i;
/** A dateline naming the agency: "WASHINGTON (Reuters) —", "MOSCOW, Jan 25 (AP) -". */
const DATELINE = /^[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,\s*[\p{L}\d. ]{1,30})?\s*\(([\p{L}][\p{L}&. ]{1,30})\)\s*[-–—]/u;
/** "Publisher: …", "Source: …", "Published by …", "Copyright 2022 The Associated Press". */
const PUBLISHER_LINE = /^(?:(?:publisher|source|publication)\s*[:\-–—]\s*|published by\s+|(?:copyright|©)\s*(?:\(c\)\s*)?(?:(?:19|20)\d\d\s+)?)(.{2,60}?)\.?\s*$/i;

/**
 * The date and publisher where the article's text says them: a "Published: …" line (else an
 * "Updated" one), a line that is only a date, a dateline's agency, a "Publisher:"/"Source:" line.
 * Only the first and last lines are read: elsewhere a date is news, not the article's date.
 */
function metadataOf(_text: string, lines: Line[]): Metadata {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const head = filled.slice(1, 16);
  const tail = filled.length > 16 ? filled.slice(-5) : [];
  const meta: Metadata = {};
  let updated: string | undefined;
  for (const line of [...head, ...tail]) {
    const t = foldSameLength(line.text.trim());
    if (t.length > 200) continue;
    const dateLine = DATE_LINE.exec(t);
    if (dateLine) {
      const date = parseDate(dateLine[2] as string);
      if (date && /updated|modified/i.test(t.slice(0, 20))) updated ??= date;
      else if (date) meta.published ??= date;
    } else if (!meta.published && t.length < 60 && isOnlyADate(t)) {
      meta.published = parseDate(t);
    }
    const dateline = DATELINE.exec(t);
    if (dateline && !meta.publisher) meta.publisher = (dateline[1] as string).trim();
    const publisher = PUBLISHER_LINE.exec(t);
    if (publisher && !meta.publisher && !/getty|shutterstock|photo|image/i.test(t)) meta.publisher = (publisher[1] as string).trim();
  }
  if (!meta.published && updated) meta.published = updated;
  return meta;
}

const WEEKDAYS = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const CLOCK = /\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:ET|EST|EDT|CET|CEST|GMT|UTC|BST|PT|PST|PDT))?\b/gi;

/** A line that is a date and nothing else: "Friday, December 4, 2015.", "Tue 25 January 2022 10:02 GMT". */
function isOnlyADate(line: string): boolean {
  const date = parseDate(line);
  if (!date) return false;
  const rest = line
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(CLOCK, ' ')
    .replace(/\d+(?:st|nd|rd|th)?/g, ' ')
    .replace(/[\s,.\-/|()]+/g, '');
  return rest.length === 0;
}
