import * as assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../src/core/text/article';
import { extractHtmlArticle, markupDepth, stripTags } from '../../src/core/text/html';

const paragraph = (n: number): string => `Paragraph ${n} of the report: the committee said on Friday that the inquiry would take months, and several members said they expected “a long and difficult process” before any findings were published.`;

const PAGE = `<!doctype html>
<html><head>
  <title>Inquiry to take months | The Courier</title>
  <meta property="article:published_time" content="2023-06-09T08:30:00+02:00">
  <meta property="og:site_name" content="The Courier">
  <script>window.track = function () { document.title = "tracked"; };</script>
  <style>p { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <div class="ad">Buy one, get one free</div>
  <article>
    <h1>Inquiry to take months</h1>
    ${[1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('\n    ')}
    <script>document.write('<p>injected by script</p>')</script>
    <img src="x" onerror="alert('hostile')">
    <p>“We will not rush it,” the chair said.&nbsp;Members agreed.</p>
  </article>
  <aside class="related"><h3>Related</h3><a href="/a">Other story</a></aside>
  <footer>© The Courier. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>`;

describe('text/html', () => {
  it('takes the article out of a page: title, then paragraphs separated by blank lines', () => {
    const s = readArticle({ path: 'page.html', text: PAGE }, { parseHtml: parseHTML });
    assert.equal(s.format, 'html');
    assert.equal(s.title, 'Inquiry to take months');
    const paras = s.text.split('\n\n');
    assert.equal(paras[0], 'Inquiry to take months');
    assert.equal(paras[1], paragraph(1));
    assert.equal(paras[paras.length - 1], '“We will not rush it,” the chair said.\u00a0Members agreed.');
  });

  it('keeps navigation, footer, ads, scripts and styles out of the text', () => {
    const s = readArticle({ path: 'page.html', text: PAGE }, { parseHtml: parseHTML });
    for (const junk of ['Home', 'Buy one', 'injected', 'alert', 'window.track', 'color: red', 'All rights reserved', 'Other story', 'tracked']) {
      assert.ok(!s.text.includes(junk), `the text holds "${junk}"`);
    }
  });

  it('reads the published date and the site name from the meta tags', () => {
    const page = extractHtmlArticle(PAGE, parseHTML);
    assert.equal(page.published, '2023-06-09');
    assert.equal(page.publisher, 'The Courier');
  });

  it('accepts a parser that returns the Document itself (as the browser DOMParser does)', () => {
    const s = readArticle({ path: 'page.html', text: PAGE }, { parseHtml: (html) => (parseHTML(html) as unknown as { document: unknown }).document });
    assert.equal(s.title, 'Inquiry to take months');
  });

  it('reads a short page that Readability gives up on, still without the page furniture', () => {
    const html = '<html><head><title>Brief</title></head><body><nav>Menu</nav><header>Site header</header><p>One line of news, he said.</p><footer>Footer</footer></body></html>';
    const s = readArticle({ path: 'short.htm', text: html }, { parseHtml: parseHTML });
    assert.equal(s.text, 'Brief\n\nOne line of news, he said.');
  });

  it('without a DOM parser, strips tags and scripts and still gives paragraphs', () => {
    const page = stripTags(PAGE);
    assert.equal(page.title, 'Inquiry to take months | The Courier');
    assert.ok(page.text.includes(paragraph(2)));
    assert.ok(!page.text.includes('window.track') && !page.text.includes('Home') && !page.text.includes('<'));
  });

  it('reads deeply nested markup without the DOM, and still finds its text', () => {
    assert.equal(markupDepth('<div><p>a<p>b<br><img src=x><span>c</span></div>', 100), 2);
    assert.equal(markupDepth('<div>'.repeat(50), 10), 11, 'stops counting past the limit');
    const deep = `<html><body>${'<div>'.repeat(3000)}<p>Deep down, he said.</p>${'</div>'.repeat(3000)}</body></html>`;
    let parsed = 0;
    const s = readArticle({ path: 'deep.html', text: deep }, { parseHtml: (h) => { parsed++; return parseHTML(h); } });
    assert.equal(parsed, 0, 'the DOM parser is not used');
    assert.equal(s.text, 'Deep down, he said.');
  });

  it('strips unclosed scripts and comments to the end, as a browser would', () => {
    assert.equal(stripTags('<p>Kept.</p><script>var a = 1; <p>not text</p>').text, 'Kept.');
    assert.equal(stripTags('<p>One.</p><!-- <p>hidden</p> --><p>Two.</p><!-- open').text, 'One.\n\nTwo.');
  });

  it('survives a parser that throws and markup that is not HTML at all', () => {
    const s = readArticle({ path: 'bad.html', text: '<<<>>>&&&;<p' }, { parseHtml: () => { throw new Error('boom'); } });
    assert.equal(typeof s.text, 'string');
    const empty = readArticle({ path: 'empty.html', text: '' }, { parseHtml: parseHTML });
    assert.equal(empty.text, '');
  });
});
