import * as assert from 'node:assert/strict';
import type { Actor, Position, Source, Statement } from '../../src/core/model';
import { CARD_COMMANDS, QUOTE_LIMIT, actorCard, bestStatements, hoverCard, paragraphNumber, type CardReader } from '../../src/core/card';

function reader(actors: Actor[], sources: Source[], statements: Statement[], positions: Position[] = []): CardReader {
  return {
    getActor: (id) => actors.find((a) => a.id === id),
    getSource: (id) => sources.find((s) => s.id === id),
    statementsOf: (id) => statements.filter((s) => s.speaker === id),
    positionsOf: (id) => positions.filter((p) => p.actor === id),
  };
}

function source(id: string, text: string, published?: string, title = id): Source {
  return { id, path: `/sources/${id}.txt`, title, published, format: 'text', text };
}

function statement(id: string, src: Source, words: string, kind: Statement['kind'] = 'direct', speaker = 'a'): Statement {
  const start = src.text.indexOf(words);
  assert.ok(start >= 0, `${words} is in ${src.id}`);
  return {
    id, source: src.id, speaker, speakerSpan: null, cue: { start: 0, end: 4, text: 'told' }, addressee: 'CNN’s Christiane Amanpour',
    content: [{ start, end: start + words.length }], text: words, kind,
  };
}

/** Every Markdown link target in a card (escaped brackets are text, not links). */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[(?:[^\]\\]|\\.)*\]\(([^)\s]*)/g)].map((m) => m[1] as string);
}

const person: Actor = { id: 'a', name: 'Jens Stoltenberg', kind: 'person', role: 'Secretary General', affiliation: 'n', aliases: [], mentions: [] };
const nato: Actor = { id: 'n', name: 'NATO', kind: 'organization', aliases: [], mentions: [] };

