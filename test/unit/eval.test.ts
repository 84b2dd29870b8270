import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchContent, overlap, parseBrat, scoreDocument, summarize, evalSample } from '../../src/cli/eval';
import { extractSource } from '../../src/core/extract/index';

const span = (start: number, end: number) => ({ start, end });

describe('eval scorer', () => {
  it('counts shared characters across fragments', () => {
    assert.equal(overlap([span(0, 10)], [span(5, 20)]), 5);
    assert.equal(overlap([span(0, 4), span(10, 14)], [span(2, 12)]), 4);
    assert.equal(overlap([span(0, 4)], [span(4, 8)]), 0);
  });

  it('matches when the overlap is at least half of the shorter content', () => {
    const gold = [{ content: [span(0, 10)], sources: [] }];
    assert.equal(matchContent([{ content: [span(5, 100)], speakerSpan: null }], gold).length, 1, '5 of 10: half of the shorter');
    assert.equal(matchContent([{ content: [span(6, 100)], speakerSpan: null }], gold).length, 0, '4 of 10: less than half');
  });

  it('pairs one to one, greedily by overlap', () => {
    const gold = [
      { content: [span(0, 10)], sources: [] },
      { content: [span(0, 40)], sources: [] },
    ];
    const predicted = [
      { content: [span(0, 40)], speakerSpan: null },
      { content: [span(0, 9)], speakerSpan: null },
    ];
    const matches = matchContent(predicted, gold).sort((a, b) => a.predicted - b.predicted);
    assert.deepEqual(matches.map((m) => [m.predicted, m.gold]), [[0, 1], [1, 0]]);
    // One prediction never takes two gold attributions.
    assert.equal(matchContent([predicted[0]!], gold).length, 1);
  });

  it('a source is right when the speaker span overlaps a gold source of that attribution', () => {
    const gold = [{ content: [span(20, 40)], sources: [span(0, 5)] }];
    assert.equal(scoreDocument([{ content: [span(20, 40)], speakerSpan: span(3, 8) }], gold).matchedWithSource, 1);
    assert.equal(scoreDocument([{ content: [span(20, 40)], speakerSpan: span(5, 8) }], gold).matchedWithSource, 0);
    assert.equal(scoreDocument([{ content: [span(20, 40)], speakerSpan: null }], gold).matched, 1);
  });

  it('reads brat standoff: split fragments, events, and ignores stray lines', () => {
    const ann = [
      'T1\tSource 0 5\tSmith',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;30 40\tthe plan … is dead',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'a line with no tab',
      'T5\tContent 50 60\torphan',
      '',
    ].join('\n');
    assert.deepEqual(parseBrat(ann), [{ content: [span(11, 20), span(30, 40)], sources: [span(0, 5)] }]);
  });

  it('maps brat code point offsets to string offsets past astral characters', () => {
    const text = '😀 Smith said so.';
    const ann = 'T1\tSource 2 7\tSmith\nT2\tContent 13 15\tso\nE1\tAttribution:T1 Content:T2 Source:T1\n';
    const [g] = parseBrat(ann, text);
    assert.equal(text.slice(g!.sources[0]!.start, g!.sources[0]!.end), 'Smith');
    assert.equal(text.slice(g!.content[0]!.start, g!.content[0]!.end), 'so');
  });

  it('sums precision, recall and F1 over documents', () => {
    const r = summarize([
      { gold: 4, predicted: 2, matched: 2, matchedWithSource: 1 },
      { gold: 0, predicted: 2, matched: 0, matchedWithSource: 0 },
    ]);
    assert.equal(r.contentPrecision, 0.5);
    assert.equal(r.contentRecall, 0.5);
    assert.equal(r.contentF1, 0.5);
    assert.equal(r.sourcePrecision, 0.25);
  });

  it('scores an article against its .gold.json: missed, extra, not-statements', () => {
    const text = 'Title\n\nThe plan is dead, the mayor said. Troops are “training” there.';
    const extraction = extractSource({ path: 'a.txt', text });
    const gold = {
      statements: [
        { speaker: 'the mayor', text: 'The plan is dead' },
        { speaker: 'Nobody', text: 'Troops are' },
      ],
      not_statements: ['training'],
    };
    const r = evalSample(gold, text, extraction);
    assert.equal(r.required, 2);
    assert.equal(r.found, 1);
    assert.equal(r.notStatementsHit, 0);
    assert.ok(r.lines.some((l) => l.includes('missed') && l.includes('Troops are')));
  });
});

describe('eval on the corpus', () => {
  const corpus = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
  const sample = join(corpus, 'nato-stoltenberg-combat-troops.txt');

  it('finds every required statement of the sample', function () {
    if (!existsSync(sample)) {
      this.skip(); // the shared corpus is not next to the project here
    }
    const text = readFileSync(sample, 'utf8');
    const gold = JSON.parse(readFileSync(sample.replace(/\.txt$/, '.gold.json'), 'utf8'));
    const r = evalSample(gold, text, extractSource({ path: sample, text }));
    assert.equal(r.found, r.required, r.lines.join('\n'));
    assert.equal(r.notStatementsHit, 0, r.lines.join('\n'));
  });
});
