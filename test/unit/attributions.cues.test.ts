// Cue words outside the common speech verbs, each kept for what it adds on annotated news.
import * as assert from 'node:assert/strict';
import { byCue, only, read } from './attributions.fixture';

describe('attributions: less common cue verbs', () => {
  it('"outlined", "interjected", "downplayed" speak for their subject', () => {
    const a = only('The mayor outlined a plan to rebuild the ferry dock.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'outlined', 'indirect', ['a plan to rebuild the ferry dock']]);
    const b = only('The treasurer interjected that the budget was already spent.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The treasurer', 'interjected', 'indirect', ['the budget was already spent']]);
    const c = only('The council downplayed the cost of the new bridge.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The council', 'downplayed', 'indirect', ['the cost of the new bridge']]);
  });
});

describe('attributions: "cast her as", "painted him as"', () => {
  it('the subject names the object, and "cast a ballot" says nothing', () => {
    const a = only('The mayor cast her rival as a friend of the ferry company.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'cast', 'indirect', ['her rival as a friend of the ferry company']]);
    const b = only('The senator painted the new toll as a tax on workers.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'painted', 'indirect', ['the new toll as a tax on workers']]);
    assert.deepEqual(read('The mayor cast a ballot early and painted the fence.'), []);
    const c = only('Most delegates cast their votes for the county clerk.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['Most delegates', 'cast their votes for', 'indirect', ['the county clerk']]);
  });
});

describe('attributions: "was first reported by" an outlet', () => {
  it('the outlet speaks, and what it reported is the subject, the phrase or the clause before', () => {
    const a = only('The ferry deal was first reported by the Harbor Gazette.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the Harbor Gazette', 'reported by', 'indirect', ['The ferry deal']]);
    const b = only('The toll plan, first reported by The Daily Ledger, is still a draft.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The Daily Ledger', 'reported by', 'indirect', ['The toll plan']]);
    const c = only('The county sold the old bridge, as first reported by the Harbor Gazette on Monday.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['the Harbor Gazette', 'reported by', 'indirect', ['The county sold the old bridge']]);
    const d = only('The Harbor Gazette first reported the sale on Monday.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['The Harbor Gazette', 'reported', 'indirect', ['the sale on Monday']]);
  });
});

describe('attributions: "won the endorsement of"', () => {
  it('the one after "of" backs the subject; an aim to win it is no backing', () => {
    const a = only('The mayor won the endorsement of the ferry workers union.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the ferry workers union', 'won the endorsement of', 'indirect', ['The mayor']]);
    const b = only('The toll plan has the full backing of the county board.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the county board', 'has the full backing of', 'indirect', ['The toll plan']]);
    assert.deepEqual(read('The mayor needs to win the support of older voters.'), []);
  });
});

describe('attributions: "made no mention of", "brushed off", "is looking to"', () => {
  it('the whole phrase is the cue and the subject speaks', () => {
    const a = only('The mayor made no mention of the ferry fares.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'made no mention of', 'indirect', ['the ferry fares']]);
    const b = only('The senator brushed off the questions about her budget.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'brushed off', 'indirect', ['the questions about her budget']]);
    const c = only('The county is looking to sell the old bridge.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The county', 'looking to', 'indirect', ['sell the old bridge']]);
    const e = only('The mayor looks to reopen the old bridge.');
    assert.deepEqual([e.speaker, e.cue, e.kind, e.content], ['The mayor', 'looks to', 'indirect', ['reopen the old bridge']]);
    const d = only('The union lined up behind the toll plan.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['The union', 'lined up behind', 'indirect', ['the toll plan']]);
  });
});

describe('attributions: "are split on", "was confident in", "is sick of"', () => {
  it('the subject holds the stance on what follows the adjective', () => {
    const a = only('The council members are split on the toll plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council members', 'are split on', 'indirect', ['the toll plan']]);
    const b = only('The mayor was confident in the new ferry schedule.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The mayor', 'was confident in', 'indirect', ['the new ferry schedule']]);
    const c = only('Commuters are sick of the delays on the bridge.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['Commuters', 'are sick of', 'indirect', ['the delays on the bridge']]);
  });
});

describe('attributions: "wasn\'t happy about", "became increasingly vocal about", "are leery of"', () => {
  it('a negated or changing link still gives the subject the stance', () => {
    const a = only('The harbor master wasn\'t happy about the new ferry schedule.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'wasn\'t happy about', 'indirect', ['the new ferry schedule']]);
    const b = only('The shop owners became increasingly vocal about the toll plan.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The shop owners', 'became increasingly vocal about', 'indirect', ['the toll plan']]);
    const c = only('Most commuters are far less sure of the bridge repairs.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['Most commuters', 'are far less sure of', 'indirect', ['the bridge repairs']]);
  });
  it('reads the stance adjectives found right in most of their uses', () => {
    const a = only('The ferry crews are leery of the new contract.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The ferry crews', 'are leery of', 'indirect', ['the new contract']]);
    const b = only('The mayor was troubled by the delays on the bridge.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The mayor', 'was troubled by', 'indirect', ['the delays on the bridge']]);
    const c = only('The council remained undecided about the toll plan.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The council', 'remained undecided about', 'indirect', ['the toll plan']]);
    const d = only('The ferry crews were angered by the new contract.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['The ferry crews', 'were angered by', 'indirect', ['the new contract']]);
    const e = only('The mayor has been cagey about the toll plan.');
    assert.deepEqual([e.speaker, e.cue, e.kind, e.content], ['The mayor', 'been cagey about', 'indirect', ['the toll plan']]);
    const f = only('The mayor is partial to the old bridge.');
    assert.deepEqual([f.speaker, f.cue, f.kind, f.content], ['The mayor', 'is partial to', 'indirect', ['the old bridge']]);
    const g = only('The ferry crews aren\'t sure how to read the new contract.');
    assert.deepEqual([g.speaker, g.cue, g.kind, g.content], ['The ferry crews', 'aren\'t sure how', 'indirect', ['to read the new contract']]);
  });
});

