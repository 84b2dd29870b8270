// Cue verbs in a sense that reports nobody's words: "known as", "added to her lead", "thanks to",
// "appeared on CNN", "maintains a lead". Each is read from the words right around the cue.
import { ARTICLES, OBJECT_PRONOUNS, POSSESSIVES, REFLEXIVE_PRONOUNS, isFigure, type Token } from './tokens';
import { cueEntry, type CueEntry } from './cues';
import { isFiniteVerb } from './verbs';
import { callsNobody } from './calling';
import { ROLE_HEADS } from '../lexicon/titles';
import { isPeopleNoun } from '../lexicon/words';

/** Prepositions after "appear" that place someone ("appeared on Fox", "appears in the ad"): a showing, not a view. */
const PLACE = new Set(['on', 'in', 'at', 'before', 'with', 'alongside', 'onstage', 'together']);
/** What may follow "maintain" when it reports a claim: a clause ("maintains that …", "maintained he was …"). */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
const DO = new Set(['do', 'does', 'did']);
/** What follows "declined" when a figure falls: "declined 40 percent", "declined by nine points", "declined sharply". */
const FALL = new Set(['by', 'sharply', 'slightly', 'steadily', 'steeply', 'significantly', 'dramatically', 'substantially', 'precipitously', 'modestly', 'further', 'from', 'since', 'over']);
/** Cue verbs that name someone only with "as" after the object: "cast her as", "positioned himself as". */
const AS_ONLY = new Set(['cast', 'paint', 'position', 'regard']);
/** Cue verbs that fault someone only with "for", "on" or "over" after the object: "hit Cole on taxes", "knocked him for". */
const FAULT_ONLY = new Set(['hit', 'knock', 'ding', 'jab']);
const FAULT_HEADS = new Set(['for', 'on', 'over']);
/** Words before "to discuss", "to speak" that give the reason a source is not named. */
const ANONYMITY = new Set(['anonymity', 'anonymously', 'anonymous']);

