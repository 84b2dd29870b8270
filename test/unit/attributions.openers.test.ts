// Opening phrases and verb forms: how a statement's start and its verbs are read.
import * as assert from 'node:assert/strict';
import { only, read } from './attributions.fixture';

describe('attributions: irregular past forms end what was said', () => {
  it('"withdrew" after "and" opens a new clause, not more of the endorsement', () => {
    const a = only("Senator Ruiz endorsed the levy and Ohio's Dana Cole withdrew her support.");
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Senator Ruiz', 'endorsed', 'indirect', ['the levy']]);
  });
});

describe('attributions: -s forms the lexicon lists only through their base', () => {
  it('"makes" after ", and" opens a new clause that is the writer\'s', () => {
    const a = only('The institute publishes two surveys a year, and makes money from its conferences.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The institute', 'publishes', 'indirect', ['two surveys a year']]);
  });

  it('"goes on to list" leaves "goes" out of the speaker', () => {
    const a = only('The column goes on to list three reasons for the delay.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The column', 'to list', 'indirect', ['three reasons for the delay']]);
  });
});

describe('attributions: "As X reported just today, …"', () => {
  it('a degree word before a time word after the cue leaves the clause after the comma as what was reported', () => {
    const a = only('As the Courier reported just today, the mayor had quietly signed the order.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the Courier', 'reported', 'indirect', ['the mayor had quietly signed the order']]);
  });
});

describe('attributions: a cue word after "a" in an opening phrase', () => {
  it('"In a later tweet, …" and "In a Facebook post on Sunday, …" name a channel; the subject after the comma speaks', () => {
    const a = only('In a later tweet, the councilwoman boasted that every rival now copies her ferry plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the councilwoman', 'boasted', 'indirect', ['every rival now copies her ferry plan']]);
    const b = only('In a Facebook post late on Sunday, the harbor master encouraged sailors to stay ashore.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the harbor master', 'encouraged', 'indirect', ['sailors to stay ashore']]);
  });

  it('a share of people after "a" still speaks: "Nearly a third say …"', () => {
    const a = only('Nearly a third say the ferry should stay in public hands.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Nearly a third', 'say', 'indirect', ['the ferry should stay in public hands']]);
  });
});

describe('attributions: "saw" as a sight and as a view', () => {
  it('"saw a surge in riders" reports nothing; "saw that …", "saw the strike could …" and "saw X as …" report a view', () => {
    assert.deepEqual(read('The ferry line saw a surge in riders after the bridge closed.'), []);
    const a = only('The mayor saw that the pier could not be saved.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'saw', 'indirect', ['the pier could not be saved']]);
    const b = only('The mayor saw the strike could last for weeks.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The mayor', 'saw', 'indirect', ['the strike could last for weeks']]);
    const c = only('The board saw Ruiz, then 44, as the right person to run the port.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The board', 'saw', 'indirect', ['Ruiz, then 44, as the right person to run the port']]);
  });
});

describe('attributions: "plan" as a schedule and as an intent', () => {
  it('"a rally planned for Thursday" reports nothing; "plans to …" reports an intent', () => {
    assert.deepEqual(read('The mayor has a picnic planned for the last Friday in June.'), []);
    const a = only('The mayor plans to reopen the pier in May.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'plans', 'indirect', ['to reopen the pier in May']]);
  });
});

describe('attributions: an opening phrase that ends inside a quotation', () => {
  it('"Citing “obligations at home,” the senator …": the comma before the closing mark ends the phrase', () => {
    const found = read('Citing “obligations at home,” the senator declined to attend the dinner.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the senator', 'Citing', 'direct', ['obligations at home,']],
      ['the senator', 'declined', 'indirect', ['to attend the dinner']],
    ]);
  });
});
