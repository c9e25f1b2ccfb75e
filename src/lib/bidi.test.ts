import { describe, expect, it } from 'vitest';
import { isolate, pageTitle } from './bidi';

const [FSI, PDI, PDF, RLO, RLE, RLI] = ['\u2068', '\u2069', '\u202c', '\u202e', '\u202b', '\u2067'];

describe('isolate', () => {
  it('leaves text without right-to-left letters or bidi controls as it is', () => {
    expect(isolate('Erdoğan: “The S-400 deal is done” (2019) — ✓ 🇹🇷')).toBe(
      'Erdoğan: “The S-400 deal is done” (2019) — ✓ 🇹🇷',
    );
  });

  it.each([
    ['Hebrew', 'שלום', `${FSI}שלום${PDI}`],
    ['Arabic', 'أردوغان', `${FSI}أردوغان${PDI}`],
    ['a right-to-left mark', 'abc\u200f', `${FSI}abc\u200f${PDI}`],
    ['a closed override', `${RLO}abc${PDF} def`, `${FSI}${RLO}abc${PDF} def${PDI}`],
    ['an override left open, closed at its end', `${RLO}abc`, `${FSI}${RLO}abc${PDF}${PDI}`],
    ['an embedding left open', `${RLE}abc`, `${FSI}${RLE}abc${PDF}${PDI}`],
    ['an isolate left open', `${RLI}abc`, `${FSI}${RLI}abc${PDI}${PDI}`],
    [
      'an override left open in an isolate left open',
      `${RLI}a${RLO}b`,
      `${FSI}${RLI}a${RLO}b${PDF}${PDI}${PDI}`,
    ],
    // A stray PDI would close the isolate around the text, and the override after it reach past it.
    ['a stray PDI before an override', `${PDI}${RLO}abc`, `${FSI}${RLO}abc${PDF}${PDI}`],
    ['a stray PDF', `${PDF}abc${RLO}d`, `${FSI}abc${RLO}d${PDF}${PDI}`],
    // A PDI closes what was opened inside its isolate; a PDF cannot reach out of an isolate.
    ['a PDI that closes an override inside it', `${RLI}${RLO}a${PDI}b`, `${FSI}${RLI}${RLO}a${PDI}b${PDI}`],
    ['a PDF inside an isolate', `${RLO}${RLI}a${PDF}b`, `${FSI}${RLO}${RLI}ab${PDI}${PDF}${PDI}`],
  ])('isolates %s', (_, text, isolated) => {
    expect(isolate(text)).toBe(isolated);
  });
});

describe('pageTitle', () => {
  it('joins the parts, an open override kept to its own part', () => {
    expect(pageTitle(`${RLO}RLO left open`, "Turkey's S-400 purchase")).toBe(
      `${FSI}${RLO}RLO left open${PDF}${PDI} · Turkey's S-400 purchase`,
    );
    expect(pageTitle('Alpha', 'A small test timeline')).toBe('Alpha · A small test timeline');
  });
});
