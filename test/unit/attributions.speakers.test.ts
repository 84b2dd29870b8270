// Who a statement's speaker span names: the words for the speaker nearest the cue in its clause.
import * as assert from 'node:assert/strict';
import { byCue, only, read } from './attributions.fixture';

describe('attributions: the subject a participle cue speaks for', () => {
  it('past an opening phrase with no comma ("On Sunday Ann Cole made …, writing …")', () => {
    const a = byCue('On Sunday morning Ann Cole made another attempt to end the dispute, writing that the ferry would run again.', 'writing');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the ferry would run again']]);
    const b = byCue('And even Ann Cole tried to calm the crowd, noting that the budget was balanced.', 'noting');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['the budget was balanced']]);
  });

  it('past an aside on the subject ("Cole, who …, rejected …, noting …")', () => {
    const a = byCue('Ann Cole, who grew up in the valley, also rejected the harbor plan, noting that it would cost too much.', 'noting');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['it would cost too much']]);
    const b = byCue('Ann Cole -- whose father ran the ferry -- has derided the harbor plan, suggesting that it would cost too much.', 'suggesting');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['it would cost too much']]);
  });

  it('past two opening phrases, or in a clause opened by "as" ("Finally, as …, Cole made …, arguing …")', () => {
    const a = byCue('Finally, as the hearing came to a close, Ann Cole made her case, arguing that the levy was fair.', 'arguing');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the levy was fair']]);
    const b = byCue('The crowd cheered loudly, as Ann Cole repeated the charge, saying the plant would close.', 'saying');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['the plant would close']]);
    const c = byCue('The board praised Ann Cole as a careful steward, noting that the budget was balanced.', 'noting');
    assert.deepEqual([c.speaker, c.kind, c.content], ['The board', 'indirect', ['the budget was balanced']]);
  });

  it('past an opening time phrase ("Ever since …, Cole has been …, attacking …", "The night before, …")', () => {
    const a = byCue('Ever since she endorsed the levy, Ann Cole has been a fierce advocate, attacking the board for its silence.', 'attacking');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the board for its silence']]);
    const b = byCue('The night before, at a rally in Dover, Ann Cole was just as blunt, claiming that the board had lied.', 'claiming');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['the board had lied']]);
  });

  it('past a noun phrase fenced by dashes ("Cole — a teacher from Dover — says …")', () => {
    const a = byCue('Ann Cole — a teacher from Dover — says she decided late to back the levy.', 'says');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['she decided late to back the levy']]);
    const b = byCue('Even if the levy fails, teachers in two districts — Dover and Milford — said it is vital that the board close the gap.', 'said');
    assert.deepEqual([b.speaker, b.kind, b.content], ['teachers in two districts', 'indirect', ['it is vital that the board close the gap']]);
    const c = byCue('The two judges -- Ms. Cole and Mr. Park -- agreed the levy was lawful.', 'agreed');
    assert.deepEqual([c.speaker, c.kind, c.content], ['The two judges', 'indirect', ['the levy was lawful']]);
  });

  it('a cue that is also a noun, closing the sentence or before where the words appeared', () => {
    const a = byCue('The levy will pass easily, the board notes.', 'notes');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the board', 'indirect', ['The levy will pass easily']]);
    const b = byCue('Ann Cole, a teacher at Dover High, writes in the Courier that the levy will pass easily.', 'writes');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['the levy will pass easily']]);
  });

  it('past an aside, a cue that is also a noun is a verb ("Cole, a teacher in Dover, calls …")', () => {
    const a = byCue('Ann Cole, a teacher in the Dover schools, calls the levy a lifeline.', 'calls');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the levy a lifeline']]);
  });

  it('"As reported by X, …": the clause after the comma is what X reported', () => {
    const a = byCue('As reported by the Courier, the board was warned about the levy twice.', 'reported by');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the Courier', 'indirect', ['the board was warned about the levy twice']]);
  });

  it('"In their view, …": the owner of the view holds the clause after the comma', () => {
    const a = byCue('In their view, the board could pass the levy if turnout is low.', 'view');
    assert.deepEqual([a.speaker, a.kind, a.content], ['their', 'indirect', ['the board could pass the levy if turnout is low']]);
  });

  it('a trailing evidence cue whose subject holds a participle and "by" ("…, records compiled by the board show.")', () => {
    const a = byCue('The levy passed in every ward, records compiled by the county board show.', 'show');
    assert.deepEqual([a.speaker, a.kind, a.content], ['records compiled by the county board', 'indirect', ['The levy passed in every ward']]);
  });

  it('"Both" opening the sentence is the speaker ("Both think …")', () => {
    const a = byCue('Cole and Park met in Dover. Both think the levy will pass.', 'think');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Both', 'indirect', ['the levy will pass']]);
  });

  it('"both" after a conjunction is the speaker ("and both vowed …"); after a dash it stands beside the subject', () => {
    const a = byCue('The two mayors met in Dover, and both vowed to finish the bridge by spring.', 'vowed');
    assert.deepEqual([a.speaker, a.kind, a.content], ['both', 'indirect', ['to finish the bridge by spring']]);
    const b = byCue('The three council members -- Cole, Park and Reyes -- all voted for the levy.', 'voted');
    assert.notEqual(b.speaker, 'all');
  });

  it('"another" opening its clause is the speaker of a present-tense cue ("while another says …")', () => {
    const a = byCue('One survey puts the cost at $4 million, while another says the bridge will cost twice that.', 'says');
    assert.deepEqual([a.speaker, a.kind, a.content], ['another', 'indirect', ['the bridge will cost twice that']]);
  });

  it('"Some" opening its clause is the speaker in any tense ("Some say …")', () => {
    const a = byCue('Some say the levy will pass easily.', 'say');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Some', 'indirect', ['the levy will pass easily']]);
  });

  it('not the possessor of a stance noun before it ("… its attacks on X, saying …")', () => {
    const a = byCue('The Cole campaign kept up its attacks on the mayor all week, saying the budget was a fraud.', 'saying');
    assert.deepEqual([a.speaker, a.kind, a.content], ['The Cole campaign', 'indirect', ['the budget was a fraud']]);
  });
});

