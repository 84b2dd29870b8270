import * as assert from 'node:assert/strict';
import { byCue, only, read } from './attributions.fixture';

describe('attributions: cue words in a sense that attributes nothing', () => {
  it('"known as" and "known for" name a thing or a reputation', () => {
    assert.deepEqual(read('The river towns, known as the Lower Bend, flood every spring.'), []);
    assert.deepEqual(read('The baker is best known for her rye loaves.'), []);
  });
  it('"spoke on condition of anonymity to discuss …" says why a source is unnamed; the cue after it speaks for the whole phrase', () => {
    const a = only('A county clerk, who spoke on condition of anonymity to discuss the audit, said the ballots were counted twice.');
    assert.deepEqual(a, { speaker: 'A county clerk', form: 'nominal', cue: 'said', kind: 'indirect', content: ['the ballots were counted twice'] });
    const b = only('An aide who spoke anonymously to describe private talks said the deal was close.');
    assert.equal(b.cue, 'said');
    assert.deepEqual(b.content, ['the deal was close']);
    assert.equal(only('The mayor agreed to discuss the audit with the clerk.').cue, 'agreed');
  });
  it('"adding to her lead" adds a thing; "“…,” Cole added to the Herald" still speaks', () => {
    assert.deepEqual(read('The mayor won the eastern wards, adding to her lead in the count.'), []);
    const a = only('“The budget is balanced,” Cole added to the Herald.');
    assert.equal(a.speaker, 'Cole');
    assert.equal(a.cue, 'added');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The budget is balanced,']);
  });
  it('"thanks to", "reported from" and "appeared on" report no words', () => {
    assert.deepEqual(read('The harvest grew, thanks to the late rains.'), []);
    assert.deepEqual(read('Ann Cole reported from the valley.'), []);
    assert.deepEqual(read('The mayor appeared on the morning show with her deputy.'), []);
  });
  it('"maintain" claims only before a clause: "maintains a lead" keeps a thing', () => {
    assert.deepEqual(read('The mayor maintains a wide lead over her rival.'), []);
    const a = only('The mayor maintains that the bridge is safe.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'maintains');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the bridge is safe']);
  });
  it('"found herself in …" is a situation, not a finding; "found that …" still reports one', () => {
    assert.deepEqual(read('Ann Cole found herself in an awkward position.'), []);
    const a = only('The auditor found that the ledger was wrong.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The auditor', 'found', 'indirect', ['the ledger was wrong']]);
  });
  it('"declined 40 percent", "declined by nine points" is a figure falling; "declined to comment" still speaks', () => {
    assert.deepEqual(read('Ferry traffic declined 40 percent last year.'), []);
    assert.deepEqual(read('Support for the levy has declined sharply since May.'), []);
    assert.deepEqual(read('Ferry sales declined to 40 percent of their peak.'), []);
    const a = only('The council declined to comment on the levy.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council', 'declined', 'indirect', ['to comment on the levy']]);
  });
  it('"the only hope" is a noun after a determiner and "only"; "would only say" still speaks', () => {
    assert.deepEqual(read('The only hope the ferry crews have left is an early thaw.'), []);
    assert.deepEqual(read("The harbor's only question is whether the ice will hold."), []);
    const a = only('The harbor master would only say that the ferry was late.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'say', 'indirect', ['the ferry was late']]);
  });
  it('"a politically charged hearing" and "charged a $50 fee" accuse no one; "charged that …" still does', () => {
    assert.deepEqual(read('The council held a politically charged hearing on the dam.'), []);
    assert.deepEqual(read('The marina charged a $50 fee for each mooring.'), []);
    assert.deepEqual(read('The marina charged $50 for each mooring.'), []);
    const a = only('The union charged that the marina broke the lease.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The union', 'charged', 'indirect', ['the marina broke the lease']]);
  });
  it('"called off", "called to mind", "precincts reporting" and "a letter addressed to" report no words', () => {
    assert.deepEqual(read('The two mills called off the merger after the flood.'), []);
    assert.deepEqual(read('The empty harbor called to mind the winters of his youth.'), []);
    assert.deepEqual(read('With all precincts reporting, the race was too close to call.'), []);
    assert.deepEqual(read('The note came as a letter from the harbor master, addressed to the ferry crews.'), []);
  });
  it('"celebrated in Miami", "celebrated her birthday" is a party; "celebrated the ruling" still praises', () => {
    assert.deepEqual(read('The mayor celebrated in Riverton with her volunteers.'), []);
    assert.deepEqual(read('The harbor master celebrated his 70th birthday on Friday.'), []);
    const a = only('The union celebrated the ruling on the ferry contract.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The union', 'celebrated', 'indirect', ['the ruling on the ferry contract']]);
  });
  it('taking part in a vote says nothing of which way; "voted in favor of" still does', () => {
    assert.deepEqual(read('In the county primary, 40,000 people voted, a record for the valley.'), []);
    assert.deepEqual(read('More farmers voted in the spring primary than in the fall.'), []);
    assert.deepEqual(read('The council voted on the ferry levy in May.'), []);
    const a = only('The council voted in favor of the ferry levy.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council', 'voted', 'indirect', ['in favor of the ferry levy']]);
  });
  it('"learning from failure" takes a lesson and "the remark worried some analysts" causes worry: neither reports a view', () => {
    assert.deepEqual(read('Good crews keep learning from their mistakes at sea.'), []);
    assert.deepEqual(read('The late ferry worried some commuters on the east shore.'), []);
    const a = only('The harbor master worried the ferry would be late again.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'worried', 'indirect', ['the ferry would be late again']]);
  });
  it('"has not endorsed a candidate" takes no side and "as we know it" is no one\'s knowledge', () => {
    assert.deepEqual(read('The ferry union has not endorsed a candidate for mayor.'), []);
    assert.deepEqual(read('The harbor as we know it will be gone in ten years.'), []);
    const a = only('The ferry union endorsed Ann Cole for mayor.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The ferry union', 'endorsed', 'indirect', ['Ann Cole for mayor']]);
  });
  it('a cue that ends its clause at ", and" reports nothing of the clause after it', () => {
    assert.deepEqual(read('The ferry fares would decline, and the harbor would be busier than ever.'), []);
    const a = only('The harbor master said the ferry was late, and the crews were tired.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The harbor master', 'said', 'indirect', ['the ferry was late']]);
  });
  it('"Do you support …?" asks the reader; no one takes a stance', () => {
    assert.deepEqual(read('Do you support the new dam?'), []);
  });
  it('"challenge" after a modifier is a noun: "a primary challenge to the mayor"', () => {
    assert.deepEqual(read('She faces a stiff primary challenge from a city councilor.'), []);
  });
});

