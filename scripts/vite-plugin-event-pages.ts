import { escapeAttribute, escapeText } from 'entities';
import type { OutputAsset } from 'rolldown';
import type { Plugin } from 'vite';
import { buildIndex, type DatasetIndex } from '../src/features/timeline/model/dataset-index.ts';
import { formatDate, formatWhen } from '../src/features/timeline/model/dates.ts';
import type { TimelineEvent } from '../src/features/timeline/model/schema.ts';
import { mediaLabel, sourceLabel } from '../src/features/timeline/model/sources.ts';
import { isolate, pageTitle } from '../src/lib/bidi.ts';
import { loadDataset } from './vite-plugin-timeline-data.ts';
import { stopBuild } from './stop-build.ts';

/**
 * Writes one static page per event at event/<id>/index.html: its own title, description,
 * canonical link, Open Graph and Twitter tags, and the event itself (title, date, quotes, sources)
 * readable without JavaScript. With JavaScript the same page boots the explorer on that event.
 * Also writes robots.txt, and sitemap.xml when SITE_URL is set (absolute links only), 404.html,
 * and puts the dataset's title and description into the main index.html.
 */

const TITLE = /<title>[\s\S]*?<\/title>/;
const DESCRIPTION = /<meta\s+name="description"[^>]*>/;

const text = (value: string) => escapeText(value);
/** Data beside other text on a line: isolated, so that a right-to-left run or a stray override stays in it. */
const bdi = (value: string) => `<bdi>${text(value)}</bdi>`;
const attr = (value: string) => escapeAttribute(value);

/**
 * The public URL of the site, ending in "/", or "" when SITE_URL is unset. Anything but an absolute
 * http(s) address fails the build: written into canonical links, "example.org/s400/" would resolve
 * against each page, and a ?query would end up in the middle of every address.
 */
