// What the attribution tests compare: each statement as the strings it points at.
import * as assert from 'node:assert/strict';
import { findAttributions, type Attribution } from '../../src/core/extract/attributions';

export const slice = (text: string, span: { start: number; end: number } | null | undefined): string | null =>
  span ? text.slice(span.start, span.end) : null;

export interface Seen {
  speaker: string | null;
  form: Attribution['speakerForm'];
  cue: string | null;
  kind: Attribution['kind'];
  content: string[];
  addressee?: string | null;
}

export function read(text: string, skip?: { start: number; end: number }[]): Seen[] {
  return findAttributions(text, { skip }).map((a) => {
    const seen: Seen = {
      speaker: slice(text, a.speakerSpan),
      form: a.speakerForm,
      cue: a.cue?.text ?? null,
      kind: a.kind,
      content: a.content.map((s) => text.slice(s.start, s.end)),
    };
    if (a.addresseeSpan) seen.addressee = slice(text, a.addresseeSpan);
    return seen;
  });
}

/** The one statement in `text`; fails when there are none or several. */
export function only(text: string): Seen {
  const found = read(text);
  assert.equal(found.length, 1, `expected one attribution in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0]!;
}

/** The statement whose cue is `cue` among those in `text`; fails when there is none. */
export function byCue(text: string, cue: string): Seen {
  const found = read(text);
  const statement = found.find((f) => f.cue === cue);
  assert.ok(statement, `no statement with the cue ${JSON.stringify(cue)} in ${JSON.stringify(found)}`);
  return statement;
}
