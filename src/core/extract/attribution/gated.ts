// Cue verbs that report a claim in one construction only and are nouns or other verbs elsewhere:
// "the court ruled that …" but "the rules", "ruled out"; "held that …" but "held a rally".
// Only the cue check sees them, and only where their construction holds; every other reader of the
// lexicon (clause boundaries, speaker edges, noun cues) takes them for ordinary words.
import type { Token } from './tokens';
import type { CueClass, CueEntry } from './cues';

interface GatedVerb {
  lemma: string;
  cls: CueClass;
  /** Base, third person, past, past participle, -ing. */
  forms: string[];
}

/** Verbs that report a claim only right before "that": "ruled that the law stands". */
const BEFORE_THAT: GatedVerb[] = [
  { lemma: 'rule', cls: 'speech', forms: ['rule', 'rules', 'ruled', 'ruled', 'ruling'] },
];

const GATED_BEFORE_THAT = new Map<string, CueEntry>();
for (const { lemma, cls, forms } of BEFORE_THAT) forms.forEach((form, i) => GATED_BEFORE_THAT.set(form, { lemma, cls, participle: i === 4 }));

/** The cue entry of the word at `c` if it is a gated cue verb in its one construction. */
export function gatedCueEntry(tokens: readonly Token[], c: number): CueEntry | undefined {
  const t = tokens[c];
  if (t === undefined || t.kind !== 'word') return undefined;
  const entry = GATED_BEFORE_THAT.get(t.norm);
  return entry !== undefined && tokens[c + 1]?.norm === 'that' ? entry : undefined;
}
