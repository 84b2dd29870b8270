// A second predicate after a cue's object, recognised by its verb taking the cue's own form:
// "attacking the plan and visiting the site", "denied the charges and accused her", "bash the
// mayor and leave". The second verb pairs with the cue, not with the object, so the object ends there.
import { tagOfLower } from '../lexicon/words';
import { cueEntry } from './cues';
import type { Token } from './tokens';
import { isFiniteVerb } from './verbs';

type Form = 'ing' | 'past' | 'base';

function cueForm(cueWord: string): Form | null {
  if (cueWord.length > 4 && cueWord.endsWith('ing')) return 'ing';
  const tag = tagOfLower(cueWord);
  if (tag === 'Infinitive' || cueEntry(cueWord)?.lemma === cueWord) return 'base';
  if (cueWord.endsWith('ed') || tag === 'PastTense') return 'past';
  return null;
}

function hasForm(w: string, form: Form): boolean {
  const tag = tagOfLower(w);
  if (form === 'ing') return w.length > 5 && w.endsWith('ing') && (tag === undefined || tag === 'Gerund');
  if (form === 'base') return tag === 'Infinitive';
  return (w.endsWith('ed') || tag === 'PastTense') && isFiniteVerb(w);
}

/** Token `i` is "and" and the verb after it (an adverb may come between) has the form of `cueWord`. */
export function parallelPredicate(tk: readonly Token[], i: number, cueWord: string): boolean {
  if (tk[i]?.norm !== 'and') return false;
  const form = cueForm(cueWord);
  if (!form) return false;
  let k = i + 1;
  if (tk[k]?.kind === 'word' && tk[k]!.norm.endsWith('ly') && tagOfLower(tk[k]!.norm) === undefined) k++;
  const t = tk[k];
  return t !== undefined && t.kind === 'word' && !t.capital && hasForm(t.norm, form);
}
