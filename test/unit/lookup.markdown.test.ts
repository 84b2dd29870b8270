import * as assert from 'node:assert/strict';
import { commandUri, escapeMarkdown, truncate } from '../../src/core/markdown';

/** What a Markdown renderer would show for escaped text: backslash escapes and entities undone. */
function rendered(escaped: string): string {
  return escaped
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('escapeMarkdown', () => {
  it('leaves plain words alone and renders back to the same text', () => {
    const text = 'Stoltenberg told CNN’s Christiane Amanpour “later this week”';
    assert.equal(escapeMarkdown(text), text);
    assert.equal(rendered(escapeMarkdown('a [b](c) `d` <e> & f')), 'a [b](c) `d` <e> & f');
  });

  it('disarms links, command links, images and raw HTML', () => {
    const hostile = '[click](command:workbench.action.terminal.new) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> <a href="command:x">y</a>';
    const out = escapeMarkdown(hostile);
    assert.ok(!/(^|[^\\])\[/.test(out), 'every [ is escaped');
    assert.ok(!/(^|[^\\])!/.test(out), 'every ! is escaped');
    assert.ok(!out.includes('<'), 'no raw angle bracket');
    assert.ok(!/(^|[^\\])\(/.test(out), 'every ( is escaped');
    assert.ok(!out.includes('https://'), 'no bare URL left for autolinking');
  });

  it('breaks autolinks, theme icons, code spans and block structure', () => {
    const out = escapeMarkdown('www.evil.example a@b.example $(zap) `code`\n# Heading\n\n- item\n| a | b |');
    assert.ok(!out.includes('www.evil'));
    assert.ok(!out.includes('a@'));
    assert.ok(!out.includes('$('));
    assert.ok(!/(^|[^\\])`/.test(out));
    assert.ok(!out.includes('\n'), 'one line');
    assert.ok(!/(^|[^\\])#/.test(out));
  });

  it('drops bidirectional overrides and zero-width characters', () => {
    assert.equal(escapeMarkdown('a\u202Eb\u200Bc'), 'abc');
  });
});

describe('truncate', () => {
  it('keeps short text and bounds long text with an ellipsis', () => {
    assert.equal(truncate('short', 10), 'short');
    const long = 'word '.repeat(10_000);
    const cut = truncate(long, 400);
    assert.ok(cut.length <= 400);
    assert.ok(cut.endsWith('…'));
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(300), 101);
    assert.ok(!/[\uD800-\uDBFF]…$/.test(cut));
  });
});

describe('commandUri', () => {
  it('encodes its one JSON argument', () => {
    const uri = commandUri('whoSaidWhat.revealActor', { actor: 'a) [x](y' });
    assert.ok(uri.startsWith('command:whoSaidWhat.revealActor?'));
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), { actor: 'a) [x](y' });
    assert.ok(!/[()[\] ]/.test(uri.slice(uri.indexOf('?'))));
  });
});