describe('attributions: "rebuffed", "repudiated", "resents", "ignored", "understands", "opted to"', () => {
  it('the subject holds the stance on the object', () => {
    const a = only('The mayor rebuffed the offer from the ferry company.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'rebuffed', 'indirect', ['the offer from the ferry company']]);
    const b = only('The council repudiated the toll plan.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The council', 'repudiated', 'indirect', ['the toll plan']]);
    const c = only('The harbor master resents the new rules on the docks.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The harbor master', 'resents', 'indirect', ['the new rules on the docks']]);
    const d = only('The council ignored the warnings from the ferry crews.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['The council', 'ignored', 'indirect', ['the warnings from the ferry crews']]);
    const e = only('The mayor understands that the bridge needs repairs.');
    assert.deepEqual([e.speaker, e.cue, e.kind, e.content], ['The mayor', 'understands', 'indirect', ['the bridge needs repairs']]);
    const f = only('The council opted to delay the vote on the bridge.');
    assert.deepEqual([f.speaker, f.cue, f.kind, f.content], ['The council', 'opted', 'indirect', ['to delay the vote on the bridge']]);
    const g = only('The mayor telegraphed her plans for the bridge.');
    assert.deepEqual([g.speaker, g.cue, g.kind, g.content], ['The mayor', 'telegraphed', 'indirect', ['her plans for the bridge']]);
    assert.deepEqual(read('The mayor and the council reached an understanding on the bridge.'), []);
    const h = only('The ferry crews, two witnesses said, left early.');
    assert.deepEqual([h.speaker, h.cue], ['two witnesses', 'said']);
  });
});

describe('attributions: "the mayor\'s refusal to", "her positions on"', () => {
  it('the possessor holds the stance the noun names', () => {
    const a = only('The strike began after the mayor\'s refusal to close the bridge.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['mayor\'s', 'refusal to', 'indirect', ['close the bridge']]);
    const b = only('Ann Cole has shifted her positions on the harbor, and voters noticed.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Ann Cole', 'positions on', 'indirect', ['the harbor']]);
  });
});

