import type { Cue, Span, StatementKind } from '../model';

/** An attribution as found in the text, before its speaker is tied to an actor. */
export interface Attribution {
  speakerSpan: Span | null;
  /** How the speaker is named: a name, a pronoun ("he"), a nominal ("officials"), or not at all. */
  speakerForm: 'name' | 'pronoun' | 'nominal' | 'none';
  cue: Cue | null;
  content: Span[];
  kind: StatementKind;
  addresseeSpan?: Span;
}

export interface AttributionOptions {
  /** Ranges that are never content (page chrome). */
  skip?: Span[];
}

export function findAttributions(_text: string, _options: AttributionOptions = {}): Attribution[] {
  return [];
}
