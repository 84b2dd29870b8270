import * as assert from 'node:assert/strict';
import type { Actor, Source, Span, Statement } from '../../src/core/model';
import type { Attribution } from '../../src/core/extract/attributions';
import { QuoteIndex, allowedDistance, checkDraft, findDraftQuotes, normalizeDraft } from '../../src/core/check';
import { applyEdits } from '../../src/core/cite';
import { extractSource } from '../../src/core/extract';

// A small corpus written for these tests: two sources, three speakers.
const ARTICLE_A =
  'Kremlin spokesman Dmitry Peskov called that issue “a matter of life and death” for Russia. ' +
  'The proposals are “not a menu from which one can pick and choose this or that. They are complementary and must be considered as a whole,” Deputy Foreign Minister Sergey Ryabkov told journalists.';
const ARTICLE_B =
  'NATO will send its answer “later this week” in parallel with Washington, Jens Stoltenberg said. ' +
  '“We are not ready to compromise on core principles,” he added.';

function between(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length };
}

function actor(id: string, name: string, aliases: string[], kind: Actor['kind'] = 'person'): Actor {
  return { id, name, kind, aliases: [name, ...aliases], mentions: [] };
}

function statement(id: string, source: Source, speaker: string, kind: Statement['kind'], content: string): Statement {
  const span = between(source.text, content);
  return { id, source: source.id, speaker, speakerSpan: null, cue: null, content: [span], text: content, kind };
}

function corpus() {
  const a: Source = { id: 'a', path: 'a.txt', title: 'Russia on NATO', format: 'text', text: ARTICLE_A };
  const b: Source = { id: 'b', path: 'b.txt', title: 'NATO answers', format: 'text', text: ARTICLE_B };
  const actors = [
    actor('peskov', 'Dmitry Peskov', ['Peskov']),
    actor('ryabkov', 'Sergey Ryabkov', ['Ryabkov']),
    actor('stoltenberg', 'Jens Stoltenberg', ['Stoltenberg', 'NATO chief']),
    actor('nato', 'NATO', ['the alliance'], 'organization'),
  ];
  const statements = [
    statement('s1', a, 'peskov', 'mixed', 'that issue “a matter of life and death” for Russia'),
    statement('s2', a, 'ryabkov', 'mixed', 'The proposals are “not a menu from which one can pick and choose this or that. They are complementary and must be considered as a whole,”'),
    statement('s3', b, 'stoltenberg', 'mixed', 'NATO will send its answer “later this week” in parallel with Washington'),
    statement('s4', b, 'stoltenberg', 'direct', 'We are not ready to compromise on core principles,'),
  ];
  return { version: 1, sources: [a, b], actors, statements };
}

