import * as assert from 'node:assert/strict';
import { findAttributions } from '../../src/core/extract/attributions';
import { byCue, only, read } from './attributions.fixture';
import { splitParagraphs, splitSentences } from '../../src/core/text/sentences';

describe('sentences', () => {
  it('splits paragraphs on line ends and keeps offsets', () => {
    const text = 'First line.\r\n\r\n  Second paragraph here.  \nThird.';
    const ps = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(ps, ['First line.', 'Second paragraph here.', 'Third.']);
  });

  it('does not end a sentence after titles, initials or U.S.', () => {
    const text = 'Mr. Smith met Sen. Jones and John F. Kennedy Jr. in the U.S. Capitol. Then they left.';
    const ss = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(ss, ['Mr. Smith met Sen. Jones and John F. Kennedy Jr. in the U.S. Capitol.', 'Then they left.']);
  });

  it('ends a sentence after U.S. or p.m. when a word that opens sentences follows', () => {
    const text = 'The vote closed in the U.S. The count began at 8 p.m. He waited.';
    const ss = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(ss, ['The vote closed in the U.S.', 'The count began at 8 p.m.', 'He waited.']);
  });

  it('ends the sentence after a quotation closed by doubled apostrophes', () => {
    const found = read("The mayor said that ''the bridge is safe.'' She added that repairs would start soon.");
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'direct', ['the bridge is safe.']],
      ['She', 'added', 'indirect', ['repairs would start soon']],
    ]);
  });

  it('opens a new paragraph at a live blog\'s timestamp glued to the headline after it', () => {
    const text = 'Dana ReyesShareReplyModeratorMarch 3, 2019 4:05PMMayor Says The Ferry Will Run All Winter\nMarch 3, 2019 3:58PM Council Wants A New Vote\nThe ferry left at 9:30 PM Tuesday.';
    const ps = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(ps, ['Dana ReyesShareReplyModeratorMarch 3, 2019 4:05PM', 'Mayor Says The Ferry Will Run All Winter', 'March 3, 2019 3:58PM', 'Council Wants A New Vote', 'The ferry left at 9:30 PM Tuesday.']);
    const says = findAttributions(text).map((a) => [text.slice(a.speakerSpan!.start, a.speakerSpan!.end), a.kind, a.content.map((c) => text.slice(c.start, c.end))]);
    assert.deepEqual(says[0], ['Mayor', 'indirect', ['The Ferry Will Run All Winter']]);
  });

  it('keeps a quotation of several sentences whole, and ends the sentence after it', () => {
    const text = 'He said “One. Two.” Then he left.';
    const quote = { start: 8, end: 19 };
    const ss = splitSentences(text, { start: 0, end: text.length }, [quote]).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(ss, ['He said “One. Two.”', 'Then he left.']);
  });
});

describe('attributions: direct quotes', () => {
  it('curly marks, trailing attribution with a pronoun', () => {
    const a = only('“We are ready to talk,” he added.');
    assert.deepEqual(a, { speaker: 'he', form: 'pronoun', cue: 'added', kind: 'direct', content: ['We are ready to talk,'] });
  });

  it('straight marks, inverted cue and name', () => {
    const a = only('"The plan is dead," said Maria Lopez, a city council member.');
    assert.equal(a.speaker, 'Maria Lopez');
    assert.equal(a.form, 'name');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The plan is dead,']);
  });

  it('typewriter double marks (two apostrophes)', () => {
    const a = only("''Nobody expected this,'' Mr. Okafor said.");
    assert.equal(a.speaker, 'Mr. Okafor');
    assert.deepEqual(a.content, ['Nobody expected this,']);
  });

  it('nested quotes stay inside the outer quote', () => {
    const a = only('“She told me, ‘Never give up,’ and I listened,” the coach said.');
    assert.equal(a.speaker, 'the coach');
    assert.equal(a.form, 'nominal');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['She told me, ‘Never give up,’ and I listened,']);
  });

  it('a quote of several sentences', () => {
    const a = only('“We will not retreat. We will not bend. We will win,” the governor told supporters.');
    assert.equal(a.speaker, 'the governor');
    assert.equal(a.addressee, 'supporters');
    assert.deepEqual(a.content, ['We will not retreat. We will not bend. We will win,']);
  });

  it('a quote split by its attribution', () => {
    const a = only('“The budget is balanced,” Ms. Reyes said, “and the schools are funded.”');
    assert.equal(a.speaker, 'Ms. Reyes');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['The budget is balanced,', 'and the schools are funded.']);
  });

  it('words of the writer after "“A,” she said," are not the rest of the quote', () => {
    const a = only('“Everyone has a theory about the ferry,” she said, a note of weariness in her voice. “Nobody rides it.”');
    assert.equal(a.speaker, 'she');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['Everyone has a theory about the ferry,', 'Nobody rides it.']);
  });

  it('a quote that goes on in the next sentence after its attribution', () => {
    const a = only('“Apparently not,” he said. “A leopard does not change its spots.”');
    assert.equal(a.speaker, 'he');
    assert.deepEqual(a.content, ['Apparently not,', 'A leopard does not change its spots.']);
  });

  it('a closing-hand mark that opens on an ellipsis or after an invisible direction mark still opens the quote', () => {
    const a = only('” … the ferry will run until May,” the mayor wrote.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the mayor', 'wrote', 'direct', ['… the ferry will run until May,']]);
    const b = only('\u202a”The bridge is safe,” said Dana Ruiz.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['Dana Ruiz', 'said', 'direct', ['The bridge is safe,']]);
  });

  it('a new paragraph continues the previous speaker’s quote (no closing mark at paragraph end)', () => {
    const text = 'The mayor said: “We have cleaned the river.\n\n“And we will clean the park next.”';
    const a = only(text);
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['We have cleaned the river.', 'And we will clean the park next.']);
  });

  it('the colon form', () => {
    const a = only('He said: “There is no deal.”');
    assert.deepEqual(a, { speaker: 'He', form: 'pronoun', cue: 'said', kind: 'direct', content: ['There is no deal.'] });
  });

  it('the colon form after a setting of two words ("at a news conference:") gives the quotation alone', () => {
    const a = only('Cole said at a news conference: “We will not close the clinic.”');
    assert.deepEqual(a, { speaker: 'Cole', form: 'name', cue: 'said', kind: 'direct', content: ['We will not close the clinic.'] });
    const b = only('Cole said during a press conference, “We will not close the clinic.”');
    assert.deepEqual(b.content, ['We will not close the clinic.']);
    assert.equal(b.kind, 'direct');
  });

  it('a setting after the cue, then a comma or a colon and a quotation, gives the quotation alone', () => {
    const a = only('Cole told reporters outside the courthouse, “We are ready for the appeal.”');
    assert.deepEqual(a, { speaker: 'Cole', form: 'name', cue: 'told', kind: 'direct', content: ['We are ready for the appeal.'], addressee: 'reporters' });
    const b = only('The coach said after the final whistle: “Nobody gave up.”');
    assert.deepEqual(b.content, ['Nobody gave up.']);
    assert.equal(b.kind, 'direct');
  });

  it('the colon form after a document a cue names ("released a statement Monday:") gives the quotation alone', () => {
    const a = only('The mayor released a statement Monday: “The count was fair.”');
    assert.deepEqual(a, { speaker: 'The mayor', form: 'nominal', cue: 'released', kind: 'direct', content: ['The count was fair.'] });
    const b = only('Ann Reyes issued a statement on Monday: “The count was fair.”');
    assert.equal(b.speaker, 'Ann Reyes');
    assert.deepEqual(b.content, ['The count was fair.']);
  });

  it('"X called it “…”" gives the quoted words', () => {
    const a = only('Kremlin spokesman Ivan Petrov called the issue “a question of survival” for the country.');
    assert.equal(a.speaker, 'Kremlin spokesman Ivan Petrov');
    assert.equal(a.cue, 'called');
    assert.equal(a.kind, 'direct');
    assert.deepEqual(a.content, ['a question of survival']);
  });

  it('the addressee of "told"', () => {
    const a = only('“Talks must go on,” Ortega told BBC’s Laura Kent.');
    assert.equal(a.speaker, 'Ortega');
    assert.equal(a.addressee, 'BBC’s Laura Kent');
    assert.deepEqual(a.content, ['Talks must go on,']);
  });

  it('the addressee of "told" after a possessive, with a long "as" clause trailing', () => {
    const a = only('The harbor deal is finished, the mayor told her closest aides as she packed up the last boxes of papers from her old office.');
    assert.equal(a.speaker, 'the mayor');
    assert.equal(a.cue, 'told');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.addressee, 'her closest aides');
    assert.deepEqual(a.content, ['The harbor deal is finished']);
  });

  it('the addressee of "told" takes its noun, and a place with its state, before "that"', () => {
    const a = only('The governor told a crowd in Dover, Delaware on Friday that the bridge would reopen in May.');
    assert.equal(a.speaker, 'The governor');
    assert.equal(a.cue, 'told');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.addressee, 'a crowd');
    assert.deepEqual(a.content, ['the bridge would reopen in May']);
    const b = only('Senator Ruth Alder told the cheering crowd in Lewes on Saturday that she would run again.');
    assert.equal(b.speaker, 'Senator Ruth Alder');
    assert.equal(b.addressee, 'the cheering crowd');
    assert.deepEqual(b.content, ['she would run again']);
  });

  it('the addressee of "told" ends before "the" that opens the content', () => {
    const a = only('Rivera told his senior staff the budget would pass.');
    assert.equal(a.speaker, 'Rivera');
    assert.equal(a.addressee, 'his senior staff');
    assert.deepEqual(a.content, ['the budget would pass']);
  });

  it('a speaker with an appositive title before the cue', () => {
    const a = only('The bridge will reopen in May, the city’s chief engineer, Anna Berg, said on Monday.');
    assert.equal(a.speaker, 'the city’s chief engineer, Anna Berg');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['The bridge will reopen in May']);
  });
});