describe('attributions: "call" naming a thing or placing a telephone call', () => {
  it('a name given after a noun reports no words: "a choir called …", "a fund sometimes called …", "growers, called …,"', () => {
    assert.deepEqual(read('The twins joined a river choir called the Lowland Singers.'), []);
    assert.deepEqual(read('The town keeps a reserve sometimes called the rainy-day fund.'), []);
    assert.deepEqual(read('The vote went to the valley growers, called bankers, and the mill owners.'), []);
    assert.deepEqual(read('Her neighbor was a 61-year-old Dover, Del., baker named Ruth.'), []);
  });
  it('a telephone call, "called off" and "called to mind" report no words', () => {
    assert.deepEqual(read('The mayor called Ruth Ames on Friday.'), []);
    assert.deepEqual(read('The mayor called both councilors late Friday and was told to wait.'), []);
    assert.deepEqual(read('The two mills called off their merger.'), []);
  });
  it('talking to someone with no topic reports no words; "talked to … about …" still does', () => {
    assert.deepEqual(read('The mayor talks to everybody at the market.'), []);
    assert.deepEqual(read('Aides drafted talking points for the mayor.'), []);
    const a = only('The mayor talked to the growers about the new dam.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'talked', 'indirect', ['to the growers about the new dam']]);
  });
  it('"telling" as an adjective and "time will tell", "All told" report no words; "was telling reporters that …" still does', () => {
    assert.deepEqual(read('Perhaps most telling, the ferry ran late all week.'), []);
    assert.deepEqual(read('The choice of venue is telling in its own right.'), []);
    assert.deepEqual(read('Only time will tell if the levy holds.'), []);
    assert.deepEqual(read('All told, nine mills closed that year.'), []);
    const a = only('The mayor was telling reporters that the levy would hold.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'telling', 'indirect', ['the levy would hold']]);
  });
  it('"called" with a name and what it was called still speaks', () => {
    const a = only('The mayor called Ruth Ames a “tireless friend of the river.”');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'called', 'direct', ['tireless friend of the river.']]);
    const b = only('One councilor called the levy “a trap for renters.”');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['One councilor', 'called', 'direct', ['a trap for renters.']]);
  });
});

