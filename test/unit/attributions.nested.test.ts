// Statements next to or inside one another: which cue speaks, and where each one's words end.
import * as assert from 'node:assert/strict';
import { byCue, only, read } from './attributions.fixture';

describe('attributions: neighbouring and nested statements', () => {
  it('a poll opening the sentence keeps what a share of those asked said ("In a poll, 60 percent said …")', () => {
    const found = read('In a new county poll, 60 percent of Democrats said the ferry should run all year.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['a new county poll', 'In', 'indirect', ['60 percent of Democrats said the ferry should run all year']],
    ]);
  });

  it('"According to X, Y said …" is the report of X, with what Y said inside it', () => {
    const found = read('According to the harbor survey, most fishermen said the new quotas were too strict.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the harbor survey', 'According to', 'indirect', ['most fishermen said the new quotas were too strict']],
    ]);
  });
});

describe('attributions: a speaker at the end of the sentence reports the statement before it', () => {
  it('"X said A, the paper reported" is the paper\'s report of the whole clause', () => {
    const found = read('At a harbor meeting, the mayor said that the ferry would run all winter, the Gazette reported.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the Gazette', 'reported', 'indirect', ['At a harbor meeting, the mayor said that the ferry would run all winter']],
    ]);
  });

  it('also when a participle phrase follows the trailing speaker ("…, the paper reported, citing …")', () => {
    const a = byCue('The mayor said the ferry would run all winter, the Gazette reported, citing two council members.', 'reported');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the Gazette', 'indirect', ['The mayor said the ferry would run all winter']]);
  });
});

describe('attributions: "but" and a second verb for the same subject', () => {
  it('ends what was said, and a cue there speaks again ("X said A but declined to B")', () => {
    const found = read('The harbor master said the ferry would run all winter but declined to give a date.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The harbor master', 'said', 'indirect', ['the ferry would run all winter']],
      ['The harbor master', 'declined', 'indirect', ['to give a date']],
    ]);
  });

  it('keeps a helper verb after "but" inside what was said ("costly but would pay for itself")', () => {
    const a = only('The harbor master said the ferry was costly but would pay for itself.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'said', 'indirect', ['the ferry was costly but would pay for itself']]);
  });
});

describe('attributions: a second cue after "and" and an adverb', () => {
  it('speaks for the subject of the first verb ("X said A, and specifically mentioned B")', () => {
    const found = read('The mayor said the ferry would run, and specifically mentioned the harbor budget.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the ferry would run']],
      ['The mayor', 'mentioned', 'indirect', ['the harbor budget']],
    ]);
  });
});

describe('attributions: a relative clause fenced by commas', () => {
  it('what was said inside ", who …," ends at the comma before the main verb ("Cole, who said …, voted …")', () => {
    const found = read('Mayor Ann Cole, who said the bridge was unsafe, quickly signed the repair order on Friday.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Mayor Ann Cole, who', 'said', 'indirect', ['the bridge was unsafe']],
    ]);
  });

  it('the main verb after the clause speaks again, for the same subject ("Cole, who says …, tweeted that …")', () => {
    const found = read('Senator Ruiz, who says the port needs more inspectors, tweeted that the budget would fail.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Senator Ruiz, who', 'says', 'indirect', ['the port needs more inspectors']],
      ['Senator Ruiz', 'tweeted', 'indirect', ['the budget would fail']],
    ]);
  });
});

describe('attributions: where one statement ends and the next begins', () => {
  it('an opening participle phrase ends at its comma, and the main clause speaks for itself ("Joining …, X added …")', () => {
    const found = read('Joining the protest after the council voted against the budget, the mayor added that the vote was a failure.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the council', 'voted', 'indirect', ['against the budget']],
      ['the mayor', 'added', 'indirect', ['the vote was a failure']],
    ]);
  });

  it('"…, compared with 25 percent who said …" is a second statement, not part of the first', () => {
    const found = read('Sixty percent of residents said the ferry should run all year, compared with 25 percent who said it should stop in winter.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Sixty percent of residents', 'said', 'indirect', ['the ferry should run all year']],
      ['25 percent who', 'said', 'indirect', ['it should stop in winter']],
    ]);
  });
});

