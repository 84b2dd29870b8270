// Cue phrases: a verb that attributes only with the words after it ("took aim at", "made clear").
import { OBJECT_PRONOUNS, type Token } from './tokens';
import type { CueEntry } from './cues';

/**
 * Verb forms, then the words that must follow (alternatives split by "|"; a "?" word may be left out;
 * "@named" only looks ahead for a name or a pronoun, outside the cue: "went after Cole", not "went after dark").
 */
const PHRASES: [string[], string[]][] = [
  [['take', 'takes', 'took', 'taken', 'taking'], ['aim', 'at']],
  [['take', 'takes', 'took', 'taken', 'taking'], ['issue', 'with']],
  [['make', 'makes', 'made', 'making'], ['it?', 'clear']],
  [['make', 'makes', 'made', 'making'], ['the|a|an|his|her|their|its', 'impassioned|strong|compelling|forceful|passionate|urgent|vigorous?', 'case', 'that|for|against|to']],
  [['lay', 'lays', 'laid', 'laying'], ['out']],
  [['weigh', 'weighs', 'weighed', 'weighing'], ['in', 'on']],
  [['touch', 'touches', 'touched', 'touching'], ['on|upon']],
  [['push', 'pushes', 'pushed', 'pushing'], ['back', 'on|against?']],
  [['double', 'doubles', 'doubled', 'doubling'], ['down', 'on?']],
  [['chime', 'chimes', 'chimed', 'chiming'], ['in']],
  [['pile', 'piles', 'piled', 'piling'], ['on']],
  [['take', 'takes', 'took', 'taken', 'taking'], ['a|multiple|several|repeated|some|frequent|direct|another?', 'swipe|swipes|shot|shots|jab|jabs|whack|swing|swings|potshot|potshots', 'at']],
  [['call', 'calls', 'called', 'calling'], ['out']],
  [['back', 'backs', 'backed', 'backing'], ['away', 'from']],
  [['throw', 'throws', 'threw', 'thrown', 'throwing'], ['his|her|their|its', 'support|weight', 'behind']],
  [['light', 'lights', 'lit', 'lighting', 'tear', 'tears', 'tore', 'tearing'], ['into']],
  [['sound', 'sounds', 'sounded', 'sounding'], ['off']],
  [['shrug', 'shrugs', 'shrugged', 'shrugging'], ['off']],
  [['play', 'plays', 'played', 'playing'], ['down']],
  [['fire', 'fires', 'fired', 'firing', 'shoot', 'shoots', 'shot', 'shooting', 'hit', 'hits', 'hitting'], ['back', 'at?']],
  [['come', 'comes', 'came', 'coming'], ['out', 'against']],
  [['walk', 'walks', 'walked', 'walking'], ['back']],
  [['open', 'opens', 'opened', 'opening'], ['up', 'about']],
  [['balk', 'balks', 'balked', 'balking'], ['at']],
  [['rule', 'rules', 'ruled', 'ruling'], ['out']],
  [['distance', 'distances', 'distanced', 'distancing'], ['himself|herself|itself|themselves|myself|ourselves', 'from']],
  [['make', 'makes', 'made', 'making'], ['no', 'mention|secret', 'of']],
  [['make', 'makes', 'made', 'making'], ['the|a', 'point|argument']],
  [['take', 'takes', 'took', 'taken', 'taking'], ['full|the?', 'credit', 'for']],
  [['turn', 'turns', 'turned', 'turning'], ['his|her|their|its', 'attention|fire|focus|sights', 'to|on|toward']],
  [['looking'], ['to|for']],
  [['looks', 'looked'], ['to']],
  [['strike', 'strikes', 'struck', 'striking'], ['down']],
  [['look', 'looks', 'looked', 'looking'], ['forward', 'to']],
  [['counting', 'relying'], ['on']],
  [['spell', 'spells', 'spelled', 'spelling'], ['out']],
  [['brush', 'brushes', 'brushed', 'brushing'], ['off|aside']],
  [['zero', 'zeroes', 'zeroed', 'zeroing'], ['in', 'on']],
  [['line', 'lines', 'lined', 'lining'], ['up', 'behind|against']],
  [['cast', 'casts', 'casting'], ['a|his|her|their|its?', 'ballot|ballots|vote|votes', 'for|against']],
  // "has shown little inclination to", "showed no sign of backing down", "has shown glimpses of",
  // "showed no sign that he would apologize": a stance shown, not evidence.
  [['show', 'shows', 'showed', 'shown', 'showing'], ['no|little|any|an|some|much|more|great|strong|real|new|growing|early|few|clear|immediate?', 'immediate|real|serious|genuine|public?', 'inclination|willingness|sign|signs|appetite|enthusiasm|glimpses|flashes|understanding|respect', 'to|of|for|in|that']],
  // Only the past: "go after" and "going after" mostly plan a move rather than report an attack.
  [['went'], ['after', '@named']],
  // Not "standing": "with her husband standing by her side", "Clinton's standing with Hispanic voters".
  [['stand', 'stands', 'stood'], ['by|with', '@named']],
  [['side', 'sides', 'siding'], ['with', '@named']],
  [['turn', 'turns', 'turned', 'turning'], ['on', '@named']],
  [['go', 'goes', 'went', 'going'], ['on', 'to', 'say|add|note|argue|claim|suggest|explain|describe|call|praise|criticize|attack|accuse|predict|insist|warn|compare|promise|tell|question']],
];