describe('attributions: indirect and mixed speech', () => {
  it('"X said that …"', () => {
    const a = only('The minister said that taxes would not rise next year.');
    assert.deepEqual(a, { speaker: 'The minister', form: 'nominal', cue: 'said', kind: 'indirect', content: ['taxes would not rise next year'] });
  });

  it('a place phrase after a common noun stays in the speaker ("Most farmers in the valley said …")', () => {
    const a = only('Most farmers in the valley said the new canal would ruin their crops.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Most farmers in the valley', 'said', 'indirect', ['the new canal would ruin their crops']]);
    const b = only('Two teachers at the school said the roof had leaked for years.');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Two teachers at the school', 'indirect', ['the roof had leaked for years']]);
  });

  it('"with" or "on" a body after a common noun stays in the speaker ("Officials with the agency said …")', () => {
    const a = only('Officials with the water agency said the dam was safe.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Officials with the water agency', 'said', 'indirect', ['the dam was safe']]);
    const b = only('Members on the county board said the budget would pass.');
    assert.deepEqual([b.speaker, b.kind, b.content], ['Members on the county board', 'indirect', ['the budget would pass']]);
  });

  it('"…, X said"', () => {
    const a = only('The factory will close in June, the company said.');
    assert.equal(a.speaker, 'the company');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['The factory will close in June']);
  });

  it('"X says …" in a line without a final period (a dek)', () => {
    const a = only('Mayor Ana Ruiz says the city will not raise fares, but no deal on wages');
    assert.equal(a.speaker, 'Mayor Ana Ruiz');
    assert.equal(a.form, 'name');
    assert.deepEqual(a.content, ['the city will not raise fares, but no deal on wages']);
  });

  it('"according to X, …" and "…, according to X."', () => {
    const a = only('According to the report, the river is cleaner than in 1990.');
    assert.equal(a.speaker, 'the report');
    assert.deepEqual(a.content, ['the river is cleaner than in 1990']);
    const b = only('The river is cleaner than in 1990, according to state officials.');
    assert.equal(b.speaker, 'state officials');
    assert.deepEqual(b.content, ['The river is cleaner than in 1990']);
  });

  it('a reported clause split by its attribution', () => {
    const a = only('The plan, he said, is dead.');
    assert.equal(a.speaker, 'he');
    assert.deepEqual(a.content, ['The plan', 'is dead']);
  });

  it('mixed: a reported clause with quoted fragments', () => {
    const a = only('Foreign Minister Olga Sand has said the demand was “unconditional” and “not up for debate.”');
    assert.equal(a.speaker, 'Foreign Minister Olga Sand');
    assert.equal(a.kind, 'mixed');
    assert.deepEqual(a.content, ['the demand was “unconditional” and “not up for debate.”']);
  });

  it('skips adverbs between speaker and cue', () => {
    const a = only('Lindqvist also reportedly said the army will not send “combat” units.');
    assert.equal(a.speaker, 'Lindqvist');
    assert.equal(a.kind, 'mixed');
    assert.deepEqual(a.content, ['the army will not send “combat” units']);
  });

  it('unnamed sources: "officials said"', () => {
    const a = only('The border will reopen on Friday, officials said.');
    assert.equal(a.speaker, 'officials');
    assert.equal(a.form, 'nominal');
    assert.deepEqual(a.content, ['The border will reopen on Friday']);
  });

  it('the venue after the cue is not content', () => {
    const a = only('The senator said in an interview on Tuesday that she would run again.');
    assert.equal(a.speaker, 'The senator');
    assert.deepEqual(a.content, ['she would run again']);
  });

  it('two coordinated cues give two statements', () => {
    const found = read('Chris Dole, a farmer, said he earns little and questioned how the plan would help him.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [
      ['Chris Dole, a farmer', 'said', ['he earns little']],
      ['Chris Dole, a farmer', 'questioned', ['how the plan would help him']],
    ]);
  });

  it('beliefs and intentions count as attributions', () => {
    const a = only('Most voters believe the economy is getting worse.');
    assert.equal(a.speaker, 'Most voters');
    assert.equal(a.cue, 'believe');
    assert.deepEqual(a.content, ['the economy is getting worse']);
    const b = only('The governor wants to cut the sales tax.');
    assert.equal(b.cue, 'wants');
    assert.deepEqual(b.content, ['to cut the sales tax']);
  });
});

describe('attributions: more forms', () => {
  it('the headline colon form', () => {
    const a = only('Lindqvist: Army Will Not Send Troops to the Border');
    assert.equal(a.speaker, 'Lindqvist');
    assert.equal(a.cue, ':');
    assert.deepEqual(a.content, ['Army Will Not Send Troops to the Border']);
    assert.deepEqual(read('Update: the bridge is open again today.'), []);
  });

  it('"Asked whether …," with no one named who asked: the question is no one\'s statement', () => {
    const found = read('Asked whether the tax would rise, the mayor said no.');
    assert.ok(!found.some((f) => f.cue === 'Asked'), 'no statement for the unnamed asker');
    assert.ok(found.every((f) => f.speaker !== null), 'every statement has a speaker');
  });

  it('a participle after a quote takes the sentence’s speaker', () => {
    const found = read('Ortega told Radio Sur that the deal “is dead,” adding, “We move on.”');
    assert.equal(found.length, 2);
    assert.equal(found[1]!.speaker, 'Ortega');
    assert.equal(found[1]!.cue, 'adding');
    assert.deepEqual(found[1]!.content, ['We move on.']);
    assert.deepEqual(found[0]!.content, ['the deal “is dead,”']);
  });

  it('an inverted cue after the content’s comma, with a relative clause after the name', () => {
    const a = only('The court was split on most votes, said Lee Amsel, who teaches law in Ohio.');
    assert.equal(a.speaker, 'Lee Amsel');
    assert.deepEqual(a.content, ['The court was split on most votes']);
  });

  it('"X, who said": the speaker span runs to the relative pronoun', () => {
    const a = only('The crowd listened to Ann Cole, who said the vote was fair.');
    assert.equal(a.speaker, 'Ann Cole, who');
    assert.deepEqual(a.content, ['the vote was fair']);
  });

  it('a title-case headline', () => {
    const a = only('Mayor Claims City Budget Is Balanced');
    assert.equal(a.speaker, 'Mayor');
    assert.equal(a.cue, 'Claims');
    assert.deepEqual(a.content, ['City Budget Is Balanced']);
  });

  it('a poll speaks: "In a … poll, …"', () => {
    const a = only('In a Gallup poll released Monday, 50 percent of voters chose the mayor.');
    assert.equal(a.speaker, 'a Gallup poll released Monday');
    assert.deepEqual(a.content, ['50 percent of voters chose the mayor']);
  });

  it('"referring to" after a quote keeps the speaker', () => {
    const found = read('“We will be the majority,” Ramos said, referring to the city’s young voters.');
    assert.equal(found.length, 2);
    assert.deepEqual([found[1]!.speaker, found[1]!.cue, found[1]!.content], ['Ramos', 'referring to', ['the city’s young voters']]);
  });

  it('a party label in parentheses belongs to the name', () => {
    const a = only('Rep. Ann Cole (D-N.Y.) said the vote was fair.');
    assert.equal(a.speaker, 'Rep. Ann Cole (D-N.Y.)');
    assert.deepEqual(a.content, ['the vote was fair']);
  });

  it('a stance verb inside someone else’s words is not a statement of its own', () => {
    const found = read('The ministry said the moves were not “concessions,” and that it would reject “proposals that are non-starters.”');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'The ministry');
  });
});

describe('attributions: stance nouns, evidence and expectations', () => {
  it('a possessive stance noun: "Cole’s call for an inquiry"', () => {
    const a = only('The hall filled up after Ann Cole’s call for an independent inquiry, at least at first.');
    assert.equal(a.speaker, 'Ann Cole’s');
    assert.equal(a.cue, 'call for');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['an independent inquiry']);
  });

  it('a pronoun possessor stands for the sentence’s subject: "The mayor has stood by his claim that …"', () => {
    const a = only('The mayor has stood by his claim that the budget was balanced.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'claim that');
    assert.deepEqual(a.content, ['the budget was balanced']);
  });

  it('a pronoun possessor after no verb is the speaker itself: "blunt in her criticism of …"', () => {
    const a = only('The senator was blunt in her criticism of the harbor plan.');
    assert.equal(a.speaker, 'her');
    assert.equal(a.cue, 'criticism of');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the harbor plan']);
    const b = only('The governor stepped up his attacks on the teachers union.');
    assert.equal(b.speaker, 'The governor');
    assert.equal(b.cue, 'attacks on');
    assert.deepEqual(b.content, ['the teachers union']);
  });

  it('"promise to" keeps the infinitive as the content', () => {
    const a = only('Farmers cheered her promise to cut taxes.');
    assert.equal(a.speaker, 'her');
    assert.equal(a.cue, 'promise to');
    assert.deepEqual(a.content, ['to cut taxes']);
  });

  it('"opposition to" with no infinitive after it starts the content after "to"', () => {
    const a = only('The residents restated their opposition to the new highway.');
    assert.equal(a.speaker, 'The residents');
    assert.equal(a.cue, 'opposition to');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new highway']);
  });

  it('a stance noun after a light verb speaks for the verb’s subject: "The mayor raised questions about …"', () => {
    const a = only('The mayor raised pointed questions about the new stadium deal.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'questions about');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new stadium deal']);
  });

  it('a critique or an assessment after a light verb speaks for the verb’s subject: "The coach delivered a sharp critique of …"', () => {
    const a = only('The coach delivered a sharp critique of the league’s new schedule.');
    assert.equal(a.speaker, 'The coach');
    assert.equal(a.cue, 'critique of');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the league’s new schedule']);
  });

  it('some stance nouns speak only after a light verb: "The governor paid close attention to …", not "her attention to …"', () => {
    const a = only('The governor paid close attention to the volunteers who rebuilt the bridge.');
    assert.equal(a.speaker, 'The governor');
    assert.equal(a.cue, 'attention to');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the volunteers who rebuilt the bridge']);
    assert.equal(findAttributions('Her attention to the volunteers moved the crowd.').length, 0);
  });

  it('"plan to" and "support for" speak after a light verb, not with a possessor alone', () => {
    const a = only('The mayor has a plan to widen the road.');
    assert.equal(a.speaker, 'The mayor');
    assert.equal(a.cue, 'plan to');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['to widen the road']);
    assert.equal(findAttributions('The mayor’s plan to widen the road surprised nobody.').length, 0);
    assert.equal(findAttributions('Their support for the new park surprised nobody.').length, 0);
  });

  it('any adjective may sit between a light verb and its stance noun: "made a blunt critique of …"', () => {
    const a = only('The coach made a blunt critique of the new schedule.');
    assert.equal(a.speaker, 'The coach');
    assert.equal(a.cue, 'critique of');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new schedule']);
  });

  it('the holder of a stance noun may follow "from": "criticism from neighbours that …"', () => {
    const a = only('The mayor faced criticism from neighbours that the new road was too loud.');
    assert.equal(a.speaker, 'neighbours');
    assert.equal(a.cue, 'criticism from');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new road was too loud']);
  });

  it('"voters have a favorable opinion of X": the subject holds the opinion', () => {
    const a = only('Most farmers have a favorable opinion of the new governor.');
    assert.equal(a.speaker, 'Most farmers');
    assert.equal(a.cue, 'opinion of');
    assert.equal(a.kind, 'indirect');
    assert.deepEqual(a.content, ['the new governor']);
  });

  it('"her remarks about X", "made comments about X": remarks and comments are statements', () => {
    const a = only('Ann Cole stood by her remarks about the harbor tax.');
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.cue, 'remarks about');
    assert.deepEqual(a.content, ['the harbor tax']);
    const b = only('The mayor has made comments about the harbor tax.');
    assert.equal(b.speaker, 'The mayor');
    assert.equal(b.cue, 'comments about');
    assert.equal(b.kind, 'indirect');
    assert.deepEqual(b.content, ['the harbor tax']);
  });

  it('a stance noun with no possessor is not a statement', () => {
    assert.deepEqual(read('There was little support for the plan in the valley.'), []);
    assert.deepEqual(read('The reasons for the decision to close the mill are unclear.'), []);
  });

  it('evidence with a long subject: "New polls released Sunday showed …"', () => {
    const a = only('New polls released Sunday showed the mayor with a narrow lead.');
    assert.equal(a.cue, 'showed');
    assert.deepEqual(a.content, ['the mayor with a narrow lead']);
  });

  it('a person who "found" something is not evidence', () => {
    assert.deepEqual(read('The farmer found a calf in the barn.'), []);
  });

  it('"X is expected to …" is an expectation no one is named as holding: no statement', () => {
    assert.deepEqual(read('The mayor is expected to sign the budget on Friday.'), []);
    assert.deepEqual(read('Turnout is widely expected to fall in the runoff.'), []);
  });
});

