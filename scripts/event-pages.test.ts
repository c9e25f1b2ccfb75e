import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/features/timeline/model/schema.ts';
import { CONTENT_SECURITY_POLICY, HEAD_SCRIPT } from './vite-plugin-csp.ts';
import { siteUrl as readSiteUrl } from './vite-plugin-event-pages.ts';

/** Builds the explorer over a dataset with SITE_URL set, and returns the output folder. */
function build(dataset: string, siteUrl?: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'event-pages-'));
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    encoding: 'utf8',
    env: { ...process.env, TIMELINE_DATA: dataset, ...(siteUrl ? { SITE_URL: siteUrl } : {}) },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return outDir;
}

const page = (outDir: string, id: string) =>
  new JSDOM(readFileSync(path.join(outDir, 'event', id, 'index.html'), 'utf8')).window.document;
/** A field of these datasets (whose bidi controls all close) as the pages isolate it: U+2068 … U+2069. */
const isolated = (text: string) => (/[\u0590-\u08ff\u202a-\u202e]/.test(text) ? `\u2068${text}\u2069` : text);
/** A link that writes out an address in its text opens that address. */
function expectNoOtherAddress(link: Element) {
  const href = (link.getAttribute('href') ?? '').replace(/^https?:\/\/(www\.)?/i, '');
  for (const [address] of (link.textContent ?? '').matchAll(/(?:https?:\/\/|www\.)[^\s)]+/gi))
    expect(href, link.textContent ?? '').toContain(address.replace(/^https?:\/\/(www\.)?/i, ''));
}
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