describe('attributions: the nearest subject pronoun of coordinated verbs', () => {
  it('"…; she praised the crew and promised …": the pronoun whose verbs run on to the cue', () => {
    const a = byCue('The mayor toured the plant on Monday; she praised the crew and promised that the plant would stay open.', 'promised');
    assert.deepEqual([a.speaker, a.kind, a.content], ['she', 'indirect', ['the plant would stay open']]);
    const b = byCue('When reporters asked Ann Cole about the plan, she smiled and said, “We will see.”', 'said');
    assert.deepEqual([b.speaker, b.kind, b.content], ['she', 'direct', ['We will see.']]);
  });

  it('not a pronoun in a clause that hangs on another ("after they settled", "As they met …, Cole …")', () => {
    const a = byCue('Ann Cole praised the union after they settled the strike, saying the deal was fair.', 'saying');
    assert.deepEqual([a.speaker, a.content], ['Ann Cole', ['the deal was fair']]);
    const b = byCue('As they met in the capital, Ann Cole was touring the valley, promising to fix the roads.', 'promising');
    assert.deepEqual([b.speaker, b.content], ['Ann Cole', ['to fix the roads']]);
  });
});

describe('attributions: the subject a coordinated cue speaks for', () => {
  it('the opening name, not a statement inside a clause on the way ("… whether X could … but said …")', () => {
    const a = byCue('Ann Cole put off deciding whether the union could question the mayor but said the harbor would reopen.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the harbor would reopen']]);
  });

  it('past an opening phrase that ends in a quotation ("On “Face the Nation,” Cole admitted …, but said …")', () => {
    const a = byCue('On “Face the Nation,” Ann Cole admitted that the harbor plan that the council approved was late, but said the ferry would run.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the ferry would run']]);
  });
});

