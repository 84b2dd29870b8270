import type { Extraction, SourceInput } from '../model';
import { readArticle } from '../text/article';
import { findAttributions } from './attributions';
import { findActors } from './actors';
import { findPositions } from './positions';

/**
 * The extraction of one source, a stage per step: reading, attributions, actors, positions.
 * `extractSource` runs the steps at once; the editor's indexing runs them one per slice, so a
 * long article blocks its host for its slowest stage instead of all four. Both go through this
 * one list of stages, so they cannot drift apart.
 */
export function* extractionSteps(input: SourceInput): Generator<void, Extraction, void> {
  const source = readArticle(input);
  yield;
  const attributions = findAttributions(source.text, { skip: source.chrome });
  yield;
  const cast = findActors(source, attributions);
  yield;
  const positions = findPositions(source, cast.actors, cast.statements);
  return { version: 1, sources: [source], actors: cast.actors, statements: cast.statements, positions };
}

/**
 * Reads one source and returns what it holds: the source, its actors (ids local to this
 * source until a corpus merges them), its statements and its positions.
 */
export function extractSource(input: SourceInput): Extraction {
  const steps = extractionSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
