import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt';
import type { TimelineEvent } from './schema';

const long = (words: number, word = 'word') => Array.from({ length: words }, () => word).join(' ');
const event = (quotes: [string, 'direct' | 'paraphrase'][], summary: string): TimelineEvent => ({
  id: 'e',
  kind: 'statement',
  date: '2019',
  title: 'T',
  summary,
  actors: ['a'],
  sources: ['s'],
  quotes: quotes.map(([text, kind]) => ({ speaker: 'a', text, kind })),
});

describe('excerptOf', () => {
  it('is the first quote, else the summary, cut at a word', () => {
    expect(excerptOf(event([['Short.', 'direct']], 'S'), [])).toEqual({ text: 'Short.', quote: true });
    expect(excerptOf(event([['Said so.', 'paraphrase']], 'S'), [])).toEqual({
      text: 'Said so.',
      quote: false,
    });
    expect(excerptOf(event([], 'The summary.'), [])).toEqual({ text: 'The summary.', quote: false });
    const cut = excerptOf(event([], long(60)), []).text;
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(141);
  });

  it('while searching, shows the quote or summary with the match, around the match', () => {
    const summary = `${long(40)} Patriot batteries ${long(40)}`;
    const found = excerptOf(event([['Nothing here.', 'direct']], summary), ['patriot']);
    expect(found.quote).toBe(false);
    expect(found.text.startsWith('…word')).toBe(true);
    expect(found.text).toContain('Patriot batteries');
    expect(found.text.endsWith('…')).toBe(true);
    // A match that already shows in the start of the text keeps the usual excerpt.
    expect(excerptOf(event([], `Patriot ${long(60)}`), ['patriot']).text.startsWith('Patriot')).toBe(true);
    // Accents folded, as in the search; the second quote when only it matches.
    const second = excerptOf(
      event(
        [
          ['First.', 'direct'],
          ['Erdoğan spoke.', 'paraphrase'],
        ],
        'S',
      ),
      ['erdogan'],
    );
    expect(second).toEqual({ text: 'Erdoğan spoke.', quote: false });
  });

  it('never cuts an emoji in two', () => {
    for (const text of ['🚀'.repeat(120), `a${'🚀'.repeat(120)}`]) {
      for (const cut of [excerptOf(event([], text), []).text, excerptOf(event([], `${text}x`), ['x']).text]) {
        expect(cut.replace(/…/g, '')).toMatch(/^a?(?:🚀)*x?$/u);
      }
    }
  });
});
