// Dates as articles write them, to ISO (YYYY-MM-DD). Only unambiguous forms: an ISO date or
// timestamp, "January 25, 2022", "Jan. 25, 2022", "25 January 2022", "Tue January 25, 2022".
// Numeric day/month orders ("01/02/2022") differ by country and are not guessed.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+((?:19|20)\d\d)\b`, 'i');

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first unambiguous date in `s`, as YYYY-MM-DD, or undefined. */
export function parseDate(s: string): string | undefined {
  if (!s) return undefined;
  const line = s.length > 300 ? s.slice(0, 300) : s;
  let m = ISO.exec(line);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(line);
  if (m) return iso(Number(m[3]), MONTHS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(line);
  if (m) return iso(Number(m[3]), MONTHS[(m[2] as string).toLowerCase()] ?? 0, Number(m[1]));
  return undefined;
}
