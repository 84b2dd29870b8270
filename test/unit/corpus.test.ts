import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import type { Actor, Extraction, Statement } from '../../src/core/model';

// Hand-built single-source extractions, so merging is tested apart from extraction.
function person(id: string, name: string, aliases: string[] = [], extra: Partial<Actor> = {}): Actor {
  return { id, name, kind: 'person', aliases: [name, ...aliases], mentions: [], ...extra };
}
function country(id: string, name: string, aliases: string[] = []): Actor {
  return { id, name, kind: 'country', aliases: [name, ...aliases], mentions: [] };
}
function said(source: string, at: number, speaker: string): Statement {
  return { id: `${source}#${at}`, source, speaker, speakerSpan: null, cue: null, content: [{ start: at, end: at + 1 }], text: 'x', kind: 'indirect' };
}
function extraction(id: string, actors: Actor[], statements: Statement[] = []): Extraction {
  const withMentions = actors.map((a) => ({ ...a, mentions: [{ source: id, start: 0, end: 1 }] }));
  return { version: 1, sources: [{ id, path: `${id}.txt`, title: id, format: 'text', text: 'x'.repeat(100) }], actors: withMentions, statements, positions: [] };
}

describe('corpus: merging actors across sources', () => {
  it('merges one person named in two sources and remaps statements, affiliations and positions', () => {
    const c = new Corpus();
    const a = extraction('a', [person('maria-olsen', 'Maria Olsen', ['Olsen'], { role: 'Secretary General', affiliation: 'nato' }), { id: 'nato', name: 'NATO', kind: 'organization', aliases: ['NATO'], mentions: [] }], [said('a', 5, 'maria-olsen')]);
    a.positions.push({ id: 'a#position-1', actor: 'maria-olsen', topic: 'sanctions', stance: 'for', summary: '', statements: ['a#5'] });
    c.put(a);
    c.put(extraction('b', [person('olsen', 'Maria Olsen', ['Secretary General Maria Olsen'])], [said('b', 7, 'olsen')]));
    const marias = c.actors.filter((x) => x.name === 'Maria Olsen');
    assert.equal(marias.length, 1);
    const maria = marias[0] as Actor;
    assert.equal(maria.id, 'maria-olsen');
    assert.equal(maria.mentions.length, 2);
    assert.equal(maria.affiliation, 'nato');
    assert.ok(maria.aliases.includes('Secretary General Maria Olsen'));
    assert.deepEqual(c.statementsOf('maria-olsen').map((s) => s.id), ['a#5', 'b#7']);
    assert.equal(c.positionsOf('maria-olsen').length, 1);
  });

  it('pools one actor’s position on one topic across sources', () => {
    const c = new Corpus();
    const a = extraction('a', [person('maria-olsen', 'Maria Olsen')], [said('a', 1, 'maria-olsen')]);
    a.positions.push({ id: 'a#position-1', actor: 'maria-olsen', topic: 'NATO expansion', stance: 'for', summary: '', statements: ['a#1'] });
    const b = extraction('b', [person('olsen', 'Maria Olsen')], [said('b', 2, 'olsen'), said('b', 3, 'olsen')]);
    b.positions.push({ id: 'b#position-1', actor: 'olsen', topic: 'NATO expansion', stance: 'for', summary: '', statements: ['b#2', 'b#3'] });
    c.put(a);
    c.put(b);
    const positions = c.positionsOf('maria-olsen');
    assert.equal(positions.length, 1);
    assert.deepEqual(positions[0]?.statements, ['a#1', 'b#2', 'b#3']);
    assert.equal(positions[0]?.stance, 'for');
  });

  it('merges a one-word name with the only person of that surname', () => {
    const c = new Corpus();
    c.put(extraction('a', [person('maria-olsen', 'Maria Olsen')]));
    c.put(extraction('b', [person('olsen', 'Olsen')], [said('b', 3, 'olsen')]));
    assert.equal(c.actors.length, 1);
    assert.equal(c.getStatement('b#3')?.speaker, 'maria-olsen');
  });

  it('never merges by a surname that two people share', () => {
    const c = new Corpus();
    c.put(extraction('a', [person('bill-clinton', 'Bill Clinton'), person('hillary-clinton', 'Hillary Clinton')]));
    c.put(extraction('b', [person('clinton', 'Clinton')], [said('b', 3, 'clinton')]));
    assert.deepEqual(c.actors.map((x) => x.id).sort(), ['bill-clinton', 'clinton', 'hillary-clinton']);
    assert.equal(c.getStatement('b#3')?.speaker, 'clinton');
  });

  it('tells two people of one surname apart by role', () => {
    const c = new Corpus();
    c.put(extraction('a', [person('barack-doe', 'Barack Doe', [], { role: 'President' }), person('michelle-doe', 'Michelle Doe')]));
    c.put(extraction('b', [person('doe', 'Doe', ['President Doe'], { role: 'President' })], [said('b', 3, 'doe')]));
    assert.equal(c.getStatement('b#3')?.speaker, 'barack-doe');
    assert.equal(c.actors.length, 2);
  });

  it('merges a country by any of its proper names, and keeps “the alliance” per source', () => {
    const c = new Corpus();
    c.put(extraction('a', [country('united-states', 'United States', ['Washington', 'US'])]));
    c.put(extraction('b', [country('us', 'US')]));
    c.put(extraction('c', [{ id: 'nato', name: 'NATO', kind: 'organization', aliases: ['NATO', 'the alliance'], mentions: [] }]));
    c.put(extraction('d', [{ id: 'eu', name: 'European Union', kind: 'organization', aliases: ['European Union', 'the alliance'], mentions: [] }]));
    assert.equal(c.actors.filter((x) => x.kind === 'country').length, 1);
    assert.equal(c.actors.filter((x) => x.kind === 'organization').length, 2);
  });

  it('keeps unnamed groups apart per source', () => {
    const c = new Corpus();
    const group: Actor = { id: 'unnamed-officials', name: 'unnamed officials', kind: 'group', aliases: ['officials'], mentions: [] };
    c.put(extraction('a', [group], [said('a', 1, 'unnamed-officials')]));
    c.put(extraction('b', [group], [said('b', 1, 'unnamed-officials')]));
    assert.equal(c.actors.length, 2);
    assert.notEqual(c.getStatement('a#1')?.speaker, c.getStatement('b#1')?.speaker);
  });

  it('gives the same output whatever order sources arrive in', () => {
    const parts = [
      extraction('a', [person('maria-olsen', 'Maria Olsen'), country('russia', 'Russia', ['Moscow'])], [said('a', 1, 'maria-olsen')]),
      extraction('b', [person('olsen', 'Olsen'), country('russia', 'Russia')], [said('b', 2, 'olsen')]),
      extraction('c', [person('ivan-orlov', 'Ivan Orlov', [], { affiliation: 'moscow' }), country('moscow', 'Russia', ['Moscow'])], [said('c', 3, 'ivan-orlov')]),
    ];
    const one = new Corpus();
    for (const p of parts) one.put(p);
    const two = new Corpus();
    for (const p of [...parts].reverse()) two.put(p);
    assert.deepEqual(one.snapshot(), two.snapshot());
  });

  it('redoes only the changed source: an update replaces its statements and leaves the others alone', () => {
    const c = new Corpus();
    c.upsert({ id: 'a', path: 'a.txt', text: 'Title\n\nMaria Olsen said the plan would fail.', format: 'text' });
    c.upsert({ id: 'b', path: 'b.txt', text: 'Title\n\nIvan Orlov met Maria Olsen.', format: 'text' });
    const before = c.getSource('b');
    const version = c.version;
    c.upsert({ id: 'a', path: 'a.txt', text: 'Title\n\nIvan Orlov said the plan would pass.', format: 'text' });
    assert.ok(c.version > version);
    assert.equal(c.getSource('b'), before, 'the other source is the same object: not extracted again');
    assert.ok(c.getSource('a')?.text.includes('pass'));
    assert.equal(c.sources.length, 2);
    assert.ok(c.remove('a'));
    assert.equal(c.has('a'), false);
    assert.ok(c.statements.every((s) => s.source === 'b'));
  });

  it('gives every statement speaker and affiliation an actor that exists', () => {
    const c = new Corpus();
    c.upsert({ id: 'a', path: 'a.txt', text: 'NATO chief speaks\n\nKremlin spokesman Ivan Orlov said the US erred, and “we are ready,” he added.', format: 'text' });
    c.upsert({ id: 'b', path: 'b.txt', text: 'Talks\n\nIvan Orlov said Washington was wrong. Officials said nothing changed.', format: 'text' });
    for (const s of c.statements) if (s.speaker) assert.ok(c.getActor(s.speaker), `no actor ${s.speaker}`);
    for (const a of c.actors) if (a.affiliation) assert.ok(c.getActor(a.affiliation), `no actor ${a.affiliation}`);
    for (const p of c.positions) assert.ok(c.getActor(p.actor));
    assert.equal(c.actors.filter((a) => a.name === 'Ivan Orlov').length, 1);
  });
});
