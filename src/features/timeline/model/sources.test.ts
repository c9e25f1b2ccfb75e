import { describe, expect, it } from 'vitest';
import { sourceLabel } from './sources';

const source = { id: 's', publisher: 'P', published: '2019' };

describe('sourceLabel', () => {
  it('is the title when there is one', () => {
    expect(sourceLabel({ ...source, title: 'A title', url: 'https://example.org/a' })).toBe('A title');
  });

  it('is the address without scheme or www when the title is not known', () => {
    expect(sourceLabel({ ...source, url: 'https://www.rferl.org/a/no-backtracking/29980516.html' })).toBe(
      'rferl.org/a/no-backtracking/29980516.html',
    );
    expect(sourceLabel({ ...source, url: 'http://english.almanar.com.lb/752314/' })).toBe(
      'english.almanar.com.lb/752314',
    );
    expect(sourceLabel({ ...source, url: 'https://example.org/caf%C3%A9' })).toBe('example.org/café');
    expect(sourceLabel({ ...source, url: 'https://example.org/%E0%A4%A' })).toBe('example.org/%E0%A4%A');
    // A right-to-left override stays encoded: it would make the address read backwards.
    expect(sourceLabel({ ...source, url: 'https://example.org/a%E2%80%AEfdp.exe' })).toBe(
      'example.org/a%E2%80%AEfdp.exe',
    );
  });

  it('shortens a long address', () => {
    const label = sourceLabel({ ...source, url: `https://example.org/${'a'.repeat(200)}` });
    expect(label).toHaveLength(90);
    expect(label.endsWith('…')).toBe(true);
    const emoji = sourceLabel({ ...source, url: `https://example.org/${'😀'.repeat(100)}` });
    expect([...emoji]).toHaveLength(90);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no half of a pair
  });
});