describe('attributions: more words that attribute nothing', () => {
  it('"not seen since", "a press release", "a think tank", "named for", "charged with"', () => {
    assert.deepEqual(read('Prices climbed faster this spring than in any year on record.'), []);
    assert.deepEqual(read('The press release ran to four pages.'), []);
    assert.deepEqual(read('Ann Cole runs a small think tank.'), []);
    assert.deepEqual(read('The school hosts a choir named for its founder.'), []);
    assert.deepEqual(read('The clerk was arrested and charged with fraud.'), []);
  });
  it('"In the video, …" shows; "In the poll, …" speaks', () => {
    assert.deepEqual(read('In the video, the mayor walks along the river.'), []);
    const a = only('In the county poll, most farmers backed the new dam.');
    assert.equal(a.speaker, 'the county poll');
    assert.equal(a.cue, 'In');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['most farmers backed the new dam']);
  });
  it('a poll inside the subject ("Most voters in the poll said …") is not the source', () => {
    const a = only('Most voters in the county poll said the dam should be built.');
    assert.equal(a.cue, 'said');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the dam should be built']);
  });
});

describe('attributions: a byline before an excerpt', () => {
  it('"“Headline,” by the Herald’s Ann Cole: “…”" quotes an article, not a statement of Ann Cole', () => {
    assert.deepEqual(read('“Dam opens early,” by the Herald’s Ann Cole: “The new dam opened two weeks ahead of plan.”'), []);
  });
  it('a name before the colon still speaks: "Ann Cole: “…”"', () => {
    const a = only('The mayor was blunt. Ann Cole: “The new dam opened two weeks ahead of plan.”');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, ':');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The new dam opened two weeks ahead of plan.']);
  });
});

describe('attributions: "Asked by X whether …"', () => {
  it('the one who asked is the source of the question', () => {
    const asked = byCue('Asked by Tom Reyes on Monday whether the plant would close, the owner said no.', 'Asked');
    assert.equal(asked.speaker, 'Tom Reyes');
    assert.equal(asked.kind, 'indirect');
    assert.deepEqual(asked.content, ['whether the plant would close']);
  });
});

describe('attributions: an -ing word after an adjective is a noun', () => {
  it('"a major talking point", "an old saying" attribute nothing; "still hoping" still does', () => {
    assert.deepEqual(read('The new levy became a major talking point in the race for mayor.'), []);
    assert.deepEqual(read('Slow and steady wins the race, as the old saying goes.'), []);
    const a = only('The mayor was still hoping that the council would pass the levy.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'hoping');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the council would pass the levy']);
  });
});

describe('attributions: "a <noun> called <Name>" names a thing', () => {
  it('a participle after an indefinite noun names; the speaker around it still speaks', () => {
    assert.deepEqual(read('Cole founded a group called River Watch last spring.'), []);
    assert.deepEqual(read('The donors back a cleric named Omar Haddad, who lives abroad.'), []);
    const a = only('Ann Lee, of a firm called Delta Research, argues that the levy will fail.');
    assert.equal(a.speaker, 'Ann Lee');
    assert.equal(a.cue, 'argues');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the levy will fail']);
    const b = only('The mayor called Cole “a fine deputy.”');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['The mayor', 'called', 'direct', ['a fine deputy.']]);
  });
});

