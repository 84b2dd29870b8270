// Quotations set as a paragraph of their own and credited by a dash and a name on the line after.
import * as assert from 'node:assert/strict';
import { only, read } from './attributions.fixture';

describe('attributions: a quotation credited on the line after it', () => {
  it('"- Name." after a paragraph that is a quotation gives the name the quote', () => {
    const a = only('The two rivals traded claims on trade.\n\n"We lost a million factory jobs in ten years."\n\n- Dana Whitfield.\n\nThe figure is close to right.');
    assert.deepEqual([a.speaker, a.form, a.cue, a.kind, a.content], ['Dana Whitfield', 'name', '-', 'direct', ['We lost a million factory jobs in ten years.']]);
  });

  it('takes a dash of any width, no space after it, and a description after a comma', () => {
    const a = only('“The levy will pay for itself within five years.”\n—Mayor Ruth Okafor, speaking at the harbor.');
    assert.deepEqual([a.speaker, a.cue, a.content], ['Mayor Ruth Okafor', '—', ['The levy will pay for itself within five years.']]);
  });

  it('credits every paragraph of a quotation that runs over several', () => {
    const a = only('“First, we fix the roads.\n\n“Then we fix the schools.”\n\n– Ines Baptiste');
    assert.deepEqual([a.speaker, a.content], ['Ines Baptiste', ['First, we fix the roads.', 'Then we fix the schools.']]);
  });

  it('replaces the speaker a paragraph would take from the quotation before it', () => {
    const found = read('“We will appeal,” said Omar Lutz.\n\n“The ruling cannot stand.”\n\n- Vera Hollis, his co-counsel.');
    const ruling = found.find((f) => f.content.includes('The ruling cannot stand.'));
    assert.equal(ruling?.speaker, 'Vera Hollis');
    assert.equal(found.find((f) => f.content.includes('We will appeal,'))?.speaker, 'Omar Lutz');
  });

  it('credits nothing after a paragraph that only ends in a quotation, nor in a heading or a list item', () => {
    const called = read('The coach called the rookie "our secret weapon."\n\n- Associated Press.');
    assert.deepEqual(called.map((f) => [f.speaker, f.cue]), [['The coach', 'called']]);
    assert.deepEqual(read('“Nothing is settled,” the envoy said.\n\n– A long road ahead –.'), [{ speaker: 'the envoy', form: 'nominal', cue: 'said', kind: 'direct', content: ['Nothing is settled,'] }]);
    assert.deepEqual(read('"Three things matter."\n\n— Cut the fees on small shops.'), []);
  });
});
