import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEAD_SCRIPT } from './vite-plugin-csp.ts';

describe('Content-Security-Policy', () => {
  it('is the one the README tells hosts to send, with frame-ancestors', () => {
    const readme = readFileSync('README.md', 'utf8');
    const header = /^Content-Security-Policy: (.*)$/m.exec(readme)?.[1];
    expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

/** Runs the head script on a page at `url`; returns where it sent the browser, and the theme it set. */
function runHeadScript(path: string, { eventPage = false, theme = null as string | null } = {}) {
  const { href, pathname } = new URL(`https://example.org${path}`);
  const replaced: string[] = [];
  const classes: string[] = [];
  const document = {
    documentElement: {
      hasAttribute: (name: string) => eventPage && name === 'data-event-page',
      classList: { add: (name: string) => classes.push(name) },
    },
  };
  const location = { href, pathname, replace: (to: string) => replaced.push(to) };
  const localStorage = { getItem: () => theme };
  new Function('document', 'location', 'localStorage', HEAD_SCRIPT)(document, location, localStorage);
  return { redirect: replaced[0], theme: classes[0] };
}

describe('the head script', () => {
  it('applies the theme the reader chose, and only a known one', () => {
    expect(runHeadScript('/', { theme: 'dark' }).theme).toBe('dark');
    expect(runHeadScript('/', { theme: 'light' }).theme).toBe('light');
    expect(runHeadScript('/', { theme: 'x" onload="' }).theme).toBeUndefined();
  });

  it('takes a link to an event page that is not there to the explorer, keeping the view', () => {
    const site = 'https://example.org';
    expect(runHeadScript('/s400/timeline/event/gone/?q=erdogan#x').redirect).toBe(
      `${site}/s400/timeline/?q=erdogan&event=gone#x`,
    );
    expect(runHeadScript('/event/gone/index.html').redirect).toBe(`${site}/?event=gone`);
    // Typed or pasted without its last slash: the host's page there cannot load its files either.
    expect(runHeadScript('/s400/timeline/event/real-one').redirect).toBe(
      `${site}/s400/timeline/?event=real-one`,
    );
    expect(runHeadScript('/event/caf%C3%A9%20%26%20co/').redirect).toBe(`${site}/?event=caf%C3%A9+%26+co`);
    expect(runHeadScript('/event/gone/?event=other').redirect).toBe(`${site}/?event=other`);
    // Not valid percent-encoding: passed on as it is, for the explorer to report.
    expect(runHeadScript('/event/%E0%A4%A/').redirect).toBe(`${site}/?event=%25E0%25A4%25A`);
  });

  it('never leads to another site', () => {
    for (const path of ['//evil.example/event/x/', '/\\evil.example/event/x/', '///evil.example/event/x/']) {
      const redirect = runHeadScript(path).redirect;
      expect(new URL(redirect!).origin, path).toBe('https://example.org');
    }
  });

  it('leaves the pages the build wrote, and other addresses, where they are', () => {
    expect(runHeadScript('/event/real/', { eventPage: true }).redirect).toBeUndefined();
    for (const url of [
      '/',
      '/s400/timeline/',
      '/?event=x',
      '/event/',
      '/event/a/b/',
      '/events/a/',
      '/event/logo.png',
      '/event/index.html',
    ]) {
      expect(runHeadScript(url).redirect, url).toBeUndefined();
    }
  });
});
