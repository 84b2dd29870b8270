// Known cue verbs in constructions the plainer rules do not read.
import * as assert from 'node:assert/strict';
import { only, read } from './attributions.fixture';

describe('attributions: a cue after a fenced aside', () => {
  it('"Cole, a historian at the college, writes that …": the name before the aside speaks', () => {
    const a = only('Ann Cole, a historian at the college, writes that the ferry will not run this winter.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole', 'writes', 'indirect', ['the ferry will not run this winter']]);
    const b = only('Ann Cole, a historian at the college, calls the ferry “a relic.”');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Ann Cole', 'calls', 'direct', ['a relic.']]);
  });
});

describe('attributions: a cue in an infinitive', () => {
  it('"The mayor used her speech to call for …": the subject speaks', () => {
    const a = only('The mayor used her speech to call for a second ferry.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'to call for', 'indirect', ['a second ferry']]);
  });

  it('"the first council member to endorse …": the ranked noun speaks', () => {
    const a = only('Ann Cole became the first council member to endorse the toll plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the first council member', 'to endorse', 'indirect', ['the toll plan']]);
  });

  it('"The vote led the mayor to declare …": the one made to act speaks', () => {
    const a = only('The close vote led the mayor to declare that the plan was dead.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'to declare', 'indirect', ['the plan was dead']]);
  });

  it('no statement in "hard to say", "a chance to say", nor apart from the cue that holds it', () => {
    assert.deepEqual(read('It is hard to say whether the ferry will run.'), []);
    assert.deepEqual(read('The board had a chance to say more about the ferry.'), []);
    const held = only('The mayor refused to endorse the toll plan.');
    assert.deepEqual([held.speaker, held.cue, held.content], ['The mayor', 'refused', ['to endorse the toll plan']]);
  });
});

describe('attributions: a cue participle after "by", "in" or "of"', () => {
  it('"The mayor won the vote by promising …": the subject before it speaks', () => {
    const a = only('The mayor won the vote by promising to keep the ferry running.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'promising', 'indirect', ['to keep the ferry running']]);
  });

  it('"In describing the plan …, the council …": the subject after the opening phrase speaks', () => {
    const found = read('In describing the toll plan as a tax, the council members made their choice clear.');
    assert.deepEqual(found.map((a) => [a.speaker, a.cue, a.kind, a.content]), [['the council members', 'describing', 'indirect', ['the toll plan as a tax']]]);
  });
});

describe('attributions: a cue participle that opens the sentence', () => {
  it('"Noting that …, the mayor …": the subject after the comma speaks, up to the comma', () => {
    const found = read('Noting that the ferry had run late all week, the mayor said the county owed the town a second boat.');
    assert.deepEqual(found.map((a) => [a.speaker, a.cue, a.kind, a.content]), [
      ['the mayor', 'Noting', 'indirect', ['the ferry had run late all week']],
      ['the mayor', 'said', 'indirect', ['the county owed the town a second boat']],
    ]);
  });
});

describe('attributions: a passive cue with its agent', () => {
  it('"The toll plan was criticized by …": the agent holds the stance about the subject', () => {
    const a = only('The toll plan was sharply criticized by the ferry workers union.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the ferry workers union', 'was sharply criticized by', 'indirect', ['The toll plan']]);
    const b = only('Ann Cole, who was endorsed by the teachers, won the seat.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the teachers', 'was endorsed by', 'indirect', ['who']]);
  });

  it('no statement in what may happen, nor in who wrote a thing', () => {
    assert.deepEqual(read('The seat will be decided by a runoff.'), []);
    assert.deepEqual(read('The report was written by two clerks.'), []);
  });
});