describe('attributions: a cue that is a noun after adjectives', () => {
  it('"Cole is a vocal advocate of …", "Cole showed subtle hints that …": the verb’s subject holds it', () => {
    const a = byCue('Ann Cole is a vocal advocate of the harbor plan.', 'advocate');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['of the harbor plan']]);
    const b = byCue('Ann Cole showed subtle hints that she would drop the harbor plan.', 'hints');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['she would drop the harbor plan']]);
  });

  it('a participle fenced after a name with a parenthesis ("Sen. Ann Cole (D-Ore.), noting …, said …")', () => {
    const a = byCue('But Sen. Ann Cole (D-Ore.), noting the size of the crowd, said the rally was a success.', 'noting');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Sen. Ann Cole (D-Ore.)', 'indirect', ['the size of the crowd']]);
  });
});

describe('attributions: a participle after the object of "leave" or "feature"', () => {
  it('"… have left many farmers saying …": the one left speaks', () => {
    const a = byCue('Weeks of delay at the harbor have left many farmers saying the plan was a mistake.', 'saying');
    assert.deepEqual([a.speaker, a.kind, a.content], ['many farmers', 'indirect', ['the plan was a mistake']]);
  });
});

describe('attributions: names that look like other words', () => {
  it('a capitalized "Will" inside a sentence is a name, not an auxiliary ("In particular, Will wrote …")', () => {
    const a = byCue('In particular, Will wrote that the harbor plan was a mistake.', 'wrote');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Will', 'indirect', ['the harbor plan was a mistake']]);
  });

  it('a fenced past participle after the name ("Cole, asked about …, had said …")', () => {
    const a = byCue('The dispute began after Ann Cole, asked about the ferry by reporters, had said that it would run again.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['it would run again']]);
  });
});

describe('attributions: a relative clause that a later cue continues', () => {
  it('"Cole, who a week ago surprised the council by declaring …": the relative pronoun with its name', () => {
    const a = byCue('The mayor met Ann Cole, who a week ago surprised the council by declaring that the harbor would close.', 'declaring');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole, who', 'indirect', ['the harbor would close']]);
  });

  it('not past the comma that closes the clause ("Cole defended X, who is under inquiry, saying …")', () => {
    const a = byCue('Ann Cole defended the harbor board, which is under inquiry for fraud, saying the audit was unfair.', 'saying');
    assert.deepEqual([a.speaker, a.content], ['Ann Cole', ['the audit was unfair']]);
  });

  it('a possessive pronoun is a pronoun speaker', () => {
    const found = read('The senator was blunt in her criticism of the harbor plan.');
    assert.deepEqual(found.map((f) => [f.speaker, f.form]), [['her', 'pronoun']]);
  });
});

describe('attributions: a later clause opened by "when"', () => {
  it('"The crowd cheered when Cole spotted a sign and asked …": the name after "when" speaks for both verbs', () => {
    const a = byCue('The crowd cheered when Ann Cole spotted a sign in the hall and asked that it be brought to her.', 'asked');
    assert.deepEqual([a.speaker, a.kind], ['Ann Cole', 'indirect']);
  });
});

describe('attributions: a cue inside an opening participle phrase', () => {
  it('the subject after the phrase\'s comma speaks ("Having announced …, the mayor left")', () => {
    const a = byCue('Having announced that the ferry would stop running, the mayor left the meeting early.', 'announced');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the mayor', 'indirect', ['the ferry would stop running']]);
    const b = byCue('Leading Democrats say the levy will pass.', 'say');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Leading Democrats', 'indirect', ['the levy will pass']]);
  });
});

describe('attributions: an opening "In …" phrase with evidence in it', () => {
  it('names no poll: the clause after it has its own subject ("In an email exchange, Cole passed along …")', () => {
    const a = byCue('In a separate email exchange, Ann Cole passed along a request for a favor.', 'In');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['Ann Cole passed along a request for a favor']]);
    const b = byCue('In the latest poll, Ann Cole leads the race by nine points.', 'In');
    assert.deepEqual([b.speaker, b.kind, b.content], ['the latest poll', 'indirect', ['Ann Cole leads the race by nine points']]);
  });
});