/** Whether the cue word at `c` is used in a sense that attributes nothing. */
export function nonAttributingSense(tokens: readonly Token[], c: number, entry: CueEntry): boolean {
  const t = tokens[c]!;
  const next = tokens[c + 1];
  const nextWord = next !== undefined && next.kind === 'word' ? next.norm : '';
  const prev = tokens[c - 1];
  // "a group called Ginbot 7", "Obama called Sanders on Tuesday", "a calling card", "talks to everybody", "most telling".
  if (callsNobody(tokens, c, entry)) return true;
  // "spoke on condition of anonymity to discuss the talks": why a source is not named, not what it said.
  if (prev?.norm === 'to' && ANONYMITY.has(tokens[c - 2]?.norm ?? '')) return true;
  // "the contests known as Super Tuesday", "best known for": a name or a reputation.
  if (t.norm === 'known') return true;
  // "thanks to his lead": a cause.
  if (t.norm === 'thanks' && nextWord === 'to') return true;
  // "Costa reported from Washington", "Reporting by Ann Cole": a byline.
  if (entry.lemma === 'report' && (nextWord === 'from' || nextWord === 'by')) return true;
  // "adding to her delegate lead"; but "“…,” Trump added to People" speaks, to an outlet.
  if (entry.lemma === 'add' && nextWord === 'to') {
    const quoted = prev?.kind === 'quote' || tokens[c - 2]?.kind === 'quote';
    if (!quoted) return true;
  }
  if (entry.lemma === 'appear' && PLACE.has(nextWord)) return true;
  // "levels not seen since 2007": a comparison over time.
  if (t.norm === 'seen' && nextWord === 'since') return true;
  // "a press release", "a think tank", "a class named for Ali", "a man charged with fraud".
  if (entry.lemma === 'release' && prev?.norm === 'press') return true;
  if (entry.lemma === 'think' && nextWord === 'tank') return true;
  if (t.norm === 'named' && (nextWord === 'for' || nextWord === 'after')) return true;
  if (t.norm === 'charged' && nextWord === 'with') return true;
  // "maintains a wide lead": keeps a thing; "maintains that …" claims.
  if (entry.lemma === 'maintain' && nextWord !== '' && !CLAUSE_OPENERS.has(nextWord)) return true;
  // "cast a ballot", "painted the fence", "a strong position": only "cast her as", "painted him as",
  // "positioned herself as" names someone.
  if (AS_ONLY.has(entry.lemma) && !asWithin(tokens, c + 2, 6)) return true;
  // "the storm hit the coast on Monday", "a big hit", "knocked on doors": only someone named or a pronoun
  // before "for", "on" or "over" is faulted ("hit Cole on taxes", "knocked him for skipping the debate").
  if (FAULT_ONLY.has(entry.lemma) && !faultedFor(tokens, c)) return true;
  // "found himself in the awkward position of …": a situation someone is in, not a finding.
  if (entry.lemma === 'find' && REFLEXIVE_PRONOUNS.has(nextWord)) return true;
  // "Trade declined 40 percent", "support has declined by nine points": a figure falls.
  if (entry.lemma === 'decline' && next !== undefined && (/^\d/.test(nextWord) || FALL.has(nextWord))) return true;
  // "Sales declined to 40 percent": "to" and a figure is where it fell; "declined to comment" speaks.
  if (entry.lemma === 'decline' && nextWord === 'to' && isFigure(tokens[c + 2]?.norm)) return true;
  // "saw a surge in support", "upon seeing him": a sight, not a view; "saw that …", "saw Cole could win",
  // "saw it as a trap" report one.
  if ((t.norm === 'saw' || t.norm === 'seeing') && !viewAfter(tokens, c)) return true;
  // "a rally planned for Thursday", "planned deals", "the plan": a schedule or a thing; "plans to …",
  // "planning on …", "planned that …" report an intent.
  if (entry.lemma === 'plan' && nextWord !== 'to' && nextWord !== 'on' && nextWord !== 'that') return true;
  // "the only question is …", "the government's only hope": after a determiner and "only" the word is a noun.
  if (prev?.norm === 'only' && c >= 2 && isDeterminer(tokens[c - 2]!)) return true;
  // "a racially charged argument", "a politically charged hearing": an adverb makes the participle an adjective.
  if (t.norm === 'charged' && prev !== undefined && prev.kind === 'word' && prev.norm.endsWith('ly')) return true;
  // "charged a $100,000 fee", "charged $40 a head": a price, not an accusation.
  if (t.norm === 'charged' && (isFigure(next?.norm) || ((nextWord === 'a' || nextWord === 'an') && isFigure(tokens[c + 2]?.norm)))) return true;
  // "called off the deal", "calls to mind the old mill": cancelling or recalling, not naming.
  if (entry.lemma === 'call' && (nextWord === 'off' || (nextWord === 'to' && tokens[c + 2]?.norm === 'mind'))) return true;
  // "with 90 percent of precincts reporting": a count coming in.
  if (t.norm === 'reporting' && prev !== undefined && COUNTING_UNITS.has(prev.norm)) return true;
  // "celebrated in Miami with supporters", "celebrated her 70th birthday": a party, not praise.
  if (entry.lemma === 'celebrate' && (PARTY_PLACES.has(nextWord) || occasionWithin(tokens, c + 1, 4))) return true;
  // "a letter addressed to the mayor": where it was sent.
  if (t.norm === 'addressed' && nextWord === 'to') return true;
  // "603,000 people voted, a record", "voted in the primary", "voted on the bill": taking part in a
  // vote says nothing of which way; "voted in favor of", "voted on Tuesday for" still do.
  if (entry.lemma === 'vote' && ((next !== undefined && next.kind === 'punct' && (next.norm === ',' || next.norm === '.')) || ((nextWord === 'in' || nextWord === 'on') && headWithin(tokens, c + 2, 4, VOTE_SIDES) < 0))) return true;
  // "learning from failure": taking a lesson, not hearing a claim.
  if (entry.lemma === 'learn' && nextWord === 'from') return true;
  // "The remark worried some analysts", "the shift worries the Gulf": the subject causes worry in the
  // object; "worried the plan would fail" still has a clause.
  if (entry.lemma === 'worry' && WORRIED_OBJECTS.has(nextWord) && !clauseVerbWithin(tokens, c + 2, 6)) return true;
  // "has not endorsed a candidate": no one in particular, so no side taken.
  if (entry.lemma === 'endorse' && ANY_ONE.has(nextWord) && tokens[c + 2]?.norm === 'candidate') return true;
  // "news as we know it": the thing in its present form, not anyone's knowledge.
  if (entry.lemma === 'know' && nextWord === 'it' && asWeKnow(tokens, c)) return true;
  // "Cole, who is seeking reelection", "sought the nomination", "seeking comment": running for an
  // office or asking for a reply says nothing; "seeking an injunction", "sought help" still ask for something.
  if (entry.lemma === 'seek' && seeksOffice(tokens, c + 1)) return true;
  // "a meeting aimed at unifying the party", "ads aimed at young voters": what a thing is for; "Cole aimed
  // at Trump", "he aimed at the banks", "the senator aimed at …" still take someone on.
  if (t.norm === 'aimed' && nextWord === 'at' && prev !== undefined && prev.kind === 'word' && !prev.capital && !SUBJECT_PRONOUNS.has(prev.norm) && !AUXILIARIES.has(prev.norm) && !namesPerson(prev.norm)) return true;
  // "shouting and waving flags", "was shouted down", "a shouting match": noise, not words.
  if (SHOUTS.has(entry.lemma) && NO_WORDS_AFTER_SHOUT.has(nextWord)) return true;
  // "Cole, expected to win the seat", "the front-runner expected to attend": an expectation no one is
  // named as holding, as "is expected to" is; "expected to argue that …" still reports words to come.
  if (t.norm === 'expected' && nextWord === 'to' && !BE_FORMS.has(prev?.norm ?? '') && cueEntry(tokens[c + 2]?.norm ?? '') === undefined) return true;
  // "reading from a prepared text", "reading at grade level": the act of reading; a sign "reading “…”"
  // still carries the quoted words. "…, echoing the mayor": the likeness of a statement already read.
  if ((t.norm === 'reading' || t.norm === 'echoing') && next?.kind === 'word') return true;
  // "Do you support Ann Cole?": the writer asks the reader.
  if (prev?.norm === 'you' && c >= 2 && DO.has(tokens[c - 2]!.norm)) return true;
  return false;
}

