/** Formats shared by the dataset schema and the URL: ids and dates of varying precision. */

/** An id: lowercase letters and digits in words joined by single hyphens, e.g. "erdogan-2019". */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" strings that name a real calendar date. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  // Day 0 of the next month is the last of this one; setUTCFullYear, since Date.UTC reads years
  // 0–99 as 1900–1999 (and 1900 has no 29 February, unlike year 0).
  const last = new Date(Date.UTC(2000, m, 0));
  last.setUTCFullYear(Number(year), m, 0);
  const daysInMonth = last.getUTCDate();
  return d >= 1 && d <= daysInMonth;
}