describe('attributions: a reported belief inside a clause opened by "while"', () => {
  it('stays the reporting cue\'s content ("…, while Cole said she thought …")', () => {
    const a = byCue('Most were upbeat, while Ann Cole said she thought the economy favors the wealthy.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['she thought the economy favors the wealthy']]);
  });
});

describe('attributions: an exclamation before a headline colon', () => {
  it('names no one; the headline\'s subject speaks ("Wow: Ann Cole Just Said …")', () => {
    const a = byCue('Wow: Ann Cole Just Said Something Unexpected About The Levy.', ':');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['Ann Cole Just Said Something Unexpected About The Levy']]);
    const b = byCue('Mayor Cole: The levy will pass.', ':');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Mayor Cole', 'indirect', ['The levy will pass']]);
  });
});

describe('attributions: a quotation after a colon that closes an object', () => {
  it('is the subject\'s, not the object\'s ("Cole delivered a message to the board: “…”")', () => {
    const a = byCue('Ann Cole delivered a blunt message to the board: “Stop the levy now.”', ':');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'direct', ['Stop the levy now.']]);
  });
});

describe('attributions: a verb form is no speaker', () => {
  it('nor is a determiner with modifiers before a cue that heads the noun phrase ("left after the harsh talk about")', () => {
    const a = byCue('The farmers left the hall after the harsh talk about the dam.', 'talk about');
    assert.deepEqual([a.speaker, a.kind, a.content], ['The farmers', 'indirect', ['the dam']]);
  });

  it('the subject of its clause speaks instead ("A lawsuit was filed in 2019 alleging …")', () => {
    const a = byCue('A lawsuit was filed in 2019 alleging that the plant had polluted the river.', 'alleging');
    assert.deepEqual([a.speaker, a.kind, a.content], ['A lawsuit', 'indirect', ['the plant had polluted the river']]);
  });
});

describe('attributions: "their" before a stance noun', () => {
  it('a plural subject of the clause holds "their" ("Farmers were blunt in their criticism of …")', () => {
    const a = byCue('Most farmers in the valley were blunt in their criticism of the harbor plan.', 'criticism of');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Most farmers in the valley', 'indirect', ['the harbor plan']]);
  });

  it('the relative clause the possessive stands in ("the farmers, who were blunt in their criticism of …")', () => {
    const a = byCue('The mayor ignored the farmers, who were blunt in their criticism of the harbor plan.', 'criticism of');
    assert.deepEqual([a.speaker, a.content], ['the farmers, who', ['the harbor plan']]);
  });
});

describe('attributions: a progressive before a possessive stance noun', () => {
  it('"Cole is keeping up her criticism of …": the progressive\'s subject holds it', () => {
    const a = byCue('Ann Cole is keeping up her criticism of the harbor plan.', 'criticism of');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the harbor plan']]);
  });
});

describe('attributions: the noun phrase a "who" stands for', () => {
  it('stops at a verb with its object or at "among" ("courting the farmers who …", "did best among parents who …")', () => {
    const a = byCue('Ann Cole spent the week courting the farmers who said the harbor plan would ruin them.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the farmers who', 'indirect', ['the harbor plan would ruin them']]);
    const b = byCue('Ann Cole did best among younger parents who say the schools need money.', 'say');
    assert.deepEqual([b.speaker, b.kind, b.content], ['younger parents who', 'indirect', ['the schools need money']]);
  });

  it('keeps a verb form that modifies the noun ("a hearing officer who …")', () => {
    const a = byCue('The board followed a hearing officer who said the ballot was valid.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['a hearing officer who', 'indirect', ['the ballot was valid']]);
  });
});

