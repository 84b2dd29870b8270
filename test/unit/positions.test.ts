import * as assert from 'node:assert/strict';
import { findActors } from '../../src/core/extract/actors';
import { findPositions } from '../../src/core/extract/positions';
import type { Position, Source } from '../../src/core/model';
import { attributionsFrom, type Marked } from './sample.fixture';

function positionsOf(text: string, marks: Marked[]): { positions: Position[]; name: (id: string) => string } {
  const source: Source = { id: 'test', path: 'test.txt', title: '', format: 'text', text };
  const cast = findActors(source, attributionsFrom(text, marks));
  const positions = findPositions(source, cast.actors, cast.statements);
  return { positions, name: (id) => cast.actors.find((a) => a.id === id)?.name ?? id };
}

function has(result: { positions: Position[]; name: (id: string) => string }, actor: string, stance: string, topic: string): void {
  const list = result.positions.map((p) => `${result.name(p.actor)} ${p.stance} ${p.topic}`);
  assert.ok(list.includes(`${actor} ${stance} ${topic}`), `no “${actor} ${stance} ${topic}” in: ${list.join('; ')}`);
}

describe('positions: topics and stances', () => {
  it('reads “will not send … troops to X” as against troops in X', () => {
    const text = 'The alliance will not send combat troops to Moldova, Maria Olsen said.';
    has(positionsOf(text, [{ speaker: 'Maria Olsen', cue: 'said', kind: 'indirect', content: ['The alliance will not send combat troops to Moldova'] }]), 'Maria Olsen', 'against', 'combat troops in Moldova');
  });

  it('reads “reject” and “refuse” as against, and a ban rejected as for', () => {
    const text = 'The State Department said it would reject new sanctions. The Foreign Ministry said it refused any ban on EU membership.';
    const r = positionsOf(text, [
      { speaker: 'The State Department', cue: 'said', kind: 'indirect', content: ['it would reject new sanctions'] },
      { speaker: 'The Foreign Ministry', cue: 'said', kind: 'indirect', content: ['it refused any ban on EU membership'] },
    ]);
    has(r, 'State Department', 'against', 'new sanctions');
    // The topic names the actor by its full name, so "EU membership" and "European Union membership" meet.
    has(r, 'Foreign Ministry', 'for', 'European Union membership');
  });

  it('reads “no compromise on” and “not ready to compromise on” as for', () => {
    const text = 'Maria Olsen says there will be no compromise on NATO enlargement.';
    has(positionsOf(text, [{ speaker: 'Maria Olsen', cue: 'says', kind: 'indirect', content: ['there will be no compromise on NATO enlargement'] }]), 'Maria Olsen', 'for', 'NATO enlargement');
  });

  it('names the topic the same for every actor: “the bloc’s expansion” and “NATO to end expansion”', () => {
    const text = 'NATO met in Brussels. Maria Olsen said the bloc’s expansion must go on. Ivan Orlov said the demand for NATO to end expansion stood.';
    const r = positionsOf(text, [
      { speaker: 'Maria Olsen', cue: 'said', kind: 'indirect', content: ['the bloc’s expansion must go on'] },
      { speaker: 'Ivan Orlov', cue: 'said', kind: 'indirect', content: ['the demand for NATO to end expansion stood'] },
    ]);
    has(r, 'Maria Olsen', 'for', 'NATO expansion');
    has(r, 'Ivan Orlov', 'against', 'NATO expansion');
  });

  it('counts a spokesperson’s statement for the organization the text ties them to', () => {
    const text = 'Kremlin spokesman Ivan Orlov said Moscow would reject the sanctions.';
    const r = positionsOf(text, [{ speaker: 'Kremlin spokesman Ivan Orlov', cue: 'said', kind: 'indirect', content: ['Moscow would reject the sanctions'] }]);
    has(r, 'Ivan Orlov', 'against', 'sanctions');
    has(r, 'Kremlin', 'against', 'sanctions');
  });

  it('carries the topic over to “that issue” in the next statement', () => {
    const text = 'Ivan Orlov said Russia would oppose NATO expansion. Kremlin spokesman Oleg Petrov called that issue “a red line”.';
    const r = positionsOf(text, [
      { speaker: 'Ivan Orlov', cue: 'said', kind: 'indirect', content: ['Russia would oppose NATO expansion'] },
      { speaker: 'Kremlin spokesman Oleg Petrov', cue: 'called', kind: 'direct', content: ['a red line'] },
    ]);
    has(r, 'Ivan Orlov', 'against', 'NATO expansion');
    has(r, 'Oleg Petrov', 'against', 'NATO expansion');
  });

  it('counts a cue that is itself a stance: “would reject “proposals such as a ban on X””', () => {
    const text = 'The Foreign Ministry said on Monday that the plan was late, and that it would reject “proposals that are non-starters,” such as a ban on EU enlargement.';
    const r = positionsOf(text, [
      { speaker: 'The Foreign Ministry', cue: 'said', kind: 'mixed', content: ['the plan was late, and that it would reject “proposals that are non-starters,”'] },
      { speaker: 'it', cue: 'reject', kind: 'direct', speakerForm: 'pronoun', content: ['proposals that are non-starters,'] },
    ]);
    const stances = r.positions.filter((p) => p.topic === 'European Union enlargement').map((p) => p.stance);
    assert.ok(stances.length > 0 && stances.every((x) => x === 'for'), stances.join(', '));
  });

  it('backs every position with the ids of its statements', () => {
    const text = 'Maria Olsen said the alliance would not send troops to Moldova. Later Maria Olsen said again that no troops would go to Moldova.';
    const r = positionsOf(text, [{ speaker: 'Maria Olsen', cue: 'said', kind: 'indirect', content: ['the alliance would not send troops to Moldova'] }]);
    for (const p of r.positions) assert.ok(p.statements.length > 0 && p.statements.every((s) => s.startsWith('test#')));
  });

  it('takes no stance where the words give none', () => {
    const text = 'Maria Olsen said the troops arrived on Monday.';
    const r = positionsOf(text, [{ speaker: 'Maria Olsen', cue: 'said', kind: 'indirect', content: ['the troops arrived on Monday'] }]);
    assert.deepEqual(r.positions, []);
  });

  it('finds the topic of a statement inside a sentence far longer than it reads around a statement', () => {
    // No sentence ends for thousands of characters: each statement is read within its reach.
    const filler = Array.from({ length: 80 }, (_, i) => `the committee met in room ${i + 1}`).join(', and ');
    const text = `${filler}, and Maria Olsen said the alliance will not send combat troops to Moldova, and ${filler}.`;
    has(positionsOf(text, [{ speaker: 'Maria Olsen', cue: 'said', kind: 'indirect', content: ['the alliance will not send combat troops to Moldova'] }]), 'Maria Olsen', 'against', 'combat troops in Moldova');
  });
});

describe('positions: any input', () => {
  it('never throws and backs every position with a known statement and actor', async () => {
    const fc = await import('fast-check');
    const pieces = ['NATO', ' will not', ' send', ' troops', ' to ', 'Ukraine', ' reject', ' the ', 'ban on ', 'expansion', ' that issue', '. ', ', but ', ' such as ', '“', '”', ' Maria Olsen', ' said', ' proposals', ' arms control'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), fc.nat(), (parts, cut) => {
      const text = parts.join('');
      const at = text.length ? cut % text.length : 0;
      const source: Source = { id: 't', path: 't.txt', title: '', format: 'text', text };
      const cast = findActors(source, text.length ? [{ speakerSpan: { start: 0, end: Math.min(4, text.length) }, speakerForm: 'name', cue: null, content: [{ start: at, end: text.length }], kind: 'indirect' }] : []);
      const positions = findPositions(source, cast.actors, cast.statements);
      assert.deepEqual(positions, findPositions(source, cast.actors, cast.statements));
      for (const p of positions) {
        assert.ok(cast.actors.some((a) => a.id === p.actor));
        assert.ok(p.statements.every((id) => cast.statements.some((s) => s.id === id)));
      }
    }), { numRuns: 300 });
  });
});
