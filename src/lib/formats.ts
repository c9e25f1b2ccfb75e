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
  // Without a Date: this runs for every date of every event at load, 10,000 times in a large dataset.
  const y = Number(year);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const daysInMonth = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d >= 1 && d <= daysInMonth;
}

/** Year 0000 is a date to ISO 8601 (1 BC) but not to the calendar the page writes dates in. */
export function isInYearZero(value: string): boolean {
  return value.startsWith('0000') && isPartialDate(value);
}