/** Words right before "aimed" that make it the verb of someone who takes aim: "he aimed at", "who aimed at". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
/** Helpers and adverbs of a verb phrase right before "aimed": "has aimed at", "also aimed at", "never aimed at". */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'also', 'not', 'never', 'clearly']);
/** What is run for: "reelection", "the Democratic nomination", "a fifth term", "the presidency", "office". */
const OFFICES = new Set(['reelection', 're-election', 'election', 'nomination', 'term', 'presidency', 'office', 'comment', 'seat']);
const OFFICE_OPENERS = new Set([...ARTICLES, ...POSSESSIVES, 'democratic', 'republican', 'gop', 'party', "party's", 'presidential', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'full', 'new', 'white', 'senate', 'house', 'further', 'public']);

/** Whether an office or a reply is what is sought, from token `from`: "reelection", "the Green Party nomination", "the White House". */
function seeksOffice(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (OFFICES.has(t.norm) || (t.norm === 'house' && tokens[k - 1]?.norm === 'white')) return true;
    if (!OFFICE_OPENERS.has(t.norm) && !t.capital) return false;
  }
  return false;
}

const SHOUTS = new Set(['shout', 'yell', 'scream', 'chant']);
/** What follows a shout that carries no words: "shouting and waving", "shouted down", "shouting matches". */
const NO_WORDS_AFTER_SHOUT = new Set(['and', 'or', 'down', 'loudly', 'match', 'matches']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "isn't", "wasn't", "aren't", "weren't", "'s", "'re"]);

/** What comes in as votes are counted: "precincts reporting". */
const COUNTING_UNITS = new Set(['precincts', 'counties', 'districts', 'wards', 'townships']);
/** What follows "celebrated" when it is a party: "celebrated in Miami", "celebrated with friends". */
const PARTY_PLACES = new Set(['in', 'at', 'with', 'together', 'outside', 'inside']);
const OCCASIONS = new Set(['birthday', 'anniversary', 'wedding', 'holiday', 'holidays', 'christmas', 'thanksgiving', 'hanukkah', 'easter']);