describe('attributions: "hit Cole on taxes", "knocked him for"', () => {
  it('the subject faults someone named for what follows', () => {
    const a = only('The ad knocked Cole for skipping the debate.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The ad', 'knocked', 'indirect', ['Cole for skipping the debate']]);
    const b = only('Ann Cole hit him on taxes.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Ann Cole', 'hit', 'indirect', ['him on taxes']]);
  });
  it('"went after", "stood by", "turned on" someone named', () => {
    const a = only('The mayor went after Cole over the toll plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'went after', 'indirect', ['Cole over the toll plan']]);
    assert.deepEqual(read('The crews went after dark.'), []);
    const b = only('The ferry crews stood by Cole after the vote.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The ferry crews', 'stood by', 'indirect', ['Cole after the vote']]);
    const c = only('The council turned on him in May.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The council', 'turned on', 'indirect', ['him in May']]);
    assert.deepEqual(read('The crews turned on the lights.'), []);
  });
  it('"allowed that", "guessed that": a claim only before "that"', () => {
    const a = only('The mayor allowed that the bridge was late.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'allowed', 'indirect', ['the bridge was late']]);
    const b = only('Ann Cole guessed that the vote would be close.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Ann Cole', 'guessed', 'indirect', ['the vote would be close']]);
    assert.deepEqual(read('The council allowed the crews to vote.'), []);
    const c = only('The council assumed that the bridge would open in May.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The council', 'assumed', 'indirect', ['the bridge would open in May']]);
    assert.deepEqual(read('The council accepted the offer.'), []);
  });
  it('a blow that lands faults no one', () => {
    assert.deepEqual(read('The storm hit Dover on Monday.'), []);
    assert.deepEqual(read('The storm hit the coast on Monday.'), []);
    assert.deepEqual(read('The new rules hit home for the ferry crews.'), []);
  });
});

describe('attributions: "has shown no interest in", "made the case to", "showed no sign of", "made no apologies for"', () => {
  it('the subject holds the stance after a participle or a case made', () => {
    const a = only('The council has shown no interest in the toll plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council', 'interest in', 'indirect', ['the toll plan']]);
    const b = only('The ferry crews have taken an interest in the new contract.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The ferry crews', 'interest in', 'indirect', ['the new contract']]);
    const c = only('Ann Cole made the case to cut the ferry fares.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['Ann Cole', 'made the case to', 'indirect', ['cut the ferry fares']]);
    const d = only('The mayor showed no sign of backing down.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['The mayor', 'showed no sign of', 'indirect', ['backing down']]);
    const e = only('The harbor master made no apologies for the new rules.');
    assert.deepEqual([e.speaker, e.cue, e.kind, e.content], ['The harbor master', 'apologies for', 'indirect', ['the new rules']]);
  });
});

describe('attributions: "was not always so loved by", "is the most disliked by"', () => {
  it('the agent after "by" holds the stance on the subject, past degree words', () => {
    const a = only('The toll plan was not always so loved by the ferry crews.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the ferry crews', 'was not always so loved by', 'indirect', ['The toll plan']]);
    const b = only('The mayor is the most disliked by the shop owners.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the shop owners', 'is the most disliked by', 'indirect', ['The mayor']]);
  });
});

describe('attributions: "resisted", "framed", "reprimanded"', () => {
  it('the subject holds the stance', () => {
    const a = only('The county resisted calls for a second bridge.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The county', 'resisted', 'indirect', ['calls for a second bridge']]);
    const b = only('The mayor framed the toll as a fair price for the repairs.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The mayor', 'framed', 'indirect', ['the toll as a fair price for the repairs']]);
  });
});

describe('attributions: "the Senate passed", "the Gazette reports that"', () => {
  it('a body that makes laws passes what follows; an outlet before "reports that" speaks', () => {
    const a = only('The county council passed a measure that would raise the ferry fares.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The county council', 'passed', 'indirect', ['a measure that would raise the ferry fares']]);
    const b = only('The Harbor Gazette reports that the bridge will close in May.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The Harbor Gazette', 'reports', 'indirect', ['the bridge will close in May']]);
    assert.deepEqual(read('Two weeks passed before the ferry came back.'), []);
  });
});

