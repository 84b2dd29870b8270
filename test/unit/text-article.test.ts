import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readArticle, formatOfPath } from '../../src/core/text/article';
import { findChrome, linesOf } from '../../src/core/text/chrome';
import { parseDate } from '../../src/core/text/dates';
import type { Source } from '../../src/core/model';

const chromeTexts = (s: Source): string[] => (s.chrome ?? []).map((c) => s.text.slice(c.start, c.end));

const PAGE = [
  'Council votes to widen the harbour',
  '',
  'The city council voted on Thursday to widen the harbour, the mayor said.',
  '',
  'Read more',
  'Photo: Maria Lopez / City Archive',
  'Harbour traffic doubles in ten years',
  'Ferry operators warn of delays',
  '',
  '“We cannot wait any longer,” Mayor Tom Ellis told reporters.',
  '',
  'Advertisement',
  'Subscribe to our morning newsletter',
  'Sign up for breaking news alerts',
  'Share this article',
  '© Reuters / John Smith',
  'The new quay opens in May (AP Photo/Jane Doe)',
  '',
  'Related:',
  'Port authority names new chief',
  '',
  'Post a Comment',
].join('\n');

describe('text/article', () => {
  it('takes the first line of a plain-text article as its title', () => {
    const s = readArticle({ path: 'a.txt', text: '\n  Storm hits the coast  \n\nBody.' });
    assert.equal(s.title, 'Storm hits the coast');
    assert.equal(s.format, 'text');
  });

  it('keeps a CRLF text as it is: offsets of chrome and title stay right', () => {
    const text = PAGE.replace(/\n/g, '\r\n');
    const s = readArticle({ path: 'page.txt', text });
    assert.equal(s.text, text);
    assert.equal(s.title, 'Council votes to widen the harbour');
    const found = chromeTexts(s);
    assert.ok(found.includes('Read more'));
    assert.ok(found.includes('Post a Comment'));
    for (const c of s.chrome ?? []) assert.ok(!/[\r\n]/.test(text.slice(c.start, c.end)), 'a chrome span holds no line break');
  });

  it('finds page chrome: links, credits and captions, related headlines, prompts, share buttons, ads', () => {
    const s = readArticle({ path: 'page.txt', text: PAGE });
    assert.deepEqual(chromeTexts(s), [
      'Read more',
      'Photo: Maria Lopez / City Archive',
      'Harbour traffic doubles in ten years',
      'Ferry operators warn of delays',
      'Advertisement',
      'Subscribe to our morning newsletter',
      'Sign up for breaking news alerts',
      'Share this article',
      '© Reuters / John Smith',
      'The new quay opens in May (AP Photo/Jane Doe)',
      'Related:',
      'Port authority names new chief',
      'Post a Comment',
    ]);
  });

  it('never takes prose for chrome', () => {
    const prose = [
      'Leaders meet in Geneva',
      '',
      'Read more about the plan, officials said, in a statement released on Monday.',
      'The minister said the plan would be shared with allies.',
      'Comments from the minister were welcomed by the opposition.',
      'Subscribers to the service complained, the company said.',
      'A short line without a full stop',
    ].join('\n');
    assert.deepEqual(findChrome(prose), []);
  });

  it('takes only the credit out of a long paragraph that ends with one', () => {
    const para = 'The mayor, who has led the city since 2015, opened the new quay on Monday in front of a crowd of several hundred residents and workers (AP Photo/Jane Doe)';
    assert.deepEqual(findChrome(`Title\n\n${para}`).map((c) => `Title\n\n${para}`.slice(c.start, c.end)), ['(AP Photo/Jane Doe)']);
  });

  it('labels each kind of chrome', () => {
    const kinds = findChrome('Title\nRead more\nNew headline here\n\nAdvertisement\nTweet\nPhoto: X\nSubscribe now\n3 comments').map((c) => c.kind);
    assert.deepEqual(kinds, ['link', 'related', 'ad', 'share', 'credit', 'prompt', 'comments']);
  });

  it('reads a "Read more: headline" line as one related link', () => {
    const text = 'Title\n\nBody text here.\nRead more: Allies split over the new treaty\n';
    assert.deepEqual(chromeTexts(readArticle({ path: 'x.txt', text })), ['Read more: Allies split over the new treaty']);
  });

  it('gives lines with offsets for every kind of line end', () => {
    const lines = linesOf('a\r\nbb\ncc\rd');
    assert.deepEqual(lines.map((l) => [l.start, l.end, l.text]), [[0, 1, 'a'], [3, 5, 'bb'], [6, 8, 'cc'], [9, 10, 'd']]);
  });

  it('reads the published date and the publisher where the text says them', () => {
    const text = 'Budget passes\n\nPublished: March 3, 2021\n\nLONDON (Reuters) — The budget passed on Wednesday.\n';
    const s = readArticle({ path: 'b.txt', text });
    assert.equal(s.published, '2021-03-03');
    assert.equal(s.publisher, 'Reuters');
    const undated = readArticle({ path: 'c.txt', text: 'Title\n\nThe treaty of 12 May 1998 was signed in a hall, he said on 3 June 2001 at length in a speech to parliament.\n' });
    assert.equal(undated.published, undefined);
  });

  it('takes a line that is only a date as the date, but not a caption or markup that holds one', () => {
    assert.equal(readArticle({ path: 'd.txt', text: 'T\n\nBody text, he said.\n\nFriday, December 4, 2015.\n' }).published, '2015-12-04');
    assert.equal(readArticle({ path: 'd.txt', text: 'T\nTue 25 January 2022 10:02 GMT\nBody.' }).published, '2022-01-25');
    assert.equal(readArticle({ path: 'd.txt', text: 'T\n\nOct. 31, 2012 The famous hug.\n' }).published, undefined);
    assert.equal(readArticle({ path: 'd.txt', text: 'T\n\n<tweet tweet-date="January 19, 2016\n' }).published, undefined);
  });

  it('prefers the published date to the updated one', () => {
    const s = readArticle({ path: 'b.txt', text: 'T\nUpdated 10:02 AM ET, Tue January 25, 2022\nFirst published: 24 January 2022\nBody.' });
    assert.equal(s.published, '2022-01-24');
  });

  it('reads Markdown: the # heading as title, front matter as metadata and chrome, image lines as chrome', () => {
    const text = '---\ntitle: "Talks resume"\ndate: 2022-02-01\npublisher: The Ledger\n---\n\n![A photo](img.jpg)\n\n# Talks resume in Vienna\n\nDiplomats said talks would resume.\n';
    const s = readArticle({ path: 'n.md', text });
    assert.equal(s.format, 'markdown');
    assert.equal(s.title, 'Talks resume');
    assert.equal(s.published, '2022-02-01');
    assert.equal(s.publisher, 'The Ledger');
    assert.deepEqual(chromeTexts(s), [text.slice(0, text.indexOf('---\n\n') + 3), '![A photo](img.jpg)']);
    const plain = readArticle({ path: 'n.markdown', text: 'Intro line\n\n# The **real** title\n' });
    assert.equal(plain.title, 'The real title');
    assert.equal(readArticle({ path: 'n.md', text: '## Only a subheading\ntext' }).title, 'Only a subheading');
  });

  it('reads Markdown chrome through its link, list and emphasis marks', () => {
    const text = '# Budget talks stall\n\nThe minister said talks had stalled.\n\n**Read more**\n* [Unions plan a national strike](https://example.org/a)\n\n[Subscribe to our newsletter](https://example.org/s)\n\nA [linked phrase](https://example.org/b) in prose stays.\n';
    const s = readArticle({ path: 'n.md', text });
    assert.deepEqual(chromeTexts(s), ['**Read more**', '* [Unions plan a national strike](https://example.org/a)', '[Subscribe to our newsletter](https://example.org/s)']);
  });

  it('tells the format from the extension, or from the content when the extension says nothing', () => {
    assert.equal(formatOfPath('a/b/News.HTM'), 'html');
    assert.equal(formatOfPath('file:///x/y.md?query'), 'markdown');
    assert.equal(formatOfPath('notes'), undefined);
    assert.equal(formatOfPath('dir.v2/notes'), undefined);
    assert.equal(readArticle({ path: 'untitled:1', text: '<!doctype html><title>T</title><p>Hi.</p>' }).format, 'html');
    assert.equal(readArticle({ path: 'a.txt', text: '<!doctype html><p>kept as text</p>' }).format, 'text');
  });

  it('finds the chrome of the shipped sample article and nothing else there', () => {
    // The rules are generic (none names this article); this checks them on a real saved page.
    const path = join(resolve(__dirname, '..', '..', '..'), 'media', 'sample', 'nato-stoltenberg-combat-troops.txt');
    const text = readFileSync(path, 'utf8');
    const s = readArticle({ path, text });
    assert.equal(s.title, text.split('\n', 1)[0]);
    const found = chromeTexts(s);
    assert.equal(found.length, 4, found.join(' | '));
    assert.deepEqual(found.filter((t) => /^(?:Read more|Post a Comment)$/.test(t)).length, 2);
    assert.ok(found.some((t) => t.startsWith('© ')), 'the photo credit');
    const related = found.find((t) => !/^(?:Read more|Post a Comment|© )/.test(t)) ?? '';
    assert.ok(text.indexOf(related) > text.indexOf('Read more'), 'the related headline sits under "Read more"');
  });

  it('parses only unambiguous dates', () => {
    assert.equal(parseDate('2022-01-25T10:00:00Z'), '2022-01-25');
    assert.equal(parseDate('Jan. 5, 2020'), '2020-01-05');
    assert.equal(parseDate('Sept 30th, 2019'), '2019-09-30');
    assert.equal(parseDate('31 February 2020'), undefined);
    assert.equal(parseDate('01/02/2020'), undefined);
  });
});
