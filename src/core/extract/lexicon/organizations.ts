// Organizations by name and by pattern. Where a body belongs to a country's government, the
// country is its affiliation.

/** Well-known organizations: name | other names | country (for government bodies) | kind of body. */
const TABLE = `
NATO|North Atlantic Treaty Organization,Nato||alliance
European Union|EU,E.U.||alliance
United Nations|UN,U.N.||alliance
UN Security Council|Security Council,U.N. Security Council||alliance
Organization for Security and Co-operation in Europe|OSCE||alliance
African Union|AU||alliance
Group of Seven|G7,G-7||alliance
Group of 20|G20,G-20||alliance
World Health Organization|WHO||agency
International Monetary Fund|IMF||agency
World Bank|||bank
Kremlin||Russia|government
State Department|US State Department,U.S. State Department,Department of State|United States|department
Pentagon|Defense Department,Department of Defense|United States|department
White House||United States|government
Justice Department|Department of Justice,DOJ|United States|department
Congress|U.S. Congress,US Congress|United States|legislature
Senate|U.S. Senate,US Senate|United States|legislature
House of Representatives|U.S. House|United States|legislature
Supreme Court|U.S. Supreme Court|United States|court
FBI|Federal Bureau of Investigation|United States|agency
CIA|Central Intelligence Agency|United States|agency
Democratic Party|Democratic National Committee,DNC||party
Republican Party|GOP,Republican National Committee,RNC||party
Downing Street||United Kingdom|government
Elysee|Élysée,Elysee Palace||government
CNN|||media
Reuters|||media
Associated Press|AP||media
BBC|||media
Fox News|||media
New York Times|The New York Times||media
Washington Post|The Washington Post||media
Wall Street Journal|The Wall Street Journal||media
TASS|||media
RIA Novosti|||media
Getty Images|||media
`;

export interface KnownOrganization {
  name: string;
  names: string[];
  country?: string;
  type: string;
}

export const ORGANIZATIONS: KnownOrganization[] = TABLE.trim().split('\n').map((line) => {
  const [name = '', names = '', country = '', type = ''] = line.split('|');
  return { name, names: names ? names.split(',') : [], country: country || undefined, type };
});

const byName = new Map<string, KnownOrganization>();
for (const org of ORGANIZATIONS) for (const n of [org.name, ...org.names]) byName.set(n, org);

export function knownOrganization(phrase: string): KnownOrganization | undefined {
  const found = byName.get(phrase);
  if (found || !(phrase.startsWith('the ') || phrase.startsWith('The '))) return found;
  return byName.get(phrase.slice(4));
}

/** Last words that make a capitalized run an organization: "State Department", "Labour Party". */
export const ORGANIZATION_HEADS = new Set(`
Department Ministry Party Committee Council Agency Bank Corp Corp. Inc Inc. Ltd University
Association Union Court Congress Senate Parliament Assembly Commission Institute Foundation
Group Organization Organisation Office Administration Service Services Network News Times Post
Journal Press Images Agency Bureau Board Authority Federation Alliance Coalition Campaign
Company Co. Corporation Fund Forces Army Navy Guard Police Reserve Center Centre Church Club
Society League Command Cabinet Government Embassy Mission Tribune Herald Gazette Telegraph
Guardian Review Magazine Radio Television TV Airlines Motors Industries Holdings Capital Partners
`.split(/\s+/).filter(Boolean));

/**
 * Definite descriptions that stand for an organization of a fitting kind: "the alliance" is the
 * most recent alliance, "the ministry" the most recent ministry.
 */
const DESCRIPTION_TESTS: Record<string, (org: { name: string; type?: string }) => boolean> = {
  alliance: (o) => o.type === 'alliance' || /Alliance|Organization|Union/.test(o.name),
  bloc: (o) => o.type === 'alliance' || /Union|Alliance/.test(o.name),
  organization: () => true,
  organisation: () => true,
  ministry: (o) => /Ministry/.test(o.name),
  department: (o) => o.type === 'department' || /Department/.test(o.name),
  agency: (o) => o.type === 'agency' || /Agency|Bureau/.test(o.name),
  party: (o) => o.type === 'party' || /Party/.test(o.name),
  committee: (o) => /Committee/.test(o.name),
  company: (o) => /Corp|Inc|Company|Co\.|Ltd|Holdings|Industries/.test(o.name),
  network: (o) => o.type === 'media',
  newspaper: (o) => o.type === 'media',
  court: (o) => o.type === 'court' || /Court/.test(o.name),
  campaign: (o) => /Campaign/.test(o.name),
  administration: (o) => /Administration|White House/.test(o.name),
  commission: (o) => /Commission/.test(o.name),
  council: (o) => /Council/.test(o.name),
  union: (o) => /Union/.test(o.name),
};

export const DESCRIPTIONS = new Map(Object.entries(DESCRIPTION_TESTS));
