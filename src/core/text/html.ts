// HTML articles: the body and title taken out of a page by Mozilla Readability, over a DOM that
// the caller provides. The core never imports a DOM implementation (it would weigh down the
// browser bundle): Node callers inject linkedom's `parseHTML`, the web extension the browser's
// DOMParser. Without a parser, a plain tag stripper keeps HTML readable, with less care.
import { Readability } from '@mozilla/readability';
import { parseDate } from './dates';

/**
 * Parses markup into a DOM Document. Either returns the Document itself (the browser's
 * `new DOMParser().parseFromString(html, 'text/html')`) or an object holding it as `document`
 * (linkedom's `parseHTML(html)`): both are accepted.
 */
export type HtmlParser = (html: string) => unknown;

let installedParser: HtmlParser | undefined;

/** Installs the DOM parser that readArticle() uses for HTML where none is passed to it. */
export function setHtmlParser(parse: HtmlParser | undefined): void {
  installedParser = parse;
}

export function getHtmlParser(): HtmlParser | undefined {
  return installedParser;
}

/** What an HTML page holds for us: its title, its article text (title, then paragraphs separated by blank lines), date and publisher. */
export interface HtmlArticle {
  title: string;
  text: string;
  published?: string;
  publisher?: string;
}

// The few DOM members used here, so the core compiles without the DOM library.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove?(): void;
  closest?(selector: string): DomElement | null;
}
interface DomDocument extends DomElement {
  title?: string;
  body?: DomElement | null;
  documentElement?: DomElement | null;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text of the article, even without Readability. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);
/** Page furniture, dropped before Readability reads the page: never the article. */
const FURNITURE = 'nav, footer, aside, form, dialog, [role="navigation"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden], .ad, .ads, .advert, .advertisement, .sponsored, .share, .sharing, .social, .comments, .newsletter, .related, .subscribe';
/** Site banners, dropped when outside the article. */
const OUTER_FURNITURE = 'header, [role="banner"]';

function documentOf(parsed: unknown): DomDocument | undefined {
  if (!parsed || typeof parsed !== 'object') return undefined;
  const maybe = parsed as { document?: unknown; querySelector?: unknown };
  if (typeof maybe.querySelector === 'function') return parsed as DomDocument;
  if (maybe.document && typeof (maybe.document as { querySelector?: unknown }).querySelector === 'function') return maybe.document as DomDocument;
  return undefined;
}

function meta(doc: DomDocument, names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Text of a DOM subtree with blocks as paragraphs: blank lines between blocks, one line per <br>. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  // An explicit stack rather than recursion: hostile markup can nest thousands of levels deep.
  // A string on the stack is output to emit once the element's children are done.
  const stack: (DomNode | string)[] = [root];
  while (stack.length) {
    const node = stack.pop() as DomNode | string;
    if (typeof node === 'string') { out.push(node); continue; }
    // Collapse the markup's own whitespace, but keep no-break spaces: they are the author's.
    if (node.nodeType === 3) { out.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ')); continue; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) continue;
    if (name === 'BR') { out.push('\n'); continue; }
    const block = BLOCKS.has(name);
    if (block) { out.push('\n\n'); stack.push('\n\n'); }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  return tidyParagraphs(out.join(''));
}

/**
 * Readability's work grows much faster than the page where elements nest deep (seconds at a few
 * hundred levels, minutes at two thousand) or are very many: past these limits the page is read
 * without it, by dropping the page furniture and keeping the blocks' text.
 */
const READABILITY_MAX_DEPTH = 120;
const READABILITY_MAX_ELEMENTS = 30000;

/** True when the DOM under `root` stays within Readability's comfortable depth and size. */
function fitsReadability(root: DomNode): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  let elements = 0;
  while (stack.length) {
    const [node, depth] = stack.pop() as [DomNode, number];
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    if (++elements > READABILITY_MAX_ELEMENTS || depth > READABILITY_MAX_DEPTH) return false;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i] as DomNode, depth + 1]);
  }
  return true;
}

/** Trims every line, drops empty ones between paragraphs, and keeps one blank line between paragraphs. */
function tidyParagraphs(raw: string): string {
  return raw
    .split(/\n[ \t]*\n\s*/)
    .map((para) => para.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Reads an HTML page: Readability finds the article; the text is its title, a blank line, then
 * its paragraphs separated by blank lines. Scripts and styles never reach the text.
 */
export function extractHtmlArticle(html: string, parse: HtmlParser | undefined = installedParser): HtmlArticle {
  // A DOM implementation can throw on markup it does not expect: the page is then read without it.
  if (!parse || markupDepth(html, MAX_DOM_DEPTH) > MAX_DOM_DEPTH) return stripTags(html);
  return safely(() => readWithDom(html, parse)) ?? stripTags(html);
}

/**
 * Past this nesting depth the markup is read without a DOM: walking a DOM implementation's tree
 * (linkedom's selectors and child lists) costs time that grows with depth times size, minutes for
 * a hostile page of a few hundred thousand nested elements. Real articles nest a few dozen deep.
 */
const MAX_DOM_DEPTH = 400;
/** No depth of their own: void elements, and those whose end tag HTML lets authors leave out. */
const FLAT_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'tbody', 'thead', 'colgroup']);