describe('attributions: "drew sharp criticism from"', () => {
  it('the ones after "from" judge the subject', () => {
    const a = only('The toll plan drew sharp criticism from the shop owners.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the shop owners', 'drew sharp criticism from', 'indirect', ['The toll plan']]);
  });
});

describe('attributions: "credited", "renounced"; not "a tax credit"', () => {
  it('the subject speaks through the verb, and the noun is no cue', () => {
    const a = only('The mayor credited the ferry crews with keeping the harbor open.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'credited', 'indirect', ['the ferry crews with keeping the harbor open']]);
    const b = only('The senator renounced the toll plan.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'renounced', 'indirect', ['the toll plan']]);
    assert.deepEqual(read('Families get a tax credit for every child.'), []);
  });
});

describe('attributions: "is counting on", "are inclined to", "was impressed by"', () => {
  it('the subject holds the stance on what follows', () => {
    const a = only('The mayor is counting on a second ferry.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'counting on', 'indirect', ['a second ferry']]);
    const b = only('Voters are inclined to keep the old bridge.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Voters', 'are inclined to', 'indirect', ['to keep the old bridge']]);
    const c = only('The senator was impressed by the ferry crews.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The senator', 'was impressed by', 'indirect', ['the ferry crews']]);
  });
});

describe('attributions: "was open to", "has been vocal about"', () => {
  it('the subject holds the stance', () => {
    const a = only('The mayor was open to a second ferry.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'was open to', 'indirect', ['a second ferry']]);
    const b = only('The union has been vocal about the toll plan.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The union', 'been vocal about', 'indirect', ['the toll plan']]);
  });
});

describe('attributions: "admonished", "recanted", "vented"', () => {
  it('the subject speaks', () => {
    const a = only('The mayor admonished the ferry company for the delays.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'admonished', 'indirect', ['the ferry company for the delays']]);
    const b = only('The witness recanted her account of the crash.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The witness', 'recanted', 'indirect', ['her account of the crash']]);
  });
});

describe('attributions: "is a fierce critic of"', () => {
  it('the subject holds the stance on what follows "of"', () => {
    const a = only('The mayor has long been a fierce critic of the toll plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'a fierce critic of', 'indirect', ['the toll plan']]);
  });
});

describe('attributions: "positioned herself as", "regards it as"', () => {
  it('the subject names the object', () => {
    const a = only('The mayor positioned herself as a friend of the ferry crews.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'positioned', 'indirect', ['herself as a friend of the ferry crews']]);
    assert.deepEqual(read('The mayor took a strong position on the toll plan.'), []);
  });
});

describe('attributions: "had harsh words for", "mounted a defense of", "made an impassioned case that"', () => {
  it('the subject holds the stance', () => {
    const a = only('The mayor had harsh words for the ferry company.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'words for', 'indirect', ['the ferry company']]);
    const b = only('The senator mounted a vigorous defense of the toll plan.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The senator', 'defense of', 'indirect', ['the toll plan']]);
    const c = only('The mayor made an impassioned case that the bridge must stay open.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The mayor', 'made an impassioned case that', 'indirect', ['the bridge must stay open']]);
  });
});

describe('attributions: "spoke at length about", "struck down"', () => {
  it('the subject holds what follows', () => {
    const a = only('The mayor spoke at length about the ferry schedule.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'spoke at length about', 'indirect', ['the ferry schedule']]);
    const b = only('The court struck down the county toll.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The court', 'struck down', 'indirect', ['the county toll']]);
  });
});

describe('attributions: cue verbs seen only in their one construction', () => {
  it('"…, delivering a rebuke of …" reports what was said; "delivering the mail" does not', () => {
    const a = only('The senator toured the flooded town on Friday, delivering a pointed rebuke of the state\'s response.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The senator', 'delivering', 'indirect', ['a pointed rebuke of the state\'s response']]);
    assert.deepEqual(read('The trucks left at dawn, delivering the mail to every town.'), []);
  });
  it('"is backing Marlow" backs the name; "are backing up the claim" backs nothing', () => {
    const a = only('The ferry workers are backing Marlow in the runoff.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The ferry workers', 'backing', 'indirect', ['Marlow']]);
    assert.deepEqual(read('The ferry workers are backing up the claim.'), []);
  });
  it('"…, leveling sharp attacks at …", "…, mounting a defense of …" report what was said and end the statement before them', () => {
    const found = read('The mayor offered a spirited defense of the budget, leveling sharp attacks at the council.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'offered', 'indirect', ['a spirited defense of the budget']],
      ['The mayor', 'leveling', 'indirect', ['sharp attacks at the council']],
    ]);
    const mounted = only('The union met on Monday, mounting a public defense of the strike.');
    assert.deepEqual([mounted.speaker, mounted.cue, mounted.kind, mounted.content], ['The union', 'mounting', 'indirect', ['a public defense of the strike']]);
    assert.deepEqual(read('The crew worked all night, mounting the new engines on the frame.'), []);
  });
  it('"ruled that" reports a claim; "the rules" and "ruled the county" stay ordinary words', () => {
    const a = only('The county judge ruled that the ferry toll was unlawful.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The county judge', 'ruled', 'indirect', ['the ferry toll was unlawful']]);
    assert.deepEqual(read('The old council ruled the county for ten years.'), []);
    assert.deepEqual(read('The new rules that took effect in May are strict.'), []);
    const b = only('The judge said the ferry toll rules were unlawful.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The judge', 'said', 'indirect', ['the ferry toll rules were unlawful']]);
  });
  it('"held that", "figured that", "forgot that", "noticed that" report a claim; "held a rally" does not', () => {
    const a = only('The appeals court held that the ferry toll was lawful.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The appeals court', 'held', 'indirect', ['the ferry toll was lawful']]);
    const b = only('The treasurer figured that the toll would pay for the bridge.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The treasurer', 'figured', 'indirect', ['the toll would pay for the bridge']]);
    const c = only('The council forgot that the dock was closed.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The council', 'forgot', 'indirect', ['the dock was closed']]);
    const d = only('The crews noticed that the ferry was late.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['The crews', 'noticed', 'indirect', ['the ferry was late']]);
    assert.deepEqual(read('The mayor held a rally at the dock.'), []);
    assert.deepEqual(read('For reasons that remain unclear, the clerk noticed the leak.'), []);
  });
  it('"moved to" and a verb reports a plan; "moved to Dover" does not', () => {
    const a = only('The council moved to repeal the ferry toll.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council', 'moved', 'indirect', ['to repeal the ferry toll']]);
    const b = only('The harbor board is moving to cut the ferry toll.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The harbor board', 'moving', 'indirect', ['to cut the ferry toll']]);
    assert.deepEqual(read('The clerk moved to Dover in May.'), []);
  });
  it('"billed herself as", "counts himself as" describe the subject; "billed the county", "counted the ballots" do not', () => {
    const a = only('The harbor master billed herself as the friend of every ferry crew.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'billed', 'indirect', ['herself as the friend of every ferry crew']]);
    const b = only('The treasurer counts himself as a loyal backer of the toll.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The treasurer', 'counts', 'indirect', ['himself as a loyal backer of the toll']]);
    assert.deepEqual(read('The contractor billed the county for the dock repairs.'), []);
    assert.deepEqual(read('The clerk counted the ballots twice.'), []);
  });
});