describe('attributions: an opening "The day …" phrase', () => {
  it('is not the speaker of a participle cue ("The day before, at a town hall …, Cole sounded sharper, claiming …")', () => {
    const a = byCue('The day before, at a town hall in Riverton, Ann Cole sounded sharper still, claiming that the board had hidden the costs.', 'claiming');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the board had hidden the costs']]);
    const b = byCue('The next day, Ann Cole went further, saying that the levy would pass.', 'saying');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['the levy would pass']]);
  });
});

describe('attributions: a lone demonstrative as the cue\'s object', () => {
  it('is the content ("The council disputes this.", "Cole rejected that, too.", "understood this in 2019")', () => {
    const a = only('The council disputes this.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The council', 'disputes', 'indirect', ['this']]);
    const b = only('But Cole rejected that, too.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Cole', 'rejected', 'indirect', ['that']]);
    const c = only('The farmers understood this in 2019, the year of the flood.');
    assert.deepEqual([c.speaker, c.cue, c.kind, c.content], ['The farmers', 'understood', 'indirect', ['this']]);
  });

  it('not a "that" that opens a clause, nor "this" before a time noun', () => {
    const a = only('The mayor said that, if elected, she would fix the bridge.');
    assert.deepEqual(a.content, ['if elected, she would fix the bridge']);
    const b = only('The mayor said this week that the bridge would close.');
    assert.deepEqual(b.content, ['the bridge would close']);
  });
});

describe('attributions: "continue to" or "began to" before a cue in a later clause', () => {
  it('the subject of "continue" in its own clause speaks ("…, as farmers continue to warn that …")', () => {
    const a = only('The council is drafting a new levy, as farmers continue to warn that the old one failed.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['farmers', 'to warn', 'indirect', ['the old one failed']]);
  });

  it('not a clause of time with nothing after the cue ("As the crowd began to chant, …")', () => {
    const found = read('As the crowd began to chant, the mayor walked on stage.');
    assert.ok(found.every((f) => f.speaker !== 'the crowd'), JSON.stringify(found));
  });
});

describe('attributions: "if" after "that" or after "think"/"believe"', () => {
  it('opens a condition inside what is believed, not a question', () => {
    const a = only('Most farmers expect that if the levy passes, the mill will reopen.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Most farmers', 'expect', 'indirect', ['if the levy passes, the mill will reopen']]);
    const b = only('Her aides believe if turnout holds, she will carry the county.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Her aides', 'believe', 'indirect', ['if turnout holds, she will carry the county']]);
  });
});

describe('attributions: an adverb splitting the infinitive before a cue', () => {
  it('the subject speaks as with "to" right before the cue ("used the hearing to sharply criticize …")', () => {
    const a = only('The mayor used the hearing to sharply criticize the council.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'to sharply criticize', 'indirect', ['the council']]);
  });
});

describe('attributions: the people around someone speak, not the one they are around', () => {
  it('"advisers to X", "aides to X": the advisers speak', () => {
    const a = only('Advisers to Mayor Reyes said the plan was dead.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Advisers to Mayor Reyes', 'said', 'indirect', ['the plan was dead']]);
    assert.equal(only('A longtime aide to the senator said she would vote no.').speaker, 'A longtime aide to the senator');
  });
  it('"people close to X", "sources familiar with X": the people and the sources speak', () => {
    assert.equal(only('People close to the governor said she would run again.').speaker, 'People close to the governor');
    assert.equal(only('Two officials familiar with the talks said a deal was near.').speaker, 'Two officials familiar with the talks');
  });
  it('"close to" a number or after a verb ties no one', () => {
    assert.equal(only('A rate still close to 5 percent, which the board said was too high, held.').speaker, 'the board');
    assert.equal(only('The bill came close to passing, Cole said.').speaker, 'Cole');
  });
});