describe('attributions: questions put to someone', () => {
  it('"X was asked by Y whether …": Y asks', () => {
    const a = only('Cole was asked by the moderator whether she would raise taxes.');
    assert.equal(a.speaker, 'the moderator');
    assert.equal(a.cue, 'was asked');
    assert.deepEqual(a.content, ['whether she would raise taxes']);
  });

  it('"said if …" is a conditional claim, "reveals if …" a question', () => {
    const a = only('Cole said if elected she would cut taxes.');
    assert.equal(a.speaker, 'Cole');
    assert.deepEqual(a.content, ['if elected she would cut taxes']);
    assert.deepEqual(read('Cole reveals if she will run again.'), []);
  });
});

describe('attributions: decisions, orders and publications', () => {
  it('"decided to", "ordered", "published" as cues', () => {
    assert.deepEqual(read('The council decided to delay the vote.').map((f) => [f.speaker, f.cue, f.content]), [['The council', 'decided', ['to delay the vote']]]);
    assert.deepEqual(read('The judge ordered a recount of the ballots.').map((f) => [f.speaker, f.content]), [['The judge', ['a recount of the ballots']]]);
    assert.deepEqual(read('Cole published a plan to fix the roads.').map((f) => [f.speaker, f.content]), [['Cole', ['a plan to fix the roads']]]);
  });

  it('the same words as nouns are not cues', () => {
    assert.deepEqual(read('The release of the plan was delayed.'), []);
    assert.deepEqual(read('Their names are on the list.'), []);
  });
});

describe('attributions: stance adjectives', () => {
  it('"X have been critical of Y"', () => {
    const a = only('Farmers have been critical of the new water rules, at least in public.');
    assert.equal(a.speaker, 'Farmers');
    assert.equal(a.cue, 'been critical of');
    assert.deepEqual(a.content, ['the new water rules']);
  });

  it('"X is eager to …" keeps the infinitive; "X are concerned that …" the clause', () => {
    assert.deepEqual(read('The mayor was eager to settle the strike.').map((f) => [f.speaker, f.content]), [['The mayor', ['to settle the strike']]]);
    assert.deepEqual(read('Some council members are concerned that the bridge will close.').map((f) => [f.speaker, f.content]), [['Some council members', ['the bridge will close']]]);
  });

  it('an adjective that does not follow "to be" is no stance', () => {
    assert.deepEqual(read('A critical report of the budget came out.'), []);
  });
});

describe('attributions: a quote, then who said it', () => {
  it('“….” Cole said. — the quotation ended the sentence', () => {
    const found = read('“The roads are a disgrace.” Ann Cole said.\n\nThe council met on Monday.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['Ann Cole', 'said', 'direct', ['The roads are a disgrace.']]]);
  });

  it('“…?” Cole said of the council, when … — no content after the cue', () => {
    const found = read('“Who do they think they are?” Cole said of the council in May, when the vote failed.');
    assert.deepEqual(found.map((f) => [f.speaker, f.content]), [['Cole', ['Who do they think they are?']]]);
  });

  it('a new claim after the name is not about the quote before', () => {
    const found = read('“Turnout was high.” Cole said the count would take a week.');
    assert.deepEqual(found.map((f) => [f.speaker, f.content]), [['Cole', ['the count would take a week']]]);
  });

  it('a quote taken up by the speaker before is not given again', () => {
    const found = read('“We will win,” Cole said. “We always do.” Cole said it twice.');
    assert.equal(found.filter((f) => f.content.includes('We always do.')).length, 1);
  });
});

describe('attributions: a colon that closes a paragraph', () => {
  it('"More from Cole:" and the quotation after it', () => {
    const found = read('What it means for the vote - More from Ann Cole:\n\n“Turnout is the starting point.”');
    assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [['Ann Cole', 'direct', ['Turnout is the starting point.']]]);
  });

  it('a quotation over two paragraphs after "Cole stated:" keeps a pair of the other style inside it', () => {
    const found = read('Dr. Ann Cole stated:\n\n"The plan is not about “Fair Play” anymore. It is about power.\n\n"The next step is the vote."\n\nThe city declined to comment.');
    const cole = found.find((f) => f.speaker === 'Dr. Ann Cole');
    assert.ok(cole, JSON.stringify(found));
    assert.deepEqual([cole.cue, cole.kind, cole.content], ['stated', 'direct', ['The plan is not about “Fair Play” anymore. It is about power.', 'The next step is the vote.']]);
  });

  it('"Cole says:" and the quotation after it', () => {
    const found = read('Reporter Ann Cole says:\n\n"The square is quiet now."');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [['Reporter Ann Cole', 'says', ['The square is quiet now.']]]);
  });

  it('a headline in capitals before a colon names no one', () => {
    assert.deepEqual(read('THE VOTE IN NUMBERS:\n\n“Turnout was high.”'), []);
  });

  it('"Reyes went even further:" with no cue: the subject says the quotation after it', () => {
    const found = read('At the town hall, Tom Reyes went even further:\n\n“If the bridge fails, the council fails with it.”');
    assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [['Tom Reyes', 'direct', ['If the bridge fails, the council fails with it.']]]);
  });
});

describe('attributions: a colon before a quotation in the same sentence', () => {
  it('"Cole was less hopeful: “…”" with no cue: the subject says the quotation', () => {
    const found = read('The mayor smiled. But Ann Cole was far less hopeful: “The money will run out by June.”');
    assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [['Ann Cole', 'direct', ['The money will run out by June.']]]);
  });

  it('a quoted title and a byline before the colon give the excerpt to no one', () => {
    assert.deepEqual(read('“Harbor plan stalls again,” by the Ledger’s Tom Reyes: “The vote slipped to spring.”'), []);
  });
});

describe('attributions: where content ends', () => {
  it('at a semicolon', () => {
    const a = only('Cole admitted to tax fraud; the court recorded the plea in March.');
    assert.equal(a.speaker, 'Cole');
    assert.deepEqual(a.content, ['to tax fraud']);
  });

  it('before a relative clause set off by a comma', () => {
    const a = only('Cole urged the judge to give her a fair hearing, which the court refused.');
    assert.equal(a.addressee, 'the judge');
    assert.deepEqual(a.content, ['to give her a fair hearing']);
  });

  it('before a clause with a speaker of its own: "…, while 9 percent said …"', () => {
    const found = read('Four percent said they liked the plan, while 9 percent said it was a mistake.');
    assert.deepEqual(found.map((f) => [f.speaker, f.content]), [
      ['Four percent', ['they liked the plan']],
      ['9 percent', ['it was a mistake']],
    ]);
  });

  it('before ", while" and a subject with "of" in it ("…, while most of the drivers said …")', () => {
    const found = read('The mayor said the toll was fair, while most of the drivers said it was too high.');
    assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [
      ['The mayor', 'indirect', ['the toll was fair']],
      ['most of the drivers', 'indirect', ['it was too high']],
    ]);
  });

  it('before a comma, a subject and a cue: "…, the treasurer said …"', () => {
    const found = read("The mayor said the new budget would pass easily, the council's treasurer said it would fail.");
    assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [
      ['The mayor', 'indirect', ['the new budget would pass easily']],
      ["the council's treasurer", 'indirect', ['it would fail']],
    ]);
  });

  it('at the comma that closes an opening subordinate clause ("Although X said …, Y …")', () => {
    const a = only('Although the mayor said the plan was dead, the council went ahead with it on Tuesday.');
    assert.deepEqual([a.speaker, a.kind, a.content], ['the mayor', 'indirect', ['the plan was dead']]);
  });

  it('at the comma that closes an opening "Even as …" clause or "In …" phrase', () => {
    assert.deepEqual(read('Even as she criticized the toll, the mayor went ahead with the bridge.').map((f) => [f.speaker, f.cue, f.content]), [
      ['she', 'criticized', ['the toll']],
    ]);
    const found = read('In a speech attacking the toll, the mayor defended her record on roads.');
    assert.deepEqual(found.map((f) => [f.cue, f.content]), [
      ['attacking', ['the toll']],
      ['defended', ['her record on roads']],
    ]);
    assert.equal(found[1]!.speaker, 'the mayor');
  });

  it('before an absolute phrase with a speaker of its own ("…, with X telling …")', () => {
    const a = only('The plan was approved on Monday, with the treasurer telling reporters it would cost too much.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['the treasurer', 'telling', 'indirect', ['it would cost too much']]);
    const found = read('The mayor said the plan was approved - with the treasurer telling reporters it would cost too much.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [
      ['The mayor', 'said', ['the plan was approved']],
      ['the treasurer', 'telling', ['it would cost too much']],
    ]);
  });

  it('before an absolute phrase whose speaker is a share ("…, with three in 10 saying …")', () => {
    const found = read('The farmers brushed off the new levy, with four in 10 saying it would barely touch their income.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The farmers', 'brushed off', 'indirect', ['the new levy']],
      ['four in 10', 'saying', 'indirect', ['it would barely touch their income']],
    ]);
  });

  it('before ", when" and a clause with a speaker of its own', () => {
    for (const joint of [', when', ' when']) {
      const found = read(`The mayor said the plan was dead${joint} her aide claimed it would pass.`);
      assert.deepEqual(found.map((f) => [f.speaker, f.content]), [
        ['The mayor', ['the plan was dead']],
        ['her aide', ['it would pass']],
      ]);
    }
  });

  it('before a colon, a subject and a cue ("…: a poll this month found …")', () => {
    const found = read('The mayor argued the toll was fair: a survey of drivers found most of them disagreed.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [
      ['The mayor', 'argued', ['the toll was fair']],
      ['a survey of drivers', 'found', ['most of them disagreed']],
    ]);
  });

  it('before "and" and a second participle cue ("attacking X and promising Y")', () => {
    const found = read('Cole toured the plant on Monday, attacking the pipeline and promising voters a cleaner river.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Cole', 'attacking', 'indirect', ['the pipeline']],
      ['Cole', 'promising', 'indirect', ['voters a cleaner river']],
    ]);
  });

  it('before "and" and a present-tense cue ("criticized X and says …")', () => {
    const found = read('The mayor criticized the toll and says it should be scrapped.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [
      ['The mayor', 'criticized', ['the toll']],
      ['The mayor', 'says', ['it should be scrapped']],
    ]);
  });

  it('before "and" or a dash, a subject and a cue ("… and the treasurer said …")', () => {
    for (const joint of [' and', ' -']) {
      const found = read(`The mayor said the new budget would pass easily${joint} the treasurer said it would fail.`);
      assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [
        ['The mayor', 'indirect', ['the new budget would pass easily']],
        ['the treasurer', 'indirect', ['it would fail']],
      ]);
    }
  });

  it('before the main cue after a clause fenced by commas ("X, whose group opposed A, said B")', () => {
    const found = read('Ann Cole, whose group has long opposed the toll, said the bridge would close.');
    assert.deepEqual(found.map((f) => [f.cue, f.content]), [
      ['opposed', ['the toll']],
      ['said', ['the bridge would close']],
    ]);
    assert.equal(found[1]!.speaker, 'Ann Cole');
  });

  it('before the main cue after a relative clause ("X, who opposed A, said B")', () => {
    const found = read('The mayor, who has long opposed the toll, said the bridge would close.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [
      ['The mayor, who', 'opposed', ['the toll']],
      ['The mayor', 'said', ['the bridge would close']],
    ]);
  });

  it('before a clause opened after a quotation that ends with a comma: "“…,” although she …"', () => {
    const found = read('The mayor said the bridge was "a disgrace to the city," although she supports a new toll.');
    assert.deepEqual(found.map((f) => [f.speaker, f.kind, f.content]), [
      ['The mayor', 'mixed', ['the bridge was "a disgrace to the city,"']],
      ['she', 'indirect', ['a new toll']],
    ]);
  });
});

