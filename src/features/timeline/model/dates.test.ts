import { describe, expect, it } from 'vitest';
import { endOf, formatDate, formatWhen, precisionOf, startOf } from './dates';

describe('formatDate', () => {
  it.each([
    ['2019-06-04', '4 June 2019'],
    ['2017-12', 'December 2017'],
    ['2017', '2017'],
    ['2020-02-29', '29 February 2020'],
    ['2019-01-01', '1 January 2019'],
  ])('writes %s at its own precision as %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it('writes a period with both ends, sharing what they share', () => {
    // ICU versions differ on spaces around the dash.
    expect(formatWhen('2017', '2019')).toMatch(/^2017\s?–\s?2019$/);
    expect(formatWhen('2019-07-12', '2019-07-25')).toMatch(/^12\s?–\s?25 July 2019$/);
    expect(formatWhen('2019-07', '2019-09')).toMatch(/^July\s?–\s?September 2019$/);
    expect(formatWhen('2018-12-30', '2019-01-02')).toMatch(/^30 December 2018\s–\s2 January 2019$/);
    expect(formatWhen('2019-07', '2020')).toBe('July 2019 – 2020');
    expect(formatWhen('2019-07')).toBe('July 2019');
  });
});

describe('startOf and endOf', () => {
  it('span the whole period the date names, in UTC', () => {
    expect(precisionOf('2019')).toBe('year');
    expect(startOf('2019-06').toISOString()).toBe('2019-06-01T00:00:00.000Z');
    expect(endOf('2019-06').toISOString()).toBe('2019-07-01T00:00:00.000Z');
    expect(endOf('2019-12-31').toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(endOf('2017').toISOString()).toBe('2018-01-01T00:00:00.000Z');
  });
});
