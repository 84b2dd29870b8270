import * as assert from 'node:assert/strict';
import { only, read } from './attributions.fixture';

describe('attributions: findings and estimates', () => {
  it('a finding in a "that" clause speaks whatever its subject: "The authors found that …"', () => {
    const a = only('The two farmers found that rents in the valley had doubled since 2010.');
    assert.equal(a.speaker, 'The two farmers');
    assert.equal(a.cue, 'found');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['rents in the valley had doubled since 2010']);
  });
});

describe('attributions: a poll after "in"', () => {
  it('"… in the latest Herald poll": the poll speaks, the clause before it is what it says', () => {
    const a = only('The mayor leads her rival by nine points in the latest Herald poll.');
    assert.equal(a.speaker, 'the latest Herald poll');
    assert.equal(a.cue, 'in');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['The mayor leads her rival by nine points']);
  });

  it('polls in general speak for no one: "leads in the polls"', () => {
    assert.deepEqual(read('The mayor leads in the polls.'), []);
  });
});

describe('attributions: a name, a colon, a quotation', () => {
  it('"- Ann Cole: “…”": the name before the colon speaks', () => {
    const a = only('Turnout may surprise us again - Ann Cole: “Young voters registered in record numbers this spring.”');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, ':');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['Young voters registered in record numbers this spring.']);
  });

  it('"Ann Cole summed it up on Tuesday: “…”": the subject speaks', () => {
    const a = only('Ann Cole summed it up on Tuesday: “The bridge stays open.”');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The bridge stays open.']);
  });
});

describe('attributions: votes and what was spoken of', () => {
  it('"X voted against …": the vote is the stance', () => {
    const a = only('The town council voted against the new parking rules.');
    assert.equal(a.speaker, 'The town council');
    assert.equal(a.cue, 'voted');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['against the new parking rules']);
  });

  it('"X spoke about …": what was spoken of is the content', () => {
    const a = only('The mayor spoke about the flood defenses.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'spoke about');
    assert.deepEqual(a.content, ['the flood defenses']);
  });

  it('"X spoke at a rally" says nothing', () => {
    assert.deepEqual(read('The mayor spoke at a rally for an hour.'), []);
  });
});

describe('attributions: whose view a sentence gives', () => {
  it('"For many farmers, …": the view is theirs', () => {
    const a = only('For many farmers, the new dam is a betrayal of the valley.');
    assert.equal(a.speaker, 'many farmers');
    assert.equal(a.cue, 'For');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new dam is a betrayal of the valley']);
  });

  it('"To Ann Cole, …": the view is hers', () => {
    const a = only('To Ann Cole, the vote marked a turning point.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.deepEqual(a.content, ['the vote marked a turning point']);
  });

  it('"For many months, …" and "To win the seat, …" give no one’s view', () => {
    assert.deepEqual(read('For many months, the bridge stayed closed to traffic.'), []);
    assert.deepEqual(read('To win the seat, a candidate needs the river towns.'), []);
  });
});

describe('attributions: a quotation, then a long speaker', () => {
  it('"“…,” the economist Ann Cole, a former adviser to the mayor, wrote on her blog."', () => {
    const a = only('“Rents will keep rising for years,” the economist Ann Cole, a former adviser to the mayor of the river town, wrote on her blog.');
    assert.equal(a.speaker, 'the economist Ann Cole');
    assert.equal(a.cue, 'wrote');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['Rents will keep rising for years,']);
  });
});

describe('attributions: what a speaker points to or dwells on', () => {
  it('"X pointed to …"', () => {
    const a = only('The mayor pointed to the new flood walls along the river.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'pointed to');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new flood walls along the river']);
  });

  it('"X focused on …", but not "a focus on …"', () => {
    const a = only('The senator focused on school funding.');
    assert.equal(a.speaker, 'The senator');
    assert.equal(a.cue, 'focused on');
    assert.deepEqual(a.content, ['school funding']);
    assert.deepEqual(read('The new focus on school funding is welcome news.'), []);
  });
});