describe('attributions: inverted speakers with a title in lower case', () => {
  it('"… “…,” said Ann Cole, …" after a reported clause with a quotation gives the name, not the content', () => {
    const a = only('The party, held every four years, "lets us get our message out," said Ann Cole, the group\'s vice president.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Ann Cole', 'said', 'mixed', ['The party, held every four years, "lets us get our message out,"']]);
  });

  it('"…, said former state governor Ann Cole, who …" gives the name, not the content', () => {
    const a = only('The fund is $9 million short, said former state governor Ann Cole, who chairs the host committee.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['former state governor Ann Cole', 'said', 'indirect', ['The fund is $9 million short']]);
  });
});

describe('attributions: what is not a statement', () => {
  it('a phrase of time or place after "said" ("Cole said after an event in Dayton on Wednesday.")', () => {
    assert.deepEqual(read('Cole said after an event in Dayton on Wednesday.'), []);
  });

  it('an opening phrase before "X said." ("When pressed by reporters, the mayor apologized.")', () => {
    assert.deepEqual(read('When pressed by reporters, the mayor apologized.'), []);
    assert.deepEqual(read('These days, many residents worry.'), []);
    assert.deepEqual(read('The bridge will close, the mayor said.').map((f) => [f.speaker, f.kind, f.content]), [['the mayor', 'indirect', ['The bridge will close']]]);
  });

  it('a noun cue inside what someone else said ("X said Cole\'s attacks on Y were unfair")', () => {
    const a = only("The mayor said Cole's attacks on the council were unfair.");
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The mayor', 'said', 'indirect', ["Cole's attacks on the council were unfair"]]);
  });

  it('one statement where two cues give the same words: the speaker\'s, not the outlet\'s ("“…,” X said, according to Y")', () => {
    const a = only('“We will not protest on the floor,” Cole said, according to the network.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'said', 'direct', ['We will not protest on the floor,']]);
  });

  it('a trailing speaker reports a plan named before it whole ("Cole intends to run, his aide said")', () => {
    const a = only('Mr. Cole intends to run for mayor next year, his aide said.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['his aide', 'said', 'indirect', ['Mr. Cole intends to run for mayor next year']]);
    const b = only('Records show Mr. Cole paid no tax in 2015, the newspaper reported.');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['the newspaper', 'reported', 'indirect', ['Records show Mr. Cole paid no tax in 2015']]);
  });

  it('of two statements that hold each other\'s cue, the later one that reports the earlier ("X wants A, her aides say, B")', () => {
    const a = only('The mayor wants to close the bridge in May, her aides say, before the flood season begins.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['her aides', 'say', 'indirect', ['The mayor wants to close the bridge in May']]);
  });

  it('someone named who says a clause keeps it inside an outlet\'s "according to" ("X says …, according to Y"), a share of those polled does not', () => {
    const found = read("Earlier on Monday, the council's spokesman, Tom Berry, says the vote is proof the plan can still pass, according to the Daily Record.");
    const berry = found.find((a) => a.cue === 'says');
    assert.ok(berry);
    assert.deepEqual([berry.speaker, berry.kind, berry.content], ["the council's spokesman, Tom Berry", 'indirect', ['the vote is proof the plan can still pass']]);
    assert.ok(found.some((a) => a.cue === 'according to' && a.speaker === 'the Daily Record'));
    const polled = read('Nearly two in three residents say the bridge should close, according to the survey.');
    assert.ok(!polled.some((a) => a.cue === 'say'));
  });

  it('a relative "that" or "which" right before the cue stands for the noun it follows ("a letter that said …")', () => {
    const a = only('On Monday the council received a letter that said the bridge would close in May.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['a letter that', 'said', 'indirect', ['the bridge would close in May']]);
    const b = only('Marchers carried a banner which read, “Save the bridge.”');
    assert.deepEqual([b.speaker, b.cue, b.kind, b.content], ['a banner which', 'read', 'direct', ['Save the bridge.']]);
    assert.deepEqual(read('That said, the mayor will stay.'), []);
  });

  it('a cue inside what is given "according to" someone', () => {
    for (const text of ['According to the mayor, the council expects the bridge to close next year.', 'The council expects the bridge to close next year, according to the mayor.']) {
      const a = only(text);
      assert.equal(a.speaker, 'the mayor');
      assert.equal(a.cue?.toLowerCase(), 'according to');
      assert.equal(a.kind, 'indirect');
      assert.deepEqual(a.content.map((c) => c.toLowerCase()), ['the council expects the bridge to close next year']);
    }
  });

  it('scare quotes with no speaker', () => {
    assert.deepEqual(read('Some members already have troops there, engaged in “training” local forces.'), []);
  });

  it('nouns that look like cues ("the State Department", "a report")', () => {
    assert.deepEqual(read('The State Department building is in Washington.'), []);
    assert.deepEqual(read('A report on the budget was on the table.'), []);
  });

  it('a headline that asks a question ("X reveals if …")', () => {
    assert.deepEqual(read('Army chief reveals if troops will be sent'), []);
  });

  it('passives ("was told", "proposed by")', () => {
    assert.deepEqual(read('He was told to leave the room.'), []);
    assert.deepEqual(read('All the concessions proposed by the rebels were refused.'), []);
  });

  it('page chrome in skip never gives content', () => {
    const text = 'Intro line.\nUS says it will refuse all talks\nThe talks, she said, are over.';
    const chromeStart = text.indexOf('US says');
    const skip = [{ start: chromeStart, end: text.indexOf('\n', chromeStart) }];
    const found = read(text, skip);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'she');
    assert.ok(read(text).length > 1, 'without skip the chrome line is read');
  });
});

describe('attributions: subjects and nouns that look like cues', () => {
  it('a relative pronoun stands for the name after a verb ("X met Y, who said")', () => {
    const found = read('The minister met Ana Ruiz, who said the border would stay closed.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Ana Ruiz, who');
    assert.deepEqual(found[0]!.content, ['the border would stay closed']);
  });

  it('an irregular past verb ends the subject of a stance noun ("The mayor stood by his claim")', () => {
    const found = read('The governor stood by his claim that the bridge was safe.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'The governor');
    assert.deepEqual(found[0]!.content, ['the bridge was safe']);
  });

  it('a participle after a venue noun is no cue ("In a statement released …, X said")', () => {
    const found = read('In a statement released an hour after polls closed, Okafor said the count was fair.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Okafor');
    assert.deepEqual(found[0]!.content, ['the count was fair']);
  });

  it('a noun after a determiner and an adjective is no cue ("a subsequent note to staff")', () => {
    const found = read('In a subsequent note to staff, Lindqvist said the paper would add reporters.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Lindqvist');
    assert.equal(found[0]!.cue, 'said');
  });

  it('an opening "In a video," gives way to the speaker named in the clause', () => {
    const found = read('In an online video Thursday, Moreau argued that the tax was unfair.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Moreau');
    assert.deepEqual(found[0]!.content, ['the tax was unfair']);
  });

  it('"In a poll released Monday, …" still lets the poll speak', () => {
    const found = read('In a poll released Monday, 52 percent chose the incumbent.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'a poll released Monday');
  });
  it('an inverted cue opens the sentence ("Said Ann Cole, who …, “…”")', () => {
    const found = read('Said Mara Lind, who taught at the harbour school, “The ferry kept this town alive.”');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Mara Lind');
    assert.equal(found[0]!.kind, 'direct');
    assert.deepEqual(found[0]!.content, ['The ferry kept this town alive.']);
  });

  it('"there" before a cue is no speaker ("Okafor said, there seem to be …")', () => {
    const found = read('In contrast, Okafor said, there seem to be more members who stay away.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Okafor');
    assert.ok(found[0]!.content.includes('there seem to be more members who stay away'));
  });
  it('"seem" and "appear" alone give the writer\'s view, not a statement ("The ledger figures appear to be padded")', () => {
    assert.deepEqual(read('The ledger figures appear to be padded with invented names.'), []);
    assert.deepEqual(read('The harbor town now seems calm.'), []);
    assert.deepEqual(read('The treasurer seemed to be part of the old guard she mocks.'), []);
  });
  it('"seem" and "appear" before a cue report a hedged statement, the subject part of it ("The clerk appeared to concede …")', () => {
    const a = only('The clerk appeared to concede that the ledger figures were padded.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The clerk', 'appeared', 'indirect', ['The clerk', 'to concede that the ledger figures were padded']]);
  });
  it('"…, while X is arguing that …": a progressive cue after a comma starts a statement of its own', () => {
    const found = read('The warden is praising the new rules, while the inspector is arguing that they cannot last.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The warden');
    assert.deepEqual(found[0]!.content, ['the new rules']);
    assert.equal(found[1]!.speaker, 'the inspector');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['they cannot last']);
  });
  it('"…, even as he warns that …" starts a statement of its own', () => {
    const found = read('The warden hopes the board will act, even as he warns that it may not.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The warden');
    assert.deepEqual(found[0]!.content, ['the board will act']);
    assert.equal(found[1]!.speaker, 'he');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['it may not']);
  });
  it('"…, but the board of the prison on Friday said …": a long subject after "but" starts a statement of its own', () => {
    const found = read('The warden believes the prison is safe, but the board of the prison on Friday said the walls were failing.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The warden');
    assert.deepEqual(found[0]!.content, ['the prison is safe']);
    assert.equal(found[1]!.speaker, 'the board of the prison');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['the walls were failing']);
  });
  it('"… and Senator Cole says …": a name and a present-tense cue after "and" start a statement of their own', () => {
    const found = read('The mayor supports the plan and Senator Cole says it will fail.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The mayor');
    assert.deepEqual(found[0]!.content, ['the plan']);
    assert.equal(found[1]!.speaker, 'Senator Cole');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['it will fail']);
  });
  it('"…, Senator Cole says …": a comma or a dash, a name and a present-tense cue start a statement of their own', () => {
    const found = read('The mayor supports the plan, Senator Cole says it will fail.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The mayor');
    assert.deepEqual(found[0]!.content, ['the plan']);
    assert.equal(found[1]!.speaker, 'Senator Cole');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['it will fail']);
  });
  it('"X — who called it “…” — said …": a quotation inside a dash-fenced clause leaves the outer cue its speaker', () => {
    const found = read('The mayor — who called the plan “a disaster” — said it would fail.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'who');
    assert.equal(found[0]!.kind, 'direct');
    assert.deepEqual(found[0]!.content, ['a disaster']);
    assert.equal(found[1]!.speaker, 'The mayor');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['it would fail']);
  });
  it('"… but also warned that …": an adverb after "and" or "but" still shares the subject', () => {
    const found = read('The warden praised the new rules but also warned that they would cost more.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The warden');
    assert.deepEqual(found[0]!.content, ['the new rules']);
    assert.equal(found[1]!.speaker, 'The warden');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['they would cost more']);
  });
  it('"… but did note that …": a helper verb after "but" still shares the subject', () => {
    const found = read('The warden praised the guards but did note that two had left early.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The warden');
    assert.deepEqual(found[0]!.content, ['the guards']);
    assert.equal(found[1]!.speaker, 'The warden');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['two had left early']);
  });
  it('"… and have pledged to …": a plural subject\'s "have" after "and" still shares the subject', () => {
    const found = read('The two wardens oppose the new curfew and have pledged to fight it in the county court.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The two wardens', 'oppose', 'indirect', ['the new curfew']],
      ['The two wardens', 'pledged', 'indirect', ['to fight it in the county court']],
    ]);
  });
  it('"… and points out that …": "out" makes a verb of "points" after "and"', () => {
    const found = read('The treasurer denies any error and points out that the auditor approved the books.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The treasurer', 'denies', 'indirect', ['any error']],
      ['The treasurer', 'points out', 'indirect', ['the auditor approved the books']],
    ]);
    assert.deepEqual(read('The home side won by ten points out of a possible twelve.'), []);
  });
  it('"…, while insisting that …": "while" and a cue\'s -ing form after a comma say something more', () => {
    const found = read('The union has endorsed the levy, while insisting that it is only a stopgap.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The union', 'endorsed', 'indirect', ['the levy']],
      ['The union', 'insisting', 'indirect', ['it is only a stopgap']],
    ]);
  });
  it('"… before explaining why …", "… after telling …": the next or earlier act says something of its own', () => {
    const thanked = read('The coach thanked the fans before explaining why the team had lost.');
    assert.deepEqual(thanked.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The coach', 'thanked', 'indirect', ['the fans']],
      ['The coach', 'explaining', 'indirect', ['why the team had lost']],
    ]);
    const fired = read('The coach was fired after telling reporters the owner had lied.');
    assert.deepEqual(fired.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['The coach', 'telling', 'indirect', ['the owner had lied']]]);
    // At the start of what was said, the phrase only sets the time.
    const said = read('The clerk said that after reading the report, the mayor resigned.');
    assert.deepEqual(said.map((f) => [f.speaker, f.cue, f.content]), [['The clerk', 'said', ['after reading the report, the mayor resigned']]]);
  });
  it('"dismissed the audit by pointing out that …": after a stance verb and its object, "by" and a speaking verb say something of their own', () => {
    const found = read('The treasurer dismissed the audit by pointing out that the books were balanced.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The treasurer', 'dismissed', 'indirect', ['the audit']],
      ['The treasurer', 'pointing out', 'indirect', ['the books were balanced']],
    ]);
    // "responded … by saying" names the one act of speaking.
    const responded = read('The treasurer responded to the audit by saying that the books were balanced.');
    assert.deepEqual(responded.map((f) => [f.speaker, f.cue]), [['The treasurer', 'responded']]);
  });
  it('"…, Cole saying … and Reyes calling …": "and" with a second name and cue participle brings a second speaker', () => {
    const found = read('The two mayors left the talks, Marlow saying he was hopeful and Ostrander calling the offer an insult.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Marlow', 'saying', 'indirect', ['he was hopeful']],
      ['Ostrander', 'calling', 'indirect', ['the offer an insult']],
    ]);
  });
  it('"defended her record on housing by citing …": a cue noun inside the object does not stop the look back for the stance verb', () => {
    const found = read('The governor defended her record on housing by citing a survey of renters.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The governor', 'defended', 'indirect', ['her record on housing']],
      ['The governor', 'citing', 'indirect', ['a survey of renters']],
    ]);
  });
  it('"… but did not say whether …": two helper words after "but" still share the subject', () => {
    const found = read('The warden praised the guards but did not say whether they would stay.');
    assert.equal(found.length, 2);
    assert.equal(found[0]!.speaker, 'The warden');
    assert.deepEqual(found[0]!.content, ['the guards']);
    assert.equal(found[1]!.speaker, 'The warden');
    assert.equal(found[1]!.kind, 'indirect');
    assert.deepEqual(found[1]!.content, ['whether they would stay']);
  });
  it('the subject of "seem" opens a mixed statement too ("The council seemed to welcome the “fresh start”")', () => {
    const found = read('The council seemed to welcome the “fresh start” on the budget.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'The council');
    assert.equal(found[0]!.kind, 'mixed');
    assert.deepEqual(found[0]!.content, ['The council', 'to welcome the “fresh start” on the budget']);
  });
  it('a venue between the speaker and the cue is skipped ("X in his speech called")', () => {
    const found = read('The governor in her budget speech called the deficit “a ticking bomb.”');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'The governor');
    assert.deepEqual(found[0]!.content, ['a ticking bomb.']);
  });

  it('an opening "In a video posted …," gives way to a pronoun that speaks in the clause', () => {
    const found = read('In a video posted to her account, she criticized the ruling as unfair.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'she');
  });
  it('"said of X" after a quote is about X: the speaker stands before the cue', () => {
    const found = read('“They are open to new things,” Jo Park, the head of sales, said of the campaign.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Jo Park, the head of sales');
    assert.equal(found[0]!.kind, 'direct');
  });

  it('"X, who …, said Y had …" reads Y as content, not an inverted speaker', () => {
    const found = read('Mr. Alder, who represents a rural district, said Ms. Brandt had misled the voters.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Mr. Alder');
    assert.deepEqual(found[0]!.content, ['Ms. Brandt had misled the voters']);
  });
  it('a clause fenced by dashes sits between the speaker and the cue ("X -- who … -- said")', () => {
    const found = read('The judge -- who has clashed with the mayor over the past weeks -- said she regretted her remarks.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'The judge');
    assert.deepEqual(found[0]!.content, ['she regretted her remarks']);
    const dashed = read('The pastors — including two from Ohio — said the vote was unfair.');
    assert.equal(dashed[0]!.speaker, 'The pastors');
  });
  it('a cue inside words that are themselves held does not swallow the next one', () => {
    const found = read('Asked whether she thought the bill would pass, Okafor said she was not going to guess.');
    const said = found.find((f) => f.cue === 'said');
    assert.ok(said, 'the main clause keeps its statement');
    assert.equal(said.speaker, 'Okafor');
    assert.deepEqual(said.content, ['she was not going to guess']);
    assert.ok(!found.some((f) => f.cue === 'thought'), 'the question\'s own cue stays inside it');
  });
  it('"said by telephone" is a channel, not a passive', () => {
    const found = read('“It is nonsense,” Ms. Ito said by telephone from Osaka.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Ms. Ito');
    assert.deepEqual(found[0]!.content, ['It is nonsense,']);
  });

  it('a participle after "he said," tells how, not what ("“Okay,” I said, attempting to regroup")', () => {
    const found = read('“Fine,” she said, turning to the crowd.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.content, ['Fine,']);
    assert.equal(found[0]!.kind, 'direct');
  });
  it('"another said", "some argued": the determiner is the subject of a past-tense cue', () => {
    const found = read('Yet another said the vote would be close.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'another');
    assert.deepEqual(found[0]!.content, ['the vote would be close']);
    assert.equal(read('Another report on the vote is due.').length, 0);
  });
  it('a long opening phrase does not hide the subject a participle cue speaks for', () => {
    const found = read('In response to the plan to close three rural schools next year, the union leader rallied teachers, saying: “We will fight.”');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'the union leader');
    assert.deepEqual(found[0]!.content, ['We will fight.']);
  });
  it('a participle cue speaks for the main clause’s subject, past an opening time phrase', () => {
    const found = only('Hours later, the mayor visited the shelter, telling the volunteers that the shelter would stay open all winter.');
    assert.equal(found.speaker, 'the mayor');
    assert.equal(found.cue, 'telling');
    assert.equal(found.kind, 'indirect');
    assert.deepEqual(found.content, ['the shelter would stay open all winter']);
  });
  it('a participle cue skips a dateline and a possessor before it ("her criticism, telling …")', () => {
    const telling = byCue('Lisbon (Wire) – Senator Ana Cruz has sharpened her criticism of the budget, telling voters that it leaves rural clinics behind.', 'telling');
    assert.equal(telling.speaker, 'Senator Ana Cruz');
    assert.equal(telling.kind, 'indirect');
    assert.deepEqual(telling.content, ['it leaves rural clinics behind']);
  });
  it('after "told" stands the one spoken to, not the speaker ("“…,” Ann Cole, 52, told the Herald.")', () => {
    const found = only('“We never saw the money,” Ann Cole, 52, told the Daily Herald.');
    assert.equal(found.speaker, 'Ann Cole, 52');
    assert.equal(found.cue, 'told');
    assert.equal(found.kind, 'direct');
    assert.deepEqual(found.content, ['We never saw the money,']);
  });
  it('the name that opens the sentence speaks past several comma-fenced asides', () => {
    const found = only('Mara Lind, who lost her farm near Tulsa, Oklahoma, in the flood of 2019, said the aid came far too late.');
    assert.equal(found.speaker, 'Mara Lind');
    assert.equal(found.cue, 'said');
    assert.equal(found.kind, 'indirect');
    assert.deepEqual(found.content, ['the aid came far too late']);
  });
  it('an opening phrase before the name is no subject ("Alarmed by …, Senator X, the whip, said")', () => {
    const found = only('Alarmed by the protests, Senator Ruth Vale, the party whip, said the vote would wait.');
    assert.equal(found.speaker, 'Senator Ruth Vale, the party whip');
    assert.deepEqual(found.content, ['the vote would wait']);
  });
  it('an adverb between the comma and a participle cue keeps the clause’s subject ("…, falsely suggesting …")', () => {
    // "raised doubts about the audit" is a statement of its own.
    const found = read('The councilman has raised doubts about the audit, falsely suggesting that the figures were invented.').find((a) => a.cue === 'suggesting')!;
    assert.equal(found.speaker, 'The councilman');
    assert.equal(found.cue, 'suggesting');
    assert.deepEqual(found.content, ['the figures were invented']);
  });
  it('a set phrase between the speaker and the cue is neither ("Cole at the time said …")', () => {
    const found = only('Cole at the time said the bridge was safe.');
    assert.equal(found.speaker, 'Cole');
    assert.equal(found.kind, 'indirect');
    assert.deepEqual(found.content, ['the bridge was safe']);
  });
  it('a manner adverb after the cue is not an inverted speaker ("“…,” Kaplan, a writer and former editor, said dryly.")', () => {
    const found = only('“It was a joke,” Kaplan, a writer and former editor, said dryly.');
    assert.equal(found.speaker, 'Kaplan');
    assert.equal(found.kind, 'direct');
    assert.deepEqual(found.content, ['It was a joke,']);
  });
  it('a cue after "and" inside a relative clause speaks for its pronoun ("X, who saw it and described it")', () => {
    const described = byCue('The inquiry heard from the nurse Dana Price, who saw the fire and described the smoke as thick and black.', 'described');
    assert.equal(described.speaker, 'the nurse Dana Price, who');
    assert.deepEqual(described.content, ['the smoke as thick and black']);
  });
  it('"…, said he expects …" after a fenced title is a reported clause, not an inverted speaker', () => {
    const said = byCue('Lena Ortiz, head of planning at the port authority, said he expects the new dock to open in May.', 'said');
    assert.equal(said.speaker, 'Lena Ortiz');
    assert.equal(said.kind, 'indirect');
    assert.deepEqual(said.content, ['he expects the new dock to open in May']);
  });
  it('an opening phrase before "X said he believed …" does not cut the content of "said"', () => {
    const said = byCue('Reflecting the mood of the crowd, Ms. Tate said she believed that most voters want a change.', 'said');
    assert.equal(said.speaker, 'Ms. Tate');
    assert.equal(said.kind, 'indirect');
    assert.deepEqual(said.content, ['she believed that most voters want a change']);
  });
  it('a participle after a verb’s object speaks for the verb’s subject ("The mayor went on a tour of the plant saying …")', () => {
    const found = only('The mayor went on a tour of the plant saying that the water was safe to drink.');
    assert.equal(found.speaker, 'The mayor');
    assert.equal(found.cue, 'saying');
    assert.deepEqual(found.content, ['the water was safe to drink']);
  });
  it('a participle after "be" and a noun speaks for that noun ("It was a letter urging …")', () => {
    const found = only('It was a letter urging the council to delay the vote.');
    assert.equal(found.speaker, 'a letter');
    assert.equal(found.cue, 'urging');
    assert.equal(found.addressee, 'the council');
    assert.deepEqual(found.content, ['to delay the vote']);
  });
  it('a contracted subject pronoun speaks for the participles of its clause ("she\'s moved …, criticizing …")', () => {
    const found = read('Since the storm, she\'s moved to the left on housing, criticizing the new tower.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'she\'s');
    assert.equal(found[0]!.cue, 'criticizing');
    assert.deepEqual(found[0]!.content, ['the new tower']);
  });
  it('"Asked by X whether …": the one who asked is the source of the question', () => {
    const found = only('Asked by the host on Sunday whether she would run again, Ms. Lane laughed.');
    assert.equal(found.speaker, 'the host');
    assert.equal(found.cue, 'Asked');
    assert.deepEqual(found.content, ['whether she would run again']);
  });
  it('"X (party) issued a statement saying …": the one who issued it speaks', () => {
    const found = only('Senator Ann Cole (D-Ore.) issued a statement saying that the bill would fail.');
    assert.equal(found.speaker, 'Senator Ann Cole (D-Ore.)');
    assert.equal(found.cue, 'saying');
    assert.deepEqual(found.content, ['the bill would fail']);
  });
  it('"according to an analysis by X": the source runs on to who made the analysis', () => {
    const found = only('Turnout rose sharply in rural counties, according to an analysis by the Farm Bureau.');
    assert.equal(found.speaker, 'an analysis by the Farm Bureau');
    assert.equal(found.cue, 'according to');
    assert.deepEqual(found.content, ['Turnout rose sharply in rural counties']);
  });
  it('a fenced "for example" between the speaker and the cue', () => {
    const found = only('Murphy, for instance, said the vote was rigged.');
    assert.equal(found.speaker, 'Murphy');
    assert.deepEqual(found.content, ['the vote was rigged']);
  });
  it('"X is making a pitch to voters saying …": a noun after a determiner is no verb, and the progressive’s subject speaks', () => {
    const found = only('The governor is making a pitch to rural voters saying that the new road will bring jobs.');
    assert.equal(found.speaker, 'The governor');
    assert.equal(found.cue, 'saying');
    assert.deepEqual(found.content, ['the new road will bring jobs']);
  });
  it('a participle fenced right after its subject speaks for that subject', () => {
    const found = read('For years, farmers in the valley, fearing a drought, have stored water in ponds.');
    assert.equal(found[0]!.speaker, 'farmers in the valley');
    assert.equal(found[0]!.cue, 'fearing');
  });
  it('a verb the cue completes sits between speaker and cue ("Cole kept insisting …")', () => {
    const found = only('Senator Cole kept insisting that the money had been spent.');
    assert.equal(found.speaker, 'Senator Cole');
    assert.equal(found.cue, 'insisting');
    assert.deepEqual(found.content, ['the money had been spent']);
  });
  it('a sum in the object does not hide the verb before it ("filed a $12 million lawsuit in 2019 alleging …")', () => {
    const found = only('The attorney general filed a $12 million lawsuit in 2019 alleging that the school misled students.');
    assert.equal(found.speaker, 'The attorney general');
    assert.equal(found.cue, 'alleging');
    assert.deepEqual(found.content, ['the school misled students']);
  });
  it('a name with a party label, then a fenced clause, then the cue', () => {
    const said = byCue('Sen. Ann Cole (D-Ore.), noting the size of the crowd, said the party must listen.', 'said');
    assert.equal(said.speaker, 'Sen. Ann Cole (D-Ore.)');
    assert.deepEqual(said.content, ['the party must listen']);
  });
  it('an opening place phrase is not the subject a coordinated participle speaks for ("Outside the arena, …")', () => {
    const found = only('Outside the arena, about 200 protesters gathered in the rain, holding signs and chanting that the plant must close.');
    assert.equal(found.speaker, '200 protesters');
    assert.equal(found.cue, 'chanting');
    assert.deepEqual(found.content, ['the plant must close']);
  });
  it('a fenced clause that ends in a quotation still leaves the name before it as the speaker', () => {
    const said = byCue('Marlow, who calls the plan a “fantasy,” said he doubts the council will fund it.', 'said');
    assert.equal(said.speaker, 'Marlow');
    assert.equal(said.kind, 'indirect');
    assert.deepEqual(said.content, ['he doubts the council will fund it']);
  });
  it('an inverted speaker may be two joined by "and" ("…, said Doyle and others, …")', () => {
    const found = only('The choice was clear, said Doyle and others.');
    assert.equal(found.speaker, 'Doyle and others');
    assert.equal(found.cue, 'said');
    assert.deepEqual(found.content, ['The choice was clear']);
  });
  it('an opening adverb’s phrase is not the subject a participle speaks for ("Shortly after …, X had organized, warning …")', () => {
    const found = only('Shortly after the vote, the families of the founders had organized, warning that the deal would ruin the firm.');
    assert.equal(found.speaker, 'the families of the founders');
    assert.deepEqual(found.content, ['the deal would ruin the firm']);
  });
  it('"will continue calling for": the verb the cue completes sits between speaker and cue', () => {
    const found = only('The senator will continue calling for a full audit of the program.');
    assert.equal(found.speaker, 'The senator');
    assert.equal(found.cue, 'calling for');
    assert.deepEqual(found.content, ['a full audit of the program']);
  });
  it('a phrase between "who" and its cue does not take the place of the speaker ("X, who in two rulings had made clear …")', () => {
    const found = read('Judge Alma Reyes, who in two earlier rulings had made clear that she doubted the law, will hear the case.');
    const clear = found.find((f) => f.cue !== null && f.cue.startsWith('made'));
    assert.ok(clear, JSON.stringify(found));
    assert.equal(clear.speaker, 'Judge Alma Reyes, who');
  });
  it('a cue after "and" speaks for the subject of the sentence, not of an earlier object clause', () => {
    const said = byCue('The governor, meanwhile, was touring the flooded towns and said that more money would come next week.', 'said');
    assert.equal(said.speaker, 'The governor');
    assert.equal(said.kind, 'indirect');
    assert.deepEqual(said.content, ['more money would come next week']);
  });
  it('a cue after a comma that continues a list of verb phrases speaks for the subject, not for the object before the comma', () => {
    const promised = byCue('The mayor praised the firefighters, promised new trucks for every district, and thanked the volunteers.', 'promised');
    assert.equal(promised.speaker, 'The mayor');
    assert.equal(promised.kind, 'indirect');
    assert.deepEqual(promised.content, ['new trucks for every district']);
  });
  it('an adverb between the comma and the next verb of the list ("…, then called for …")', () => {
    const found = read('“We are ready,” she told the volunteers, then called for a new stadium downtown.');
    const turned = found.find((f) => f.cue !== null && f.cue.startsWith('called'));
    assert.ok(turned, JSON.stringify(found));
    assert.equal(turned.speaker, 'she');
    assert.equal(turned.kind, 'indirect');
    assert.deepEqual(turned.content, ['a new stadium downtown']);
  });
  it('a relative clause between the speaker and the cue does not give its object as the speaker ("officials who spoke with X said")', () => {
    const text = 'Two county officials who spoke with the local paper said the bridge would close in May.';
    const said = byCue(text, 'said');
    assert.equal(said.speaker, 'Two county officials who spoke with the local paper');
    assert.equal(said.kind, 'indirect');
    assert.deepEqual(said.content, ['the bridge would close in May']);
    const other = read('A farmer speaking to the radio station said the harvest was late.').find((f) => f.cue === 'said');
    assert.ok(other);
    assert.equal(other.speaker, 'A farmer speaking to the radio station');
  });
  it('a comma-fenced "who\'s" or "which" clause before the cue leaves the name before it as the speaker', () => {
    const said = read('It was a year ago that Ann Cole, who\'s thinking about a run for mayor, said the race was lost.').find((f) => f.cue === 'said' && f.content.includes('the race was lost'));
    assert.ok(said);
    assert.equal(said.speaker, 'Ann Cole');
    assert.equal(said.kind, 'indirect');
    const paper = read('Soon after, the Daily Star, which first said it would ignore the race, said it would cover the vote.').find((f) => f.cue === 'said' && f.content.includes('it would cover the vote'));
    assert.ok(paper);
    assert.equal(paper.speaker, 'the Daily Star');
  });
  it('what was said inside a dash-fenced "who" clause ends at the closing dash, and the verb after it speaks for the name', () => {
    const found = read('The mayor — who once said he would close the bridge — said at a rally that the city should reopen it.');
    const inner = found.find((f) => f.speaker === 'who');
    assert.ok(inner, JSON.stringify(found));
    assert.deepEqual(inner.content, ['he would close the bridge']);
    const outer = found.find((f) => f.speaker === 'The mayor');
    assert.ok(outer, JSON.stringify(found));
    assert.equal(outer.cue, 'said');
    assert.equal(outer.kind, 'indirect');
    assert.deepEqual(outer.content, ['the city should reopen it']);
  });
  it('a date between the speaker and the cue is not the speaker ("X two weeks ago said", "X in 2009 agreed")', () => {
    const said = read('The county board less than two weeks ago said the road would reopen.').find((f) => f.cue === 'said');
    assert.ok(said);
    assert.equal(said.speaker, 'The county board');
    assert.equal(said.kind, 'indirect');
    assert.deepEqual(said.content, ['the road would reopen']);
    const warned = read('The water utility in 2019 warned that the pipes were failing.').find((f) => f.cue === 'warned');
    assert.ok(warned);
    assert.equal(warned.speaker, 'The water utility');
    assert.deepEqual(warned.content, ['the pipes were failing']);
  });
  it('an adverbial phrase between the speaker and the cue ("X in general prefer", "X, almost unilaterally, decided")', () => {
    const prefer = read('Farmers in general prefer to sell their grain before the winter.').find((f) => f.cue === 'prefer');
    assert.ok(prefer);
    assert.equal(prefer.speaker, 'Farmers');
    assert.equal(prefer.kind, 'indirect');
    assert.deepEqual(prefer.content, ['to sell their grain before the winter']);
    const decided = read('The mayor, almost unilaterally, decided to close the bridge.').find((f) => f.cue === 'decided');
    assert.ok(decided);
    assert.equal(decided.speaker, 'The mayor');
    assert.deepEqual(decided.content, ['to close the bridge']);
    const called = read('Critics of the plan, for one, called it a waste of money.').find((f) => f.cue === 'called');
    assert.ok(called);
    assert.equal(called.speaker, 'Critics of the plan');
  });
  it('a participle after a later "when" clause speaks for that clause\'s subject ("…, when the farmers interrupted her, shouting …")', () => {
    const shouting = byCue('The first clash came during a speech in Albany, when the farmers interrupted her speech, shouting that the plan was unfair.', 'shouting');
    assert.equal(shouting.speaker, 'the farmers');
    assert.equal(shouting.kind, 'indirect');
    assert.deepEqual(shouting.content, ['the plan was unfair']);
  });
  it('a participle after ", and the … has …" speaks for the subject of that second clause', () => {
    const saying = byCue('Residents say the fence is too high, and the neighborhood association has already sued the city, saying the permit was never valid.', 'saying');
    assert.equal(saying.speaker, 'the neighborhood association');
    assert.equal(saying.kind, 'indirect');
    assert.deepEqual(saying.content, ['the permit was never valid']);
  });
});

describe('attributions: competing speakers', () => {
  it('the noun after "from" does the participle ("came from groups supporting X")', () => {
    const found = read("Most of the money this fall came from groups supporting the mayor's rivals.");
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual([found[0]!.speaker, found[0]!.cue, found[0]!.kind, found[0]!.content], ['groups', 'supporting', 'indirect', ["the mayor's rivals"]]);
  });

  it('a participle after "and" shares the speaker of the participle before it', () => {
    const suggesting = byCue('The mayor fired back on Monday, saying she would not resign and suggesting that the council should do its own job.', 'suggesting');
    assert.deepEqual([suggesting.speaker, suggesting.kind, suggesting.content], ['The mayor', 'indirect', ['the council should do its own job']]);
  });

  it('a participle cue after a dash opens a statement of the main subject ("X dismissed A — saying B")', () => {
    const found = read('The senator dismissed the audit on Friday — saying the figures in it were out of date.');
    const saying = found.find((a) => a.cue === 'saying');
    assert.ok(saying, JSON.stringify(found));
    assert.deepEqual([saying.speaker, saying.kind, saying.content], ['The senator', 'indirect', ['the figures in it were out of date']]);
    const dismissed = found.find((a) => a.cue === 'dismissed');
    assert.deepEqual(dismissed?.content, ['the audit on Friday']);
  });

  it('an opening "as" clause ends at its comma ("As X attacked A, the crowd …")', () => {
    const attacked = byCue('As the mayor attacked the plan, the crowd in the hall cheered loudly.', 'attacked');
    assert.deepEqual([attacked.speaker, attacked.kind, attacked.content], ['the mayor', 'indirect', ['the plan']]);
  });
});

describe('attributions: quotes an outlet reports', () => {
  it('a quotation stays its speaker\'s when "according to" an outlet follows', () => {
    const text = '“We will not close the mill,” Cole said, according to the Valley Courier.';
    const found = read(text);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Cole');
    assert.equal(found[0]!.cue, 'said');
    assert.equal(found[0]!.kind, 'direct');
    assert.deepEqual(found[0]!.content, ['We will not close the mill,']);
  });

  it('a quote the outlet reports ends before "according to", and it is the speaker\'s', () => {
    const a = only('Cole said “the mill will stay open for years,” according to the Valley Courier.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['Cole', 'said', 'direct', ['the mill will stay open for years,']]);
  });

  it('a mixed quote inside the outlet\'s report is the speaker\'s statement and the report both', () => {
    const text = 'Cole said the mill would stay “open for years,” according to the Valley Courier.';
    const found = read(text);
    const cole = found.find((a) => a.speaker === 'Cole');
    const courier = found.find((a) => a.speaker === 'the Valley Courier');
    assert.ok(cole && courier, JSON.stringify(found));
    assert.deepEqual([cole.cue, cole.kind, cole.content], ['said', 'mixed', ['the mill would stay “open for years,”']]);
    assert.equal(courier.cue, 'according to');
  });

  it('reported speech inside the report stays the outlet\'s alone', () => {
    const text = 'Cole said the mill would stay open, according to the Valley Courier.';
    const found = read(text);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.speaker, 'the Valley Courier');
  });
});

describe('attributions: a noun that names what was said', () => {
  it('", a charge the council denied" is a statement of its own and ends the one before it', () => {
    const found = read('Ramos said the count had been rigged against him, a charge that the election board strongly denied.');
    const ramos = found.find((a) => a.speaker === 'Ramos');
    const board = found.find((a) => a.speaker === 'the election board');
    assert.ok(ramos && board, JSON.stringify(found));
    assert.deepEqual(ramos.content, ['the count had been rigged against him']);
    assert.deepEqual([board.cue, board.kind, board.content], ['denied', 'indirect', ['a charge']]);
  });

  it('the noun may come without "that", before a name and a helper', () => {
    const found = read('The report said the fund should close, a point Senator Ann Lowe has also acknowledged.');
    const lowe = found.find((a) => a.speaker === 'Senator Ann Lowe');
    assert.ok(lowe, JSON.stringify(found));
    assert.deepEqual([lowe.cue, lowe.kind, lowe.content], ['acknowledged', 'indirect', ['a point']]);
  });

  it('", a claim later disputed by …": the agent of the participle holds a view of what was said', () => {
    const found = read('The mayor said the bridge was unsafe, a claim later disputed by the state engineers.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the bridge was unsafe']],
      ['the state engineers', 'disputed', 'indirect', ['a claim']],
    ]);
    // A document only dated or placed by its participle holds no view.
    const report = read('The clerk filed the audit, a report released by the county last week.');
    assert.ok(!report.some((f) => f.cue === 'released'), JSON.stringify(report));
  });
});