describe('attributions: cue forms that are nouns or report no words', () => {
  it('"traded insults", "add up to", "sound confident", "who advised the mayor" attribute nothing', () => {
    assert.deepEqual(read('Cole traded insults with the mayor at the debate.'), []);
    assert.deepEqual(read('Those cuts would add up to $5 million.'), []);
    assert.deepEqual(read('The mayor and her deputy sound confident about the vote.'), []);
    assert.deepEqual(read('Cole, who advised the mayor in 2012, left the firm.'), []);
  });
  it('the verb after "to" still speaks: "wants to release the files"', () => {
    const a = only('Cole wants to release the files before the vote.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'wants', 'indirect', ['to release the files before the vote']]);
  });
});

describe('attributions: a modal after a comma keeps the clause inside the content', () => {
  it('"…, he would have asked for more" is the rest of what was said, not a new statement', () => {
    const a = only('Cole said that if the mayor wanted a deal, he would have asked for more land.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'said', 'indirect', ['if the mayor wanted a deal, he would have asked for more land']]);
  });
});

describe('attributions: labels and tallies before a colon', () => {
  it('"Contributing: …" credits writers and "Cole: 1,547" is a tally; "Cole: The bridge will stay open" still speaks', () => {
    assert.deepEqual(read('Contributing: Ann Cole and Tom Reyes, Valley Courier.'), []);
    assert.deepEqual(read('EMAIL: desk@valleycourier.com.'), []);
    assert.deepEqual(read('Cole: 1,547.'), []);
    const a = only('Cole: The bridge will stay open.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', ':', 'indirect', ['The bridge will stay open']]);
  });
});

describe('attributions: a cue right before "and" or "or" has no words of its own', () => {
  it('"shouted and waved a flag", "written and directed by" attribute nothing; "said and added" keeps its quotation', () => {
    assert.deepEqual(read('A fan in the stands shouted and waved a flag until the final whistle.'), []);
    assert.deepEqual(read('The film, written and directed by Ann Cole, opens on Friday.'), []);
    const a = only('“The bridge is safe,” the mayor said and left the room.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'said', 'direct', ['The bridge is safe,']]);
  });
});

describe('attributions: one cue, one statement', () => {
  it('the few words left after a quoted cue ("he said, not finishing his joke") are not a second statement', () => {
    const a = only('“So the ferry and the bridge walk into a…” he said, not finishing his joke.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['he', 'said', 'direct', ['So the ferry and the bridge walk into a…']]);
  });
});

describe('attributions: a statement inside a neighbour’s words', () => {
  it('words wholly inside another statement’s content are not a second statement ("asked questions about X’s claim …")', () => {
    const a = only('The residents have asked questions about the mayor’s claim that the bridge is safe.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The residents', 'asked', 'indirect', ['about the mayor’s claim that the bridge is safe']]);
    const b = only('In Dayton, organizers added 40 volunteers along the route, up from 25 last year, the Herald reported.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the Herald', 'reported', 'indirect', ['In Dayton, organizers added 40 volunteers along the route, up from 25 last year']]);
  });
  it('an outlet’s "according to" still keeps the quotation it reports', () => {
    const found = read('Cole said the bridge is “safe for now,” according to the Herald.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Cole', 'said', 'mixed', ['the bridge is “safe for now,”']],
      ['the Herald', 'according to', 'mixed', ['Cole said the bridge is “safe for now,”']],
    ]);
  });
});

describe('attributions: an object that names nothing said', () => {
  it('particles and adverbs alone after the cue ("is pushing back", "wonder for long") are no statement', () => {
    assert.deepEqual(read('The council member is pushing back.'), []);
    assert.deepEqual(read('Residents of the valley did not have to wonder for long.'), []);
  });
  it('an object with a noun after the particle still speaks, and "so" stands for a whole clause', () => {
    const a = only('The mayor is pushing back against the new levy.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'pushing', 'indirect', ['back against the new levy']]);
    const b = only('Cole thinks so, too.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Cole', 'thinks', 'indirect', ['so, too']]);
  });
});

describe('attributions: degree words between the speaker and the cue', () => {
  it('"almost" before an adverb belongs to neither speaker nor cue ("Editors … almost universally say")', () => {
    const a = only('Editors at the paper almost universally say the print edition will survive.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Editors at the paper', 'say', 'indirect', ['the print edition will survive']]);
  });
});

