// The outer statement keeps its place when another cue lies inside what was said.
import * as assert from 'node:assert/strict';
import { read } from './attributions.fixture';

describe('attributions: an outer statement with a cue inside what was said', () => {
  it('"X said that while polls showed A, B": the clause after "that" belongs to what X said', () => {
    const found = read('The mayor said that while polls showed her support falling, the race was still close.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['while polls showed her support falling, the race was still close']],
    ]);
  });

  it('"X said that, while most voters say A, B": the clause after "that" and a comma belongs to what X said', () => {
    const found = read('The mayor said that, while most voters say the council is to blame, the race was still close.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['while most voters say the council is to blame, the race was still close']],
    ]);
  });
});

describe('attributions: a clause of time inside what was said', () => {
  it('"X said A when he called B": "when" and a verb that is not one of speaking stay in what X said', () => {
    const found = read('The driver said he was angry when he called the depot and heard nothing back.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The driver', 'said', 'indirect', ['he was angry when he called the depot and heard nothing back']],
    ]);
  });

  it('"X said A when the mayor claimed B": a verb of speaking after "when" is a statement of its own', () => {
    const found = read('The driver said he was angry when the mayor claimed the road was safe.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The driver', 'said', 'indirect', ['he was angry']],
      ['the mayor', 'claimed', 'indirect', ['the road was safe']],
    ]);
  });
});

describe('attributions: a clause of reason inside what was said', () => {
  it('"X said A, because the council wanted B": "because" and a verb that is not one of speaking stay in what X said', () => {
    const found = read('The driver said the road was closed, because the council wanted a new bridge.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The driver', 'said', 'indirect', ['the road was closed, because the council wanted a new bridge']],
    ]);
  });
});

describe('attributions: a second cue for the same subject after "but has since"', () => {
  it('"X supported A but has since said B": the second cue speaks for X', () => {
    const found = read('The senator backed the toll for years but has since said the fee hurts commuters.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The senator', 'backed', 'indirect', ['the toll for years']],
      ['The senator', 'said', 'indirect', ['the fee hurts commuters']],
    ]);
  });
});

describe('attributions: a question left unanswered', () => {
  it('"X would not say whether A": the question is what X did not answer', () => {
    const found = read('The governor would not say whether she plans to sign the budget.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The governor', 'say', 'indirect', ['whether she plans to sign the budget']],
    ]);
  });
});

describe('attributions: a relative clause inside the subject of what was said', () => {
  it('"X said the ruling, which struck down A, was B": the fenced clause and the verb after it are what X said', () => {
    const found = read('The mayor said the ruling, which struck down the toll, was a victory for drivers.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the ruling, which struck down the toll, was a victory for drivers']],
    ]);
  });
});

describe('attributions: two subjects joined by "and" inside what was said', () => {
  it('"X says A because B and C agreed …": the clause of the joined subjects stays in what X said', () => {
    const found = read('The auditor says the deficit will grow because the council and the mayor agreed to cut the fare.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The auditor', 'says', 'indirect', ['the deficit will grow because the council and the mayor agreed to cut the fare']],
    ]);
  });

  it('"According to X, B and C asked …": the clause after the comma is what X reports', () => {
    const found = read('According to the report, Cole and an aide asked the clerk to shred the files.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the report', 'According to', 'indirect', ['Cole and an aide asked the clerk to shred the files']],
    ]);
  });
});

describe('attributions: a phrase opening the clause after "that"', () => {
  it('"X told Y that after A, B ordered C": the clause after the phrase and its comma stays in what X said', () => {
    const found = read('The driver told the inspectors that after the storm, the mayor ordered the bridge closed.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The driver', 'told', 'indirect', ['after the storm, the mayor ordered the bridge closed']],
    ]);
  });

  it('"X admitted that during A, B claimed C": a verb of speaking after the phrase stays inside too', () => {
    const found = read('The clerk admitted that during the audit, her deputy claimed the files were lost.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The clerk', 'admitted', 'indirect', ['during the audit, her deputy claimed the files were lost']],
    ]);
  });
});

describe('attributions: a second share in what a poll found', () => {
  it('"The survey found A, while 25 percent said B": the share after "while" answered the same survey', () => {
    const found = read('The survey found 60 percent of riders back the new fare, while 25 percent said it should fall.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The survey', 'found', 'indirect', ['60 percent of riders back the new fare, while 25 percent said it should fall']],
    ]);
  });

  it('"The poll showed A, and 30 percent said B": after ", and" too', () => {
    const found = read('The poll showed 52 percent of voters approve of the mayor, and 30 percent said the council had failed.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The poll', 'showed', 'indirect', ['52 percent of voters approve of the mayor, and 30 percent said the council had failed']],
    ]);
  });

  it('a share after a speaker who is no poll keeps a statement of its own', () => {
    const found = read('The mayor said 60 percent of riders back the new fare, while 25 percent said it should fall.');
    assert.equal(found.length, 2);
  });
});

describe('attributions: a relative clause fenced inside the subject of what was said', () => {
  it('"X said the ruling, which …, illustrates …": an -s verb the word list lacks still closes the fence', () => {
    const found = read('The union said the ruling, which struck down the toll, illustrates the danger of the plan.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The union', 'said', 'indirect', ['the ruling, which struck down the toll, illustrates the danger of the plan']],
    ]);
  });

  it('"X says that Cole, who charges $5,000 …, has lost …": a currency sign inside the fence keeps it', () => {
    const found = read('The agency says that Cole, who charges $5,000 for a speech, has lost two clients.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The agency', 'says', 'indirect', ['Cole, who charges $5,000 for a speech, has lost two clients']],
    ]);
  });
});

describe('attributions: a contrast after "while" in what a study found', () => {
  it('"The study found A, 60 percent to 20 percent, while B favored C": the contrast is part of the finding', () => {
    const found = read('The study found riders favored the tram, 60 percent to 20 percent, while drivers favored the bus.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The study', 'found', 'indirect', ['riders favored the tram, 60 percent to 20 percent, while drivers favored the bus']],
    ]);
  });

  it('a verb of speaking after "while" still makes a statement of its own', () => {
    const found = read('The audit found the north line lost money, while the council claimed it broke even.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The audit', 'found', 'indirect', ['the north line lost money']],
      ['the council', 'claimed', 'indirect', ['it broke even']],
    ]);
  });
});

describe('attributions: a phrase after ", with" in what a poll showed', () => {
  it('"The poll shows A, with 13 percent supporting B": the share after "with" is part of the finding', () => {
    const found = read('The harbor poll shows Reyes leading Cole 51 percent to 40 percent, with 6 percent supporting a write-in.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The harbor poll', 'shows', 'indirect', ['Reyes leading Cole 51 percent to 40 percent, with 6 percent supporting a write-in']],
    ]);
  });
});