describe('attributions: a connective before an aside', () => {
  it('"And so, he said, while …": the content is the clause after the aside', () => {
    const found = read('And so, he said, while the council waits, the bridge will stay closed.');
    const he = found.find((f) => f.speaker === 'he');
    assert.ok(he, JSON.stringify(found));
    assert.deepEqual([he.cue, he.kind, he.content], ['said', 'indirect', ['while the council waits, the bridge will stay closed']]);
  });
});

describe('attributions: participles after a clause opened by "after"', () => {
  it('the subject of the "after" clause speaks for both paired participles', () => {
    const found = read('The fight began two months after the mayor entered the race with sharp words about the council, calling its members cowards and vowing to cut its budget.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['the mayor', 'calling', 'indirect', ['its members cowards']],
      ['the mayor', 'vowing', 'indirect', ['to cut its budget']],
    ]);
  });
});

describe('attributions: a participle read as a cue after "X said,"', () => {
  it('"“A,” Cole said, asked about …. “B?”" is one statement of Cole\'s', () => {
    const found = read('“The ferry is late again,” Cole said, asked about the timetable at the dock. “Did anyone expect otherwise?”');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['Cole', 'said', 'direct', ['The ferry is late again,', 'Did anyone expect otherwise?']]]);
  });
});

describe('attributions: a quotation after a dash', () => {
  it('a dash before a quotation with its own speaker ends what was said before it', () => {
    const found = read('Ramos said the council had a soft spot for big builders — “They would pave the lake,” Lowe said.');
    const ramos = found.find((a) => a.speaker === 'Ramos');
    const lowe = found.find((a) => a.speaker === 'Lowe');
    assert.ok(ramos && lowe, JSON.stringify(found));
    assert.deepEqual(ramos.content, ['the council had a soft spot for big builders']);
    assert.deepEqual([lowe.cue, lowe.kind, lowe.content], ['said', 'direct', ['They would pave the lake,']]);
  });
});

