import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findActors, type Cast } from '../../src/core/extract/actors';
import type { Actor, Source } from '../../src/core/model';
import { attributionsFrom, type Marked } from './sample.fixture';

function sourceOf(text: string, id = 'test'): Source {
  return { id, path: `${id}.txt`, title: '', format: 'text', text };
}

function cast(text: string, marks: Marked[] = []): Cast {
  return findActors(sourceOf(text), attributionsFrom(text, marks));
}

function actorNamed(c: Cast, alias: string): Actor {
  const found = c.actors.find((a) => a.aliases.includes(alias));
  assert.ok(found, `no actor with the alias “${alias}”; actors: ${c.actors.map((a) => `${a.name} [${a.aliases.join(', ')}]`).join('; ')}`);
  return found;
}

function speakerOf(c: Cast, contentStart: string, text: string): Actor | undefined {
  const at = text.indexOf(contentStart);
  const statement = c.statements.find((s) => s.content[0]?.start === at);
  assert.ok(statement, `no statement starting “${contentStart}”`);
  return c.actors.find((a) => a.id === statement.speaker);
}

describe('actors: people, organizations and places', () => {
  it('merges a full name, a titled name and a surname into one person with a role', () => {
    const c = cast('Senator Jane Whitfield spoke on Monday. Later, Whitfield met voters in Ohio.');
    const jane = actorNamed(c, 'Jane Whitfield');
    assert.equal(jane.kind, 'person');
    assert.equal(jane.role, 'Senator');
    assert.ok(jane.aliases.includes('Whitfield'));
    assert.ok(jane.aliases.includes('Senator Jane Whitfield'));
    assert.equal(jane.mentions.length, 2);
    assert.equal(actorNamed(c, 'Ohio').kind, 'place');
  });

  it('reads an organization before a role as the affiliation: “Kremlin spokesman”', () => {
    const c = cast('Kremlin spokesman Ivan Orlov declined to comment.');
    const ivan = actorNamed(c, 'Ivan Orlov');
    assert.equal(ivan.role, 'Kremlin spokesman');
    assert.equal(ivan.affiliation, actorNamed(c, 'Kremlin').id);
  });

  it('reads a demonym and a possessive as the affiliation', () => {
    const c = cast('Russian Foreign Minister Anatoly Kuznetsov met Reuters’ Mark Ellison in Vienna.');
    const anatoly = actorNamed(c, 'Anatoly Kuznetsov');
    assert.equal(anatoly.role, 'Foreign Minister');
    assert.equal(anatoly.affiliation, 'russia');
    assert.equal(actorNamed(c, 'Mark Ellison').affiliation, actorNamed(c, 'Reuters').id);
  });

  it('takes an appositive description as an alias and resolves its owner: “the alliance’s secretary general, …”', () => {
    const text = 'NATO chief rules out a deal\n\nNATO met on Friday. The alliance’s secretary general, Maria Olsen, said on Friday that talks would go on.';
    const c = cast(text);
    const maria = actorNamed(c, 'Maria Olsen');
    assert.ok(maria.aliases.includes('the alliance’s secretary general'), maria.aliases.join(', '));
    assert.equal(maria.affiliation, 'nato');
    assert.equal(maria.role, 'Secretary General');
    // The headline's title phrase is the person who holds that title there.
    assert.ok(maria.aliases.includes('NATO chief'), maria.aliases.join(', '));
    assert.ok(actorNamed(c, 'NATO').aliases.includes('the alliance'));
  });

  it('reads an appositive after the name: “Brian Doe, a spokesman for the Foreign Ministry,”', () => {
    const c = cast('Brian Doe, a spokesman for the Foreign Ministry, declined to comment. Headlines Thinks Over.');
    const brian = actorNamed(c, 'Brian Doe');
    assert.equal(brian.role, 'spokesman');
    assert.equal(brian.affiliation, actorNamed(c, 'Foreign Ministry').id);
  });

  it('takes title-case headline verbs and street names for what they are', () => {
    const c = cast('How Paul Ryan Thinks About Donald Trump\n\nTraders on Wall Street waited.');
    assert.ok(actorNamed(c, 'Paul Ryan'));
    assert.equal(actorNamed(c, 'Wall Street').kind, 'place');
  });

  it('merges capitals, abbreviations and country names', () => {
    const c = cast('Washington and Moscow traded barbs. The United States said Russia was wrong, and US diplomats agreed.');
    const us = actorNamed(c, 'United States');
    assert.equal(us.kind, 'country');
    for (const alias of ['Washington', 'US']) assert.ok(us.aliases.includes(alias), `${alias} in ${us.aliases.join(', ')}`);
    const russia = actorNamed(c, 'Russia');
    assert.ok(russia.aliases.includes('Moscow'));
    assert.equal(c.actors.filter((a) => a.kind === 'country').length, 2);
  });

  it('resolves “the bloc” to the most recent organization of that kind', () => {
    const c = cast('The European Union met in Brussels. Then the bloc agreed on new rules.');
    const eu = actorNamed(c, 'European Union');
    assert.ok(eu.aliases.includes('the bloc'), eu.aliases.join(', '));
  });

  it('keeps two people who share a surname apart and ties the bare surname to the latest', () => {
    const c = cast('Bill Clinton spoke first. Hillary Clinton spoke next. Clinton then left.');
    const bill = actorNamed(c, 'Bill Clinton');
    const hillary = actorNamed(c, 'Hillary Clinton');
    assert.notEqual(bill.id, hillary.id);
    assert.equal(hillary.mentions.length, 2);
    assert.equal(bill.mentions.length, 1);
  });

  it('does not take sentence-initial words, page chrome words or headline verbs for actors', () => {
    const c = cast('While officials waited, nothing happened.\n\nRead more\n\nPost a Comment');
    assert.deepEqual(c.actors.map((a) => a.name), []);
  });

  it('finds organizations by their last word and by acronym', () => {
    const c = cast('The Foreign Ministry and the FBI both spoke, as did Getty Images.');
    assert.equal(actorNamed(c, 'Foreign Ministry').kind, 'organization');
    assert.equal(actorNamed(c, 'FBI').kind, 'organization');
    assert.equal(actorNamed(c, 'Getty Images').kind, 'organization');
  });

  it('gives every mention offsets that slice to one of its aliases', () => {
    const text = 'Kremlin spokesman Ivan Orlov said the US and NATO erred. The alliance disagreed, Orlov said.';
    const c = cast(text);
    for (const a of c.actors) {
      for (const m of a.mentions) {
        const said = text.slice(m.start, m.end);
        assert.ok(a.aliases.some((x) => x.toLowerCase() === said.toLowerCase().replace(/['’]s$/, '')), `${said} is not an alias of ${a.name}: ${a.aliases.join(', ')}`);
      }
    }
  });
});

describe('actors: speakers', () => {
  it('ties a pronoun to the last speaker of fitting gender, not to the addressee', () => {
    const text = 'Mayor John Brandt told CNN’s Mary Keller the plan was sound. “We will build it,” he added.';
    const c = cast(text, [
      { speaker: 'Mayor John Brandt', cue: 'told', content: ['the plan was sound'], kind: 'indirect', addressee: 'CNN’s Mary Keller' },
      { speaker: 'he', cue: 'added', content: ['We will build it,'], kind: 'direct', speakerForm: 'pronoun' },
    ]);
    assert.equal(speakerOf(c, 'We will build it', text)?.name, 'John Brandt');
    const statement = c.statements.find((s) => s.text === 'the plan was sound');
    assert.equal(statement?.addressee, 'CNN’s Mary Keller');
  });

  it('ties “she” to a woman named before a man', () => {
    const text = 'Mary Keller met John Brandt on Monday. “It went well,” she said.';
    const c = cast(text, [{ speaker: 'she', cue: 'said', content: ['It went well,'], kind: 'direct', speakerForm: 'pronoun' }]);
    assert.equal(speakerOf(c, 'It went well', text)?.name, 'Mary Keller');
  });

  it('ties “it” to the organization named before', () => {
    const text = 'The State Department issued a note. It said the talks were over.';
    const c = cast(text, [{ speaker: 'It', cue: 'said', content: ['the talks were over'], kind: 'indirect', speakerForm: 'pronoun' }]);
    assert.equal(speakerOf(c, 'the talks were over', text)?.name, 'State Department');
  });

  it('ties “it” to the organization that spoke just before, over a country named in between', () => {
    const text = 'The State Department said Washington would not bend, and that it would reject the plan.';
    const c = cast(text, [
      { speaker: 'The State Department', cue: 'said', content: ['Washington would not bend'], kind: 'indirect' },
      { speaker: 'it', cue: 'would reject', content: ['the plan'], kind: 'indirect', speakerForm: 'pronoun' },
    ]);
    assert.equal(speakerOf(c, 'the plan', text)?.name, 'State Department');
  });

  it('keeps unnamed sources as a group actor, with the country they work for', () => {
    const text = 'The deal is dead, U.S. officials said. “It is over,” officials said later.';
    const c = cast(text, [
      { speaker: 'U.S. officials', cue: 'said', content: ['The deal is dead'], kind: 'indirect', speakerForm: 'nominal' },
      { speaker: 'officials', cue: 'said later', content: ['It is over,'], kind: 'direct', speakerForm: 'nominal' },
    ]);
    const us = speakerOf(c, 'The deal is dead', text);
    assert.equal(us?.kind, 'group');
    assert.equal(us?.name, 'unnamed U.S. officials');
    assert.equal(us?.affiliation, 'united-states');
    const plain = speakerOf(c, 'It is over', text);
    assert.equal(plain?.kind, 'group');
    assert.equal(plain?.name, 'unnamed officials');
  });

  it('gives "aides to X" and "people close to X" a group of their own, not X', () => {
    const text = 'Governor Dana Whitfield toured the dam. Aides to Governor Dana Whitfield said she would veto the bill. People close to the Kremlin said Moscow would wait. Tad Ruiz, a senior adviser to Whitfield, said the veto was certain.';
    const c = cast(text, [
      { speaker: 'Aides to Governor Dana Whitfield', cue: 'said', content: ['she would veto the bill'], kind: 'indirect', speakerForm: 'name' },
      { speaker: 'People close to the Kremlin', cue: 'said', content: ['Moscow would wait'], kind: 'indirect', speakerForm: 'name' },
      { speaker: 'Tad Ruiz, a senior adviser to Whitfield,', cue: 'said', content: ['the veto was certain'], kind: 'indirect', speakerForm: 'name' },
    ]);
    const aides = speakerOf(c, 'she would veto the bill', text);
    assert.deepEqual([aides?.kind, aides?.name], ['group', 'unnamed aides to Governor Dana Whitfield']);
    const close = speakerOf(c, 'Moscow would wait', text);
    assert.deepEqual([close?.kind, close?.name], ['group', 'unnamed people close to the Kremlin']);
    assert.equal(c.actors.find((a) => a.id === close?.affiliation)?.name, 'Kremlin');
    assert.equal(speakerOf(c, 'the veto was certain', text)?.name, 'Tad Ruiz');
  });

  it('ties a title with no name to the person who holds it', () => {
    const text = 'Kremlin spokesman Ivan Orlov spoke on Monday. The talks are over, the spokesman said.';
    const c = cast(text, [{ speaker: 'the spokesman', cue: 'said', content: ['The talks are over'], kind: 'indirect', speakerForm: 'nominal' }]);
    assert.equal(speakerOf(c, 'The talks are over', text)?.name, 'Ivan Orlov');
  });

  it('reads “voters who” as a group and a pronoun inside a longer span as that pronoun', () => {
    const text = 'Ivan Orlov spoke first. Women who backed him said the vote was fair. Later he’s said it was over.';
    const c = cast(text, [
      { speaker: 'Women who', cue: 'said', content: ['the vote was fair'], kind: 'indirect', speakerForm: 'nominal' },
      { speaker: 'he’s', cue: 'said', content: ['it was over'], kind: 'indirect', speakerForm: 'pronoun' },
    ]);
    assert.equal(speakerOf(c, 'the vote was fair', text)?.name, 'unnamed women');
    const s = c.statements.find((x) => x.text === 'it was over');
    assert.equal(c.actors.find((a) => a.id === s?.speaker)?.name, 'Ivan Orlov');
  });

  it('reads gender from an honorific: “Mrs. Keller” is a she', () => {
    const text = 'Mrs. Robin Keller met Mr. Robin Brandt. “It went well,” she said.';
    const c = cast(text, [{ speaker: 'she', cue: 'said', content: ['It went well,'], kind: 'direct', speakerForm: 'pronoun' }]);
    assert.equal(speakerOf(c, 'It went well', text)?.name, 'Robin Keller');
  });

  it('ties “her campaign” to the person', () => {
    const text = 'Mary Keller spoke in Ohio. The numbers were wrong, her campaign said.';
    const c = cast(text, [{ speaker: 'her campaign', cue: 'said', content: ['The numbers were wrong'], kind: 'indirect', speakerForm: 'nominal' }]);
    assert.equal(speakerOf(c, 'The numbers were wrong', text)?.name, 'Mary Keller');
  });

  it('ties “who” to the actor named just before it', () => {
    const text = 'The plan came from Ivan Orlov, who said it would pass.';
    const c = cast(text, [{ speaker: 'who', cue: 'said', content: ['it would pass'], kind: 'indirect', speakerForm: 'pronoun' }]);
    assert.equal(speakerOf(c, 'it would pass', text)?.name, 'Ivan Orlov');
  });

  it('builds statement ids from the first content offset and joins split content with “ … ”', () => {
    const text = '“We will,” Ivan Orlov said, “win.”';
    const c = cast(text, [{ speaker: 'Ivan Orlov', cue: 'said', content: ['We will,', 'win.'], kind: 'direct' }]);
    const s = c.statements[0];
    assert.equal(s?.id, 'test#1');
    assert.equal(s?.text, 'We will, … win.');
    assert.equal(c.actors.find((a) => a.id === s?.speaker)?.name, 'Ivan Orlov');
  });

  it('gives the same output for the same input', () => {
    const text = 'Kremlin spokesman Ivan Orlov said the US erred. The alliance disagreed.';
    assert.deepEqual(cast(text), cast(text));
  });
});

describe('actors: no sample names in the engine', () => {
  it('names none of the sample article’s people in the actor, position and corpus code or the lexicons', () => {
    const names = ['stoltenberg', 'lavrov', 'peskov', 'ryabkov', 'amanpour'];
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
    const core = join(__dirname, '..', '..', '..', 'src', 'core');
    const files = [...walk(join(core, 'extract', 'lexicon')), ...['actors.ts', 'positions.ts'].map((f) => join(core, 'extract', f)), join(core, 'corpus.ts')];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const name of names) assert.ok(!text.includes(name), `${file} names ${name}`);
    }
  });
});

describe('actors: any input', () => {
  it('does not fail on a possessive description at the very end of the text', () => {
    for (const text of [" the alliance's officials", " the alliance's Secretary General", 'the bloc’s', 'NATO. the alliance’s secretary', 'Mr.', '“', 'Jane Doe,']) {
      assert.doesNotThrow(() => cast(text));
    }
  });

  it('never throws, keeps offsets inside the text and gives the same output twice', async () => {
    const fc = await import('fast-check');
    const pieces = ['John Smith', ' said', ', ', '“', '”', '"', "'s", '’s', ' the alliance', ' NATO', ' U.S.', ' Washington', '\n', '. ', ' he', ' officials', ' Secretary General', ' Kremlin spokesman', ' of ', 'É', '\u00a0', '\u00ad', 'Bank', ' '];
    const textArb = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join('')));
    fc.assert(fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 4 }), (text, raw) => {
      const n = text.length;
      // Arbitrary attributions with offsets inside the text, as the attribution finder could give.
      const attributions = raw.map(([a, b, c]) => {
        const x = n ? a % (n + 1) : 0;
        const y = n ? b % (n + 1) : 0;
        const z = n ? c % (n + 1) : 0;
        const [s, e] = x <= y ? [x, y] : [y, x];
        return { speakerSpan: { start: Math.min(z, s), end: Math.min(z, s) + Math.min(3, n - Math.min(z, s)) }, speakerForm: 'name' as const, cue: null, content: [{ start: s, end: e }], kind: 'indirect' as const };
      });
      const source = sourceOf(text);
      const first = findActors(source, attributions);
      const second = findActors(source, attributions);
      assert.deepEqual(first, second);
      for (const a of first.actors) {
        for (const m of a.mentions) assert.ok(m.start >= 0 && m.start <= m.end && m.end <= n, `mention ${m.start}-${m.end} outside ${n}`);
        if (a.affiliation) assert.ok(first.actors.some((x) => x.id === a.affiliation));
      }
      for (const s of first.statements) if (s.speaker) assert.ok(first.actors.some((x) => x.id === s.speaker));
      assert.equal(new Set(first.statements.map((s) => s.id)).size, first.statements.length);
      assert.equal(new Set(first.actors.map((a) => a.id)).size, first.actors.length);
    }), { numRuns: 300 });
  });
});