describe('attributions: stances shown, pledged and held among a group', () => {
  it('"showed no sign that …", "has shown glimpses of …": the subject shows a stance', () => {
    const a = only('The harbor master showed no sign that he would resign.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'showed no sign that', 'indirect', ['he would resign']]);
    const b = only('The mayor has shown glimpses of her old humor this week.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The mayor', 'shown glimpses of', 'indirect', ['her old humor this week']]);
  });

  it('"pledged their support to …" backs what follows; a pledge of loyalty does not', () => {
    const a = only('Two of the trustees pledged their support to the ferry plan.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Two of the trustees', 'pledged', 'indirect', ['their support to the ferry plan']]);
    assert.deepEqual(read('The trustees pledged their loyalty to the mayor.'), []);
  });

  it('"her strong support among older voters": the group backs the owner', () => {
    const a = only('Her strong support among older voters helped the mayor win.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['older voters', 'support among', 'indirect', ['Her']]);
    const b = only("Ann Cole's 40% support among dock workers is a record.");
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['dock workers', 'support among', 'indirect', ["Cole's"]]);
  });
});

describe('attributions: a stance verb whose object is the relative word before it', () => {
  it('"which the mayor once supported", "who many dock workers strongly oppose": the one between backs the relative word', () => {
    const a = byCue('The ferry workers criticized the toll plan, which the mayor once supported, at the hearing.', 'supported');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'supported', 'indirect', ['which']]);
    const b = only('Voters face a candidate who many dock workers strongly oppose.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['many dock workers', 'oppose', 'indirect', ['who']]);
  });

  it('a bare form after a modifier is a noun: "bipartisan support that lasted"', () => {
    const stated = read('The council backed a levy with bipartisan support that lasted a year.');
    assert.ok(stated.every((s) => s.cue !== 'support'));
  });
});

