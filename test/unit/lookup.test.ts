import * as assert from 'node:assert/strict';
import type { Actor, ActorKind } from '../../src/core/model';
import { NameIndex, commonWordsAmong, hoverableAliases, surnameOf } from '../../src/core/lookup';

function actor(id: string, name: string, kind: ActorKind, aliases: string[] = []): Actor {
  return { id, name, kind, aliases: [name, ...aliases], mentions: [] };
}

const cast: Actor[] = [
  actor('stoltenberg', 'Jens Stoltenberg', 'person', [
    'Stoltenberg',
    'Secretary General Jens Stoltenberg',
    'the alliance’s secretary general',
    'NATO chief',
  ]),
  actor('nato', 'NATO', 'organization', ['the alliance', 'bloc', 'the bloc']),
  actor('peskov', 'Dmitry Peskov', 'person', ['Peskov']),
  actor('lavrov', 'Sergey Lavrov', 'person', ['Lavrov']),
  actor('kremlin', 'Kremlin', 'organization', ['the Kremlin']),
  actor('state', 'State Department', 'organization', ['the State Department']),
  actor('us', 'United States', 'country', ['US', 'Washington', 'us']),
  actor('lopez', 'José López', 'person'),
];

/** The text of each match, for readable assertions. */
function at(index: NameIndex, text: string, needle: string, shift = 0): { text: string; actors: string[] } | undefined {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const match = index.findAt(text, offset + shift);
  return match && { text: text.slice(match.start, match.end), actors: match.actors };
}

describe('hoverableAliases', () => {
  it('keeps names, surnames, acronyms and capitalized organization names', () => {
    const all = new Set(cast.flatMap(hoverableAliases));
    for (const name of ['Jens Stoltenberg', 'Stoltenberg', 'NATO', 'Kremlin', 'State Department', 'US', 'Washington', 'Peskov']) {
      assert.ok(all.has(name), name);
    }
  });

  it('drops lower-case descriptions, bare titles, first names and common words', () => {
    const all = new Set(cast.flatMap(hoverableAliases));
    for (const word of ['bloc', 'the bloc', 'alliance', 'the alliance', 'us', 'NATO chief', 'Jens', 'José']) {
      assert.ok(!all.has(word), word);
    }
    const odd = actor('x', 'Theresa May', 'person', ['May', 'The', 'Prime Minister', 'He']);
    assert.deepEqual(hoverableAliases(odd), ['Theresa May']);
  });

  it('drops long all-capital headline words but keeps short acronyms', () => {
    const shouty = actor('x', 'COULD', 'organization', ['LIVE', 'US', 'EU', 'NATO']);
    assert.deepEqual(hoverableAliases(shouty), ['US', 'EU', 'NATO']);
  });

  it('learns from the sources which one-word aliases are common words', () => {
    const texts = ['Night fell. The night was long; every night the same. By night.', 'Trump said. Trump spoke. a trump card. Trump again.'];
    assert.deepEqual([...commonWordsAmong(['Night', 'Trump', 'Donald Trump', 'US'], texts)], ['Night']);
    const index = NameIndex.build([actor('n', 'Night', 'organization'), actor('t', 'Donald Trump', 'person')], { texts });
    assert.equal(index.findAt('Night came', 1), undefined);
    assert.deepEqual(index.findAt('Trump came', 1)?.actors, ['t']);
    assert.deepEqual(NameIndex.build([actor('n', 'Night', 'organization')]).findAt('Night came', 1)?.actors, ['n']);
  });

  it('derives a surname from a full name', () => {
    assert.equal(surnameOf('Jens Stoltenberg'), 'Stoltenberg');
    assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
    assert.equal(surnameOf('Ursula von der Leyen'), 'von der Leyen');
    assert.equal(surnameOf('Madonna'), undefined);
  });
});