describe('attributions: offsets', () => {
  it('every span slices the text it reports, with CRLF, nbsp and soft hyphens', () => {
    const text = 'Intro.\r\n\r\n“We are\u00a0ready to nego\u00adtiate,” the envoy said.\r\nThe talks, she said, are over.';
    const found = findAttributions(text);
    assert.equal(found.length, 2);
    for (const a of found) {
      for (const s of [...a.content, a.speakerSpan, a.cue]) {
        if (!s) continue;
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length);
      }
      assert.equal(text.slice(a.cue!.start, a.cue!.end), a.cue!.text);
    }
    assert.equal(text.slice(found[0]!.content[0]!.start, found[0]!.content[0]!.end), 'We are\u00a0ready to nego\u00adtiate,');
  });
});

describe('attributions: a document named before a participle', () => {
  it('"released a statement Friday, offering …" is one statement, read from the participle', () => {
    const found = read('The county board released a statement on Friday, offering its thanks to the volunteers who cleared the river.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['The county board', 'offering', 'indirect', ['its thanks to the volunteers who cleared the river']]]);
  });
});

describe('attributions: a relative pronoun before a cue', () => {
  it('"a letter that said" speaks; "a winter that saw" does not', () => {
    const letter = read('The council received a letter that said the bridge would close in May.');
    assert.deepEqual(letter.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['a letter that', 'said', 'indirect', ['the bridge would close in May']]]);
    const winter = read('It was a cold winter that saw the town lose its mill, Ruiz said.');
    assert.deepEqual(winter.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['Ruiz', 'said', 'indirect', ['It was a cold winter that saw the town lose its mill']]]);
  });
});