describe('attributions: a passive naming or judging cue with its complement before "by"', () => {
  it('"is considered unfair by", "has been called “…” by": the agent holds the view of the subject', () => {
    const a = only('The toll plan is considered unfair by most dock workers.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['most dock workers', 'is considered unfair by', 'indirect', ['The toll plan']]);
    const b = only('The new levy has been called “a tax on ferries” by the harbor master.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the harbor master', 'been called “a tax on ferries” by', 'indirect', ['The new levy']]);
  });
});

describe('attributions: "compared X to Y", "filed a lawsuit"', () => {
  it('a comparison drawn and a claim brought to court speak for their subject; the writer\'s figures do not', () => {
    const a = only('The mayor compared the new toll to a tax on ferry riders.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'compared', 'indirect', ['the new toll to a tax on ferry riders']]);
    const b = only('Two bakers filed a lawsuit against the county over the parking rules.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Two bakers', 'filed', 'indirect', ['a lawsuit against the county over the parking rules']]);
    assert.deepEqual(read('Ferry traffic rose 4 percent, compared with 9 percent a year earlier.'), []);
    assert.deepEqual(read('The clerk filed a report on the parking rules.'), []);
  });
});

describe('attributions: a poll or a count that "has", "puts" or "gives" a candidate somewhere', () => {
  it('the poll speaks and the standing is what it said; a person who "has" someone somewhere says nothing', () => {
    const a = only('The harbor poll has Cole leading Smith by six points.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor poll', 'has', 'indirect', ['Cole leading Smith by six points']]);
    const b = only('Early estimates put the cost of the bridge at $40 million.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Early estimates', 'put', 'indirect', ['the cost of the bridge at $40 million']]);
    const c = only('The county survey gave Cole a nine-point lead.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The county survey', 'gave', 'indirect', ['Cole a nine-point lead']]);
    assert.deepEqual(read('The mayor has Smith at her side for the ribbon cutting.'), []);
  });
});

describe('attributions: "gave a roundabout answer", "gave her a ringing endorsement"', () => {
  it('an answer or an endorsement given speaks for the giver; a speech given or an answer still to give does not', () => {
    const a = only('Asked about the toll, the mayor gave a roundabout answer.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'gave', 'indirect', ['a roundabout answer']]);
    const b = only('The union gave Ann Cole a ringing endorsement.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The union', 'gave', 'indirect', ['Ann Cole a ringing endorsement']]);
    assert.deepEqual(read('The mayor gave a speech at the ferry dock.'), []);
  });
});

describe('attributions: "issued an injunction", "issued a formal complaint"', () => {
  it('a ruling or a complaint issued speaks for the issuer; bonds issued do not', () => {
    const a = only('Late on Friday the judge issued an injunction blocking the toll law.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the judge', 'issued', 'indirect', ['an injunction blocking the toll law']]);
    assert.deepEqual(read('The county issued bonds to pay for the bridge.'), []);
  });
});