/** Speaker rules for the tests alone: "<Name> said|told|called|added … “quote”" in one sentence. */
function testAttributions(text: string): Attribution[] {
  const found: Attribution[] = [];
  for (const m of text.matchAll(/([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|told|called|added)[^“.]*“([^”]+)”/g)) {
    const start = m.index ?? 0;
    const contentStart = start + m[0].length - m[2].length - 1;
    found.push({
      speakerSpan: { start, end: start + m[1].length },
      speakerForm: 'name',
      cue: null,
      content: [{ start: contentStart, end: contentStart + m[2].length }],
      kind: 'direct',
    });
  }
  return found;
}

const options = { attributions: testAttributions };

describe('check: quotations in a draft', () => {
  const index = new QuoteIndex(corpus());

  it('finds curly, straight and LaTeX quotations of three or more words', () => {
    const draft = 'He said “one two three”, then "four five six" and ``seven eight nine\'\' and \\enquote{ten eleven twelve} but “short one”.';
    const quotes = findDraftQuotes(draft, index, options).map((q) => q.text);
    assert.deepEqual(quotes, ['one two three', 'four five six', 'seven eight nine', 'ten eleven twelve']);
  });

  it('finds British single-quoted quotations, apostrophes and all, but not inside double quotes', () => {
    const draft = 'He said ‘we don’t want any more of this’, then: “they said ‘one two three’ again”. The leaders’ views differ.';
    const quotes = findDraftQuotes(draft, index, options).map((q) => q.text);
    assert.deepEqual(quotes, ['we don’t want any more of this', 'they said ‘one two three’ again']);
  });

  it('finds quotations in straight single quotes, apostrophes inside them kept', () => {
    const draft = "She said 'we won't give in to them' and left. He called it 'a matter of life and death', then 'no'.";
    const quotes = findDraftQuotes(draft, index, options).map((q) => q.text);
    assert.deepEqual(quotes, ["we won't give in to them", 'a matter of life and death']);
    assert.equal(normalizeDraft(draft).length, draft.length);
  });

  it('never reads an apostrophe in running text as a quotation mark', () => {
    const drafts = [
      "I don't think it's the '90s any more, and the Joneses' car isn't theirs.",
      "Rock 'n' roll was big in the '60s and '70s, the students' union said.",
      "The class of '08 met at O'Brien's pub; 'twas fun, the boys' club said, 'cause they'd won.",
      "Jones' car and James' house and the Smiths' dog were all in the '80s photo.",
      "They told 'em we'd be back by the '90s, the teachers' lounge said, and the Davises' son agreed.",
      "He was 'the best of them all, and nobody's kids' toys survived the Joneses' party.",
      "Ask the parents' group about 'cause and effect' and the Williams' twins' homework.",
      "'Tis the season: the '20s are back, y'all, and the Harrises' lights are up.",
    ];
    for (const draft of drafts) {
      assert.deepEqual(findDraftQuotes(draft, index, options), [], draft);
      assert.equal(normalizeDraft(draft), draft, draft);
    }
  });

  it('keeps every offset when it rewrites quotation marks', () => {
    const draft = '``a b c\'\' \\enquote{d e f} "g h i"';
    assert.equal(normalizeDraft(draft).length, draft.length);
  });

  it('ignores quotation marks in code', () => {
    const draft = 'Text `x = "a b c"` and\n```\nsay("one two three four")\n```\n';
    assert.deepEqual(findDraftQuotes(draft, index, options), []);
  });

  it('lets a few more words differ in a longer quote', () => {
    assert.equal(allowedDistance(3), 0);
    assert.equal(allowedDistance(4), 1);
    assert.equal(allowedDistance(12), 3);
    assert.equal(allowedDistance(40), 4);
  });
});

describe('check: against the sources', () => {
  const index = new QuoteIndex(corpus());
  const check = (draft: string) => checkDraft(draft, index, options);

  it('accepts the same words, whatever the quote marks, spacing and first-letter case', () => {
    const [finding] = check('Peskov called it "A matter of  life and death."');
    assert.equal(finding.verdict, 'exact');
    assert.equal(finding.statement?.id, 's1');
  });

  it('checks a quotation in straight single quotes like any other', () => {
    const [exact] = check("Peskov called it 'a matter of life and death' for Russia.");
    assert.equal(exact.verdict, 'exact');
    const draft = "Peskov called it 'a question of life and death' for Russia.";
    const [misquote] = check(draft);
    assert.equal(misquote.verdict, 'misquote');
    assert.ok(misquote.fix);
    assert.equal(applyEdits(draft, misquote.fix.edits), "Peskov called it 'a matter of life and death' for Russia.");
  });

  it('accepts a quote with an ellipsis standing for left-out words', () => {
    const [finding] = check('Sergey Ryabkov told reporters: “not a menu … must be considered as a whole.”');
    assert.equal(finding.verdict, 'exact');
    assert.equal(finding.statement?.id, 's2');
  });

  it('flags an ellipsis whose parts are out of order', () => {
    const [finding] = check('Ryabkov said “must be considered as a whole ... not a menu from which one can pick”');
    assert.notEqual(finding.verdict, 'exact');
  });

  it('flags a changed word and fixes it with the source’s exact words', () => {
    const draft = 'Peskov called it “a question of life and death” for Russia.';
    const [finding] = check(draft);
    assert.equal(finding.verdict, 'misquote');
    assert.equal(finding.message, 'Misquote: the source says “a matter of life and death”');
    assert.ok(finding.fix);
    assert.equal(applyEdits(draft, finding.fix.edits), 'Peskov called it “a matter of life and death” for Russia.');
  });

  it('gives the source’s words in full where the draft swapped two of them', () => {
    const draft = 'Ryabkov told them they are “not a menu from which one can pick and choose that or this.”';
    const [finding] = check(draft);
    assert.equal(finding.verdict, 'misquote');
    assert.equal(finding.sourceWords, 'not a menu from which one can pick and choose this or that');
  });

  it('hands the speaker rules only the sentences that hold quotations, and maps their offsets back', () => {
    const draft = 'A long paragraph with no quotation at all.\n\nFirst a sentence. Ryabkov called it “a matter of life and death” today. Then another.\n\nAnother one.';
    const seen: string[] = [];
    const [finding] = checkDraft(draft, index, { attributions: (t) => (seen.push(t), testAttributions(t)) });
    assert.deepEqual(seen, ['Ryabkov called it “a matter of life and death” today.']);
    assert.equal(finding.verdict, 'wrongSpeaker');
    assert.deepEqual(finding.quote.speakerSpan, { start: draft.indexOf('Ryabkov'), end: draft.indexOf('Ryabkov') + 7 });
  });

  it('spares the speaker rules a sentence that names no one but the source’s speaker', () => {
    const seen: string[] = [];
    const rules = (t: string) => (seen.push(t), testAttributions(t));
    const draft = 'Peskov called it “a matter of life and death” today.\n\nThen he said “a matter of life and death” again.\n\nLavrov said “a matter of life and death” too.';
    const verdicts = checkDraft(draft, index, { attributions: rules }).map((f) => f.verdict);
    // The first names only Peskov; "he" may stand for someone else, and Lavrov is someone else.
    assert.deepEqual(seen, ['Then he said “a matter of life and death” again.', 'Lavrov said “a matter of life and death” too.']);
    assert.deepEqual(verdicts, ['exact', 'exact', 'wrongSpeaker']);
  });

  it('flags a dropped word in a short quote', () => {
    const [finding] = check('Peskov called it “a matter of and death”.');
    assert.equal(finding.verdict, 'misquote');
  });

  it('flags the right words given to another speaker and names the right one', () => {
    const draft = 'Ryabkov called it “a matter of life and death” for Russia.';
    const [finding] = check(draft);
    assert.equal(finding.verdict, 'wrongSpeaker');
    assert.equal(finding.message, 'The source attributes this to Dmitry Peskov');
    assert.ok(finding.fix);
    assert.equal(applyEdits(draft, finding.fix.edits), 'Dmitry Peskov called it “a matter of life and death” for Russia.');
  });

  it('takes the name after a title for the speaker, however long the title', () => {
    const own = new QuoteIndex({ ...corpus(), actors: [...corpus().actors, actor('nato-long', 'North Atlantic Treaty Organization', [], 'organization')] });
    const draft = 'North Atlantic Treaty Organization head Jens Stoltenberg said “We are not ready to compromise on core principles.”';
    const speakerEnd = draft.indexOf(' said');
    const quoteStart = draft.indexOf('“') + 1;
    const rules = (): Attribution[] => [
      { speakerSpan: { start: 0, end: speakerEnd }, speakerForm: 'name', cue: null, content: [{ start: quoteStart, end: draft.length - 2 }], kind: 'direct' },
    ];
    const [finding] = checkDraft(draft, own, { attributions: rules });
    assert.deepEqual(finding.quote.speakers.map((a) => a.id), ['stoltenberg']);
    assert.equal(finding.verdict, 'exact');
  });

  it('names the right speaker with their own title where the draft gave the wrong one a title', () => {
    const withRoles = corpus();
    withRoles.actors[0].role = 'Kremlin spokesman';
    const own = new QuoteIndex(withRoles);
    const draft = 'Deputy Minister Sergey Ryabkov called it “a matter of life and death” for Russia.';
    const rules = (): Attribution[] => [
      { speakerSpan: { start: 0, end: draft.indexOf(' called') }, speakerForm: 'name', cue: null, content: [{ start: draft.indexOf('“') + 1, end: draft.indexOf('”') }], kind: 'direct' },
    ];
    const [finding] = checkDraft(draft, own, { attributions: rules });
    assert.equal(finding.verdict, 'wrongSpeaker');
    assert.ok(finding.fix);
    assert.equal(applyEdits(draft, finding.fix.edits), 'Kremlin spokesman Dmitry Peskov called it “a matter of life and death” for Russia.');
  });

  it('flags a name the corpus does not know as another speaker', () => {
    const [finding] = check('Smith said “a matter of life and death” about it.');
    assert.equal(finding.verdict, 'wrongSpeaker');
  });

  it('tells apart two speakers who share a first name, and knows a surname it has seen', () => {
    const [other] = check('Sergey Lavrov told journalists “not a menu from which one can pick and choose”.');
    assert.equal(other.verdict, 'wrongSpeaker');
    const [same] = check('Minister Ryabkov told journalists “not a menu from which one can pick and choose”.');
    assert.equal(same.verdict, 'exact');
  });

  it('accepts a quote whose speaker the draft does not name', () => {
    const [finding] = check('It was “a matter of life and death” for Russia.');
    assert.equal(finding.verdict, 'exact');
  });

  it('reads words the same whatever the apostrophe, and letters beyond the basic plane', () => {
    const text = 'She said: “We don\'t accept 𝒳-rays or naïve plans,” on Monday.';
    const source: Source = { id: 'c', path: 'c.txt', title: 'C', format: 'text', text };
    const own = new QuoteIndex({
      sources: [source],
      actors: [actor('she', 'Ann Lee', [])],
      statements: [statement('s9', source, 'she', 'direct', 'We don\'t accept 𝒳-rays or naïve plans,')],
    });
    const [finding] = checkDraft('Lee said “we don’t accept 𝒳-rays or naïve plans”.', own, options);
    assert.equal(finding.verdict, 'exact');
    const [other] = checkDraft('Lee said “we don’t accept X-rays or naïve plans”.', own, options);
    assert.equal(other.verdict, 'misquote');
  });

  it('reports words no source has', () => {
    const [finding] = check('Peskov said “we will build a bridge to the moon”.');
    assert.equal(finding.verdict, 'unsourced');
    assert.equal(finding.message, 'No source for this quote');
  });

  it('does not call a mostly different quote a misquote', () => {
    const [finding] = check('Peskov said “a matter of taste and nothing more than that”.');
    assert.equal(finding.verdict, 'unsourced');
  });

  it('reads only the quoted fragments of a mixed statement, not its paraphrase', () => {
    const [finding] = check('He said “NATO will send its answer” soon.');
    assert.equal(finding.verdict, 'unsourced');
  });

  it('rebuilds its index only when the corpus changes', () => {
    const c = corpus();
    const first = QuoteIndex.of(c);
    assert.equal(QuoteIndex.of(c), first);
    c.version++;
    assert.notEqual(QuoteIndex.of(c), first);
  });

  it('never throws on hostile drafts', () => {
    const drafts = ['', '“', '”“', '"'.repeat(1001), '“'.repeat(500) + 'a b c' + '”'.repeat(500), '``\'\'``', '\\enquote{', '…'.repeat(100)];
    for (const d of drafts) assert.doesNotThrow(() => check(d));
  });
});

describe('check: with the engine', () => {
  // An article written for this test, read by the engine as any source would be.
  const article = [
    'Harbor tolls to rise next spring',
    '',
    'The port authority will raise harbor tolls next spring, its director, Maria Lindqvist, said on Monday.',
    '',
    '“We cannot keep the locks open on the fees we charge today,” Lindqvist told reporters in Gothenburg.',
    '',
    'Shipping association chairman Tomas Berg called the plan “a tax on every ferry passenger in the region.”',
  ].join('\n');

  function engineCorpus() {
    return extractSource({ id: 'harbor', path: 'harbor.txt', text: article, format: 'text' });
  }

  it('checks a draft against what the engine found, with the engine’s own speaker rules', () => {
    const index = new QuoteIndex(engineCorpus());
    const draft = [
      'Maria Lindqvist said: “We cannot keep the locks open on the fees we charge today.”',
      '',
      'Lindqvist called the plan “a tax on every ferry passenger in the region.”',
      '',
      'Berg told reporters: “We cannot keep the locks open on the fees we pay today.”',
      '',
      'Berg said “the harbor will close for good”.',
    ].join('\n');
    const verdicts = checkDraft(draft, index).map((f) => [f.verdict, f.message]);
    assert.deepEqual(verdicts, [
      ['exact', verdicts[0][1]],
      ['wrongSpeaker', 'The source attributes this to Tomas Berg'],
      ['misquote', 'Misquote: the source says “We cannot keep the locks open on the fees we charge today”'],
      ['unsourced', 'No source for this quote'],
    ]);
  });

  const quote = '“We cannot keep the locks open on the fees we charge today,”';

  it('reads “he” as the person the draft named last, and flags the quote without a quick fix', () => {
    const index = new QuoteIndex(engineCorpus());
    const draft = `Tomas Berg spoke to the council on Monday.\n\n${quote} he said.`;
    const [finding] = checkDraft(draft, index);
    assert.equal(finding.verdict, 'wrongSpeaker');
    assert.equal(finding.quote.speakerForm, 'pronoun');
    assert.deepEqual(finding.quote.speakerSpan, { start: draft.indexOf(' he said') + 1, end: draft.indexOf(' he said') + 3 });
    assert.equal(finding.quote.speaker?.name, 'Tomas Berg');
    assert.deepEqual(finding.quote.antecedent, { start: 0, end: 'Tomas Berg'.length });
    assert.equal(finding.message, 'The source attributes this to Maria Lindqvist (“he” here is Tomas Berg)');
    assert.equal(finding.fix, undefined);
  });

  it('accepts “she” standing for the source’s speaker', () => {
    const index = new QuoteIndex(engineCorpus());
    const [finding] = checkDraft(`Maria Lindqvist spoke to the council on Monday. ${quote} she said.`, index);
    assert.equal(finding.verdict, 'exact');
  });

  it('does not guess whom a pronoun stands for where the draft leaves doubt', () => {
    const index = new QuoteIndex(engineCorpus());
    const drafts = [
      // Two people named in one sentence: "he" may be either.
      `Maria Lindqvist met Tomas Berg on Monday. ${quote} he said.`,
      // The last one named is of the other gender.
      `Tomas Berg spoke to the council on Monday. ${quote} she said.`,
      // Someone the corpus does not know was named after him.
      `Tomas Berg spoke on Monday. Then Jane Roe took the floor. ${quote} she said.`,
      `Tomas Berg spoke on Monday. Then Mr. Roe took the floor. ${quote} he said.`,
      // A surname, or a name the lexicon does not know, after him.
      `Tomas Berg spoke on Monday. Then Kowalczyk took the floor. ${quote} he said.`,
      `Tomas Berg spoke on Monday, and then Zyxwo took the floor. ${quote} he said.`,
      // No one named before the quote at all.
      `${quote} he said.`,
    ];
    for (const draft of drafts) assert.equal(checkDraft(draft, index)[0].verdict, 'exact', draft);
  });
});
