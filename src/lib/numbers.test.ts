import { describe, expect, it } from 'vitest';
import { countOf, formatNumber } from './numbers';

describe('formatNumber', () => {
  it('separates thousands as English does', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [7, '7'],
      [999, '999'],
      [1000, '1,000'],
      [9800, '9,800'],
      [10000, '10,000'],
      [123456, '123,456'],
      [1234567, '1,234,567'],
      [-2500, '-2,500'],
    ];
    for (const [n, written] of cases) expect(formatNumber(n)).toBe(written);
  });
  it('agrees with Intl.NumberFormat on whole numbers', () => {
    const intl = new Intl.NumberFormat('en');
    for (let n = 1; n < 1e12; n = n * 7 + 3) expect(formatNumber(n)).toBe(intl.format(n));
  });
});

describe('countOf', () => {
  it('puts the noun in the plural except for one', () => {
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(2345, 'event')).toBe('2,345 events');
  });
});
