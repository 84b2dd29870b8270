// The cue lexicon: verbs that attribute words, beliefs or intentions to someone.

/**
 * speech: reports words ("said", "told", "wrote").
 * belief: reports a mind ("believes", "fears"); takes a clause.
 * intent: reports a plan or wish ("wants to", "vowed to"); takes an infinitive or an object.
 * evidence: a document or a poll speaks ("the survey found", "the report shows").
 * name: names a thing ("called it “…”", "described it as").
 */
export type CueClass = 'speech' | 'belief' | 'intent' | 'evidence' | 'name';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** The -ing form, which follows a comma without its own subject: "…, adding that". */
  participle: boolean;
}

// lemma, class, [third person, past, past participle, -ing] where irregular.
const VERBS: [string, CueClass, string[]?][] = [
  ['say', 'speech', ['says', 'said', 'said', 'saying']],
  ['tell', 'speech', ['tells', 'told', 'told', 'telling']],
  ['write', 'speech', ['writes', 'wrote', 'written', 'writing']],
  ['add', 'speech'], ['note', 'speech'], ['announce', 'speech'], ['argue', 'speech'], ['claim', 'speech'],
  ['insist', 'speech'], ['explain', 'speech'], ['declare', 'speech'], ['warn', 'speech'], ['state', 'speech', ['stated', 'stated', 'stated', 'stating']],
  ['acknowledge', 'speech'], ['admit', 'speech', ['admits', 'admitted', 'admitted', 'admitting']], ['recall', 'speech'],
  ['report', 'speech'], ['respond', 'speech'], ['reply', 'speech', ['replies', 'replied', 'replied', 'replying']],
  ['ask', 'speech'], ['tweet', 'speech'], ['deny', 'speech', ['denies', 'denied', 'denied', 'denying']],
  ['contend', 'speech'], ['maintain', 'speech'], ['conclude', 'speech'], ['complain', 'speech'],
  ['concede', 'speech'], ['confirm', 'speech'], ['allege', 'speech'], ['assert', 'speech'], ['emphasize', 'speech'],
  ['stress', 'speech'], ['suggest', 'speech'], ['predict', 'speech'], ['testify', 'speech', ['testifies', 'testified', 'testified', 'testifying']],
  ['observe', 'speech'], ['remark', 'speech'], ['joke', 'speech'], ['quip', 'speech', ['quips', 'quipped', 'quipped', 'quipping']],
  ['counter', 'speech'], ['caution', 'speech'], ['mention', 'speech'], ['boast', 'speech'], ['charge', 'speech'],
  ['recount', 'speech'], ['lament', 'speech'], ['wonder', 'speech'], ['echo', 'speech', ['echoes', 'echoed', 'echoed', 'echoing']],
  ['proclaim', 'speech'], ['indicate', 'speech'], ['signal', 'speech'], ['speculate', 'speech'], ['propose', 'speech'],
  ['recommend', 'speech'], ['demand', 'speech'], ['threaten', 'intent'], ['accuse', 'speech'], ['criticize', 'speech'],
  ['praise', 'speech'], ['blame', 'speech'], ['question', 'speech'], ['continue', 'speech'], ['reveal', 'speech'],
  ['disclose', 'speech'], ['urge', 'speech'], ['advise', 'speech'], ['assure', 'speech'], ['reiterate', 'speech'],
  ['shout', 'speech'], ['yell', 'speech'], ['declare', 'speech'], ['point', 'speech'], ['posit', 'speech'],
  ['retort', 'speech'], ['scoff', 'speech'], ['sneer', 'speech'], ['muse', 'speech'], ['vow', 'intent'],
  ['promise', 'intent'], ['pledge', 'intent'], ['believe', 'belief'], ['think', 'belief', ['thinks', 'thought', 'thought', 'thinking']],
  ['hope', 'intent'], ['fear', 'belief'], ['feel', 'belief', ['feels', 'felt', 'felt', 'feeling']], ['expect', 'belief'],
  ['worry', 'belief', ['worries', 'worried', 'worried', 'worrying']], ['doubt', 'belief'], ['suspect', 'belief'],
  ['agree', 'speech', ['agrees', 'agreed', 'agreed', 'agreeing']],
  ['want', 'intent'], ['plan', 'intent', ['plans', 'planned', 'planned', 'planning']], ['intend', 'intent'],
  ['seek', 'intent', ['seeks', 'sought', 'sought', 'seeking']], ['refuse', 'intent'], ['decline', 'intent'], ['aim', 'intent'],
  ['vow', 'intent'], ['show', 'evidence', ['shows', 'showed', 'shown', 'showing']],
  ['find', 'evidence', ['finds', 'found', 'found', 'finding']], ['estimate', 'evidence'], ['call', 'name'],
  ['describe', 'name'], ['dub', 'name', ['dubs', 'dubbed', 'dubbed', 'dubbing']], ['label', 'name'],
  ['support', 'intent'], ['oppose', 'intent'], ['endorse', 'intent'], ['defend', 'speech'], ['cite', 'speech'],
  ['predict', 'speech'], ['acknowledge', 'speech'], ['concur', 'speech', ['concurs', 'concurred', 'concurred', 'concurring']],
  // Found as cues in most of their uses in annotated news (the training split of PolNeAR).
  ['refer', 'speech', ['refers', 'referred', 'referred', 'referring']], ['express', 'speech'], ['reject', 'speech'], ['attack', 'speech'], ['blast', 'speech'], ['dismiss', 'speech'],
  ['denounce', 'speech'], ['mock', 'speech'], ['condemn', 'speech'], ['remind', 'speech'], ['voice', 'speech'],
  ['decry', 'speech', ['decries', 'decried', 'decried', 'decrying']], ['tout', 'speech'], ['rail', 'speech'], ['slam', 'speech', ['slams', 'slammed', 'slammed', 'slamming']],
  ['email', 'speech'], ['plead', 'speech'], ['thank', 'speech'], ['answer', 'speech'], ['highlight', 'speech'],
  ['repeat', 'speech'], ['assail', 'speech'], ['applaud', 'speech'], ['bemoan', 'speech'], ['imply', 'speech', ['implies', 'implied', 'implied', 'implying']],
  ['liken', 'speech'], ['quote', 'speech'], ['retweet', 'speech'], ['clarify', 'speech', ['clarifies', 'clarified', 'clarified', 'clarifying']],
  ['deride', 'speech'], ['welcome', 'speech'], ['vouch', 'speech'], ['chant', 'speech'], ['forecast', 'speech', ['forecasts', 'forecast', 'forecast', 'forecasting']],
  ['portray', 'speech'], ['champion', 'speech'], ['invoke', 'speech'], ['reference', 'speech'], ['recommend', 'speech'],
  ['seem', 'belief'], ['appear', 'belief'], ['consider', 'belief'], ['prefer', 'intent', ['prefers', 'preferred', 'preferred', 'preferring']],
  ['imagine', 'belief'], ['acknowledge', 'speech'], ['complain', 'speech'], ['criticise', 'speech'], ['berate', 'speech'],
  ['lambast', 'speech'], ['scold', 'speech'], ['chide', 'speech'], ['ridicule', 'speech'], ['hail', 'speech'],
  ['commend', 'speech'], ['celebrate', 'speech'], ['brag', 'speech', ['brags', 'bragged', 'bragged', 'bragging']], ['insinuate', 'speech'],
  ['attest', 'speech'], ['swear', 'speech', ['swears', 'swore', 'sworn', 'swearing']], ['confess', 'speech'], ['suppose', 'belief'],
  ['recognize', 'belief'], ['realize', 'belief'], ['anticipate', 'belief'], ['envision', 'belief'], ['favor', 'intent'],
  ['push', 'intent'], ['encourage', 'speech'], ['request', 'speech'],
  ['plan', 'intent', ['plans', 'planned', 'planned', 'planning']], ['promote', 'intent'], ['embrace', 'intent'],
  ['talk', 'speech'], ['discuss', 'speech'], ['offer', 'speech'], ['learn', 'belief'],
  ['see', 'belief', ['sees', 'saw', 'seen', 'seeing']], ['view', 'belief'], ['know', 'belief', ['knows', 'knew', 'known', 'knowing']],
  ['tease', 'speech'], ['dispute', 'speech'], ['challenge', 'speech'], ['insult', 'speech'], ['slam', 'speech', ['slams', 'slammed', 'slammed', 'slamming']],
  ['sound', 'speech'], ['pitch', 'speech'], ['promise', 'intent'],
  // Each kept for raising F1 on the training split of PolNeAR, both for content and content+source.
  ['decide', 'intent'], ['order', 'speech'], ['identify', 'name', ['identifies', 'identified', 'identified', 'identifying']], ['list', 'speech'], ['post', 'speech'],
  ['release', 'speech'], ['share', 'speech'], ['remember', 'belief'], ['publish', 'speech'], ['name', 'name'],
  ['read', 'speech', ['reads', 'read', 'read', 'reading']], ['hint', 'speech'], ['allude', 'speech'], ['characterize', 'name'],
  ['underscore', 'speech'], ['reaffirm', 'speech'], ['chastise', 'speech'], ['disparage', 'speech'], ['advocate', 'intent'],
  ['reassure', 'speech'], ['underline', 'speech'],
  ['vote', 'intent'], ['speak', 'speech', ['speaks', 'spoke', 'spoken', 'speaking']],
  ['focus', 'speech', ['focuses', 'focused', 'focused', 'focusing']], ['back', 'intent'],
  ['exclaim', 'speech'], ['opine', 'speech'], ['surmise', 'speech'], ['elaborate', 'speech'], ['gush', 'speech'],
  ['grumble', 'speech'], ['mutter', 'speech'], ['whisper', 'speech'], ['theorize', 'speech'],
  ['affirm', 'speech'], ['intone', 'speech'], ['pronounce', 'speech'], ['gripe', 'speech'], ['gloat', 'speech'],
  ['taunt', 'speech'], ['deadpan', 'speech'], ['apologize', 'speech'], ['disagree', 'speech', ['disagrees', 'disagreed', 'disagreed', 'disagreeing']],
  ['rebut', 'speech', ['rebuts', 'rebutted', 'rebutted', 'rebutting']], ['refute', 'speech'], ['rebuke', 'speech'], ['rip', 'speech', ['rips', 'ripped', 'ripped', 'ripping']],
  ['bash', 'speech'], ['skewer', 'speech'], ['excoriate', 'speech'], ['castigate', 'speech'], ['lambaste', 'speech'],
  ['deem', 'name'], ['nominate', 'intent'], ['fume', 'speech'], ['scream', 'speech'],
  ['regret', 'belief', ['regrets', 'regretted', 'regretted', 'regretting']], ['caution', 'speech'], ['plead', 'speech'], ['lash', 'speech'],
  ['comment', 'speech'], ['side', 'intent'], ['project', 'evidence'], ['address', 'speech'], ['document', 'evidence'],
  ['persuade', 'speech'], ['convince', 'speech'], ['press', 'speech'],
  ['spar', 'speech', ['spars', 'sparred', 'sparred', 'sparring']], ['inform', 'speech'], ['attribute', 'speech'], ['present', 'speech'],
  ['congratulate', 'speech'], ['interject', 'speech'], ['outline', 'speech'], ['acquiesce', 'intent'], ['utter', 'speech'],
  ['contemplate', 'intent'], ['foresee', 'belief', ['foresees', 'foresaw', 'foreseen', 'foreseeing']], ['bristle', 'speech'], ['recite', 'speech'],
  ['relish', 'belief'], ['dwell', 'speech'], ['preach', 'speech'], ['revile', 'speech'], ['mull', 'intent'],
  ['exhort', 'speech'], ['marvel', 'speech', ['marvels', 'marveled', 'marveled', 'marveling']], ['disavow', 'speech'], ['downplay', 'speech'],
  ['articulate', 'speech'], ['unveil', 'speech'], ['trumpet', 'speech'], ['belittle', 'speech'], ['laud', 'speech'], ['extol', 'speech', ['extols', 'extolled', 'extolled', 'extolling']],
  ['heckle', 'speech'], ['prescribe', 'speech'], ['ponder', 'belief'], ['query', 'speech', ['queries', 'queried', 'queried', 'querying']],
  ['dislike', 'belief'], ['hammer', 'speech'], ['interpret', 'belief'], ['herald', 'speech'], ['contradict', 'speech'],
  ['petition', 'speech'], ['explore', 'intent'], ['lecture', 'speech'], ['reprimand', 'speech'], ['resist', 'intent'],
  ['prohibit', 'speech'], ['savage', 'speech'], ['strive', 'intent', ['strives', 'strove', 'striven', 'striving']], ['intrigue', 'belief'],
  ['love', 'belief'], ['reckon', 'belief'], ['crave', 'intent'], ['wish', 'intent'], ['trash', 'speech'],
  ['veto', 'intent', ['vetoes', 'vetoed', 'vetoed', 'vetoing']], ['tick', 'speech'], ['demonstrate', 'evidence'], ['frame', 'name'],
  ['credit', 'speech'], ['grouse', 'speech'], ['pivot', 'speech'], ['restrict', 'intent'], ['evince', 'belief'], ['revere', 'belief'],
  ['peg', 'name', ['pegs', 'pegged', 'pegged', 'pegging']], ['poke', 'speech'], ['renounce', 'speech'], ['satirize', 'speech'],
  ['tussle', 'speech'], ['publicize', 'speech'], ['intimate', 'speech'],
  ['admonish', 'speech'], ['avow', 'speech'], ['bark', 'speech'], ['confide', 'speech'], ['recant', 'speech'], ['retract', 'speech'],
  ['vent', 'speech'], ['overstate', 'speech'],
  // Each right in most of its uses in the training split of PolNeAR (verbs of rebuking, scorning, mourning, imploring).
  ['rebuff', 'speech'], ['repudiate', 'speech'], ['pounce', 'speech'], ['instruct', 'speech'], ['thunder', 'speech'], ['needle', 'speech'],
  ['discount', 'speech'], ['mourn', 'speech'], ['grieve', 'speech'], ['parrot', 'speech'], ['dare', 'speech'], ['agonize', 'speech'],
  ['demonize', 'speech'], ['implore', 'speech'], ['paraphrase', 'speech'], ['compliment', 'speech'], ['snipe', 'speech'], ['demean', 'speech'],
  ['object', 'speech'], ['eviscerate', 'speech'], ['hypothesize', 'speech'], ['growl', 'speech'], ['appoint', 'speech'],
  ['ignore', 'speech'], ['approve', 'speech'], ['depict', 'speech'], ['foreshadow', 'speech'], ['eschew', 'speech'], ['debunk', 'speech'],
  ['justify', 'speech', ['justifies', 'justified', 'justified', 'justifying']], ['revel', 'speech'], ['quash', 'speech'],
  ['understand', 'belief', ['understands', 'understood', 'understood', 'understanding']], ['witness', 'belief'],
  ['empathize', 'speech'], ['reminisce', 'speech'], ['evade', 'speech'], ['howl', 'speech'], ['clamor', 'speech'], ['telegraph', 'speech'],
  ['foretell', 'speech', ['foretells', 'foretold', 'foretold', 'foretelling']], ['waver', 'speech'], ['backtrack', 'speech'],
  ['opt', 'intent'], ['hesitate', 'intent'],
  ['hate', 'belief'], ['admire', 'belief'], ['despise', 'belief'], ['resent', 'belief'], ['presume', 'belief'], ['calculate', 'belief'], ['yearn', 'intent'], ['aspire', 'intent'],
  // Only with "as" after their object: "cast herself as an outsider", "painted him as weak", "positioned
  // himself as", "regards it as" (see senses.ts).
  ['cast', 'name', ['casts', 'cast', 'cast', 'casting']], ['paint', 'name'], ['position', 'name'], ['regard', 'name'],
  // "allowed that", "guessed that", "assumed that", "accepted that", "determined that": only the cue check sees them (gated.ts).
  // Only with "for", "on" or "over" after their object: "hit Cole on taxes", "knocked him for skipping the debate" (see senses.ts).
  ['hit', 'speech', ['hits', 'hit', 'hit', 'hitting']], ['knock', 'speech'], ['ding', 'speech'], ['jab', 'speech', ['jabs', 'jabbed', 'jabbed', 'jabbing']],
];

function regularForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma + 's', lemma + 'd', lemma + 'd', lemma.slice(0, -1) + 'ing'];
  if (/(?:s|sh|ch|x)$/.test(lemma)) return [lemma + 'es', lemma + 'ed', lemma + 'ed', lemma + 'ing'];
  return [lemma + 's', lemma + 'ed', lemma + 'ed', lemma + 'ing'];
}

const LEXICON = new Map<string, CueEntry>();
for (const [lemma, cls, irregular] of VERBS) {
  const forms = irregular ?? regularForms(lemma);
  LEXICON.set(lemma, { lemma, cls, participle: false });
  forms.forEach((form, i) => LEXICON.set(form, { lemma, cls, participle: i === 3 }));
}

// Forms that are nouns far more often than verbs in news ("the states", "terror attacks", "her emails").
for (const noun of ['state', 'states', 'attack', 'attacks', 'email', 'emails', 'continue', 'continues', 'continuing', 'reports', 'report', 'backing', 'backs']) LEXICON.delete(noun);
// Cues only as finite verbs: "voted for", "spoke about", "focused on"; "the vote", "voting", "to speak", "a focus on" mostly carry no statement.
for (const form of ['vote', 'votes', 'voting', 'speak', 'speaking', 'focus', 'back', 'backing', 'nominating', 'ripping', 'elaborate', 'whisper']) LEXICON.delete(form);
// "no comment", "on both sides", "to address the crowd", "a project", "the press": as nouns or bare verbs these mostly carry no statement.
for (const form of ['comment', 'comments', 'side', 'sides', 'siding', 'address', 'present', 'presents', 'project', 'projects', 'projecting', 'document', 'documents', 'addressing', 'presenting', 'press', 'presses', 'pressing']) LEXICON.delete(form);

// "primary challenges", "personal insults", "his remarks", "it sounds like", "a consultant who advised the campaign":
// forms read as nouns or in a sense that reports no words, in most of their uses in news.
for (const form of ['challenges', 'insults', 'remarks', 'sounds', 'advised']) LEXICON.delete(form);

// "a tax credit", "a sharp pivot": only "credited … with", "pivoted to" are cues.
for (const noun of ['credit', 'credits', 'pivot', 'pivots']) LEXICON.delete(noun);
// "one of two witnesses", "a common understanding", "an object": nouns in most of their uses.
for (const noun of ['witnesses', 'understanding', 'object', 'objects']) LEXICON.delete(noun);

/** The cue entry of a lower-cased word, if it is a cue verb form. */
export function cueEntry(word: string): CueEntry | undefined {
  return LEXICON.get(word);
}
