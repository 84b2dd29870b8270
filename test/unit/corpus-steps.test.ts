import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MERGED_NAME, parseMergedSteps, serializeMerged } from '../../src/core/cache';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { extractSource } from '../../src/core/extract';
import type { Actor, ActorKind, Extraction, Statement } from '../../src/core/model';

// Small made-up sources whose actors share names, surnames, acronyms and roles, so every merging
// rule (full names, one-word surnames, shared surnames, aliases, groups) comes into play.
const NAMES: Array<[string, ActorKind, string[], string?]> = [
  ['Maria Olsen', 'person', []],
  ['Olsen', 'person', []],
  ['Peter Olsen', 'person', [], 'Minister'],
  ['Olsen', 'person', [], 'Minister'],
  ['Hillary Rodham Clinton', 'person', []],
  ['Hillary Clinton', 'person', ['Clinton']],
  ['Clinton', 'person', []],
  ['North Atlantic Treaty Organization', 'organization', ['NATO']],
  ['NATO', 'organization', ['the alliance']],
  ['United States', 'country', ['U.S.', 'US']],
  ['U.S.', 'country', []],
  ['officials', 'group', []],
];

function source(id: string, picks: number[]): Extraction {
  const actors: Actor[] = [];
  const statements: Statement[] = [];
  const positions: Extraction['positions'] = [];
  [...new Set(picks)].forEach((pick, i) => {
    const [name, kind, aliases, role] = NAMES[pick % NAMES.length] as (typeof NAMES)[number];
    const local = `${id}-a${i}`;
    const affiliation = i > 0 && pick % 4 === 0 ? { affiliation: `${id}-a0` } : {};
    actors.push({ id: local, name, kind, aliases: [name, ...aliases], mentions: [{ source: id, start: i, end: i + 1 }], ...(role ? { role } : {}), ...affiliation });
    const statement = `${id}#${i}`;
    statements.push({ id: statement, source: id, speaker: local, speakerSpan: null, cue: null, content: [{ start: i, end: i + 1 }], text: 'x', kind: 'indirect' });
    positions.push({ id: `${id}#p${i}`, actor: local, topic: i % 2 ? 'sanctions' : 'NATO expansion', stance: pick % 3 ? 'for' : 'against', summary: '', statements: [statement] });
  });
  return { version: 1, sources: [{ id, path: `${id}.txt`, title: id, format: 'text', text: `text of ${id}` }], actors, statements, positions };
}

const sourcesArb = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), picks: fc.array(fc.nat({ max: NAMES.length - 1 }), { minLength: 1, maxLength: 5 }) }),
  { selector: (s) => s.id, minLength: 1, maxLength: 6 },
);

function fresh(extractions: Extraction[]): Extraction {
  const c = new Corpus();
  for (const x of extractions) c.put(x, `k-${x.sources[0]?.id}`);
  return c.snapshot();
}

function drain(c: Corpus): { result: Extraction; steps: number } {
  const steps = c.mergeSteps();
  let n = 0;
  for (let step = steps.next(); ; step = steps.next(), n++) if (step.done) return { result: step.value, steps: n };
}

