import { describe, expect, it } from 'vitest';
import { isolate, pageTitle } from './bidi';

describe('isolate', () => {
  it('leaves text without right-to-left letters or bidi controls as it is', () => {
    expect(isolate('Erdoğan: “The S-400 deal is done” (2019) — ✓ 🇹🇷')).toBe(
      'Erdoğan: “The S-400 deal is done” (2019) — ✓ 🇹🇷',
    );
  });

  it.each([
    ['an override left open', '\u202eabc'],
    ['an embedding left open', '\u202babc'],
    ['an isolate left open', '\u2067abc'],
    ['a right-to-left mark', 'abc\u200f'],
    ['Hebrew', 'שלום'],
    ['Arabic', 'أردوغان'],
  ])('isolates %s', (_, text) => {
    expect(isolate(text)).toBe(`\u2068${text}\u2069`);
  });
});

describe('pageTitle', () => {
  it('joins the parts, an open override kept to its own part', () => {
    expect(pageTitle('\u202eRLO left open', "Turkey's S-400 purchase")).toBe(
      "\u2068\u202eRLO left open\u2069 · Turkey's S-400 purchase",
    );
    expect(pageTitle('Alpha', 'A small test timeline')).toBe('Alpha · A small test timeline');
  });
});
