import type { Actor, Position, Source, Statement } from '../model';

/** Reads each actor's positions (topic and stance) from its statements. */
export function findPositions(_source: Source, _actors: Actor[], _statements: Statement[]): Position[] {
  return [];
}
