import type { Extraction, SourceInput } from '../model';
import { readArticle } from '../text/article';
import { findAttributions } from './attributions';
import { findActors } from './actors';
import { findPositions } from './positions';

/**
 * Reads one source and returns what it holds: the source, its actors (ids local to this
 * source until a corpus merges them), its statements and its positions.
 */
export function extractSource(input: SourceInput): Extraction {
  const source = readArticle(input);
  const attributions = findAttributions(source.text, { skip: source.chrome });
  const cast = findActors(source, attributions);
  const positions = findPositions(source, cast.actors, cast.statements);
  return { version: 1, sources: [source], actors: cast.actors, statements: cast.statements, positions };
}