export function siteUrl(value = process.env.SITE_URL): string {
  const given = value?.trim();
  if (!given) return '';
  const problem = (why: string) =>
    new Error(
      `SITE_URL ${JSON.stringify(given)} ${why}: give the absolute http(s) address of the site's folder, such as https://example.org/s400/`,
    );
  const notAbsolute = problem('is not an absolute address (it needs https:// or http:// and a host)');
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw notAbsolute;
  }
  if (!/^https?:$/.test(url.protocol)) {
    // "localhost:4173/" parses too, as a scheme "localhost:": only "x://" is another scheme.
    if (!/^[a-z][a-z\d+.-]*:\/\//i.test(given)) throw notAbsolute;
    throw problem(`uses ${url.protocol.slice(0, -1)}, not http(s)`);
  }
  // "http:/example.org" parses, as http://example.org/: say so rather than guess.
  if (!/^https?:\/\//i.test(given)) throw problem('does not start with http:// or https://');
  if (url.search) throw problem('has a ?query, which would end up in the middle of every address');
  if (url.hash) throw problem('has a #fragment, which would end up in the middle of every address');
  if (url.username || url.password) throw problem('has a user name or password in it');
  // The folder the site is in, not a page in it: ".../index.html/event/…" would lead nowhere.
  if (/\/[^/]*\.[^/]*$/.test(url.pathname)) throw problem('names a page, not the folder the site is in');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function clip(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * What a preview shows under the title: the first quote (in quotation marks if verbatim, marked as a
 * paraphrase if not) or the summary. As the titles, isolated: a bidi control it leaves open would turn what follows it around.
 */
function describe(event: TimelineEvent, index: DatasetIndex): string {
  return isolate(description(event, index));
}

function description(event: TimelineEvent, index: DatasetIndex): string {
  const quote = event.quotes[0];
  const when = formatWhen(event.date, event.end);
  if (!quote) return clip(`${when}. ${event.summary}`, 200);
  const speaker = isolate(index.actorsById.get(quote.speaker)?.name ?? quote.speaker);
  // Reported speech says so before the words, where clipping cannot take it away.
  if (quote.kind === 'paraphrase') return clip(`${speaker}, ${when} (paraphrase): ${quote.text}`, 200);
  return clip(`${speaker}, ${when}: “${quote.text}”`, 200);
}

/** The media as the panel shows them (see mediaLabel): a link, never embedded. */
function mediaParagraph(media: NonNullable<TimelineEvent['media']>): string {
  const linked = /^https?:\/\//.test(media.url);
  const { before, label } = mediaLabel(media, linked);
  const link = linked
    ? `<a href="${attr(media.url)}" rel="noopener noreferrer">${bdi(label)}</a>`
    : bdi(label);
  const credit = media.credit === undefined ? '' : ` (${bdi(media.credit)})`;
  return `<p>Media: ${before === undefined ? '' : `${bdi(before)} · `}${link}${credit}</p>`;
}

/** The event as plain HTML, for readers and crawlers without JavaScript. */
function eventMarkup(event: TimelineEvent, index: DatasetIndex): string {
  const quotes = event.quotes
    .map((quote) => {
      const speaker = index.actorsById.get(quote.speaker);
      const who = [speaker?.name ?? quote.speaker, speaker?.role]
        .filter((part): part is string => part !== undefined && part !== '')
        .map(bdi)
        .join(', ');
      const words = quote.kind === 'direct' ? `“${quote.text}”` : quote.text;
      const lang = quote.lang ? ` lang="${attr(quote.lang)}"` : '';
      // As the panel has it: where the wording comes from, and a note on it (e.g. a translation).
      const source = quote.source === undefined ? undefined : index.sourcesById.get(quote.source);
      const caption = [
        who,
        quote.kind === 'direct' ? 'Direct quote' : 'Paraphrase (reported speech, not a quote)',
        source && `in ${bdi(source.publisher)}`,
        quote.note === undefined || quote.note === '' ? undefined : bdi(quote.note),
      ].filter((part) => part !== undefined && part !== '');
      return `<figure><blockquote${lang}><p>${text(words)}</p></blockquote><figcaption>${caption.join(
        ' · ',
      )}</figcaption></figure>`;
    })
    .join('');
  const sources = event.sources
    .flatMap((id) => index.sourcesById.get(id) ?? [])
    .map((source) => {
      const label = bdi(sourceLabel(source));
      const name = source.title === undefined ? label : `<cite>${label}</cite>`;
      const title = source.url?.match(/^https?:\/\//)
        ? `<a href="${attr(source.url)}" rel="noopener noreferrer">${name}</a>`
        : name;
      const note = source.publishedNote === undefined ? '' : ` (${bdi(source.publishedNote)})`;
      return `<li>${bdi(source.publisher)}, ${title}, ${text(formatDate(source.published))}${note}</li>`;
    })
    .join('');
  const date = event.time ? `${event.date}T${event.time}` : event.date;
  const when = formatWhen(event.date, event.end) + (event.time ? `, ${event.time}` : '');
  const { media } = event;
  const mediaMarkup = media === undefined ? '' : mediaParagraph(media);
  // A summary's paragraphs, as the panel keeps its line breaks.
  const summary = event.summary
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${text(paragraph.trim()).replace(/\n/g, '<br />')}</p>`)
    .join('');
  return [
    `<main class="static-event">`,
    `<p><a href="../../">${bdi(index.dataset.title)}: all events</a></p>`,
    `<article><h1>${text(event.title)}</h1>`,
    `<p><time datetime="${attr(date)}">${text(when)}</time> · ${
      event.kind === 'statement' ? 'Statement' : 'Event'
    }</p>`,
    event.dateNote ? `<p>${text(event.dateNote)}</p>` : '',
    summary,
    quotes,
    mediaMarkup,
    `<h2>Sources</h2><ul>${sources}</ul></article></main>`,
  ].join('');
}

function metaTags(tags: Record<string, string | undefined>, key: 'name' | 'property'): string {
  return Object.entries(tags)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `<meta ${key}="${name}" content="${attr(value ?? '')}" />`)
    .join('\n    ');
}

/** index.html of the build, turned into the page of one event (two folders down). */
function eventPage(html: string, event: TimelineEvent, index: DatasetIndex): string {
  const site = siteUrl();
  const path = `event/${encodeURIComponent(event.id)}/`;
  // In titles the data's text is isolated (see isolate), as <bdi> does in the page.
  const title = pageTitle(event.title, index.dataset.title);
  const description = describe(event, index);
  const head = [
    `<title>${text(title)}</title>`,
    `<meta name="description" content="${attr(description)}" />`,
    `<link rel="canonical" href="${attr(site ? site + path : './')}" />`,
    metaTags(
      {
        'og:type': 'article',
        'og:title': isolate(event.title),
        'og:description': description,
        'og:site_name': isolate(index.dataset.title),
        'og:url': site ? site + path : undefined,
        'article:published_time': event.date,
      },
      'property',
    ),
    metaTags(
      {
        'twitter:card': 'summary',
        'twitter:title': isolate(event.title),
        'twitter:description': description,
      },
      'name',
    ),
  ].join('\n    ');
  // Replacements from data go in as functions: in a replacement string, "$'" or "$&" in a title
  // would paste parts of the page.
  return html
    .replace(/<html\b/, '<html data-event-page') // so that its head script knows it is one (see HEAD_SCRIPT)
    .replace(rootWith(shell(index)), rootWith(''))
    .replace(/(href|src)="\.\//g, '$1="../../') // the page's own links: it is two folders down
    .replace(TITLE, '')
    .replace(DESCRIPTION, '')
    .replace('</head>', () => `    ${head}\n  </head>`)
    .replace(rootWith(''), () => rootWith(eventMarkup(event, index)));
}

const rootWith = (markup: string) => `<div id="root">${markup}</div>`;

/**
 * What the main page shows before its JS runs: the explorer's header, as the app draws it, and a
 * loading line. The browser paints it with the HTML and CSS alone; the app replaces it.
 */
function shell(index: DatasetIndex): string {
  const { title, description } = index.dataset;
  return [
    '<div class="min-h-dvh">',
    '<header class="page-header">',
    `<h1 class="text-xl font-bold sm:text-2xl">${text(title)}</h1>`,
    // Holds the place of the dark mode button, so that the title wraps as it will with it.
    '<span class="btn invisible shrink-0" aria-hidden="true"><svg class="size-4 shrink-0" viewBox="0 0 24 24"></svg> <span class="max-sm:sr-only">Dark mode</span></span>',
    `<p class="col-span-2 max-w-4xl text-sm text-slate-700 sm:text-base dark:text-slate-300">${text(description)}</p>`,
    '</header>',
    '<p role="status" class="needs-js p-4 text-lg">Loading the timeline…</p>',
    '<p class="without-js p-4 text-lg">The timeline needs JavaScript to run.</p>',
    '</div>',
  ].join('');
}

/**
 * 404.html, which static hosts (GitHub Pages, Netlify, …) answer unknown paths with, at any depth:
 * plain HTML, since its relative links work only at the top. Its head script still takes a link to
 * an event page that is gone on to the explorer, which says the event is not found.
 */
function notFoundPage(html: string, index: DatasetIndex): string {
  const { title } = index.dataset;
  // Its address is known only when SITE_URL is set.
  const site = siteUrl();
  const home = site ? `<a href="${attr(site)}">${text(title)}</a>` : `the home page of “${text(title)}”`;
  return html
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="(?:stylesheet|preload|modulepreload)"[^>]*>/g, '')
    .replace(DESCRIPTION, '<meta name="robots" content="noindex" />')
    .replace(TITLE, () => `<title>${text(pageTitle('Page not found', title))}</title>`)
    .replace(rootWith(shell(index)), () =>
      rootWith(
        `<main><h1>Page not found</h1><p>Nothing is at this address. Check the link, or start from ${home}.</p></main>`,
      ),
    );
}

function sitemap(index: DatasetIndex): string {
  const site = siteUrl();
  const urls = ['', ...index.events.map((e) => `event/${encodeURIComponent(e.id)}/`)]
    .map((path) => `  <url><loc>${text(site + path)}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function robots(): string {
  const site = siteUrl();
  return `User-agent: *\nAllow: /\n${site ? `Sitemap: ${site}sitemap.xml\n` : ''}`;
}

export function eventPages(): Plugin {
  let index: DatasetIndex | undefined;
  return {
    name: 'event-pages',
    apply: 'build',
    enforce: 'post',
    async buildStart() {
      try {
        siteUrl(); // checked before the work, which it would otherwise stop halfway
      } catch (error) {
        stopBuild(this, (error as Error).message);
      }
      // Validated by the timeline-data plugin, which reports what is wrong with it; here only read.
      try {
        index = buildIndex(await loadDataset());
      } catch {
        index = undefined;
      }
    },
    transformIndexHtml(html) {
      if (!index) return html;
      const loaded = index;
      const { title, description } = index.dataset;
      return html
        .replace(TITLE, () => `<title>${text(pageTitle(title))}</title>`)
        .replace(
          DESCRIPTION,
          () => `<meta name="description" content="${attr(isolate(clip(description, 200)))}" />`,
        )
        .replace(rootWith(''), () => rootWith(shell(loaded)));
    },
    generateBundle(_options, bundle) {
      const main = bundle['index.html'] as OutputAsset | undefined;
      if (!index || !main) return;
      const html = String(main.source);
      for (const event of index.events) {
        this.emitFile({
          type: 'asset',
          fileName: `event/${event.id}/index.html`,
          source: eventPage(html, event, index),
        });
      }
      this.emitFile({ type: 'asset', fileName: '404.html', source: notFoundPage(html, index) });
      // The sitemap protocol takes only absolute addresses: without SITE_URL there is none.
      if (siteUrl()) this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemap(index) });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robots() });
    },
  };
}