/** How deep the markup's elements nest, counted from the tags alone, up to `limit` + 1. */
export function markupDepth(html: string, limit: number): number {
  const tags = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const name = (m[2] as string).toLowerCase();
    if (FLAT_TAGS.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}

function readWithDom(html: string, parse: HtmlParser | undefined): HtmlArticle {
  const doc = parse ? documentOf(safely(() => parse(html))) : undefined;
  if (!doc) return stripTags(html);
  // Readability changes the document it reads: take the metadata first.
  const headings = (safely(() => Array.from(doc.querySelectorAll('h1'))) ?? [])
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((h) => h.length > 0 && h.length <= 200);
  const publishedRaw = safely(() => meta(doc, ['article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued']) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const siteName = safely(() => meta(doc, ['og:site_name', 'application-name', 'publisher', 'twitter:site']));
  const pageTitle = (meta(doc, ['og:title', 'twitter:title']) ?? safely(() => doc.title) ?? doc.querySelector('title')?.textContent ?? '').trim();

  for (const junk of Array.from(safely(() => doc.querySelectorAll(FURNITURE)) ?? [])) junk.remove?.();
  // The site's banner, but not an article's own header (its headline and byline).
  for (const banner of Array.from(safely(() => doc.querySelectorAll(OUTER_FURNITURE)) ?? [])) {
    if (!safely(() => banner.closest?.('article, main'))) banner.remove?.();
  }
  let title = pageTitle;
  let body: string;
  const article = fitsReadability(doc)
    ? safely(() => new Readability<DomNode>(doc as never, { serializer: (node: unknown) => node as DomNode }).parse())
    : undefined;
  if (article?.content) {
    title = (article.title ?? '').trim() || pageTitle;
    body = blockText(article.content);
  } else {
    const root = safely(() => doc.body) ?? safely(() => doc.documentElement) ?? doc;
    body = blockText(root);
  }
  title = title.replace(/\s+/g, ' ');
  // Page titles often carry the site's name ("Headline | Site"): the page's own heading, or the
  // title without the site's name, is the article's title.
  const ownHeading = headings.find((h) => h.length < title.length && title.toLowerCase().includes(h.toLowerCase()));
  if (ownHeading) title = ownHeading;
  else if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    title = title.replace(new RegExp(`\\s+[|–—·»:-]\\s+${site}$|^${site}\\s+[|–—·»:-]\\s+`, 'i'), '') || title;
  }
  // Page titles often carry the site's name ("Site | Headline"): the body's own heading is cleaner.
  const heading = body.split('\n\n', 1)[0]?.trim() ?? '';
  const titled = heading && heading.length <= 200 && !/[.!?]$/.test(heading);
  if (titled && (title.toLowerCase().includes(heading.toLowerCase()) || /\s[|–—·»-]\s/.test(title))) title = heading;
  else if (!title) title = heading.length <= 200 ? heading : '';
  const text = joinTitle(title, body);
  const published = parseDate(publishedRaw ?? article?.publishedTime ?? '');
  const publisher = cleanPublisher(siteName ?? article?.siteName ?? undefined);
  return { title, text, ...(published ? { published } : {}), ...(publisher ? { publisher } : {}) };
}

/** The title as the first paragraph, unless the body already opens with it. */
function joinTitle(title: string, body: string): string {
  if (!title) return body;
  const firstPara = body.split('\n\n', 1)[0] ?? '';
  if (firstPara.trim().toLowerCase() === title.toLowerCase()) return body;
  return body ? `${title}\n\n${body}` : title;
}

function cleanPublisher(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.length > 80) return undefined;
  return trimmed.replace(/^@/, '');
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', shy: '\u00ad' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Without a DOM: drops scripts, styles and page furniture, turns blocks into paragraphs and strips the remaining tags. */
export function stripTags(html: string): HtmlArticle {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = decodeEntities(titleMatch?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const cleaned = dropElements(html)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|section|article|main|h[1-6]|li|ul|ol|blockquote|pre|figure|figcaption|table|tr|td|th|dl|dt|dd|hr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  const body = tidyParagraphs(decodeEntities(cleaned).replace(/[ \t\f\v]+/g, ' '));
  return { title, text: joinTitle(title, body) };
}

/** Elements whose whole content is dropped when tags are stripped without a DOM. */
const DROPPED_TAGS = /<!--|<(script|style|noscript|template|head|nav|footer|header|aside|form|iframe|svg|button)\b/gi;

/**
 * Comments and dropped elements removed in one pass: each opening is matched to the next closing
 * tag by indexOf, so the work stays linear even when nothing is ever closed (then the rest goes,
 * as a browser would treat an unclosed script).
 */
function dropElements(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let at = 0;
  DROPPED_TAGS.lastIndex = 0;
  for (let m = DROPPED_TAGS.exec(html); m; m = DROPPED_TAGS.exec(html)) {
    kept.push(html.slice(at, m.index), ' ');
    const closing = m[0] === '<!--' ? '-->' : `</${(m[1] as string).toLowerCase()}`;
    const close = lower.indexOf(closing, m.index + m[0].length);
    if (close < 0) { at = html.length; break; }
    const end = m[0] === '<!--' ? close + 3 : (lower.indexOf('>', close) + 1 || html.length);
    at = end;
    DROPPED_TAGS.lastIndex = end;
  }
  kept.push(html.slice(at));
  return kept.join('');
}
