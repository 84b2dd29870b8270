// Role and title words. A run of them before a name is the person's role ("Deputy Foreign
// Minister Jane Doe", "Kremlin spokesman Ivan Petrov"); after a possessive or "the" it is a
// description that stands for a person ("the alliance's secretary general").

/** Words that make up roles, lowercase. */
export const ROLE_WORDS = new Set(`
secretary general minister prime president vice deputy foreign defense defence interior finance
justice health foreign-affairs state treasury attorney chief spokesman spokeswoman spokesperson
press director ambassador envoy senator sen. rep. representative congressman congresswoman
governor gov. mayor chairman chairwoman chair ceo founder leader speaker majority minority whip
house senate commander lt. col. gen. adm. admiral colonel lieutenant major sergeant captain
premier chancellor king queen prince princess sheikh pope cardinal bishop judge justice
commissioner adviser advisor aide counsel correspondent anchor host reporter editor columnist
journalist analyst economist strategist pollster candidate nominee executive officer head
manager campaign staff official officials undersecretary assistant ag national security
permanent representative general-secretary first lady former acting interim then-president
presidential democratic republican top senior u.s. us
`.split(/\s+/).filter(Boolean));

/** Role heads: the word that makes a run of role words a role (not just "former" or "top"). */
export const ROLE_HEADS = new Set(`
secretary general minister president spokesman spokeswoman spokesperson director ambassador
envoy senator sen. rep. representative congressman congresswoman governor gov. mayor chairman
chairwoman chair ceo founder leader speaker whip commander admiral colonel lieutenant sergeant
captain premier chancellor king queen prince princess sheikh pope cardinal bishop judge
commissioner adviser advisor aide counsel correspondent anchor host reporter editor columnist
journalist analyst economist strategist pollster candidate nominee executive officer head
manager chief undersecretary lady
`.split(/\s+/).filter(Boolean));

/** Roles that lead their organization: "NATO chief" is whoever is its secretary general. */
export const LEADER_HEADS = new Set(['chief', 'head', 'leader', 'president', 'chairman', 'chairwoman', 'chair', 'secretary', 'general', 'director', 'ceo', 'premier', 'chancellor', 'commander', 'boss']);

/** Honorifics that mark the next capitalized words as a person's name. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'rev', 'rev.']);

/** Roles whose holder speaks for a government: with no stated affiliation, the nearby country. */
export const GOVERNMENT_HEADS = new Set(['minister', 'ambassador', 'envoy', 'premier', 'chancellor', 'undersecretary']);

/** Roles held for someone, named after "to": "advisers to Reyes", "an envoy to the talks", "heir to the fortune". */
export const TIED_ROLES: ReadonlySet<string> = new Set(['adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'counselor', 'counselors', 'consultant', 'consultants', 'strategist', 'strategists', 'envoy', 'envoys', 'ambassador', 'ambassadors', 'assistant', 'assistants', 'successor', 'heir', 'donors', 'donor']);
