// Page chrome: the parts of a saved web page that are not the article ("Read more", photo
// credits, related headlines, subscribe prompts, share buttons, "Advertisement"). Found by
// generic rules on lines of the original text; nothing here is about any one article.
import type { Span } from '../model';
import { foldSameLength } from './normalize';

export type ChromeKind = 'link' | 'credit' | 'related' | 'prompt' | 'share' | 'ad' | 'comments';

export interface ChromeSpan extends Span {
  kind: ChromeKind;
}

/** A line of the original text: [start, end) without its line break. */
export interface Line extends Span {
  text: string;
}

/** The lines of a text with their offsets; "\r\n", "\n" and "\r" all end a line. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

// Whole lines that are links or buttons of the page, not prose. Matched on the trimmed,
// folded line, case-insensitively, with optional trailing ":", "»", "›", ">" or "…".
const TAIL = String.raw`\s*[:»›>…|.]*`;
const LINK_LINES = new RegExp(
  String.raw`^(?:read more|read next|read also|also read|more|more stories|more on this(?: story)?|see also|related|related (?:articles?|stories|story|content|coverage|links|news|reading|topics?)|recommended(?: for you)?|you may also like|you might also like|most read|most popular|trending(?: now)?|top stories|continue reading|keep reading|read the full (?:story|article)|read full (?:story|article)|click here|back to top|skip to (?:main )?content|next article|previous article|load more|show more|editor'?s picks?)${TAIL}$`,
  'i',
);
const COMMENT_LINES = new RegExp(
  String.raw`^(?:post a comment|leave a comment|add a comment|comments?|view comments|show comments|\d+ comments?|join the (?:conversation|discussion)|comment on this (?:story|article))${TAIL}$`,
  'i',
);
const SHARE_LINES = new RegExp(
  String.raw`^(?:share|share this|share this (?:article|story|page|post)|share on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email)|tweet|tweet this|email|e-mail|print|print this (?:article|page)|copy link|copied|whatsapp|facebook|twitter|linkedin|pinterest|reddit)${TAIL}$`,
  'i',
);
const AD_LINES = new RegExp(
  String.raw`^(?:advertisement|advertising|ad|sponsored|sponsored content|paid content|promoted|partner content|story continues (?:below|after) (?:this )?(?:advertisement|ad)|article continues below(?: advertisement)?|scroll to continue(?: with content)?)${TAIL}$`,
  'i',
);
/** Prompts: "Subscribe to …", "Sign up for …", "Follow us on …", "Download our app". */
const PROMPT_LINES = /^(?:subscribe(?: now| today)?(?: to| for|\b)|sign up(?: now| today)?(?: to| for|\b)|register (?:now|for|to)|follow us\b|follow @\w+|like us on|download (?:our|the) app|get (?:our|the) (?:\w+ )?newsletter|join our (?:\w+ )?(?:newsletter|mailing list)|already a subscriber|log ?in to|sign in to)/i;
/** Photo credits as a whole line: "© Getty Images / …", "Photo: …", "Image: …", "Credit: …". */
const CREDIT_LINES = /^(?:©|\(c\)\s|copyright\s+(?:getty|ap|afp|reuters|shutterstock)|(?:photo|photograph|image|picture|pic|video|file photo|credit|photo credit|image credit|caption)s?\s*(?::|by\b|courtesy\b)|\(?(?:ap|afp|reuters|getty|epa|upi)?\s*photo\s*[/:]|\S.*\b(?:getty images|shutterstock|ap photo|afp photo|reuters photo|via getty|epa-efe|file photo)\b)/i;
/** A credit inside a line, at its end: "… the summit (AP Photo/Evan Vucci)". */
const INLINE_CREDIT = /\((?:(?:AP|AFP|Reuters|EPA|UPI|Getty)\s*)?(?:Photo|Photograph|Image)s?\s*(?:\/|:|by\b)[^()\n\r]{0,120}\)|\((?:Getty Images|Shutterstock)[^()\n\r]{0,120}\)/gi;

/** Lines that open a list of related headlines. */
const RELATED_LEAD = /^(?:read more|read next|read also|also read|more|more stories|more on this(?: story)?|see also|related|related (?:articles?|stories|story|content|coverage|links|news|reading)|recommended(?: for you)?|you may also like|you might also like|most read|most popular|top stories)\s*[:»›>…]*$/i;

const MAX_CHROME_WORDS = 20;
const MAX_HEADLINE_CHARS = 160;

/**
 * The words in `s`, counted up to `max + 1`: every caller only compares the count with a limit, and
 * every line of every article is counted, so a long paragraph stops being counted past the limit.
 */
function wordCount(s: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= max; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What `\s` matches in a regular expression: ASCII spaces and line breaks, and Unicode's spaces. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A line that reads like a headline link: short, starts with a capital or digit, no final sentence punctuation. */
function looksLikeHeadline(s: string): boolean {
  if (s.length > MAX_HEADLINE_CHARS || wordCount(s, MAX_CHROME_WORDS) > MAX_CHROME_WORDS || wordCount(s, 2) < 2) return false;
  if (!/^[\p{Lu}\p{N}"'‘“]/u.test(s)) return false;
  return !/[.!?;:,"'’”)\]]$/.test(s);
}

function classifyLine(folded: string): ChromeKind | undefined {
  if (!folded || wordCount(folded, MAX_CHROME_WORDS * 2) > MAX_CHROME_WORDS * 2) return undefined;
  if (LINK_LINES.test(folded)) return 'link';
  if (COMMENT_LINES.test(folded)) return 'comments';
  if (SHARE_LINES.test(folded)) return 'share';
  if (AD_LINES.test(folded)) return 'ad';
  if (wordCount(folded, MAX_CHROME_WORDS) <= MAX_CHROME_WORDS) {
    if (CREDIT_LINES.test(folded) && !/[.!?]["']?$/.test(folded.replace(/\([^)]*\)$/, '').trim()) || /^©/.test(folded)) return 'credit';
    if (PROMPT_LINES.test(folded)) return 'prompt';
  }
  return undefined;
}

/** "Read more: Some headline" on one line. */
const LEAD_WITH_HEADLINE = /^(?:read more|read next|read also|also read|see also|related|more)\s*:\s*\S/i;

export interface ChromeOptions {
  /** Read lines as Markdown: links, emphasis, list and heading marks are looked through. */
  markdown?: boolean;
}

/** A Markdown line as it reads: "* [Read more](https://…)" reads "Read more". */
export function markdownLineText(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+)+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

/**
 * The page chrome in a text, as spans of the original text in text order: whole lines (trimmed,
 * line breaks excluded) and photo credits at the end of a line. The first line (the title) is
 * never chrome.
 */
export function findChrome(text: string, options: ChromeOptions = {}): ChromeSpan[] {
  const found: ChromeSpan[] = [];
  const lines = linesOf(text);
  let firstContent = lines.findIndex((l) => l.text.trim() !== '');
  if (firstContent < 0) firstContent = lines.length;
  // After a "Read more"/"Related" line, the headline links under it (until a blank line).
  let inRelated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const trimmed = line.text.trim();
    if (!trimmed) { inRelated = false; continue; }
    if (i <= firstContent) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const span = { start: line.start + lead, end: line.start + lead + trimmed.length };
    const folded = foldSameLength(options.markdown ? markdownLineText(trimmed) : trimmed);
    const kind = classifyLine(folded);
    if (kind) {
      found.push({ ...span, kind });
      if (RELATED_LEAD.test(folded)) inRelated = true;
      continue;
    }
    if (LEAD_WITH_HEADLINE.test(folded) && looksLikeHeadline(folded.replace(/^[^:]*:\s*/, ''))) {
      found.push({ ...span, kind: 'related' });
      continue;
    }
    if (inRelated && looksLikeHeadline(folded)) {
      found.push({ ...span, kind: 'related' });
      continue;
    }
    inRelated = false;
    INLINE_CREDIT.lastIndex = 0;
    for (let m = INLINE_CREDIT.exec(line.text); m; m = INLINE_CREDIT.exec(line.text)) {
      found.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, kind: 'credit' });
    }
  }
  return found;
}

/** True when [start, end) overlaps any of the chrome spans. */
export function overlapsChrome(chrome: readonly Span[], start: number, end: number): boolean {
  for (const c of chrome) if (c.start < end && start < c.end) return true;
  return false;
}