describe('attributions: a clause with its own subject after ", and"', () => {
  it('"…, and the ferry company …" is the writer\'s, not the speaker\'s', () => {
    const found = read('The harbor master said the pier would reopen in May, and the ferry company has already sold tickets for June.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['The harbor master', 'said', 'indirect', ['the pier would reopen in May']]]);
  });

  it('a comma that closes an item of a list keeps the list inside what was said', () => {
    const found = read('The envoy said the visit would take in Chile, Peru, and the ports would come last.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['The envoy', 'said', 'indirect', ['the visit would take in Chile, Peru, and the ports would come last']]]);
  });
});

describe('attributions: a date after a trailing cue', () => {
  it('"…, as the paper reported a few days later." reads no date as what was said', () => {
    assert.deepEqual(read('The mayor had quietly signed the order, as the Courier reported a few days later.'), []);
    const opened = read('As the Courier reported on Tuesday, the mayor had quietly signed the order.');
    assert.deepEqual(opened.map((f) => [f.speaker, f.cue, f.kind, f.content]), [['the Courier', 'reported', 'indirect', ['the mayor had quietly signed the order']]]);
  });
});

describe('attributions: a pronoun inside a clause of the sentence', () => {
  it('"… against what she calls “…” and said …": the sentence\'s subject says the second verb', () => {
    const said = byCue('Mayor Dana Reyes has campaigned against what she calls “the parking racket” and said the city would cut fees next year.', 'said');
    assert.deepEqual([said.speaker, said.kind, said.content], ['Mayor Dana Reyes', 'indirect', ['the city would cut fees next year']]);
  });
});

describe('attributions: a place and its state before a participle', () => {
  it('"… in Mobile, Ala., saying …": the comma after the city opens no subject', () => {
    const saying = byCue('On Friday the governor visited a shipyard in Mobile, Ala., saying the port would hire 400 welders.', 'saying');
    assert.deepEqual([saying.speaker, saying.kind, saying.content], ['the governor', 'indirect', ['the port would hire 400 welders']]);
    const citing = byCue('By Monday evening he had called off a rally with the unions planned for Thursday in Erie, Pa., citing the storm.', 'citing');
    assert.deepEqual([citing.speaker, citing.kind, citing.content], ['he', 'indirect', ['the storm']]);
  });
});

describe('attributions: a transcript answer over several sentences', () => {
  it('"REYES: …" after another name and colon is her answer to the end of the paragraph', () => {
    const found = read('TAPPER: Do you think the governor will sign it?\n\nREYES: I think she will sign it next week. The budget needs the money. Nobody in the capitol is surprised.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['TAPPER', ':', 'indirect', ['Do you think the governor will sign it']],
      ['REYES', ':', 'indirect', ['I think she will sign it next week', 'The budget needs the money.', 'Nobody in the capitol is surprised.']],
    ]);
  });

  it('a name in ordinary case heading a section keeps only its own line', () => {
    const found = read('Dana Cole: Housing The plan would build 4,000 homes. It relies on federal grants.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.content]), [['Dana Cole', ':', ['Housing The plan would build 4,000 homes']]]);
  });
});

describe('attributions: what a subject publishes, with a relative pronoun before the cue', () => {
  it('"The Courier ran a piece that noted …" is the Courier\'s statement', () => {
    const noted = only('The Courier recently ran a piece that noted the bridge was unsafe.');
    assert.deepEqual([noted.speaker, noted.cue, noted.kind, noted.content], ['The Courier', 'noted', 'indirect', ['the bridge was unsafe']]);
    const attacked = only('The union launched a radio ad campaign that attacked the mayor\'s budget.');
    assert.deepEqual([attacked.speaker, attacked.cue, attacked.kind, attacked.content], ['The union', 'attacked', 'indirect', ['the mayor\'s budget']]);
  });

  it('a sign is not something its bearer publishes', () => {
    assert.equal(only('She hoisted a sign that read “Vote No.”').speaker, 'a sign that');
  });
});

describe('attributions: a participle after the object of a verb that opens the sentence', () => {
  it('"The tenants\' union issued a statement saying …": the speaker stops before the verb', () => {
    const saying = only('The tenants\' union issued a statement saying the rent rise was illegal.');
    assert.deepEqual([saying.speaker, saying.cue, saying.kind, saying.content], ['The tenants\' union', 'saying', 'indirect', ['the rent rise was illegal']]);
  });

  it('"held up a sign reading “…”": the words are the sign\'s', () => {
    const reading = only('A protester held up a sign reading “Save the library.”');
    assert.deepEqual([reading.speaker, reading.cue, reading.kind, reading.content], ['a sign', 'reading', 'direct', ['Save the library.']]);
  });

  it('"got residents talking about …": the ones made to talk speak', () => {
    const talking = only('The hearing got residents talking about whether the mine would reopen.');
    assert.deepEqual([talking.speaker, talking.kind, talking.content], ['residents', 'indirect', ['whether the mine would reopen']]);
  });
});

describe('attributions: "and he says" after what was said', () => {
  it('"… and he says …": a pronoun and a cue\'s -s form after "and" start a statement of their own', () => {
    const found = read('Ramos warned that the bridge was unsafe and he says the repairs must start soon.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Ramos', 'warned', 'indirect', ['the bridge was unsafe']],
      ['he', 'says', 'indirect', ['the repairs must start soon']],
    ]);
  });

  it('a reported clause with its own -s verb stays whole: "she said she, too, wants …"', () => {
    const said = only('Cole said she, too, wants the ferry to run all winter.');
    assert.deepEqual([said.speaker, said.kind, said.content], ['Cole', 'indirect', ['she, too, wants the ferry to run all winter']]);
  });
});

