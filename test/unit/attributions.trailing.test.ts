// Trailing attributions after a quotation in forms the plain "“…,” X said" reading misses.
import * as assert from 'node:assert/strict';
import { only, read } from './attributions.fixture';

describe('attributions: "“…,” writes X"', () => {
  it('a present-tense cue that is also a noun speaks after a quotation closed on a comma', () => {
    const a = only('“The bridge will not open this year,” writes Dana Ruiz, who covers the county.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Dana Ruiz', 'writes', 'direct', ['The bridge will not open this year,']]);
  });
});

describe('attributions: "“…?” X asked Y." after a quotation that ends its sentence', () => {
  it('the one spoken to stands between the cue and the end of the sentence', () => {
    const a = only('“Will the ferry run on Sundays?” Ms. Okafor asked the harbor master.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ms. Okafor', 'asked', 'direct', ['Will the ferry run on Sundays?']]);
    const b = only('“Who pays for the bridge?” the mayor told reporters at the town hall.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the mayor', 'told', 'direct', ['Who pays for the bridge?']]);
  });

  it('a name with an appositive fenced by commas, and an adverb after the cue', () => {
    const a = only('“Who will fix the pier?” Ruth Adeyemi, a retired ferry captain from the island, asked.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ruth Adeyemi, a retired ferry captain from the island', 'asked', 'direct', ['Who will fix the pier?']]);
    const b = only('“Is the ferry running today?” Okafor said cheerfully into the phone.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Okafor', 'said', 'direct', ['Is the ferry running today?']]);
  });
});

describe('attributions: a quotation set off by spaced hyphens, "- “…,” X said -"', () => {
  it('the aside is the speaker’s quotation, not what follows the second hyphen', () => {
    const found = read('The mayor defended the budget - "We cannot close the library," she said - but the council voted against her.');
    const said = found.find((f) => f.cue === 'said');
    assert.deepEqual(said && [said.speaker, said.kind, said.content], ['she', 'direct', ['We cannot close the library,']]);
  });
});

describe('attributions: only verbs of saying go before their speaker after a comma', () => {
  it('"X, a former judge, criticized Y" keeps X as the speaker, not an inverted "…, criticized Y"', () => {
    const a = only('Dana Ruiz, a former county judge, criticized the ferry contract.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Dana Ruiz, a former county judge', 'criticized', 'indirect', ['the ferry contract']]);
  });
  it('after a quotation any cue may still go first', () => {
    const a = only('“We were never told,” recalled Dana Ruiz.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Dana Ruiz', 'recalled', 'direct', ['We were never told,']]);
  });
});

describe('attributions: a plural possessive keeps its apostrophe in the speaker', () => {
  it('"…, the engineers’ union said" and "Mr. Reyes’ lawyer said …"', () => {
    const a = only('The bridge is safe, the engineers’ union said on Friday.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the engineers’ union', 'said', 'indirect', ['The bridge is safe']]);
    const b = only("Mr. Reyes' lawyer said the ferry would run.");
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ["Mr. Reyes' lawyer", 'said', 'indirect', ['the ferry would run']]);
  });
});

describe('attributions: "X has strong support among Y", "X won overwhelming support from Y"', () => {
  it('the group the backing comes from speaks, and the one backed is the content', () => {
    const a = only('The mayor has strong support among ferry workers.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['ferry workers', 'has strong support among', 'indirect', ['The mayor']]);
    const b = only('The mayor won overwhelming support from the county’s teachers.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the county’s teachers', 'won overwhelming support from', 'indirect', ['The mayor']]);
  });
});

describe('attributions: passives with "by" that the plain "was X-ed by" reading misses', () => {
  it('a fenced participle with its agent: "The plan, opposed by the union, died."', () => {
    const a = only('The ferry plan, opposed by the dockworkers’ union, died in committee.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the dockworkers’ union', 'opposed by', 'indirect', ['The ferry plan']]);
  });
  it('a share of people as the agent: "rejected by 61 percent of voters"', () => {
    const a = only('The toll was rejected by 61 percent of voters.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['61 percent of voters', 'was rejected by', 'indirect', ['The toll']]);
  });
});