describe('attributions: numbers with thousands separators', () => {
  it('a comma inside "2,400" does not end the content or start a statement', () => {
    const found = read('The agency also reported that roughly 2,400 donor names weren’t disclosed.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The agency', 'reported', 'indirect', ['roughly 2,400 donor names weren’t disclosed']],
    ]);
  });
});

describe('attributions: an object that ends where a clause of time begins', () => {
  it('"X praised A as she urged B": the object ends before "as she", which speaks again', () => {
    const found = read('The senator praised the budget deal as she urged colleagues to pass it.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The senator', 'praised', 'indirect', ['the budget deal']],
      ['she', 'urged', 'indirect', ['to pass it']],
    ]);
  });

  it('"X pledged to A, after …": the plan ends before "after"; a reported clause runs on over it', () => {
    assert.deepEqual(read('The governor pledged to close the camps, after she signed a bill that would end the contracts.').map((f) => [f.speaker, f.cue, f.content]), [
      ['The governor', 'pledged', ['to close the camps']],
    ]);
    assert.deepEqual(read('The mayor said the toll would rise after the vote.').map((f) => [f.speaker, f.cue, f.content]), [
      ['The mayor', 'said', ['the toll would rise after the vote']],
    ]);
  });
});

describe('attributions: an object that ends where a second predicate begins', () => {
  it('"X backed A and then went on to B": the object ends before "and"', () => {
    const found = read('The council member backed the zoning plan and then went on to chair the hearing.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The council member', 'backed', 'indirect', ['the zoning plan']],
    ]);
  });

  it('"X opposed A but Y signed B": the object ends before a clause with its own subject; a reported clause runs on', () => {
    assert.deepEqual(read('The union opposed the new contract but Mayor Lund signed it anyway.').map((f) => [f.speaker, f.cue, f.content]), [
      ['The union', 'opposed', ['the new contract']],
    ]);
    assert.deepEqual(read('The mayor said the bridge was unsafe and it would close in May.').map((f) => [f.speaker, f.cue, f.content]), [
      ['The mayor', 'said', ['the bridge was unsafe and it would close in May']],
    ]);
  });
});

describe('attributions: "first" before a past-tense cue', () => {
  it('"The clerk first said …" is a statement, and the cue inside it stays part of it', () => {
    const found = read('The clerk first said she did not recall signing the permit.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The clerk', 'said', 'indirect', ['she did not recall signing the permit']],
    ]);
  });
});

describe('attributions: a verb of wanting or believing after "and" inside what was said', () => {
  it('"X said A and wanted B" is one statement; "X said A and added B" is two', () => {
    assert.deepEqual(read('The mayor said the town was tired of delays and wanted a faster plan.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the town was tired of delays and wanted a faster plan']],
    ]);
    assert.deepEqual(read('The mayor said the town was tired of delays and added that the plan was late.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the town was tired of delays']],
      ['The mayor', 'added', 'indirect', ['the plan was late']],
    ]);
  });
});

describe('attributions: two cues before the same quoted words', () => {
  it('"X said she wants “…”" is the statement of the first cue, which reports the second', () => {
    const found = read('The mayor said she wants “a new bridge by the spring.”');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'direct', ['a new bridge by the spring.']],
    ]);
  });

  it('"… while critics warned …" without a comma is a statement of its own', () => {
    const found = read('The governor insisted the plan was sound while critics warned that it would fail.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The governor', 'insisted', 'indirect', ['the plan was sound']],
      ['critics', 'warned', 'indirect', ['it would fail']],
    ]);
  });
});

