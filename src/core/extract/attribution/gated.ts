// Cue verbs that report a claim in one construction only and are nouns or other verbs elsewhere:
// "the court ruled that …" but "the rules", "ruled out"; "held that …" but "held a rally".
// Only the cue check sees them, and only where their construction holds; every other reader of the
// lexicon (clause boundaries, speaker edges, noun cues) takes them for ordinary words.
import type { Token } from './tokens';
import type { CueClass, CueEntry } from './cues';

interface GatedVerb {
  lemma: string;
  cls: CueClass;
  /** The forms that count; an -ing form follows a comma without its own subject ("…, noting that"). */
  forms: string[];
}

/**
 * Verbs that report a claim only right before "that": "ruled that the law stands". Of the verbs that
 * are also nouns only the past forms count: "the rules that apply", "a ruling that", "for reasons that".
 */
const BEFORE_THAT: GatedVerb[] = [
  { lemma: 'rule', cls: 'speech', forms: ['ruled'] },
  { lemma: 'hold', cls: 'speech', forms: ['held'] },
  { lemma: 'judge', cls: 'speech', forms: ['judged', 'judge'] },
  { lemma: 'reason', cls: 'speech', forms: ['reasoned', 'reasoning'] },
  { lemma: 'figure', cls: 'belief', forms: ['figured'] },
  { lemma: 'notice', cls: 'belief', forms: ['noticed', 'noticing'] },
  { lemma: 'stipulate', cls: 'speech', forms: ['stipulate', 'stipulates', 'stipulated', 'stipulating'] },
  { lemma: 'forget', cls: 'belief', forms: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'] },
  // "allowed that some might be right", but "allowed them to vote" permits.
  { lemma: 'allow', cls: 'speech', forms: ['allow', 'allows', 'allowed', 'allowing'] },
  { lemma: 'guess', cls: 'speech', forms: ['guess', 'guesses', 'guessed', 'guessing'] },
  { lemma: 'assume', cls: 'speech', forms: ['assume', 'assumes', 'assumed', 'assuming'] },
  { lemma: 'accept', cls: 'speech', forms: ['accept', 'accepts', 'accepted', 'accepting'] },
  { lemma: 'determine', cls: 'speech', forms: ['determine', 'determines', 'determined', 'determining'] },
];

const GATED_BEFORE_THAT = new Map<string, CueEntry>();
for (const { lemma, cls, forms } of BEFORE_THAT) for (const form of forms) GATED_BEFORE_THAT.set(form, { lemma, cls, participle: form.endsWith('ing') });

/** The cue entry of the word at `c` if it is a gated cue verb in its one construction. */
export function gatedCueEntry(tokens: readonly Token[], c: number): CueEntry | undefined {
  const t = tokens[c];
  if (t === undefined || t.kind !== 'word') return undefined;
  const entry = GATED_BEFORE_THAT.get(t.norm);
  return entry !== undefined && tokens[c + 1]?.norm === 'that' ? entry : undefined;
}
