// Safe Markdown from untrusted article text.
//
// Anything that came from a source article (quotes, names, titles, venues) goes through
// `escapeMarkdown` before it is placed in a hover card, a tooltip or any other rendered
// Markdown. The result renders as the same plain text and can never become a link, an image,
// a command, a theme icon, raw HTML or a block structure (heading, list, table, code block).

/**
 * Every ASCII punctuation character that Markdown (CommonMark + GFM, as VS Code renders it)
 * gives a meaning to. CommonMark lets any ASCII punctuation be backslash-escaped, so escaping
 * a few extra is harmless. `.`, `:` and `@` are here because GFM turns bare `www.x.org`,
 * `https://…` and `a@b.org` into links; `$` because `$(icon)` renders a theme icon.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:@$"'=^]/g;

/** Characters that reorder or hide text (bidirectional overrides, zero-width marks). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Escapes untrusted text for Markdown and HTML, on one line: whitespace runs (newlines
 * included) become one space so the text cannot open a new block, `<`, `>` and `&` become
 * entities, and Markdown punctuation is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Shortens text to at most `max` characters (UTF-16 units), cutting at a word boundary where
 * one is near and ending with an ellipsis. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  return text.slice(0, cut).trimEnd() + '…';
}

/**
 * Encodes the single JSON argument of a `command:` link. `encodeURIComponent` leaves
 * `( ) ! ' *` alone; they are encoded too, since an unbalanced parenthesis would end the
 * Markdown link destination early. VS Code decodes the argument with `decodeURIComponent`.
 */
export function commandUri(command: string, args: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  return `command:${command}?${encoded}`;
}