describe('attributions: a quotation after a colon with its own speaker', () => {
  it('"X posted a note about A: “B,” she wrote" is two statements, split at the colon', () => {
    const found = read('The coach posted a note about why nobody should be surprised: “We will not stop,” she wrote.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The coach', 'posted', 'indirect', ['a note about why nobody should be surprised']],
      ['she', 'wrote', 'direct', ['We will not stop,']],
    ]);
  });
});

describe('attributions: an object that ends where a clause of reason begins', () => {
  it('"X opposed A because B": the object ends before "because"; a reported clause runs on over it', () => {
    assert.deepEqual(read('The senator opposed the new toll because she thought it would hurt commuters.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The senator', 'opposed', 'indirect', ['the new toll']],
      ['she', 'thought', 'indirect', ['it would hurt commuters']],
    ]);
    assert.deepEqual(read('The senator said the toll was unfair because it would hurt commuters.').map((f) => [f.speaker, f.cue, f.content]), [
      ['The senator', 'said', ['the toll was unfair because it would hurt commuters']],
    ]);
  });
});

describe('attributions: "When asked by X whether …, Y said, “…”"', () => {
  it('the question is its asker\'s statement, and the answer is the speaker\'s alone', () => {
    const found = read('When asked by a reporter whether the tax would rise, the mayor reportedly said, “You tell me,” and walked away from the podium.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['a reporter', 'asked', 'indirect', ['whether the tax would rise']],
      ['the mayor', 'said', 'mixed', ['“You tell me,” and walked away from the podium']],
    ]);
  });
});

describe('attributions: a contrast with a subject of its own after what was said', () => {
  it('"X predicted A, but the B was C": what was said ends before ", but"', () => {
    assert.deepEqual(read('Analysts predicted that the mayor would lose the vote, but the turnout was higher than anyone expected.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Analysts', 'predicted', 'indirect', ['the mayor would lose the vote']],
    ]);
  });
});

describe('attributions: a trailing speaker over a verb that reports no words', () => {
  it('"The county has a history of welcoming refugees, the mayor noted" is the mayor\'s, whole', () => {
    const found = read('The county has a long history of welcoming refugees, the mayor noted.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the mayor', 'noted', 'indirect', ['The county has a long history of welcoming refugees']],
    ]);
  });
});

describe('attributions: an opening "Among …," phrase', () => {
  it('"Among voters who want A, most are planning B": what they want ends at the comma', () => {
    const found = read('Among voters who want a new bridge, most are planning to pay the toll.');
    assert.deepEqual(found.map((f) => [f.cue, f.content]), [
      ['want', ['a new bridge']],
      ['planning', ['to pay the toll']],
    ]);
    assert.deepEqual([found[1]!.speaker, found[1]!.kind], ['most', 'indirect']);
  });
});

describe('attributions: a new subject with a verb of believing after "and" inside what was said', () => {
  it('"X said A and most B believe C" is one statement; "… and the C argued D" is two', () => {
    assert.deepEqual(read('The mayor said the bridge was safe and most drivers believe it will last another decade.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the bridge was safe and most drivers believe it will last another decade']],
    ]);
    assert.deepEqual(read('The mayor said the bridge was safe and the engineers argued it needed repairs.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the bridge was safe']],
      ['the engineers', 'argued', 'indirect', ['it needed repairs']],
    ]);
  });
});

describe('attributions: an opening clause after "And" or "But"', () => {
  it('"And after the judge said A, lawmakers drew B": what the judge said ends at the comma', () => {
    const found = read('And after the judge said the map was unfair, state lawmakers drew a new one.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the judge', 'said', 'indirect', ['the map was unfair']],
    ]);
  });
});

describe('attributions: the writer sums up what was said', () => {
  it('"X said A, a clear sign of B": what was said ends before the comma', () => {
    assert.deepEqual(read('The governor said property taxes would rise next year, a clear sign of the budget gap.').map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The governor', 'said', 'indirect', ['property taxes would rise next year']],
    ]);
  });
});