describe('attributions: evidence that shows', () => {
  it('photos, searches and outcomes show as polls do', () => {
    const a = only('Photos showed the flooded ferry terminal.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Photos', 'showed', 'indirect', ['the flooded ferry terminal']]);
  });
  it('a poll "released by X and Y" keeps both names; "In all, …, records show" is not an opening phrase', () => {
    const a = only('A poll released Sunday by The Tribune and Channel Four shows the mayor ahead.');
    assert.deepEqual([a.cue, a.kind, a.content], ['shows', 'indirect', ['the mayor ahead']]);
    const b = only('In all, the county spent $4 million on the ferry, state records show.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['state records', 'show', 'indirect', ['In all, the county spent $4 million on the ferry']]);
  });
});

describe('attributions: "has shown little inclination to", "showed no appetite for"', () => {
  it('a stance shown by its subject, not evidence', () => {
    const a = only('The mayor has shown little inclination to build a second ferry.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'shown little inclination to', 'indirect', ['build a second ferry']]);
    const b = only('The union showed no appetite for a strike.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The union', 'showed no appetite for', 'indirect', ['a strike']]);
  });
});

describe('attributions: a noun-like cue after "which" is its verb', () => {
  it('"the county report, which notes, “…”"', () => {
    const found = read('The mayor cited the county report, which notes, “The ferry loses money every year.”').find((f) => f.cue === 'notes');
    assert.deepEqual(found && [found.speaker, found.kind, found.content], ['the county report, which', 'direct', ['The ferry loses money every year.']]);
  });
});

describe('attributions: a cue before a closing colon introduces the next paragraph', () => {
  it('"…, and the mayor responded:" speaks the quotation below, not the clause before', () => {
    const text = 'The council met on Monday, and the mayor responded:\n\n"The ferry will run on Sundays."';
    const found = read(text);
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['the mayor', 'responded', 'direct', ['The ferry will run on Sundays.']]]);
  });
});

describe('attributions: "…, said a handful of X who …"', () => {
  it('a relative clause after an inverted speaker describes it', () => {
    const found = read('The ferry will survive the vote, said a handful of Democrats who back the mayor.');
    const said = found.find((f) => f.cue === 'said');
    assert.deepEqual(said && [said.speaker, said.kind, said.content], ['a handful of Democrats', 'indirect', ['The ferry will survive the vote']]);
  });
  it('a place after the inverted speaker: "…, says Dana Ruiz in Portland."', () => {
    const a = only('The ferry will survive the vote, says historian Dana Ruiz in Portland.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['historian Dana Ruiz', 'says', 'indirect', ['The ferry will survive the vote']]);
  });
  it('not after a fenced subject: "Cole, a former aide, said the official who …"', () => {
    const found = read('Ann Cole, a former aide, said the official who replaced her should resign.');
    const said = found.find((f) => f.cue === 'said');
    assert.deepEqual(said && [said.speaker, said.content], ['Ann Cole, a former aide', ['the official who replaced her should resign']]);
  });
});

describe('attributions: "…, as X said." closing the sentence', () => {
  it('the clause before the comma is what the speaker after "as" said or believes', () => {
    const a = only('The ferry will lose money for years, as some council members have warned.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['some council members', 'warned', 'indirect', ['The ferry will lose money for years']]);
    const b = only('The bridge costs rose over the winter, as the mayor has sometimes admitted in public.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the mayor', 'admitted', 'indirect', ['The bridge costs rose over the winter']]);
  });

  it('not when the aside has an object of its own, nor when the sentence goes on after it', () => {
    const found = read('The board dropped the levy, as its critics had urged it to do.');
    assert.ok(found.every((f) => !f.content.includes('The board dropped the levy')), JSON.stringify(found));
    const a = only('Given that, as the Courier reported, the mayor resigned in May.');
    assert.deepEqual([a.speaker, a.cue, a.content], ['the Courier', 'reported', ['the mayor resigned in May']]);
  });
});

describe('attributions: a passive cue with a short phrase before "by"', () => {
  it('the agent after "by" speaks about the subject ("was recommended for the job by …")', () => {
    const a = only('Cole was recommended for the job by the former mayor.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the former mayor', 'indirect', ['Cole']]);
  });

  it('not when the phrase holds a verb of its own ("was seen on camera grabbing a man by the arm")', () => {
    const found = read('The guard was seen on camera grabbing a man by the arm.');
    assert.ok(found.every((f) => f.speaker !== 'the arm'), JSON.stringify(found));
  });
});
