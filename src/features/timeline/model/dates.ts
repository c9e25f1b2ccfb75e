/** Dates in the dataset are "YYYY", "YYYY-MM" or "YYYY-MM-DD": the form is the precision. */
export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  return 'day';
}

function parts(date: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

const startTimes = new Map<string, number>();

/** startOf(date) in milliseconds, worked out once per date string (a dataset repeats its dates). */
export function startTime(date: string): number {
  let time = startTimes.get(date);
  if (time === undefined) {
    const [year, month, day] = parts(date);
    const start = new Date(Date.UTC(2000, month - 1, day));
    start.setUTCFullYear(year);
    time = start.getTime();
    startTimes.set(date, time);
  }
  return time;
}

/** First instant of the period the date names ("2019-06" -> 1 June 2019, 00:00 UTC). */
export function startOf(date: string): Date {
  return new Date(startTime(date));
}

/** First instant after the period the date names ("2019-06" -> 1 July 2019). */
export function endOf(date: string): Date {
  const end = startOf(date);
  const precision = precisionOf(date);
  if (precision === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCDate(end.getUTCDate() + 1);
  return end;
}

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<Precision, Intl.DateTimeFormat>();

/** A formatter per precision, made on first use: making one costs milliseconds, at start-up too. */
function formatterFor(precision: Precision): Intl.DateTimeFormat {
  let formatter = formatters.get(precision);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', FORMATS[precision]);
    formatters.set(precision, formatter);
  }
  return formatter;
}

/** "4 June 2019", "December 2017" or "2017": no more precise than the data. */
export function formatDate(date: string): string {
  return formatterFor(precisionOf(date)).format(startOf(date));
}

/** A date, or a period when the event has an end: "12–25 July 2019", "2017–2019", "July 2019 – 2020". */
export function formatWhen(date: string, end?: string): string {
  if (end === undefined || end === date) return formatDate(date);
  const precision = precisionOf(date);
  if (precision === precisionOf(end)) return formatterFor(precision).formatRange(startOf(date), startOf(end));
  return `${formatDate(date)} – ${formatDate(end)}`;
}
