// Countries with their other names, abbreviations, capitals (which news uses for governments:
// "Washington said", "Moscow's proposal") and demonyms ("Russian Foreign Minister").
// One line each: name | other names | capital | demonyms.
const TABLE = `
United States|US,U.S.,USA,U.S.A.,America,United States of America,the United States,the US,the U.S.|Washington,Washington, D.C.|American,Americans,U.S.
Russia|Russian Federation,the Russian Federation|Moscow|Russian,Russians
Ukraine|the Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians
China|People's Republic of China,PRC|Beijing|Chinese
United Kingdom|UK,U.K.,Britain,Great Britain,the UK,the United Kingdom|London|British,Briton,Britons
France|French Republic|Paris|French
Germany|Federal Republic of Germany|Berlin|German,Germans
Italy||Rome|Italian,Italians
Spain||Madrid|Spanish
Portugal||Lisbon|Portuguese
Netherlands|the Netherlands,Holland|Amsterdam,The Hague|Dutch
Belgium||Brussels|Belgian
Poland||Warsaw|Polish,Pole,Poles
Hungary||Budapest|Hungarian
Romania||Bucharest|Romanian
Bulgaria||Sofia|Bulgarian
Greece||Athens|Greek
Turkey|Turkiye,Türkiye|Ankara|Turkish,Turk,Turks
Sweden||Stockholm|Swedish,Swede
Finland||Helsinki|Finnish,Finn
Norway||Oslo|Norwegian
Denmark||Copenhagen|Danish,Dane
Estonia||Tallinn|Estonian
Latvia||Riga|Latvian
Lithuania||Vilnius|Lithuanian
Belarus||Minsk|Belarusian
Moldova||Chisinau|Moldovan
Georgia||Tbilisi|Georgian
Armenia||Yerevan|Armenian
Azerbaijan||Baku|Azerbaijani
Kazakhstan||Astana|Kazakh
Austria||Vienna|Austrian
Switzerland||Bern,Berne|Swiss
Ireland||Dublin|Irish
Czech Republic|Czechia|Prague|Czech
Slovakia||Bratislava|Slovak
Serbia||Belgrade|Serbian
Croatia||Zagreb|Croatian
Canada||Ottawa|Canadian,Canadians
Mexico||Mexico City|Mexican,Mexicans
Cuba||Havana|Cuban,Cubans
Venezuela||Caracas|Venezuelan
Brazil||Brasilia,Brasília|Brazilian
Argentina||Buenos Aires|Argentine,Argentinian
Colombia||Bogota,Bogotá|Colombian
Chile||Santiago|Chilean
Japan||Tokyo|Japanese
South Korea|Republic of Korea,ROK|Seoul|South Korean,South Koreans
North Korea|DPRK,Democratic People's Republic of Korea|Pyongyang|North Korean,North Koreans
India||New Delhi|Indian,Indians
Pakistan||Islamabad|Pakistani,Pakistanis
Afghanistan||Kabul|Afghan,Afghans
Iran|Islamic Republic of Iran|Tehran|Iranian,Iranians
Iraq||Baghdad|Iraqi,Iraqis
Syria||Damascus|Syrian,Syrians
Israel||Jerusalem|Israeli,Israelis
Palestine|Palestinian territories|Ramallah|Palestinian,Palestinians
Lebanon||Beirut|Lebanese
Jordan||Amman|Jordanian
Saudi Arabia|Saudi|Riyadh|Saudi,Saudis
Egypt||Cairo|Egyptian,Egyptians
Libya||Tripoli|Libyan,Libyans
Yemen||Sanaa|Yemeni
Qatar||Doha|Qatari
United Arab Emirates|UAE,U.A.E.|Abu Dhabi|Emirati
Nigeria||Abuja|Nigerian
South Africa||Pretoria|South African
Kenya||Nairobi|Kenyan
Ethiopia||Addis Ababa|Ethiopian
Australia||Canberra|Australian,Australians
New Zealand||Wellington|New Zealander
Indonesia||Jakarta|Indonesian
Philippines|the Philippines|Manila|Filipino,Philippine
Vietnam|Viet Nam|Hanoi|Vietnamese
Thailand||Bangkok|Thai
Taiwan||Taipei|Taiwanese
Myanmar|Burma|Naypyidaw|Burmese
`;

export interface Country {
  name: string;
  names: string[];
  capitals: string[];
  demonyms: string[];
}

export const COUNTRIES: Country[] = TABLE.trim().split('\n').map((line) => {
  const [name = '', names = '', capitals = '', demonyms = ''] = line.split('|');
  const list = (s: string): string[] => s ? s.split(',').map((x) => x.trim()).filter(Boolean) : [];
  // "Washington, D.C." holds a comma: keep it whole.
  const caps = capitals.includes('D.C.') ? ['Washington', 'Washington, D.C.'] : list(capitals);
  return { name, names: list(names), capitals: caps, demonyms: list(demonyms) };
});

const byForm = new Map<string, { country: Country; form: 'name' | 'capital' | 'demonym' }>();
for (const country of COUNTRIES) {
  for (const n of [country.name, ...country.names]) byForm.set(n.replace(/^the /, ''), { country, form: 'name' });
  for (const c of country.capitals) if (!byForm.has(c)) byForm.set(c, { country, form: 'capital' });
  for (const d of country.demonyms) if (!byForm.has(d)) byForm.set(d, { country, form: 'demonym' });
}

/** The country a name, abbreviation, capital or demonym stands for (case as written). */
export function countryOf(phrase: string): { country: Country; form: 'name' | 'capital' | 'demonym' } | undefined {
  const found = byForm.get(phrase);
  if (found || !(phrase.startsWith('the ') || phrase.startsWith('The '))) return found;
  return byForm.get(phrase.slice(4));
}

/** Every way of naming a country, for indexes built elsewhere. */
export function countryForms(): string[] {
  return [...byForm.keys()];
}