describe('attributions: a name with its appositive after a conjunction', () => {
  it('"…, while Ann Cole, a councilwoman, said …": the name and its appositive speak, not the title alone', () => {
    const a = byCue('The mayor praised the ferry plan, while Ann Cole, a councilwoman, said it would cost too much.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole, a councilwoman', 'indirect', ['it would cost too much']]);
    const b = byCue('The board backed the levy. But Ann Cole, the former treasurer, warned that it would fail.', 'warned');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole, the former treasurer', 'indirect', ['it would fail']]);
  });
});

describe('attributions: a coordinated subject speaks as a whole', () => {
  it('"Aides and advisers said", "Cole, Reyes and Bell all said": every conjunct belongs to the speaker', () => {
    const a = only('Aides and outside advisers to the mayor said the ferry plan would fail.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Aides and outside advisers to the mayor', 'indirect', ['the ferry plan would fail']]);
    const b = only('On Tuesday, Ann Cole, Tom Reyes and Joe Bell all said the levy was unfair.');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole, Tom Reyes and Joe Bell', 'indirect', ['the levy was unfair']]);
  });
  it('a conjunct after a verb is its object, not part of the speaker', () => {
    const a = byCue('The mayor praised the plan and Ann Cole said it would fail.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['it would fail']]);
  });
});

describe('attributions: a participle after a "where" clause on a noun', () => {
  it('"… rallied at the hall where the board met, hoping that …": the main clause\'s subject speaks', () => {
    const a = byCue('Dozens of workers rallied outside the hall where the board met on Monday, hoping that the council would back the wage.', 'hoping');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Dozens of workers', 'indirect', ['the council would back the wage']]);
  });
});

describe('attributions: an auxiliary before a fenced adverb', () => {
  it('"A poll has, however, revealed …": the auxiliary is not part of the speaker', () => {
    const a = only('A new poll of voters has, however, revealed that most oppose the levy.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['A new poll of voters', 'indirect', ['most oppose the levy']]);
  });
});

describe('attributions: a stance adjective before a clause with no "that"', () => {
  it('"Some councilors are hopeful they can …": the subject holds the view; the clause is what they hold', () => {
    const a = only('Some councilors are hopeful they can pass the levy in March.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Some councilors', 'are hopeful', 'indirect', ['they can pass the levy in March']]);
  });
});

describe('attributions: a verb after a quotation that opens the next item of a list', () => {
  it('"… as “reckless,” faulted the plan and said …": the words after the verb are its object, not a speaker', () => {
    const a = byCue('Ann Cole dismissed the mayor as “reckless,” faulted the harbor plan and said the levy would fail.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the levy would fail']]);
  });
});

describe('attributions: a venue named after a publisher between the speaker and the cue', () => {
  it('"Cole in a Medium post said …": the venue is not the speaker', () => {
    const a = only('Ann Cole in a Medium post said the levy would fail.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the levy would fail']]);
    const b = byCue('Tom Reyes during a Sunday rally thanked the volunteers “for all the work you did.”', 'thanked');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Tom Reyes', 'mixed', ['the volunteers “for all the work you did.”']]);
  });
});