describe('attributions: a cue whose object is a relative word before its subject', () => {
  it('"The tax, which the mayor proposed in May, …": the relative word is what was said', () => {
    const a = only('The tax, which the mayor proposed in May, failed.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'proposed', 'indirect', ['which']]);
    const b = only('The mayor took back everything she said.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['she', 'said', 'indirect', ['everything']]);
  });
});

describe('attributions: an infinitive after a lexicon word that is no cue there', () => {
  it('"The mayor continued to insist that …": the subject speaks', () => {
    const a = only('The mayor continued to insist that the ferry was safe.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'to insist', 'indirect', ['the ferry was safe']]);
  });
});

describe('attributions: a share written with its sign speaks', () => {
  it('"Among farmers, 47% say …": the share is the speaker', () => {
    const a = only('Among farmers, 47% say the ferry should run all winter.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['47%', 'say', 'indirect', ['the ferry should run all winter']]);
  });
});

describe('attributions: "talked about", "joked about"', () => {
  it('what follows "about" is what was said, also after an opening word', () => {
    const a = only('Instead, the mayor talked about the ferry schedule.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'talked about', 'indirect', ['the ferry schedule']]);
    const b = only('Later, she joked about moving to the island.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['she', 'joked about', 'indirect', ['moving to the island']]);
  });
});

describe('attributions: a named body or a person behind an evidence verb', () => {
  it('"Gallup finds …", "I find … troubling"', () => {
    const a = only('And Gallup finds voters shifting toward the ferry plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Gallup', 'finds', 'indirect', ['voters shifting toward the ferry plan']]);
    const b = only('I find his silence on the ferry troubling.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['I', 'find', 'indirect', ['his silence on the ferry troubling']]);
  });
});

describe('attributions: a trailing speaker the plain noun phrase stops short of', () => {
  it('"…, several neighbors said", "…, a source close to him said", "…, clerks and union officials told …"', () => {
    const a = only('The ferry will not run this winter, several neighbors said.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['several neighbors', 'said', 'indirect', ['The ferry will not run this winter']]);
    const b = only('The mayor will not run again, a source close to him said.');
    assert.deepEqual([b.speaker, b.cue, b.content], ['a source close to him', 'said', ['The mayor will not run again']]);
    const c = only('The ferry will not run this winter, clerks and union officials told the Courier.');
    assert.deepEqual([c.speaker, c.cue, c.content], ['clerks and union officials', 'told', ['The ferry will not run this winter']]);
  });
});

describe('attributions: an infinitive cue after "has to", "is likely to", "is going to"', () => {
  it('"The mayor has to explain why …": the subject speaks', () => {
    const a = only('The mayor has to explain why the ferry is late.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'to explain', 'indirect', ['why the ferry is late']]);
    const b = only('The mayor is likely to argue that the ferry pays for itself.');
    assert.deepEqual([b.speaker, b.cue, b.content], ['The mayor', 'to argue', ['the ferry pays for itself']]);
  });
});

describe('attributions: "has taken to saying"', () => {
  it('an -ing cue after "taken to" speaks for the subject', () => {
    const a = only('The mayor has taken to saying that the ferry pays for itself.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'to saying', 'indirect', ['the ferry pays for itself']]);
  });
});

describe('attributions: "cast a ballot for"', () => {
  it('the voters speak, and the one they chose is what they said', () => {
    const a = only('Most farmers cast their ballots for Ann Cole.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Most farmers', 'cast their ballots for', 'indirect', ['Ann Cole']]);
  });
});

describe('attributions: "questioned whether", "is considering whether"', () => {
  it('what is questioned or weighed is what was said', () => {
    const a = only('The council has questioned whether the ferry can run all winter.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council', 'questioned', 'indirect', ['whether the ferry can run all winter']]);
  });
});

describe('attributions: "asked the senator about …"', () => {
  it('the one asked is the addressee, and what follows "about" is the question, also after an opening clause', () => {
    const found = read('After the vote, the reporter asked the mayor about the ferry.');
    assert.deepEqual(found.map((a) => [a.speaker, a.cue, a.addressee, a.content]), [['the reporter', 'asked', 'the mayor', ['about the ferry']]]);
  });
});

describe('attributions: a speaker and a cue inside a parenthesis', () => {
  it('speak of what the parenthesis holds before them ("(as high as 40 dollars, Adeyemi says)")', () => {
    const found = read('Riders complained about fares (as high as 40 dollars on some days, Adeyemi says) on the island ferry.');
    const a = found.find((f) => f.cue === 'says')!;
    assert.deepEqual([a.speaker, a.kind, a.content], ['Adeyemi', 'indirect', ['as high as 40 dollars on some days']]);
    const q = only('The union drew complaints ("The ferry is always late," wrote Ruth Adeyemi, a nurse from the island, on the union page), and more are coming.');
    assert.deepEqual([q.speaker, q.kind, q.content], ['Ruth Adeyemi', 'direct', ['The ferry is always late,']]);
  });

  it('and a statement around the parenthesis goes on after it, without it', () => {
    const found = read('Cole said the fares (the highest in the state, according to the council) would rise in May.');
    const said = found.find((f) => f.cue === 'said')!;
    assert.deepEqual([said.speaker, said.kind, said.content], ['Cole', 'indirect', ['the fares', 'would rise in May']]);
    const council = found.find((f) => f.cue === 'according to')!;
    assert.deepEqual([council.speaker, council.kind, council.content], ['the council', 'indirect', ['the highest in the state']]);
  });
});

describe('attributions: writing a work', () => {
  it('"wrote a children\'s book", "wrote the introduction to a guide" is no statement', () => {
    assert.deepEqual(read('After she left the bank, Okafor wrote a children\'s book.'), []);
    assert.deepEqual(read('The former mayor wrote the introduction for a guide to the harbor.'), []);
  });

  it('but what a work says, or where it was written, still is', () => {
    const a = only('Okafor wrote in a column that the harbor was dying.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Okafor', 'wrote', 'indirect', ['the harbor was dying']]);
  });
});

describe('attributions: "one PAC called Stop Cole"', () => {
  it('names a thing, no statement', () => {
    assert.deepEqual(read('One PAC called Stop Cole and another tied to the union spent heavily.'), []);
  });

  it('but "One aide called the plan “a disaster.”" is the aide\'s', () => {
    const a = only('One aide called the plan “a disaster.”');
    assert.deepEqual([a.speaker, a.cue, a.content], ['One aide', 'called', ['a disaster.']]);
  });
});

describe('attributions: "and on Monday announced", "but in a later interview said"', () => {
  it('a setting of when or where between "and"/"but" and the cue keeps the subject of the sentence', () => {
    const found = read('The mayor has backed the bridge plan for years and on Monday announced that work would start in May.');
    const a = found.find((f) => f.cue === 'announced')!;
    assert.deepEqual([a.speaker, a.kind, a.content], ['The mayor', 'indirect', ['work would start in May']]);
    const later = read('The clerk first said she had lost the ballots, but in a later interview said they were stolen.');
    assert.deepEqual(later.map((f) => [f.speaker, f.cue, f.content]), [['The clerk', 'said', ['she had lost the ballots']], ['The clerk', 'said', ['they were stolen']]]);
  });

  it('so does a sentence adverb such as "instead" ("… and instead portrayed …")', () => {
    const a = only('In her memoir, the mayor departed from the usual story and instead portrayed the council as a gang of cowards.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'portrayed', 'indirect', ['the council as a gang of cowards']]);
  });
});
