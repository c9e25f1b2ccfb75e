import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUtf8 } from './read-text.ts';

describe('readUtf8', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-text-'));

  it('reads UTF-8 text as it is', () => {
    const file = path.join(dir, 'utf8.json');
    writeFileSync(file, '{"title": "Ålpha Erdoğan"}', 'utf8');
    expect(readUtf8(file)).toBe('{"title": "Ålpha Erdoğan"}');
  });

  it('refuses Latin-1, whose letters would otherwise become U+FFFD, and says how to fix it', () => {
    const file = path.join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from('{"title": "Ålpha"}', 'latin1'));
    expect(() => readUtf8(file)).toThrow(`${file} is not UTF-8 text: save it as UTF-8`);
  });
});
