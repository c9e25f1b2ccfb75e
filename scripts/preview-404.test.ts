import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFor } from './vite-plugin-preview-404.ts';

describe('answerFor: how vite preview answers an address', () => {
  let root = '';
  const write = (file: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  };
  beforeAll(() => {
    // Two builds side by side, as in dist-e2e: one at the root, one under a sub-path.
    root = mkdtempSync(path.join(tmpdir(), 'preview-404-'));
    for (const file of ['index.html', '404.html', 'assets/app.js', 'event/a-b/index.html']) write(file);
    for (const file of ['sub/site/index.html', 'sub/site/404.html', 'sub/site/event/x/index.html'])
      write(file);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves the files there are, and folders with their index.html', () => {
    for (const url of [
      '/index.html',
      '/assets/app.js',
      '/event/a-b/',
      '/sub/site/?event=x',
      '/sub/site/index.html',
    ]) {
      expect(answerFor(root, url), url).toEqual({ kind: 'file' });
    }
  });

  it('sends a folder named without its last slash on to the address with it, keeping the query', () => {
    expect(answerFor(root, '/event/a-b?q=1')).toEqual({ kind: 'redirect', location: '/event/a-b/?q=1' });
    expect(answerFor(root, '/sub/site')).toEqual({ kind: 'redirect', location: '/sub/site/' });
    // Never to another host ("//sub/site/" is one).
    expect(answerFor(root, '/.//sub/site')).toEqual({ kind: 'redirect', location: '/sub/site/' });
    expect(answerFor(root, '//sub/site')).toEqual({ kind: 'redirect', location: '/sub/site/' });
  });

  it('answers an unknown address at any depth with the nearest 404.html above it', () => {
    const top = path.join(root, '404.html');
    const sub = path.join(root, 'sub', 'site', '404.html');
    expect(answerFor(root, '/nope')).toEqual({ kind: 'not-found', page: top });
    expect(answerFor(root, '/nope/deeper/')).toEqual({ kind: 'not-found', page: top });
    expect(answerFor(root, '/assets/gone.js')).toEqual({ kind: 'not-found', page: top });
    expect(answerFor(root, '/event/gone/')).toEqual({ kind: 'not-found', page: top });
    expect(answerFor(root, '/sub/site/no/such/page')).toEqual({ kind: 'not-found', page: sub });
    expect(answerFor(root, '/sub/site/event/gone')).toEqual({ kind: 'not-found', page: sub });
    // No build at /sub itself: the root's.
    expect(answerFor(root, '/sub/other/')).toEqual({ kind: 'not-found', page: top });
  });

  it('answers a file named as a folder, or a folder reached through an encoded slash, as unknown', () => {
    const top = path.join(root, '404.html');
    expect(answerFor(root, '/index.html/')).toEqual({ kind: 'not-found', page: top });
    expect(answerFor(root, '/sub/site/index.html/')).toEqual({
      kind: 'not-found',
      page: path.join(root, 'sub', 'site', '404.html'),
    });
    expect(answerFor(root, '/event/..%2f..%2fsub/site/')).toEqual({ kind: 'not-found', page: top });
    expect(answerFor(root, '/sub%2Fsite/')).toEqual({ kind: 'not-found', page: top });
  });

  it('never reads outside the site, however the address is written', () => {
    for (const url of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/%E0%A4%A',
    ]) {
      expect(answerFor(root, url), url).toEqual({ kind: 'not-found', page: path.join(root, '404.html') });
    }
  });

  it('has no page to give where the build wrote no 404.html', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'preview-404-bare-'));
    expect(answerFor(bare, '/nope/')).toEqual({ kind: 'not-found', page: null });
    rmSync(bare, { recursive: true, force: true });
  });
});