describe('attributions: an expletive "it" or "there" holds no view', () => {
  it('"It’s common for papers to portray …": the one named after "for" speaks', () => {
    const a = only('It’s been common for local papers to portray the levy as a tax on farmers.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['local papers', 'indirect', ['the levy as a tax on farmers']]);
    const b = byCue('There’s still time for Ann Cole to win back the board, even after dismissing its members as a cartel and calling the chairman a liar.', 'calling');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Ann Cole', 'indirect', ['the chairman a liar']]);
  });
  it('"It was at the hearing that Cole made her case, pointing to …": the subject after "that" speaks', () => {
    const a = byCue('It was at the hearing that Ann Cole made her case, pointing to the deficit that the board had hidden.', 'pointing to');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the deficit that the board had hidden']]);
  });
});

describe('attributions: a name between "for" and an infinitive cue', () => {
  it('"… created an opening for Cole to highlight …": the name after "for" speaks, not the subject', () => {
    const a = only('The flood has created a natural opening for Ann Cole to highlight her record on the levee.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['her record on the levee']]);
    const b = only('For now, it may be enough for Cole and Reyes to agree on the need for a new levee.');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Cole and Reyes', 'indirect', ['on the need for a new levee']]);
  });
});

describe('attributions: a "when" clause closed by a comma before the main clause', () => {
  it('"In a year when …, Cole is shaping …, zeroing in on …": the main clause\'s subject speaks for the participle', () => {
    const a = only('In a year when the mayor’s budget has faced intense scrutiny, Ann Cole is shaping her own platform, zeroing in on the levee.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole', 'zeroing in on', 'indirect', ['the levee']]);
  });
});

describe('attributions: a speaker put on show ("is shown lecturing")', () => {
  it('"Cole, who …, is shown lecturing: “…”": the subject speaks, not the participle "shown"', () => {
    const a = only('Before the vote, Ann Cole, who chairs the board, is shown lecturing: “We will never rebuild the levee.”');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'direct', ['We will never rebuild the levee.']]);
  });
});

describe('attributions: a participle paired by "and" past a statement inside the first one', () => {
  it('"… a response saying she would not support … and suggesting …": the one who responds suggests', () => {
    const a = byCue('Later that day, Ann Cole fired back a response saying she would not support the levy and suggesting that the board should resign.', 'suggesting');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the board should resign']]);
  });
});

describe('attributions: every share an opening poll gives is the poll\'s', () => {
  it('"In a poll, 38 percent said …, while 60 percent said …": the second share is the poll\'s finding too', () => {
    const a = byCue('In a Herald poll last month, 38 percent of voters said the mayor should resign, while 60 percent said he should stay.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['a Herald poll last month', 'indirect', ['he should stay']]);
  });
});

describe('attributions: a slogan before a headline colon', () => {
  it('gives the headline to its own subject ("FIX IS IN: …"), or to no one', () => {
    const a = only('DEAL IS DONE: Harbor Pilots Ignore the Toll Vote');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Harbor Pilots', 'indirect', ['Harbor Pilots Ignore the Toll Vote']]);
    assert.equal(only('Just Released: Harbor Pilots Ignore the Toll Vote').speaker, 'Harbor Pilots');
    assert.deepEqual(read('STORY OF THE DAY: 40 ferries and one harbor in the fog'), []);
    const b = only('Ann Cole: Harbor Pilots Will Not Back the Toll Plan');
    assert.equal(b.speaker, 'Ann Cole');
  });
});

describe('attributions: an appositive missing its closing comma', () => {
  it('keeps the name before it as the speaker ("Cole (D-Ohio), a supporter of the bill told …")', () => {
    const a = byCue('On Friday, Sen. Ann Cole (D-Ohio), a longtime supporter of the new harbor bill in the state senate told reporters that the toll would fall.', 'told');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Sen. Ann Cole (D-Ohio), a longtime supporter of the new harbor bill in the state senate', 'indirect', ['the toll would fall']]);
    const b = byCue('Still, the new poll shows that the toll is unpopular.', 'shows');
    assert.deepEqual([b.speaker, b.kind, b.content], ['the new poll', 'indirect', ['the toll is unpopular']]);
    assert.ok(read('For Ann Cole, the hearing offered a chance to defend the toll.').every((f) => !f.speaker?.startsWith('For')));
  });
});

describe('attributions: a name and its relative clause fenced by dashes', () => {
  it('leaves the speaker before the fence ("A former pilot -- Ann Cole, who lost …, -- said")', () => {
    const a = byCue('A former harbor pilot -- Ann Cole, who lost the 2008 race to Reyes -- said the toll was unfair.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['A former harbor pilot', 'indirect', ['the toll was unfair']]);
  });
});

describe('attributions: a name set off after "one of …"', () => {
  it('runs the speaker over the name and the age ("One of the pilots, Ann Cole, 70, … said")', () => {
    const a = byCue('One of the pilots, Ann Cole, 70, had served in the navy and said the toll was unfair.', 'said');
    assert.deepEqual([a.speaker, a.kind, a.content], ['One of the pilots, Ann Cole, 70', 'indirect', ['the toll was unfair']]);
    assert.equal(byCue('One of the pilots said the toll was unfair.', 'said').speaker, 'One of the pilots');
  });
});

describe('attributions: a roster of names after a label and a colon', () => {
  it('is no statement ("Ohio: Ann Cole, Tom Reyes, …")', () => {
    assert.deepEqual(read('Ohio: Ann Cole, Tom Reyes, Lee Park and Dan Ortiz.'), []);
    const a = only('Cole: Harbor Pilots Will Not Back the Toll Plan');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Cole', 'indirect', ['Harbor Pilots Will Not Back the Toll Plan']]);
  });
});

describe('attributions: names and a noun for what they said before a colon', () => {
  it('the whole label speaks ("Ortiz camp: …", "Pilots\' new warning: …")', () => {
    const a = only('Ortiz camp: The toll plan would hurt every ferry rider.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ortiz camp', 'indirect', ['The toll plan would hurt every ferry rider']]);
    const b = only("Pilots' new warning: Fares could double by spring.");
    assert.deepEqual([b.speaker, b.kind, b.content], ["Pilots' new warning", 'indirect', ['Fares could double by spring']]);
    assert.deepEqual(read("Editor's note: The toll plan would hurt every ferry rider."), []);
  });
});

describe('attributions: a name set off by a dash before a colon and a quotation', () => {
  it('owns the quotation, not the cue before the dash ("Pilots agree - Ann Cole: “…”")', () => {
    const a = only('Pilots agree - Ann Cole: “The toll is far too high for the crews.”');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'direct', ['The toll is far too high for the crews.']]);
  });
});

