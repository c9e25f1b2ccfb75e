import { describe, expect, it } from 'vitest';
import { mediaLabel, sourceLabel } from './sources';

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

describe('mediaLabel', () => {
  const url = 'https://upload.wikimedia.org/wikipedia/commons/a/a4/Portrait.jpg';

  it('is the caption, where the caption names no address', () => {
    expect(mediaLabel({ url, caption: 'A portrait, 1840' }, true)).toEqual({ label: 'A portrait, 1840' });
  });

  it('puts a caption that writes out another address before the link, which reads its own', () => {
    for (const caption of [
      'Portrait by A. E. Chalon (https://en.wikipedia.org/wiki/File:Portrait.jpg)',
      'See HTTP://example.org/a',
      'from www.example.org',
      'Portrait (en.wikipedia.org/wiki/File:Portrait.jpg).',
      'Photo: example.com.',
      'Photo via reuters.com',
      'Served from 192.168.0.1/img',
      'Contact press@agency.com',
      'Archive at bücher.de',
      'Mirror: ftp://files.example.org/a',
    ]) {
      expect(mediaLabel({ url, caption }, true)).toEqual({
        before: caption,
        label: 'upload.wikimedia.org/wikipedia/commons/a/a4/Portrait.jpg',
      });
    }
  });

  it("is the caption where the only address it writes out is the media's own, or none at all", () => {
    for (const caption of [url, `Portrait, ${url.replace('https://', '')}.`, 'Rated 1.5/10, e.g. by some']) {
      expect(mediaLabel({ url, caption }, true)).toEqual({ label: caption });
    }
  });

  it('is the address without a caption, and the caption as it is where nothing is linked', () => {
    expect(mediaLabel({ url }, true)).toEqual({
      label: 'upload.wikimedia.org/wikipedia/commons/a/a4/Portrait.jpg',
    });
    const caption = 'Portrait (https://en.wikipedia.org/wiki/File:Portrait.jpg)';
    expect(mediaLabel({ url: 'javascript:alert(1)', caption }, false)).toEqual({ label: caption });
    expect(mediaLabel({ url: 'javascript:alert(1)' }, false)).toEqual({ label: 'javascript:alert(1)' });
  });
});