const NAMED = '@named';
/** Words after "her" that show it stands for a person ("turned on her in May"), not a possessive ("her remarks"). */
const AFTER_OBJECT = new Set(['in', 'on', 'at', 'for', 'over', 'after', 'before', 'when', 'as', 'and', 'but', 'during', 'again', 'too']);

/** A name or an object pronoun at `k`: "Cole", "him"; not "Cole's plan" nor "her remarks". */
function namedAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || t.norm.endsWith("'s")) return false;
  if (t.norm === 'her') {
    const after = tokens[k + 1];
    return after === undefined || after.kind !== 'word' || AFTER_OBJECT.has(after.norm);
  }
  return t.capital || OBJECT_PRONOUNS.has(t.norm);
}

/** A word of a phrase after its verb, read once: its alternatives, whether it may be left out, or a look-ahead for a name. */
interface PhraseWord {
  named: boolean;
  alts: string[];
  optional: boolean;
}

/** A phrase after its verb, its words read once (phraseCue tries them at every verb form of the list). */
interface PhraseRest {
  words: PhraseWord[];
  /** The words of the cue after its verb, as the entry's lemma gives them. */
  lemmaTail: string;
}

const BY_VERB = new Map<string, PhraseRest[]>();
for (const [forms, rest] of PHRASES) {
  const read: PhraseRest = {
    words: rest.map((w) => ({ named: w === NAMED, alts: (w.endsWith('?') ? w.slice(0, -1) : w).split('|'), optional: w.endsWith('?') })),
    lemmaTail: rest.filter((w) => w !== NAMED).join(' '),
  };
  for (const f of forms) BY_VERB.set(f, [...(BY_VERB.get(f) ?? []), read]);
}

/** A cue phrase starting at token `c`: its entry and the index of its last token. */
export function phraseCue(tokens: readonly Token[], c: number): { entry: CueEntry; end: number } | null {
  const t = tokens[c];
  if (!t || t.kind !== 'word' || tokens[c + 1]?.kind !== 'word') return null;
  const options = BY_VERB.get(t.norm);
  if (!options) return null;
  for (const rest of options) {
    let k = c + 1;
    let ok = true;
    for (const w of rest.words) {
      if (w.named) {
        ok = namedAt(tokens, k);
        if (!ok) break;
        continue;
      }
      const next = tokens[k];
      if (next && next.kind === 'word' && w.alts.includes(next.norm)) k++;
      else if (!w.optional) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: { lemma: `${t.norm} ${rest.lemmaTail}`, cls: 'speech', participle: t.norm.endsWith('ing') }, end: k - 1 };
  }
  return null;
}