describe('attributions: a name and a short phrase after a colon as a paragraph inside an article', () => {
  it('is a section heading, no statement ("Cole: Hold the line.")', () => {
    const text = 'The race tightens as the vote nears.\n\nCole: Hold the line.\n\nThe mayor has led every poll since spring.';
    assert.deepEqual(read(text), []);
    const a = only('Cole: Harbor Pilots Will Not Back the Toll Plan');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Cole', 'indirect', ['Harbor Pilots Will Not Back the Toll Plan']]);
  });
});

describe('attributions: a cue that continues a list of the subject\'s verbs', () => {
  it('"Cole suggested …, called her “…” and …": a naming cue with a quotation shares the first verb\'s subject', () => {
    const a = byCue('Ann Cole later suggested the levy was behind the deficit, called the treasurer “reckless” and left the meeting.', 'called');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'direct', ['reckless']]);
  });

  it('"… when Cole looked at …, referred to …": a list inside a clause opened by "when" shares that clause\'s subject', () => {
    const a = byCue('The budget came up only when Ann Cole looked at the cost of the ferry, referred to the harbor debt and left early.', 'referred to');
    assert.deepEqual([a.speaker, a.kind, a.content], ['Ann Cole', 'indirect', ['the harbor debt']]);
  });
});

describe('attributions: a day after the cue of a speaker fenced by commas', () => {
  it('tells when, not who: the name and its appositive before the cue speak ("“…,” Ann Cole, a deputy, said Sunday.")', () => {
    const a = only('“The ferry will not run past October,” Ruth Adeyemi, the harbor master, said Sunday.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ruth Adeyemi, the harbor master', 'said', 'direct', ['The ferry will not run past October,']]);
  });
});

describe('attributions: an aside fenced by horizontal bars', () => {
  it('is read as one fenced by em dashes ("Cole ― who … ― said …")', () => {
    const a = only('Ann Cole ― who grew up in the valley ― said the harbor would reopen in May.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole', 'said', 'indirect', ['the harbor would reopen in May']]);
  });
});