describe('corpus: merging in steps, incrementally, and from a saved merge', () => {
  it('a sequence of puts, replacements and removes ends equal to a fresh merge of the final sources, in any order', () => {
    fc.assert(
      fc.property(sourcesArb, sourcesArb, fc.array(fc.nat(), { maxLength: 4 }), fc.integer(), (initial, replacements, removals, seed) => {
        const c = new Corpus();
        const order = [...initial].sort((x, y) => ((x.id.charCodeAt(0) * seed) % 7) - ((y.id.charCodeAt(0) * seed) % 7));
        const final = new Map<string, Extraction>();
        for (const s of order) {
          const x = source(s.id, s.picks);
          c.put(x);
          final.set(s.id, x);
          c.snapshot(); // merged between changes, as the views do
        }
        for (const s of replacements) {
          const x = source(s.id, s.picks);
          c.put(x);
          final.set(s.id, x);
        }
        for (const r of removals) {
          const ids = [...final.keys()].sort();
          const id = ids[r % Math.max(1, ids.length)];
          if (id === undefined) continue;
          c.remove(id);
          final.delete(id);
          c.snapshot();
        }
        assert.deepEqual(drain(c).result, fresh([...final.values()].reverse()));
      }),
      { numRuns: 300 },
    );
  });

  it('after one source changes, merges again only the actors that share a name, alias or surname with it', () => {
    const c = new Corpus();
    for (let i = 0; i < 50; i++) c.put(source(`s${String(i).padStart(2, '0')}`, [i % 5 === 0 ? 11 : 9]));
    c.put(source('t', [7]));
    c.snapshot();
    c.put(source('t', [8]));
    c.snapshot();
    // NATO's two actors (the old and the new), not the fifty sources' countries and groups.
    assert.ok(c.lastRemerged <= 2, `re-merged ${c.lastRemerged} actors`);
  });

  it('merges real articles incrementally exactly as from scratch', function () {
    const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'polnear', 'train', 'text');
    if (!existsSync(dir)) this.skip(); // ../shared/corpus is absent here
    this.timeout(30000); // 120 articles extracted on a shared machine
    const files = readdirSync(dir).sort().slice(0, 120);
    const extractions = files.map((f) => extractSource({ id: f, path: f, text: readFileSync(join(dir, f), 'utf8') }));
    const c = new Corpus();
    extractions.forEach((x, i) => {
      c.put(x);
      if (i % 30 === 29) c.snapshot();
    });
    c.snapshot();
    const kept = extractions.filter((_, i) => i % 7 !== 3);
    extractions.forEach((x, i) => {
      if (i % 7 === 3) c.remove(x.sources[0]?.id as string);
      if (i % 21 === 3) c.snapshot();
    });
    assert.deepEqual(c.snapshot(), fresh(kept));
  });

  it('merges in steps exactly what snapshot() merges at once', () => {
    fc.assert(
      fc.property(sourcesArb, (list) => {
        const a = new Corpus();
        const b = new Corpus();
        for (const s of list) {
          a.put(source(s.id, s.picks));
          b.put(source(s.id, s.picks));
        }
        const { result } = drain(a);
        assert.deepEqual(result, b.snapshot());
        assert.equal(a.stale, false);
      }),
      { numRuns: 100 },
    );
  });

  it('takes many short steps on a large corpus rather than one long one', () => {
    const c = new Corpus();
    for (let i = 0; i < 400; i++) c.put(source(`s${String(i).padStart(3, '0')}`, [i, i + 3, i + 7]));
    assert.ok(drain(c).steps > 20);
  });

  it('keeps the merge of the sources as they were when it began, where a source changes meanwhile', () => {
    const c = new Corpus();
    c.put(source('a', [0, 7]));
    const steps = c.mergeSteps();
    steps.next();
    c.put(source('b', [2]));
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.equal(step.value.sources.length, 1);
    assert.equal(c.stale, true);
    assert.equal(c.snapshot().sources.length, 2);
  });

  it('restores a saved merge, keeps it while the same sources come back with the same keys, and merges again on a change', () => {
    const list = [source('a', [0, 2, 7]), source('b', [1, 8, 9]), source('c', [3, 5, 11])];
    const first = new Corpus();
    for (const x of list) first.put(x, `k-${x.sources[0]?.id}`);
    const saved = first.saved();
    assert.ok(saved);
    const text = serializeMerged('engine 1', saved);
    assert.equal(MERGED_NAME.endsWith('.jsonl'), true);

    const parse = (t: string, engine: string) => {
      const steps = parseMergedSteps(t, engine);
      let step = steps.next();
      while (!step.done) step = steps.next();
      return step.value;
    };
    assert.equal(parse(text, 'engine 2'), undefined);
    assert.equal(parse(text.slice(0, text.lastIndexOf('\n')), 'engine 1'), undefined);
    assert.equal(parse('{not json', 'engine 1'), undefined);
    const back = parse(text, 'engine 1');
    assert.ok(back);

    const reopened = new Corpus();
    reopened.restore(back);
    assert.equal(reopened.stale, false);
    assert.deepEqual(reopened.actors, first.actors);
    assert.deepEqual(reopened.statements, first.statements);
    assert.equal(reopened.getSource('a')?.text, '', 'the text comes with the shards');
    for (const x of list) reopened.put(x, `k-${x.sources[0]?.id}`);
    assert.equal(reopened.stale, false, 'the same sources with the same keys keep the restored merge');
    assert.deepEqual(reopened.snapshot(), first.snapshot());

    const prepare = reopened.prepareSteps();
    while (!prepare.next().done);
    assert.equal(reopened.stale, false, 'preparing keeps the merged view');
    assert.deepEqual(reopened.snapshot(), first.snapshot());
    const changed = source('b', [4]);
    reopened.put(changed, 'k-b2');
    assert.equal(reopened.stale, true);
    assert.deepEqual(reopened.snapshot(), fresh([list[0] as Extraction, changed, list[2] as Extraction]));
    assert.ok(reopened.lastRemerged < list.flatMap((x) => x.actors).length, 'the change after preparing merges incrementally');
  });

  it('drops a restored source that never comes back, and ignores a saved merge that lacks a source it holds', () => {
    const list = [source('a', [0, 7]), source('b', [1, 9])];
    const first = new Corpus();
    for (const x of list) first.put(x, `k-${x.sources[0]?.id}`);
    const saved = first.saved();
    assert.ok(saved);
    const reopened = new Corpus();
    reopened.restore(saved);
    reopened.put(list[0] as Extraction, 'k-a');
    reopened.dropUnrestored();
    assert.deepEqual(reopened.snapshot(), fresh([list[0] as Extraction]));

    const holding = new Corpus();
    holding.put(source('z', [3]), 'k-z');
    holding.restore(saved);
    assert.deepEqual(holding.snapshot().sources.map((s) => s.id), ['z']);
  });
});