describe('attributions: "according to" after an opener', () => {
  it('"But, according to the survey, …": the clause after is the content', () => {
    const a = only('But, according to the county survey, most farmers will grow less corn this year.');
    assert.equal(a.speaker, 'the county survey');
    assert.equal(a.cue, 'according to');
    assert.deepEqual(a.content, ['most farmers will grow less corn this year']);
  });

  it('"That’s according to …": the pronoun stands for what was said', () => {
    const a = only('That’s according to county tax records.');
    assert.equal(a.speaker, 'county tax records');
    assert.deepEqual(a.content, ['That']);
  });

  it('"The plan, according to the aide, is …": a short subject belongs to the content', () => {
    const a = only('The plan, according to the aide, is to close the bridge in May.');
    assert.equal(a.speaker, 'the aide');
    assert.deepEqual(a.content, ['The plan', 'is to close the bridge in May']);
  });

  it('"“…,” according to the report.": a quotation that opens the sentence is all of what was said', () => {
    const a = only('“The harbor fund ran dry in March and nobody told the council,” according to the auditor’s report.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the auditor’s report', 'according to', 'direct', ['The harbor fund ran dry in March and nobody told the council,']]);
  });
});

describe('attributions: cue phrases', () => {
  it('"X made clear that …"', () => {
    const a = only('The governor made clear that the bridge would stay open.');
    assert.equal(a.speaker, 'The governor');
    assert.equal(a.cue, 'made clear');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the bridge would stay open']);
  });

  it('"X took issue with …", "X laid out …"', () => {
    const a = only('Ann Cole took issue with the new parking fees.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, 'took issue with');
    assert.deepEqual(a.content, ['the new parking fees']);
    const b = only('The mayor laid out her plan for the harbor.');
    assert.equal(b.cue, 'laid out');
    assert.deepEqual(b.content, ['her plan for the harbor']);
  });
});

describe('attributions: evidence with a fenced phrase', () => {
  it('"A county survey, conducted by the college in May, shows …"', () => {
    const a = only('A county survey, conducted by the college in May, shows most farmers with smaller harvests.');
    assert.equal(a.speaker, 'A county survey');
    assert.equal(a.cue, 'shows');
    assert.deepEqual(a.content, ['most farmers with smaller harvests']);
  });
});

describe('attributions: backing a candidate', () => {
  it('"X backed Y"', () => {
    const a = only('The teachers union backed Ann Cole in the primary.');
    assert.equal(a.speaker, 'The teachers union');
    assert.equal(a.cue, 'backed');
    assert.deepEqual(a.content, ['Ann Cole in the primary']);
  });

  it('"a group backing Y" names who is backed; "backed down" is no stance', () => {
    const a = only('Donors gave millions to a group backing Ann Cole and then went home.');
    assert.equal(a.speaker, 'a group');
    assert.equal(a.cue, 'backing');
    assert.deepEqual(a.content, ['Ann Cole']);
    assert.deepEqual(read('The council backed down after the vote.'), []);
  });
});

describe('attributions: a relative "which" speaks for its noun', () => {
  it('"The union, which endorsed Cole in May, …"', () => {
    const found = read('The union, which endorsed Ann Cole in May, has grown quickly.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'The union, which');
    assert.equal(found[0]!.cue, 'endorsed');
    assert.deepEqual(found[0]!.content, ['Ann Cole in May']);
  });
});

describe('attributions: a stance verb before a name', () => {
  it('"Young people support Cole by four points"', () => {
    const a = only('Young people support Ann Cole by four points.');
    assert.equal(a.speaker, 'Young people');
    assert.equal(a.cue, 'support');
    assert.deepEqual(a.content, ['Ann Cole by four points']);
  });
});

describe('attributions: any verb that ends a quotation’s sentence', () => {
  it('"“…,” Ann Cole shot back."', () => {
    const a = only('“The bridge stays open,” Ann Cole shot back.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, 'shot back');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The bridge stays open,']);
  });

  it('"“…,” fumed Ann Cole."', () => {
    const a = only('“Not again,” fumed Ann Cole.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, 'fumed');
    assert.deepEqual(a.content, ['Not again,']);
  });
});

describe('attributions: a quotation without its closing comma', () => {
  it('"“…” Ann Cole said."', () => {
    const a = only('“The river is the town’s lifeline” Ann Cole said.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, 'said');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The river is the town’s lifeline']);
  });

  it('"“…” said Ann Cole, the mayor."', () => {
    const a = only('“The river is the town’s lifeline” said Ann Cole, the mayor.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.deepEqual(a.content, ['The river is the town’s lifeline']);
  });
});

describe('attributions: a sentence that announces the quotation after its colon', () => {
  it('"Mayor Ann Cole released the following statement:" and the quotation in the next paragraph', () => {
    const text = 'Mayor Ann Cole released the following statement:\n\n“We grieve with the families of the river towns.”';
    const a = only(text);
    assert.equal(a.speaker, 'Mayor Ann Cole');
    assert.equal(a.cue, 'released');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['We grieve with the families of the river towns.']);
  });
});

describe('attributions: more verbs of saying and judging', () => {
  it('"X apologized for …", "X deemed …"', () => {
    const a = only('The mayor apologized for the late buses.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'apologized');
    assert.deepEqual(a.content, ['for the late buses']);
    const b = only('The judge deemed the new map unlawful.');
    assert.equal(b.speaker, 'The judge');
    assert.equal(b.cue, 'deemed');
    assert.deepEqual(b.content, ['the new map unlawful']);
  });
});

describe('attributions: "went on to say"', () => {
  it('"X went on to say …" speaks with the subject of "went"', () => {
    const a = only('The mayor went on to say the harbor would reopen in June.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'went on to say');
    assert.deepEqual(a.content, ['the harbor would reopen in June']);
  });
});

describe('attributions: a headline with a name, a preposition and a colon', () => {
  it('"Cole to Farmers: …" gives the name before the preposition', () => {
    const a = only('Mayor Cole to River Farmers: The dam will not be built.');
    assert.equal(a.speaker, 'Mayor Cole');
    assert.equal(a.cue, ':');
    assert.deepEqual(a.content, ['The dam will not be built']);
  });
});

describe('attributions: "as X put it"', () => {
  it('"As one farmer put it, …"', () => {
    const a = only('As one farmer put it, the river gives and the river takes.');
    assert.equal(a.speaker, 'one farmer');
    assert.equal(a.cue, 'put it');
    assert.deepEqual(a.content, ['the river gives and the river takes']);
  });
  it('"As Ann Cole, a professor at Dover, put it, “…”", "…, as he puts it, “…” …"', () => {
    const a = only('As Ann Cole, a professor at Dover, put it, "The bridge will not last another winter."');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole, a professor at Dover', 'put it', 'direct', ['The bridge will not last another winter.']]);
    const b = only('That is why, as she puts it, "the only road out" is the river.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['she', 'puts it', 'mixed', ['"the only road out" is the river']]);
  });
  it('a quoted title in the appositive, and where it was put, stay out of what was said', () => {
    const a = only('As Ann Cole, author of "River Towns," put it, "The bridge will not last another winter."');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole, author of "River Towns,"', 'put it', 'direct', ['The bridge will not last another winter.']]);
    const b = only('As the harbor chief, Ann Cole, put it in her memo to the crews, "The ferry runs at dawn or not at all."');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the harbor chief, Ann Cole', 'put it', 'direct', ['The ferry runs at dawn or not at all.']]);
    const c = only('As Ann Cole, author of “The Harbor Book,” put it, “The ferry will run again.”');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['Ann Cole, author of “The Harbor Book,”', 'put it', 'direct', ['The ferry will run again.']]);
  });
});

describe('attributions: "commented", "sided with", "sparred with", "addressed"', () => {
  it('finite forms speak; the noun ("both sides") does not', () => {
    const a = only('The mayor commented that the new bridge was late.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'commented', 'indirect', ['the new bridge was late']]);
    const b = only('The judge sided with the river towns.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The judge', 'sided', 'indirect', ['with the river towns']]);
    assert.deepEqual(read('Voters on both sides of the river crossed the bridge.'), []);
  });
});

describe('attributions: verb and particle cues ("fired back", "distanced himself from", "balked at")', () => {
  it('the particle completes the cue and the subject speaks', () => {
    const a = only('The mayor fired back that the bridge was never late.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'fired back', 'indirect', ['the bridge was never late']]);
    const b = only('The senator distanced herself from the new toll plan.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'distanced herself from', 'indirect', ['the new toll plan']]);
    const c = only('The county balked at raising the ferry fares.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The county', 'balked at', 'indirect', ['raising the ferry fares']]);
  });
});

describe('attributions: "doubled down on", "took a swipe at", "threw her support behind"', () => {
  it('the whole phrase is the cue and the subject speaks', () => {
    const a = only('The mayor doubled down on her plan for a second bridge.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'doubled down on', 'indirect', ['her plan for a second bridge']]);
    const b = only('The senator took a swipe at the ferry company.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'took a swipe at', 'indirect', ['the ferry company']]);
    const c = only('The union threw its support behind the new toll plan.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The union', 'threw its support behind', 'indirect', ['the new toll plan']]);
  });
});

describe('attributions: "pressed", "persuaded"', () => {
  it('the subject speaks; "the press" is no cue', () => {
    const a = only('The mayor pressed the county for a second ferry.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'pressed', 'indirect', ['the county for a second ferry']]);
    const b = only('The senator persuaded the board to delay the vote.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'persuaded', 'indirect', ['the board to delay the vote']]);
    assert.deepEqual(read('The press waited outside the new bridge.'), []);
  });
});

describe('attributions: a paragraph of prose after "X writes:"', () => {
  it('"The columnist writes:" closing a paragraph: the next paragraph is the excerpt', () => {
    const a = only('The levy drew critics.\n\nThe columnist writes:\n\nThe levy puts the cost of a new bridge on renters who will never cross it. It should be voted down.\n\nThe vote is on Tuesday.');
    assert.deepEqual([a.speaker, a.cue, a.kind], ['The columnist', 'writes', 'direct']);
    assert.deepEqual(a.content, ['The levy puts the cost of a new bridge on renters who will never cross it. It should be voted down.']);
  });
  it('a name and a colon before prose is a label, not an excerpt', () => {
    assert.deepEqual(read('Ferry schedule:\n\nBoats leave the east dock every hour until nine.'), []);
  });
});

describe('attributions: pressing someone for something', () => {
  it('"pressured the mayor to drop the levy", "pressing the council for a vote": the one who presses speaks', () => {
    const a = only('The growers pressured the mayor to drop the levy.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The growers', 'pressured', 'indirect', ['the mayor to drop the levy']]);
    const b = only('Tenants have been pressing the council for a vote on rents.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Tenants', 'pressing', 'indirect', ['the council for a vote on rents']]);
  });
  it('"invited the growers to join the protest": an invitation to do something speaks; "invited to the gala" does not', () => {
    const a = only('The mayor invited the growers to join the protest.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'invited', 'indirect', ['the growers to join the protest']]);
    assert.deepEqual(read('The growers were invited to the gala.'), []);
  });
  it('"growing pressure", "a pressing concern", "pressed on through the rain" report nothing', () => {
    assert.deepEqual(read('The council faces growing pressure to act.'), []);
    assert.deepEqual(read('Rent was their most pressing concern.'), []);
    assert.deepEqual(read('He pressed on through the rain.'), []);
  });
});

describe('attributions: a view, a reckoning or a law that vouches for a clause', () => {
  it('"In Cole\'s mind, …", "In the eyes of most riders, …": the owner of the view holds the clause after the comma', () => {
    const a = only("In Cole's mind, the ferry must keep running.");
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ["Cole's", 'mind', 'indirect', ['the ferry must keep running']]);
    const b = only('In the eyes of most riders, the new timetable is a failure.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['most riders', 'eyes', 'indirect', ['the new timetable is a failure']]);
  });
  it('"was, in the words of an aide, …": the aside\'s owner holds what follows it; "In other words" holds nothing', () => {
    const a = only('The mayor was, in the words of one aide, the last honest broker in town.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['one aide', 'words', 'indirect', ['the last honest broker in town']]);
    assert.deepEqual(read('In other words, the ferry will stop in May.'), []);
  });
  it('"By the network\'s tally, …", "By some measures, …", "Under Ohio law, …": the reckoning or the law is the source', () => {
    const a = only("By the network's tally, the mayor now has 40 delegates.");
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ["the network's tally", 'By', 'indirect', ['the mayor now has 40 delegates']]);
    const b = only('By some measures, the ferry is the cheapest way to the island.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['some measures', 'By', 'indirect', ['the ferry is the cheapest way to the island']]);
    const c = only('Under Ohio law, growers may ask for a second inspection.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['Ohio law', 'Under', 'indirect', ['growers may ask for a second inspection']]);
  });
  it('"Under the new rules, …", "By Tuesday, …" report nothing', () => {
    assert.deepEqual(read('Under the new rules, the ferry stops at nine.'), []);
    assert.deepEqual(read('By Tuesday, the ferry had stopped.'), []);
  });
});

describe('attributions: "spoke to X about …", "spoke at the fair on Tuesday about …"', () => {
  it('a short setting between "spoke" and "about" keeps what was spoken of as the content', () => {
    const a = only('The mayor spoke at the county fair on Tuesday about the new ferry schedule.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'spoke at the county fair on Tuesday about', 'indirect', ['the new ferry schedule']]);
    const b = only('The senator spoke with reporters about the toll.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'spoke with reporters about', 'indirect', ['the toll']]);
    assert.deepEqual(read('The mayor spoke at the county fair on Tuesday.'), []);
  });
});