describe('NameIndex.findAt', () => {
  const index = NameIndex.build(cast);

  it('finds a full name and a surname, the longest covering the offset', () => {
    const text = 'Yesterday Jens Stoltenberg spoke. Later Stoltenberg added more.';
    assert.deepEqual(at(index, text, 'Jens'), { text: 'Jens Stoltenberg', actors: ['stoltenberg'] });
    assert.deepEqual(at(index, text, 'Stoltenberg spoke', 3), { text: 'Jens Stoltenberg', actors: ['stoltenberg'] });
    assert.deepEqual(at(index, text, 'Stoltenberg added', 10), { text: 'Stoltenberg', actors: ['stoltenberg'] });
  });

  it('matches possessives with straight and curly apostrophes', () => {
    assert.deepEqual(at(index, 'Stoltenberg’s view', 'Stoltenberg', 2)?.text, 'Stoltenberg');
    assert.deepEqual(at(index, "NATO's view", 'NATO')?.actors, ['nato']);
    assert.deepEqual(at(index, 'the Kremlin’s line', 'Kremlin')?.actors, ['kremlin']);
  });

  it('matches a name broken across a line wrap', () => {
    const text = 'as said by Jens\n   Stoltenberg, who';
    const match = at(index, text, 'Stoltenberg', 4);
    assert.deepEqual(match, { text: 'Jens\n   Stoltenberg', actors: ['stoltenberg'] });
    const dept = 'the State\r\nDepartment said';
    assert.deepEqual(at(index, dept, 'Department')?.actors, ['state']);
  });

  it('ignores diacritics in the text and in the alias, mapping offsets back', () => {
    const text = 'Péskov and Jose Lopez and Pe\u0301skov';
    assert.deepEqual(at(index, text, 'Péskov', 1), { text: 'Péskov', actors: ['peskov'] });
    assert.deepEqual(at(index, text, 'Lopez')?.text, 'Jose Lopez');
    assert.deepEqual(at(index, text, 'Pe\u0301skov', 3)?.text, 'Pe\u0301skov');
  });

  it('is case-sensitive: "us" and "Nato" are not names', () => {
    assert.equal(at(index, 'let us see', 'us'), undefined);
    assert.equal(at(index, 'the bloc will', 'bloc'), undefined);
    assert.equal(at(index, 'the alliance will', 'alliance'), undefined);
    assert.deepEqual(at(index, 'the US said', 'US')?.actors, ['us']);
  });

  it('needs word boundaries on both sides', () => {
    assert.equal(at(index, 'NATOS and xNATO', 'NATOS'), undefined);
    assert.equal(at(index, 'xNATO', 'NATO'), undefined);
    assert.equal(at(index, 'Stoltenbergian', 'Stoltenberg'), undefined);
    assert.deepEqual(at(index, 'pro-NATO voices', 'NATO')?.actors, ['nato']);
  });

  it('tells people apart by the first name before a surname', () => {
    const people = NameIndex.build([
      actor('w', 'Woodrow Wilson', 'person'),
      actor('l', 'Sergey Lavrov', 'person'),
      actor('b', 'Boris Johnson', 'person'),
      actor('j', 'Lyndon Johnson', 'person'),
    ]);
    assert.equal(people.findAt('said Johnnie Wilson, of Springfield', 14), undefined, 'another Wilson');
    assert.deepEqual(people.findAt('Yesterday Wilson said', 11)?.actors, ['w'], 'a common word before is no first name');
    assert.deepEqual(people.findAt('Sergei Lavrov said', 8)?.actors, ['l'], 'a spelling of the same first name');
    assert.deepEqual(people.findAt('when Boris Johnson spoke', 12)?.actors, ['b']);
    assert.deepEqual(people.findAt('when Johnson spoke', 7)?.actors.sort(), ['b', 'j']);
  });

  it('does not take one word of a longer unknown name', () => {
    const places = NameIndex.build([actor('m', 'Minnesota', 'place'), actor('n', 'NATO', 'organization')]);
    assert.equal(places.findAt('host the Minnesota Vikings today', 10), undefined);
    assert.deepEqual(places.findAt('in Minnesota Monday', 4)?.actors, ['m'], 'a day name is no name');
    assert.deepEqual(places.findAt('NATO Secretary General', 1)?.actors, ['n'], 'a title may follow');
    assert.deepEqual(places.findAt('Minnesota said', 1)?.actors, ['m']);
    const school = NameIndex.build([actor('h', 'Harvard Law', 'organization')]);
    assert.equal(school.findAt('at Harvard Law School today', 4), undefined, 'a longer name of several words too');
    const judge = NameIndex.build([actor('g', 'George Marshall', 'person'), actor('t', 'Donald Trump', 'person')]);
    assert.equal(judge.findAt('the justice Thurgood Marshall wrote', 22), undefined, 'an unknown name word before');
    assert.deepEqual(judge.findAt('Then Marshall wrote', 6)?.actors, ['g'], 'a common word before');
    assert.deepEqual(judge.findAt('said. Marshall wrote', 8)?.actors, ['g'], 'a new sentence');
    assert.deepEqual(judge.findAt('as Republican Trump said', 15)?.actors, ['t'], 'a party word before');
    assert.deepEqual(judge.findAt('as Sen. Trump said', 9)?.actors, ['t'], 'an abbreviated title before');
  });

  it('never indexes numbers, contractions or a lone first name', () => {
    assert.deepEqual(hoverableAliases(actor('i', 'I’ll', 'group', ['We’re', 'It’s'])), []);
    assert.deepEqual(hoverableAliases(actor('p', 'Rand Paul', 'person', ['Paul', 'Rand'])), ['Rand Paul', 'Paul']);
    assert.deepEqual(hoverableAliases(actor('g', 'John', 'group')), []);
    assert.deepEqual(hoverableAliases(actor('s', 'St', 'place', ['EU', 'A.', 'U.S.'])), ['EU', 'U.S.']);
    assert.deepEqual(hoverableAliases(actor('x', '2014', 'organization', ['000', 'G7'])), ['G7']);
    assert.deepEqual(hoverableAliases(actor('m', 'Michael', 'person')), []);
  });

  it('lists every actor that shares a surname', () => {
    const twins = NameIndex.build([
      actor('a', 'Boris Johnson', 'person'),
      actor('b', 'Lyndon Johnson', 'person'),
    ]);
    assert.deepEqual(twins.findAt('Johnson said', 2)?.actors.sort(), ['a', 'b']);
    assert.deepEqual(twins.findAt('Boris Johnson said', 8)?.actors, ['a']);
  });

  it('finds nothing between names, at the text ends or in an empty index', () => {
    const text = 'NATO and Peskov';
    assert.equal(index.findAt(text, text.indexOf('and') + 1), undefined);
    assert.equal(index.findAt(text, -1), undefined);
    assert.equal(index.findAt(text, text.length), undefined);
    assert.equal(NameIndex.build([]).findAt(text, 0), undefined);
  });

  it('answers the same whatever lies far from the offset', () => {
    const big = 'x '.repeat(500_000) + 'Lavrov said' + ' y'.repeat(500_000);
    const offset = big.indexOf('Lavrov') + 2;
    const match = index.findAt(big, offset);
    assert.equal(match && big.slice(match.start, match.end), 'Lavrov');
    const edited = 'NATO Lavrov ' + big.slice(12, -12) + ' Peskov NATO';
    const again = index.findAt(edited, offset);
    assert.deepEqual(again && [again.start, again.end], match && [match.start, match.end]);
  });
});

describe('NameIndex.findInRange', () => {
  const index = NameIndex.build(cast);

  it('finds every name in a range, left to right, without overlaps', () => {
    const text = 'Jens Stoltenberg met Peskov; NATO and the State Department, not us.';
    const found = index.findInRange(text, 0, text.length).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(found, ['Jens Stoltenberg', 'Peskov', 'NATO', 'State Department']);
  });

  it('keeps to the range it is given', () => {
    const text = 'NATO and Lavrov and Peskov';
    const from = text.indexOf('Lavrov');
    const found = index.findInRange(text, from, from + 8).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(found, ['Lavrov']);
  });
});