describe('hover card', () => {
  const old = source('old', 'Title\n\nFirst “old direct words” here.\n\nAn old paraphrase here, he said.', '2021-05-01', 'Old story');
  const recent = source('new', 'Title\n\nIntro.\n\nThen “new direct words” here.', '2022-01-25', 'New story');
  const statements = [
    statement('s1', old, 'An old paraphrase here,', 'indirect'),
    statement('s2', old, 'old direct words'),
    statement('s3', recent, 'new direct words'),
  ];
  const positions: Position[] = [{ id: 'p', actor: 'a', topic: 'NATO expansion', stance: 'for', summary: '', statements: ['s3'] }];
  const read = reader([person, nato], [old, recent], statements, positions);

  it('orders quotes direct first, newest source first', () => {
    assert.deepEqual(bestStatements(read, 'a').map((s) => s.id), ['s3', 's2', 's1']);
  });

  it('shows name, kind, role · affiliation, positions, quotes with cue, venue, title, paragraph and date', () => {
    const card = actorCard(read, 'a', { maxQuotes: 3, draftUri: 'untitled:Untitled-1' });
    assert.ok(card.includes('$(person) **Jens Stoltenberg**'));
    assert.ok(card.includes('Secretary General · NATO'));
    assert.ok(card.includes('*for* NATO expansion'));
    assert.ok(card.includes('“new direct words”'));
    assert.ok(card.includes('*told CNN’s Christiane Amanpour*'));
    assert.ok(card.includes('New story · ¶ 3 · 2022\\-01\\-25'), card);
    assert.ok(card.indexOf('new direct words') < card.indexOf('old direct words'));
    assert.ok(card.includes('*(paraphrase)*'));
    assert.ok(card.includes('An old paraphrase here *(paraphrase)*'), 'no trailing punctuation from the reporter’s sentence');
  });

  it('links to the extension’s commands with encoded JSON arguments', () => {
    const card = actorCard(read, 'a', { maxQuotes: 1, draftUri: 'untitled:Untitled-1' });
    const targets = linkTargets(card);
    const decoded = targets.map((t) => {
      const [command, query] = t.replace(/^command:/, '').split('?') as [string, string];
      return [command, JSON.parse(decodeURIComponent(query))];
    });
    assert.deepEqual(decoded, [
      ['whoSaidWhat.openStatement', { statement: 's3' }],
      ['whoSaidWhat.insertQuote', { statement: 's3', uri: 'untitled:Untitled-1' }],
      ['whoSaidWhat.copyCitation', { statement: 's3' }],
      ['whoSaidWhat.revealActor', { actor: 'a' }],
      ['whoSaidWhat.revealActor', { actor: 'a' }],
    ]);
    assert.ok(card.includes('[+2 more]'));
  });

  it('leaves out Insert Quote without a draft and respects maxQuotes', () => {
    const card = actorCard(read, 'a', { maxQuotes: 2 });
    assert.ok(!card.includes('insertQuote'));
    assert.equal((card.match(/whoSaidWhat\.openStatement/g) ?? []).length, 2, 'two quotes, each with its Open in Source');
  });

  it('lists the actors sharing a name, the quoted ones first, and nothing for unknown ids', () => {
    const card = hoverCard(read, ['n', 'a', 'missing'], { maxQuotes: 3 });
    assert.ok(card.includes('**Jens Stoltenberg**'));
    assert.ok(!card.includes('**NATO**'), 'an actor with no statements gives way to one with');
    const unquoted: Actor = { ...nato, id: 'n2', name: 'NATO Two', mentions: [{ source: 'old', start: 0, end: 1 }] };
    const both = hoverCard(reader([nato, unquoted], [], []), ['n', 'n2'], { maxQuotes: 3 });
    assert.ok(both.indexOf('**NATO Two**') < both.indexOf('**NATO**'), 'the more mentioned first');
    assert.ok(both.includes('No sourced statements yet'));
    assert.equal(hoverCard(read, ['missing'], { maxQuotes: 3 }), '');
  });

  it('numbers paragraphs by blank lines, or by lines where there are none', () => {
    assert.equal(paragraphNumber(recent, recent.text.indexOf('new direct')), 3);
    const lines = source('l', 'one\ntwo\nthree');
    assert.equal(paragraphNumber(lines, lines.text.indexOf('three')), 3);
  });

  it('keeps a hostile article inert and the card bounded', () => {
    const hostile = [
      'Evil [run me](command:workbench.action.terminal.new?%5B%5D) and [site](https://evil.example)',
      '![pixel](https://evil.example/track.png) <img src="https://evil.example/x.png"> <script>alert(1)</script>',
      '<a href="command:whoSaidWhat.revealActor">x</a> `code` $(zap) www.evil.example',
      'huge ' + 'A'.repeat(50_000),
    ].join(' ');
    const src = source('h', `Title\n\n“${hostile}”`, '2022-01-01', '[Title](command:evil) <b>bold</b>');
    const evilActor: Actor = { id: 'e', name: '![x](https://evil.example/a.png)', kind: 'person', role: '<img src=x>', aliases: [], mentions: [] };
    const st = { ...statement('h1', src, hostile, 'direct', 'e'), addressee: '[venue](command:evil)' };
    const card = hoverCard(reader([evilActor], [src], [st]), ['e'], { maxQuotes: 3, draftUri: 'untitled:x' });
    for (const target of linkTargets(card)) {
      assert.match(target, /^command:whoSaidWhat\.[a-zA-Z]+\?[^()\s]*$/);
      assert.ok(CARD_COMMANDS.includes(target.slice(8, target.indexOf('?')) as (typeof CARD_COMMANDS)[number]), target);
    }
    assert.equal(linkTargets(card).length, 4, "Open, Insert, Copy, Show: ours only");
    assert.ok(!card.includes('<'), 'no raw HTML');
    assert.ok(!/(?<!\\)!\[/.test(card), 'no image');
    assert.ok(!card.includes('https://'), 'no bare address to autolink');
    assert.ok(!/(?<!\\)`/.test(card), 'no code span');
    assert.ok(!card.includes('$(zap)'), 'no icon from content');
    assert.ok(card.length < QUOTE_LIMIT * 3 + 2000, `card has ${card.length} characters`);
  });
});