describe('attributions: how and where something was said, with nothing said', () => {
  it('a manner adverb and a phrase of place or time ("said pleasantly into the phone") are no content', () => {
    assert.deepEqual(read('Cole said pleasantly into the phone.'), []);
    assert.deepEqual(read('The mayor testified voluntarily in 1998.'), []);
  });
  it('a topic after the place is still what was said ("talked openly on the radio about …")', () => {
    const a = only('Cole talked openly on the radio about her plans for the port.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'talked', 'indirect', ['openly on the radio about her plans for the port']]);
  });
});

describe('attributions: a cue whose own object follows it', () => {
  it('the phrase opening the sentence is not what was said ("In a direct appeal to voters, Cole pleaded with them to …")', () => {
    const a = only('In a direct appeal to voters, Cole pleaded with them to reject the levy.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'pleaded', 'indirect', ['with them to reject the levy']]);
  });
  it('an infinitive right after the cue is its own ("Despite the rain, the mayor seems to praise …")', () => {
    const a = only('Despite the rain, the mayor seems to praise the parade.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'seems', 'indirect', ['the mayor', 'to praise the parade']]);
    const c = only('At key moments, the mayor appeared to concede the point.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['the mayor', 'appeared', 'indirect', ['the mayor', 'to concede the point']]);
    const b = only('The levy will pass, Cole said to reporters.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Cole', 'said', 'indirect', ['The levy will pass']]);
  });
  it('a clause before the speaker still trails when only a span of time follows the cue ("…, Cole argued for years.")', () => {
    const a = only('The ferry must keep running, Cole argued for years.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'argued', 'indirect', ['The ferry must keep running']]);
    const d = only('The ferry is safe, Cole said with a smile.');
    assert.deepEqual([d.speaker, d.cue, d.kind, d.content], ['Cole', 'said', 'indirect', ['The ferry is safe']]);
    const e = only('The ferry is safe, Cole insisted for the third time.');
    assert.deepEqual([e.speaker, e.cue, e.kind, e.content], ['Cole', 'insisted', 'indirect', ['The ferry is safe']]);
    const b = only('The levy will fail, Cole told them.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Cole', 'told', 'indirect', ['The levy will fail']]);
  });
});

describe('attributions: "views", "talks", "offers", "disputes", "embrace" as nouns', () => {
  it('after an adjective or with a plain object they are things, not cues', () => {
    assert.deepEqual(read('The old lighthouse offers sweeping views of the bay.'), []);
    assert.deepEqual(read('Ferry crews held tense talks with the port on Monday.'), []);
  });
  it('an owner still holds a view, and a verb before a name still views', () => {
    const owned = only("In Cole's view, the ferry must keep running.");
    assert.deepEqual([owned.speaker, owned.cue, owned.kind, owned.content], ["Cole's", 'view', 'indirect', ['the ferry must keep running']]);
    const verb = only('Most riders now view Ann Cole as the likely winner.');
    assert.deepEqual([verb.speaker, verb.cue, verb.kind, verb.content], ['Most riders', 'view', 'indirect', ['Ann Cole as the likely winner']]);
  });
});

describe('attributions: an adjective in -ous or -ss before a noun that is also a cue', () => {
  it('"numerous questions", "serious charges" are things, not a plural subject and its verb', () => {
    assert.deepEqual(read('The mayor fielded numerous questions about the fares.'), []);
    assert.deepEqual(read('The board faces serious charges of fraud in two states.'), []);
  });
  it('a plural subject before the verb still speaks ("Commuters say")', () => {
    const a = only('Commuters say the fares are too high.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Commuters', 'say', 'indirect', ['the fares are too high']]);
  });
});

describe('attributions: an owned point as the subject of "was that"', () => {
  it('"Cole\'s argument on Sunday was that …": the owner speaks and the clause after "that" is the content', () => {
    const a = only("Cole's argument on Sunday was that the board should reverse its vote.");
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ["Cole's", 'argument on Sunday was', 'indirect', ['the board should reverse its vote']]);
    const b = only('Their fear is that the ferry will close before winter.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Their', 'fear is', 'indirect', ['the ferry will close before winter']]);
  });
  it('a perfect tense of "be" works too ("Her message has long been that …")', () => {
    const a = only('Her message has long been that the ferry must keep running.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Her', 'message has long been', 'indirect', ['the ferry must keep running']]);
  });
  it('without an owner the point names no one', () => {
    assert.deepEqual(read('The argument was that the board should reverse its vote.'), []);
  });
});