for (const [name, file] of [
  ['the S-400 dataset', 'data/events.json'],
  ['the hostile dataset', 'e2e/data/hostile.json'],
] as const) {
  describe(`event pages for ${name}`, () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    const site = 'https://example.org/timeline/';
    let outDir = '';
    beforeAll(() => {
      outDir = build(file, site);
    }, 60_000);

    it('writes one well-formed page per event whose tags match the data', () => {
      for (const event of data.events) {
        const doc = page(outDir, event.id);
        const url = `${site}event/${event.id}/`;
        // Text with right-to-left letters or bidi controls is isolated: it cannot turn the rest around.
        expect(doc.title).toBe(`${isolated(event.title)} · ${isolated(data.title)}`);
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
        expect(meta(doc, 'og:title')).toBe(isolated(event.title));
        expect(meta(doc, 'og:url')).toBe(url);
        expect(meta(doc, 'og:site_name')).toBe(isolated(data.title));
        expect(meta(doc, 'og:type')).toBe('article');
        expect(meta(doc, 'article:published_time')).toBe(event.date);
        expect(meta(doc, 'twitter:card')).toBe('summary');
        expect(meta(doc, 'twitter:title')).toBe(isolated(event.title));
        const description = meta(doc, 'description') ?? '';
        expect(meta(doc, 'og:description')).toBe(description);
        const first = event.quotes[0];
        // The preview shows the first quote (cut at 200 characters) or else the summary.
        const expected = (first?.text ?? event.summary).replace(/\s+/g, ' ').slice(0, 60);
        expect(description).toContain(expected);
        // Reported speech is marked as such, before the words; only a verbatim quote is in quotation marks.
        if (first?.kind === 'paraphrase') expect(description).toContain(`(paraphrase): ${expected}`);
        if (first?.kind === 'direct') expect(description).toContain(`“${expected}`);
        expect(description.replace(/^\u2068|\u2069$/g, '').length).toBeLessThanOrEqual(200);

        // The event itself, readable without JavaScript.
        const root = doc.getElementById('root')!;
        expect(root.querySelector('h1')?.textContent).toBe(event.title);
        expect(root.querySelectorAll('blockquote')).toHaveLength(event.quotes.length);
        event.quotes.forEach((quote, i) => {
          expect(root.querySelectorAll('blockquote')[i]?.textContent).toContain(quote.text);
          // Its provenance, as in the panel: where this wording comes from, and a note on it.
          const caption = root.querySelectorAll('figcaption')[i]?.textContent ?? '';
          const source = data.sources.find((s) => s.id === quote.source);
          if (source) expect(caption).toContain(`in ${source.publisher}`);
          if (quote.note) expect(caption).toContain(quote.note);
        });
        for (const paragraph of event.summary.split(/\n\s*\n/)) {
          expect(root.textContent).toContain(paragraph.trim().replace(/\n/g, ''));
        }
        const sources = data.sources.filter((s) => event.sources.includes(s.id));
        expect(root.querySelectorAll('li')).toHaveLength(sources.length);
        // Listed in the event's order.
        event.sources.forEach((id, i) => {
          const source = data.sources.find((s) => s.id === id)!;
          if (source.publishedNote)
            expect(root.querySelectorAll('li')[i]?.textContent).toContain(source.publishedNote);
          // Data beside other text on a line is isolated, so that a stray direction override stays in it.
          const isolated = [...(root.querySelectorAll('li')[i]?.querySelectorAll('bdi') ?? [])];
          expect(isolated.map((element) => element.textContent)).toContain(source.publisher);
        });
        for (const link of root.querySelectorAll('a[href^="http"]')) {
          expect([...sources.map((s) => s.url), event.media?.url]).toContain(link.getAttribute('href'));
          expectNoOtherAddress(link);
        }

        // Nothing from the data became markup: the only elements are the ones the page is made of.
        expect(root.querySelectorAll('img, script, svg, iframe, object, [onerror], [onload]')).toHaveLength(
          0,
        );
        // The app's module, and the theme script that the policy allows by its hash.
        const scripts = [...doc.querySelectorAll('script')].map(
          (s) => s.getAttribute('src') ?? s.textContent,
        );
        expect(scripts).toHaveLength(2);
        expect(scripts).toContainEqual(expect.stringMatching(/^\.\.\/\.\.\/assets\/index-[\w-]+\.js$/));
        expect(scripts).toContain(HEAD_SCRIPT);
        expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
      }
    });

    it('puts the policy and the theme script before the stylesheet and the module, on every page', () => {
      const pages = [
        path.join(outDir, 'index.html'),
        ...data.events.map((e) => path.join(outDir, 'event', e.id, 'index.html')),
      ];
      for (const file of pages) {
        const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
        const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
        expect(policy?.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
        const theme = [...doc.querySelectorAll('script')].find((s) => s.textContent === HEAD_SCRIPT);
        // An inline script after a stylesheet waits for it, and parsing (and the preloads) with it.
        const later = doc.querySelectorAll('link[rel="stylesheet"], link[rel="preload"], script[src]');
        expect(later.length).toBeGreaterThanOrEqual(2);
        for (const element of [policy, theme]) {
          expect(element?.parentElement?.tagName).toBe('HEAD');
          for (const other of later) {
            expect(
              element!.compareDocumentPosition(other) & doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING,
            ).toBeTruthy();
          }
        }
      }
    });

    it('marks the event pages as such, and writes a plain 404.html', () => {
      const html = (file: string) => new JSDOM(readFileSync(path.join(outDir, file), 'utf8')).window.document;
      expect(html('index.html').documentElement.hasAttribute('data-event-page')).toBe(false);
      for (const event of data.events) {
        expect(page(outDir, event.id).documentElement.hasAttribute('data-event-page')).toBe(true);
      }
      // Answered at any depth: nothing it links to by a relative address, and the head script (which
      // takes links to events that are gone to the explorer) under the same policy.
      const notFound = html('404.html');
      expect(notFound.title).toBe(`Page not found · ${data.title}`);
      expect(notFound.querySelector('h1')?.textContent).toBe('Page not found');
      const home = notFound.querySelector('#root a');
      expect(home?.getAttribute('href')).toBe(site);
      expect(home?.textContent).toBe(data.title);
      expect(
        notFound.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"]'),
      ).toHaveLength(0);
      expect([...notFound.querySelectorAll('script')].map((s) => s.textContent)).toEqual([HEAD_SCRIPT]);
      expect(
        notFound.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      ).toBe(CONTENT_SECURITY_POLICY);
      expect(meta(notFound, 'robots')).toBe('noindex');
      expect(notFound.querySelectorAll('#root img, #root svg, #root iframe')).toHaveLength(0);
    });

    it('bundles vis-timeline with the escaping stand-in for the xss package, not the package', () => {
      const assets = readdirSync(path.join(outDir, 'assets')).filter((file) => file.endsWith('.js'));
      const code = assets.map((file) => readFileSync(path.join(outDir, 'assets', file), 'utf8')).join('\n');
      expect(code).toContain('vis-timeline'); // vis-timeline is in it
      expect(code).not.toMatch(/whiteList|onIgnoreTag/); // the xss package's filter options are not
    });

    it('lists every event page in sitemap.xml, and robots.txt points to it', () => {
      const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
      const locs = [
        ...new JSDOM(sitemap, { contentType: 'text/xml' }).window.document.querySelectorAll('loc'),
      ].map((loc) => loc.textContent);
      expect([...locs].sort()).toEqual([site, ...data.events.map((e) => `${site}event/${e.id}/`)].sort());
      expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap.xml`);
    });
  });
}

describe('without SITE_URL', () => {
  it('uses relative links', () => {
    const outDir = build('e2e/data/small.json');
    const doc = page(outDir, 'gamma-agrees');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('./');
    expect(meta(doc, 'og:url')).toBeUndefined();
    // What the panel shows beyond the quotes: a link to the media, the time of day.
    const media = page(outDir, 'gamma-agrees').getElementById('root')!;
    expect(media.querySelector('a[href="https://example.org/photo.jpg"]')?.textContent).toBe(
      "Gamma's delegation signs",
    );
    expect(media.textContent).toContain('(Photo: A. Photographer)');
    expect(page(outDir, 'ruiz-committed').querySelector('time')?.textContent).toMatch(/, 10:34$/);
    // A sitemap takes only absolute addresses.
    expect(existsSync(path.join(outDir, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
  }, 60_000);
});

describe('media whose caption writes out an address of its own', () => {
  it('keep the caption as text before the link, which reads the address it opens', () => {
    const outDir = build('e2e/data/imported-women-in-computing.json');
    const root = page(outDir, '1815-12-10-ada-lovelace').getElementById('root')!;
    const media = [...root.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Media: '));
    expect(media?.textContent).toBe(
      'Media: Portrait by Alfred Edward Chalon (https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg) · ' +
        // The address as sources without a title show it: no scheme, 90 characters at most.
        'upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lov… (Wikimedia Commons)',
    );
    for (const link of root.querySelectorAll('a')) expectNoOtherAddress(link);
  }, 60_000);
});

describe('SITE_URL', () => {
  it('is taken as an absolute http(s) address, ending in a slash', () => {
    expect(readSiteUrl('https://example.org/s400')).toBe('https://example.org/s400/');
    expect(readSiteUrl(' https://example.org/a b/ ')).toBe('https://example.org/a%20b/');
    expect(readSiteUrl(undefined)).toBe('');
  });

  it.each([
    ['example.org/s400/', 'is not an absolute address (it needs https:// or http:// and a host)'],
    ['localhost:4173/', 'is not an absolute address (it needs https:// or http:// and a host)'],
    ['ftp://example.org/', 'uses ftp, not http(s)'],
    ['http:/example.org/', 'does not start with http:// or https://'],
    ['https://example.org/?x=1', 'has a ?query'],
    ['https://example.org/#top', 'has a #fragment'],
    ['https://user:secret@example.org/', 'has a user name or password in it'],
    ['https://example.org/s400/index.html', 'names a page, not the folder the site is in'],
  ])('fails the build on %s, saying why and what it needs', (value, why) =>
    expect(() => readSiteUrl(value)).toThrow(`SITE_URL ${JSON.stringify(value)} ${why}`),
  );

  it('says what it needs after the reason', () =>
    expect(() => readSiteUrl('example.org')).toThrow(
      /: give the absolute http\(s\) address of the site's folder, such as https:\/\/example.org\/s400\/$/,
    ));
});

describe('a build over bad input', () => {
  const failedBuild = (env: Record<string, string>) => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
    const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { ...result, written: readdirSync(outDir) };
  };

  it('stops with every problem of the dataset, and no stack trace under them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-dataset-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ title: '', description: 'x', actors: [], sources: [], events: [{ id: 'A' }] }),
    );
    const { status, stderr, written } = failedBuild({ TIMELINE_DATA: file });
    expect(status).toBe(1);
    expect(stderr).toContain(`${file} is not a valid dataset (9 problems):`);
    expect(stderr).toContain('  title: "" must not be empty');
    expect(stderr).toContain('  events[0].quotes: is missing');
    expect(stderr).toContain('The build stopped; nothing was written.');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(written).toEqual([]);
  }, 60_000);

  it('stops on a SITE_URL that is not an address, saying what it needs', () => {
    const { status, stderr, written } = failedBuild({ SITE_URL: 'example.org/s400/' });
    expect(status).toBe(1);
    expect(written).toEqual([]);
    expect(stderr).toContain(`SITE_URL "example.org/s400/" is not an absolute address`);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