/** Whether an occasion ("her 70th birthday") comes within `n` words from token `from`. */
function occasionWithin(tokens: readonly Token[], from: number, n: number): boolean {
  return headWithin(tokens, from, n, OCCASIONS) >= 0;
}
/** Words that give the side a vote took: "voted in favor of", "voted on Tuesday against". */
const VOTE_SIDES = new Set(['favor', 'favour', 'support', 'opposition', 'for', 'against', 'to']);

/** Words that open the object of a worry caused: "worried some analysts", "worries the Gulf". */
const WORRIED_OBJECTS = new Set([...ARTICLES, ...POSSESSIVES, 'some', 'many']);

/** Whether a modal or a finite verb comes within `n` words from token `from`, before any punctuation. */
function clauseVerbWithin(tokens: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k < from + n; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (MODALS.has(t.norm) || (!t.capital && isFiniteVerb(t.norm))) return true;
  }
  return false;
}

/** Determiners of no one in particular: "a candidate", "any candidate", "either candidate". */
const ANY_ONE = new Set(['a', 'any', 'either']);
const KNOWERS = new Set(['we', 'you', 'they', 'i']);

/** "as we know it", "as we now know it": the words before "know" at `c`. */
function asWeKnow(tokens: readonly Token[], c: number): boolean {
  let k = c - 1;
  if (tokens[k]?.norm === 'now') k--;
  return KNOWERS.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === 'as';
}

/** Words that open a noun phrase before "only": "the only", "his only", "the government's only". */
const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVES]);

function isDeterminer(t: Token): boolean {
  return t.kind === 'word' && (DETERMINERS.has(t.norm) || t.norm.endsWith("'s") || t.norm.endsWith("s'"));
}

/** Modals that carry a clause after "saw": "saw Cole could win". */
const MODALS = new Set(['could', 'would', 'will', 'can', 'might', 'may', 'should', 'must', 'was', 'were', 'is', 'are', 'had', 'has']);

/** Whether what follows "saw" at `c` is a view: "that …", a clause with a verb of its own, or "… as …". */
function viewAfter(tokens: readonly Token[], c: number): boolean {
  const next = tokens[c + 1];
  // "what we saw": the object stands before the verb.
  if (next === undefined || next.kind !== 'word' || next.norm === 'that') return true;
  let clause = true;
  // "saw Fiorina, then 44, as the driver …": "as" may come after an aside.
  for (let k = c + 1; k <= c + 20; k++) {
    const t = tokens[k];
    if (t === undefined || (t.kind !== 'word' && t.norm !== ',')) return false;
    if (t.norm === 'as') return true;
    if (t.kind !== 'word') clause = false;
    if (clause && k <= c + 8 && (MODALS.has(t.norm) || (k > c + 1 && !t.capital && isFiniteVerb(t.norm)))) return true;
  }
  return false;
}

/** Whether "as" comes within `n` words from token `from`, with no punctuation before it. */
function asWithin(tokens: readonly Token[], from: number, n: number): boolean {
  return headWithin(tokens, from, n, AS) >= 0;
}
const AS = new Set(['as']);

/** The first of `heads` within `n` words from token `from`, with no punctuation before it, or -1. */
function headWithin(tokens: readonly Token[], from: number, n: number, heads: ReadonlySet<string>): number {
  for (let k = from; k < from + n; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return -1;
    if (heads.has(t.norm)) return k;
  }
  return -1;
}

/** Days and months: "hit Dover on Monday" dates a blow, it faults no one. */
const DATES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "hit Cole on taxes", "knocked him for skipping the debate": a name or a pronoun, then what it is faulted for. */
function faultedFor(tokens: readonly Token[], c: number): boolean {
  const object = tokens[c + 1];
  if (object === undefined || object.kind !== 'word' || !(object.capital || OBJECT_PRONOUNS.has(object.norm))) return false;
  const h = headWithin(tokens, c + 2, 5, FAULT_HEADS);
  const after = tokens[h + 1];
  return h >= 0 && after !== undefined && !DATES.has(after.norm);
}

/** "senator", "mayor", "officials": a word for people, who can take aim at someone, unlike a meeting or an ad. */
export function namesPerson(word: string): boolean {
  return ROLE_HEADS.has(word) || isPeopleNoun(word);
}