describe('attributions: running for office and things aimed at someone', () => {
  it('"seeking reelection", "sought the nomination", "seeking comment" report nothing', () => {
    assert.deepEqual(read('Cole, who is seeking reelection, toured the harbor on Monday.'), []);
    assert.deepEqual(read('Ann Lee sought the Green Party nomination in 2010.'), []);
    assert.deepEqual(read('The council did not return a call seeking comment.'), []);
  });
  it('"seeking an injunction" still asks for something', () => {
    const a = only('The ferry workers are seeking an injunction against the new schedule.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The ferry workers', 'seeking', 'indirect', ['an injunction against the new schedule']]);
  });
  it('"a group called X" names a thing, but "an aide called Cole a liar" calls someone something', () => {
    assert.deepEqual(read('They formed a group called Friends of the River.'), []);
    assert.deepEqual(read('A blog, called the “Feed,” is run by five writers.'), []);
    const a = only('An aide called Cole a liar.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['An aide', 'called', 'indirect', ['Cole a liar']]);
    const b = only('A spokesman for the mayor called the remarks “Disgraceful.”');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['A spokesman for the mayor', 'called', 'direct', ['Disgraceful.']]);
  });

  it('a quotation after a colon is said by a subject that names someone or a document, not by "the rules"', () => {
    assert.deepEqual(read('The rules of the contest are simple: “No phones, no notes, no help.”'), []);
    const a = only('The mayor was blunt: “No deal.”');
    assert.deepEqual([a.speaker, a.kind, a.content], ['The mayor', 'direct', ['No deal.']]);
    const b = only('The letter was blunt: “We expect an answer by Friday.”');
    assert.deepEqual([b.speaker, b.kind, b.content], ['The letter', 'direct', ['We expect an answer by Friday.']]);
  });

  it('"a meeting aimed at …" is what a thing is for; "Cole aimed at the mayor" still takes someone on', () => {
    assert.deepEqual(read('The board held a meeting aimed at ending the ferry strike.'), []);
    const a = only('Cole aimed at the mayor in her closing remarks.');
    assert.deepEqual([a.speaker, a.cue, a.kind], ['Cole', 'aimed', 'indirect']);
    // A word for a person before "aimed" is its subject, not a thing.
    const b = only('The senator aimed at the banks in her closing remarks.');
    assert.deepEqual([b.speaker, b.cue, b.kind], ['The senator', 'aimed', 'indirect']);
  });
});

describe('attributions: shouts with no words and expectations no one holds', () => {
  it('"chanting and waving flags", "shouted down", "shouting matches" carry no words', () => {
    assert.deepEqual(read('Outside the hall, dock workers were chanting and waving flags.'), []);
    assert.deepEqual(read('The mayor was shouted down by angry ferry riders.'), []);
    assert.deepEqual(read('The hearing turned into shouting matches over the levy.'), []);
  });
  it('a quoted shout still speaks', () => {
    const a = only('“Save the ferry!” the riders shouted.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the riders', 'shouted', 'direct', ['Save the ferry!']]);
  });
  it('"Cole, expected to win the seat" holds no one\'s view; "expected to argue that …" still reports', () => {
    assert.deepEqual(read('Ann Cole, expected to win the seat easily, toured the harbor on Monday.'), []);
    const a = only('Cole expected to argue that the levy was unfair.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'expected', 'indirect', ['to argue that the levy was unfair']]);
  });
});

describe('attributions: reading aloud and echoing someone', () => {
  it('"reading from a prepared text" and "…, echoing the mayor" add no statement', () => {
    assert.deepEqual(read('Cole spent the evening reading from a prepared text.'), []);
    const a = only('Cole said the levy was unfair, echoing the mayor.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'said', 'indirect', ['the levy was unfair']]);
  });
  it('a sign "reading “…”" still carries the quoted words', () => {
    const a = only('A rider held a sign reading “Save the ferry.”');
    assert.deepEqual([a.speaker, a.cue, a.content], ['a sign', 'reading', ['Save the ferry.']]);
  });
});