describe('attributions: a verb that is also a noun before a clause with a bare subject', () => {
  it('"hopes delay would …" and "claims Marlow runs …": the clause is the content', () => {
    const hopes = only('The mayor hopes delay would make the plan unpopular with the council.');
    assert.deepEqual([hopes.speaker, hopes.cue, hopes.kind, hopes.content], ['The mayor', 'hopes', 'indirect', ['delay would make the plan unpopular with the council']]);
    const claims = only('The agency claims Marlow runs a network of shell companies.');
    assert.deepEqual([claims.speaker, claims.cue, claims.kind, claims.content], ['The agency', 'claims', 'indirect', ['Marlow runs a network of shell companies']]);
  });
});

describe('attributions: a past form the lexicon lists as an adjective, right after a name', () => {
  it('"Marlow rallied his base by warning that …": the name is the subject of the participle of means', () => {
    const warning = only('Marlow rallied his base by warning that the tax would return.');
    assert.deepEqual([warning.speaker, warning.cue, warning.kind, warning.content], ['Marlow', 'warning', 'indirect', ['the tax would return']]);
  });
});

describe('attributions: an intention said out loud after "and"', () => {
  it('"… and vowed to …" ends what was announced and is a statement of its own', () => {
    const found = read('The senator announced that she was leaving the committee and vowed to keep fighting for the bill.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The senator', 'announced', 'indirect', ['she was leaving the committee']],
      ['The senator', 'vowed', 'indirect', ['to keep fighting for the bill']],
    ]);
  });

  it('"both she and Ramos promised …": "and" after a subject pronoun joins two subjects', () => {
    const said = only('Cole said both she and Ramos promised to fix the bridge before winter.');
    assert.deepEqual([said.speaker, said.kind, said.content], ['Cole', 'indirect', ['both she and Ramos promised to fix the bridge before winter']]);
  });
});

describe('attributions: a time word and a cue participle open the sentence', () => {
  it('"After saying …, the clerk …", "Since announcing that …, Ms. Reyes has …": the clause subject speaks', () => {
    const saying = only('After saying the ballots were lost, the clerk left the building.');
    assert.deepEqual([saying.speaker, saying.cue, saying.kind, saying.content], ['the clerk', 'saying', 'indirect', ['the ballots were lost']]);
    const announcing = only('Since announcing in May that she would retire, Ms. Reyes has kept a low profile.');
    assert.deepEqual([announcing.speaker, announcing.cue, announcing.kind, announcing.content], ['Ms. Reyes', 'announcing', 'indirect', ['she would retire']]);
  });

  it('"In addition to stating …, the tenants …", "Besides attacking …, Ms. Reyes …"', () => {
    const stating = read('In addition to stating that the fees were illegal, the tenants have vowed to sue.').find((s) => s.cue === 'stating')!;
    assert.deepEqual([stating.speaker, stating.kind, stating.content], ['the tenants', 'indirect', ['the fees were illegal']]);
    const attacking = read('Besides attacking the mayor, Ms. Reyes praised the council.').find((s) => s.cue === 'attacking')!;
    assert.deepEqual([attacking.speaker, attacking.kind, attacking.content], ['Ms. Reyes', 'indirect', ['the mayor']]);
  });
});

describe('attributions: a quotation closed by its comma before a new subject and cue', () => {
  it('"… was “in poor shape,” he claimed …": what was admitted ends with the quotation', () => {
    const found = read('Although Ramos admitted that the bridge was “in poor shape,” he claimed the repairs could wait.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['Ramos', 'admitted', 'mixed', ['the bridge was “in poor shape,”']],
      ['he', 'claimed', 'indirect', ['the repairs could wait']],
    ]);
  });
});

describe('attributions: "in hopes of", "in the hope that" after a clause', () => {
  it('the clause subject hopes for what follows', () => {
    const winning = only('The mayor toured the district in hopes of winning over skeptical voters.');
    assert.deepEqual([winning.speaker, winning.cue, winning.kind, winning.content], ['The mayor', 'in hopes of', 'indirect', ['winning over skeptical voters']]);
    const delay = only('The tenants stayed outside city hall in the hope that the council would delay the vote.');
    assert.deepEqual([delay.speaker, delay.cue, delay.kind, delay.content], ['The tenants', 'in the hope', 'indirect', ['the council would delay the vote']]);
  });
});

describe('attributions: a party and state in parentheses inside a new subject', () => {
  it('"…, but Sen. Ann Cole (D-Maine) said …" ends what the mayor said and starts her statement', () => {
    const found = read('The mayor said the ferry would run all winter, but Sen. Ann Cole (D-Maine) said the budget could not support it.');
    assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.kind, f.content]), [
      ['The mayor', 'said', 'indirect', ['the ferry would run all winter']],
      ['Sen. Ann Cole (D-Maine)', 'said', 'indirect', ['the budget could not support it']],
    ]);
  });
});

describe('attributions: where the one spoken to ends', () => {
  it('"warned the budget could not support it": a noun phrase before an auxiliary is what was said, not the addressee', () => {
    const a = only('The treasurer warned the fund could not cover the repairs.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content, a.addressee], ['The treasurer', 'warned', 'indirect', ['the fund could not cover the repairs'], undefined]);
  });

  it('"told Radio Nord she would …": a pronoun or a possessive opens what was said', () => {
    const she = only('Lindqvist told Radio Nord she would not seek a second term.');
    assert.deepEqual([she.speaker, she.cue, she.kind, she.content, she.addressee], ['Lindqvist', 'told', 'indirect', ['she would not seek a second term'], 'Radio Nord']);
    const his = only('Okafor told Harbor Weekly his office had no record of the payment.');
    assert.deepEqual([his.speaker, his.content, his.addressee], ['Okafor', ['his office had no record of the payment'], 'Harbor Weekly']);
  });

  it('"asked Mayor Cole whether …", "told Radio Nord in an interview that …": a question word or a preposition after the name ends it', () => {
    const asked = only('The reporter asked Mayor Cole whether the ferry would run in winter.');
    assert.deepEqual([asked.speaker, asked.cue, asked.kind, asked.content, asked.addressee], ['The reporter', 'asked', 'indirect', ['whether the ferry would run in winter'], 'Mayor Cole']);
    const told = only('Lindqvist told Radio Nord in an interview that the harbor plan was dead.');
    assert.deepEqual([told.speaker, told.content, told.addressee], ['Lindqvist', ['the harbor plan was dead'], 'Radio Nord']);
  });

  it('"told host Dana Reyes a recount is …": a lower-case article opens what was said', () => {
    const a = only('The pollster told host Dana Reyes a recount is unlikely.');
    assert.deepEqual([a.speaker, a.content, a.addressee], ['The pollster', ['a recount is unlikely'], 'host Dana Reyes']);
  });
});

describe('attributions: a noun phrase with a relative clause closing the sentence after a comma or a dash', () => {
  it('"…, a provision that …" is the writer\'s note on what was said, not part of it', () => {
    const a = only('The governor vowed to repeal the ferry tax, a levy that islanders have paid since 1990.');
    assert.deepEqual([a.speaker, a.cue, a.kind, a.content], ['The governor', 'vowed', 'indirect', ['to repeal the ferry tax']]);
    const dash = only('Cole said the harbor would reopen by May — a date that would be a first for the port.');
    assert.deepEqual([dash.speaker, dash.cue, dash.kind, dash.content], ['Cole', 'said', 'indirect', ['the harbor would reopen by May']]);
  });

  it('not when the phrase is the object of a verb before the comma, nor inside a subject fenced by dashes', () => {
    const object = only('The mayor vowed to keep fighting, and ultimately defeating, a plan that would close the pier.');
    assert.deepEqual(object.content, ['to keep fighting, and ultimately defeating, a plan that would close the pier']);
    const aside = only('The inspector described, in plain terms, a pier that was close to collapse.');
    assert.deepEqual(aside.content, ['in plain terms, a pier that was close to collapse']);
    const fenced = only('Cole said the treasurer - a man who rarely speaks - would resign.');
    assert.deepEqual(fenced.content, ['the treasurer - a man who rarely speaks - would resign']);
  });
});
