import * as assert from 'node:assert/strict';
import type { Actor, Position, Statement } from '../../src/core/model';
import { applyCorrections, emptyCorrections, parseCorrections, serializeCorrections, withCorrection } from '../../src/core/corrections';

function actor(id: string, name: string, aliases: string[] = []): Actor {
  return { id, name, kind: 'person', aliases: [name, ...aliases], mentions: [{ source: 's', start: 0, end: name.length }] };
}
function statement(id: string, speaker: string | null): Statement {
  return { id, source: 's', speaker, speakerSpan: null, cue: null, content: [{ start: 0, end: 1 }], text: 'x', kind: 'direct' };
}
function position(id: string, actorId: string): Position {
  return { id, actor: actorId, topic: 't', stance: 'for', summary: '', statements: [] };
}

const data = {
  actors: [actor('a1', 'Jens Stoltenberg', ['Stoltenberg']), actor('a2', 'NATO chief'), actor('a3', 'Reuters')],
  statements: [statement('s1', 'a1'), statement('s2', 'a2'), statement('s3', 'a3'), statement('s4', null)],
  positions: [position('p1', 'a2'), position('p2', 'a3')],
};

describe('corrections', () => {
  it('parses an empty file as no corrections', () => {
    assert.deepEqual(parseCorrections('  \n'), { ok: true, corrections: emptyCorrections() });
  });

  it('reports malformed JSON with a line and column', () => {
    const result = parseCorrections('{\n  "rename": { "a": "b", }\n}');
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error, /not valid JSON/);
  });

  it('rejects fields of the wrong shape', () => {
    assert.equal(parseCorrections('{"hide": "Reuters"}').ok, false);
    assert.equal(parseCorrections('{"rename": {"a": 3}}').ok, false);
    assert.equal(parseCorrections('[]').ok, false);
    assert.equal(parseCorrections('{"renames": {}}').ok, false);
  });

  it('round-trips through its file text', () => {
    let c = emptyCorrections();
    c = withCorrection(c, { kind: 'rename', actor: 'Stoltenberg', name: 'J. Stoltenberg' });
    c = withCorrection(c, { kind: 'merge', actor: 'NATO chief', into: 'Jens Stoltenberg' });
    c = withCorrection(c, { kind: 'hide', actor: 'Reuters' });
    c = withCorrection(c, { kind: 'hide', actor: 'Reuters' });
    const parsed = parseCorrections(serializeCorrections(c));
    assert.ok(parsed.ok);
    if (parsed.ok) assert.deepEqual(parsed.corrections, c);
    assert.deepEqual(c.hide, ['Reuters']);
  });

  it('without corrections changes nothing', () => {
    const view = applyCorrections(data, emptyCorrections());
    assert.deepEqual(view.actors.map((a) => a.name), ['Jens Stoltenberg', 'NATO chief', 'Reuters']);
    assert.deepEqual(view.statements.map((s) => s.speaker), ['a1', 'a2', 'a3', null]);
  });

  it('merges an actor into another: statements, positions, aliases and mentions follow', () => {
    const view = applyCorrections(data, { rename: {}, merge: { 'nato CHIEF': 'Stoltenberg' }, hide: [] });
    assert.deepEqual(view.actors.map((a) => a.id), ['a1', 'a3']);
    const jens = view.actors[0] as Actor;
    assert.ok(jens.aliases.includes('NATO chief'));
    assert.equal(jens.mentions.length, 2);
    assert.deepEqual(view.statements.map((s) => s.speaker), ['a1', 'a1', 'a3', null]);
    assert.deepEqual(view.positions.map((p) => p.actor), ['a1', 'a3']);
    assert.equal(data.actors[0]?.aliases.includes('NATO chief'), false, 'the input is not changed');
  });

  it('renames, keeping the old name as an alias', () => {
    const view = applyCorrections(data, { rename: { a3: 'Reuters news agency' }, merge: {}, hide: [] });
    const reuters = view.actors.find((a) => a.id === 'a3') as Actor;
    assert.equal(reuters.name, 'Reuters news agency');
    assert.ok(reuters.aliases.includes('Reuters'));
  });

  it('hides an actor and its positions', () => {
    const view = applyCorrections(data, { rename: {}, merge: {}, hide: ['Reuters'] });
    assert.deepEqual(view.actors.map((a) => a.id), ['a1', 'a2']);
    assert.equal(view.statements[2]?.speaker, null);
    assert.deepEqual(view.positions.map((p) => p.id), ['p1']);
    assert.equal(view.actorIds.get('a3'), null);
  });

  it('ignores unknown names and merge cycles', () => {
    const view = applyCorrections(data, { rename: { Nobody: 'X' }, merge: { a1: 'a2', a2: 'a1' }, hide: ['Ghost'] });
    assert.equal(view.actors.length, 2);
  });
});
