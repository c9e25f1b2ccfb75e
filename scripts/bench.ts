/**
 * npm run bench [-- --sizes 30,1000,10000] [--runs 5] [--no-lighthouse]
 *
 * Builds the explorer and a bare vis-timeline page (bench/bare) over synthetic datasets of each size,
 * serves them from one `vite preview`, and measures both in headless Chromium (a new, empty browser
 * context per run; medians): first render, deep link, click → panel, JS heap and DOM nodes, long tasks
 * while zooming and panning at the largest size. Then the gzip size of the explorer's first load and,
 * unless --no-lighthouse, Lighthouse on the default dataset with the desktop and mobile presets.
 * Prints figures next to the targets of issue 7; it never fails on a figure, only on a crash.
 * Results go to stdout (one markdown table and a few lines), progress to stderr. Everything it writes
 * is under .bench/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import type { Dataset } from '../src/features/timeline/model/schema.ts';
import { chromiumArgs, systemChromium } from './chromium.ts';
import { synthDataset } from './synth.ts';

const BENCH_DIR = path.resolve('.bench');
const SITE_DIR = path.join(BENCH_DIR, 'site');
const PORT = 4500;
const ORIGIN = `http://localhost:${PORT}`;
const VIEWPORT = { width: 1366, height: 900 };
const LOAD_TIMEOUT = 90_000;
const SETTLE_MS = 1000;
/** Issue 7's targets for the explorer/bare ratios of first render and deep link. */
const RATIO_TARGETS: Record<number, number> = { 30: 1.2, 1000: 0.8, 10000: 0.35 };
const JS_BUDGET_KB = 200;
const LIGHTHOUSE = 'lighthouse@12.2.3';

const started = Date.now();
const startLoad = loadavg()[0]?.toFixed(1);
const log = (message: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// ---------------------------------------------------------------------------------------------
// Options

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '30,1000,10000' },
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- [--sizes 30,1000,10000] [--runs 5] [--no-lighthouse]');
  process.exit(2);
}
const largest = Math.max(...sizes);
const withLighthouse = !options['no-lighthouse'];

// ---------------------------------------------------------------------------------------------
// Builds

/** No size report, chunk-size or build-timing warnings: the bench prints its own figures. */
const QUIET = {
  reportCompressedSize: false,
  chunkSizeWarningLimit: 100_000,
  rolldownOptions: { checks: { bundlerTimings: false } },
};

async function buildExplorer(dataset: string, name: string): Promise<void> {
  // The app's own vite.config.ts; its data plugin reads TIMELINE_DATA when the build starts.
  process.env.TIMELINE_DATA = dataset;
  await build({
    logLevel: 'warn',
    build: { outDir: path.join(SITE_DIR, name), emptyOutDir: true, ...QUIET },
  });
}

async function buildBare(dataset: string, name: string): Promise<void> {
  const outDir = path.join(SITE_DIR, name);
  await build({
    configFile: false,
    root: path.resolve('bench/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...QUIET },
  });
  copyFileSync(dataset, path.join(outDir, 'events.json'));
}

// ---------------------------------------------------------------------------------------------
// Server

async function startServer(): Promise<ChildProcess> {
  const server = spawn(
    path.resolve('node_modules/.bin/vite'),
    ['preview', '--outDir', SITE_DIR, '--port', String(PORT), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}): ${errors}`);
    try {
      if ((await fetch(`${ORIGIN}/`)).status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${ORIGIN} within 30 s: ${errors}`);
}

/** Reads every file of a built page once, so that no measured run is the server's first. */
async function warmUp(site: string): Promise<void> {
  const dir = path.join(SITE_DIR, site);
  const files = ['index.html', ...readdirSync(dir).filter((f) => f.endsWith('.json'))];
  files.push(...readdirSync(path.join(dir, 'assets')).map((f) => `assets/${f}`));
  for (const file of files) await (await fetch(`${ORIGIN}/${site}/${file}`)).arrayBuffer();
}

// ---------------------------------------------------------------------------------------------
// In the page. These functions are serialised into the page; tsx's esbuild wraps named inner
// functions in `__name(...)`, so each context first defines that helper as the identity.

const NAME_SHIM = 'globalThis.__name = (target) => target;';

interface Probe {
  /** performance.now() (ms since navigation start) when the first `.vis-item` was shown (see hasBox). */
  firstItem?: number;
  /** When the deep-linked event's title showed (panel heading, or the bare page's selected item). */
  deepLink?: number;
  /** For click → panel: the heading text before, then the pointerdown and heading-change times. */
  armed: boolean;
  headingBefore: string | null;
  pointerDown?: number;
  headingChanged?: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

const HEADING = '[aria-labelledby="event-panel-title"] h2';

/** Init script: records the moments above with a MutationObserver, and every long task. */
function installProbe(config: { page: 'explorer' | 'bare'; title: string | null; heading: string }) {
  const probe: Probe = { armed: false, headingBefore: null, longTasks: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  addEventListener(
    'pointerdown',
    () => {
      if (probe.armed && probe.pointerDown === undefined) probe.pointerDown = performance.now();
    },
    true,
  );

  // Shown for real: a box, and neither it nor an ancestor hidden (vis-timeline hides its root until
  // its first draw is done, and a hidden item still has a box).
  const hasBox = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
  };
  const headingText = () => document.querySelector(config.heading)?.textContent ?? null;
  let framePending = false;
  const check = () => {
    const now = performance.now();
    if (probe.firstItem === undefined) {
      const items = document.querySelectorAll('.vis-item');
      if ([...items].some(hasBox)) probe.firstItem = now;
      else if (items.length > 0 && !framePending) {
        // Attached but not laid out or not shown yet: look again at the next frame.
        framePending = true;
        requestAnimationFrame(() => {
          framePending = false;
          check();
        });
      }
    }
    if (config.title !== null && probe.deepLink === undefined) {
      if (config.page === 'explorer') {
        if (headingText()?.includes(config.title)) probe.deepLink = now;
      } else {
        // A box item is three .vis-item elements (dot, line, box): the box holds the title.
        const selected = document.querySelectorAll('.vis-item.vis-selected');
        if ([...selected].some((item) => item.textContent?.includes(config.title as string))) {
          probe.deepLink = now;
        }
      }
    }
    if (probe.pointerDown !== undefined && probe.headingChanged === undefined) {
      const text = headingText();
      if (text !== null && text !== probe.headingBefore) probe.headingChanged = now;
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['class', 'style'],
  });
}

/** The first timeline point (not a cluster of points) that a click at its centre would hit, if any. */
function findClickablePoint(): { x: number; y: number } | null {
  const frame = document.querySelector('.vis-center')?.getBoundingClientRect();
  // vis-timeline 8 marks a cluster with the class "cluster" (older versions: "vis-cluster").
  for (const item of document.querySelectorAll('.vis-item.vis-point:not(.vis-cluster):not(.cluster)')) {
    const box = item.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (box.width === 0 || box.height === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
    if (frame && (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom)) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit && item.contains(hit)) return { x, y };
  }
  return null;
}

/** True when a selected timeline item has a box inside the timeline's visible frame. */
function selectedIsVisible(): boolean {
  const frame = document.querySelector('.vis-center')?.getBoundingClientRect();
  return [...document.querySelectorAll('.vis-item.vis-selected')].some((item) => {
    const box = item.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    return (
      !frame ||
      (box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom)
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Measurements

type PageKind = 'explorer' | 'bare';

interface Sample {
  firstRender: number;
  deepLink: number;
  clickToPanel?: number;
  clickedOn?: string;
  heapMB: number;
  domNodes: number;
  selectedVisible?: boolean;
  longestTask?: number;
  tasksOver200?: number;
}

async function openPage(browser: Browser, url: string, kind: PageKind, title: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installProbe, { page: kind, title, heading: HEADING });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  page error on ${url}: ${error.message}`));
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

async function waitFor(page: Page, what: 'firstItem' | 'deepLink' | 'headingChanged', timeout: number) {
  try {
    await page.waitForFunction((key) => window.__bench[key] !== undefined, what, { timeout, polling: 50 });
    return await page.evaluate((key) => window.__bench[key] as number, what);
  } catch {
    return NaN;
  }
}

/** Clicks a timeline point (or else the first list entry) and times pointerdown → panel heading change. */
async function clickToPanel(page: Page): Promise<{ ms: number; on: string }> {
  let target = await page.evaluate(findClickablePoint);
  let on = 'timeline point';
  if (!target) {
    const entry = page.getByRole('region', { name: 'Events in date order' }).getByRole('button').first();
    await entry.scrollIntoViewIfNeeded();
    const box = await entry.boundingBox();
    if (!box) return { ms: NaN, on: 'nothing to click' };
    target = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    on = 'list entry';
  }
  await page.evaluate((selector) => {
    window.__bench.headingBefore = document.querySelector(selector)?.textContent ?? null;
    window.__bench.armed = true;
  }, HEADING);
  await page.mouse.click(target.x, target.y);
  const changed = await waitFor(page, 'headingChanged', 10_000);
  const down = await page.evaluate(() => window.__bench.pointerDown ?? NaN);
  return { ms: changed - down, on };
}

/** 5 wheel zooms and 3 drag pans over the timeline; the longest task meanwhile and those over 200 ms. */
async function interact(page: Page): Promise<{ longest: number; over200: number }> {
  const frame = page.locator('.vis-center').first();
  await frame.scrollIntoViewIfNeeded();
  const box = await frame.boundingBox();
  if (!box) return { longest: NaN, over200: NaN };
  await page.waitForTimeout(500); // let the click's selection finish scrolling the timeline
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height, VIEWPORT.height - box.y) / 2;
  const since = await page.evaluate(() => performance.now());
  await page.mouse.move(x, y);
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(300);
  }
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(x + 150, y);
    await page.mouse.down();
    await page.mouse.move(x - 150, y, { steps: 12 });
    await page.mouse.up();
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(
    (from) => window.__bench.longTasks.filter((task) => task.start >= from).map((task) => task.duration),
    since,
  );
  return { longest: Math.max(0, ...tasks), over200: tasks.filter((d) => d > 200).length };
}

async function measure(
  browser: Browser,
  kind: PageKind,
  site: string,
  middle: { id: string; title: string },
  withInteraction: boolean,
): Promise<Sample> {
  const base = `${ORIGIN}/${site}/`;

  // First render, then (after it settles) heap and DOM, click → panel and interaction.
  const page = await openPage(browser, base, kind, null);
  const firstRender = await waitFor(page, 'firstItem', LOAD_TIMEOUT);
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const sample: Sample = {
    firstRender,
    deepLink: NaN,
    heapMB: metric('JSHeapUsedSize') / 1e6,
    domNodes: metric('Nodes'),
  };
  if (kind === 'explorer' && !Number.isNaN(firstRender)) {
    const click = await clickToPanel(page);
    sample.clickToPanel = click.ms;
    sample.clickedOn = click.on;
    if (withInteraction) {
      const { longest, over200 } = await interact(page);
      sample.longestTask = longest;
      sample.tasksOver200 = over200;
    }
  }
  await page.context().close();

  // Deep link.
  const linked = await openPage(
    browser,
    `${base}?event=${encodeURIComponent(middle.id)}`,
    kind,
    middle.title,
  );
  sample.deepLink = await waitFor(linked, 'deepLink', LOAD_TIMEOUT);
  if (kind === 'explorer') {
    await linked.waitForTimeout(SETTLE_MS); // the timeline may still be scrolling to it
    sample.selectedVisible = await linked.evaluate(selectedIsVisible);
  }
  await linked.context().close();
  return sample;
}

// ---------------------------------------------------------------------------------------------
// Figures

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length / 2;
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
    : (sorted[Math.floor(mid)] as number);
}
const failures = (values: number[]) => values.filter((v) => Number.isNaN(v)).length;
const ms = (value: number) => (Number.isNaN(value) ? 'failed' : `${Math.round(value)} ms`);
/** The Long Tasks API reports tasks of 50 ms or more: 0 means none. */
const taskMs = (value: number) => (value === 0 ? '< 50 ms' : ms(value));
/** A median, with how many runs failed when some did. */
const msOf = (values: number[]) => {
  const failed = failures(values);
  return (
    ms(median(values)) + (failed > 0 && failed < values.length ? ` (${failed}/${values.length} failed)` : '')
  );
};
const ratio = (a: number, b: number, target?: number) =>
  `${Number.isNaN(a / b) ? '—' : (a / b).toFixed(2)}${target === undefined ? '' : ` (≤ ${target})`}`;

function middleEvent(dataset: Dataset): { id: string; title: string } {
  const start = (date: string) => Date.parse(`${date}-01-01`.slice(0, 10));
  const sorted = dataset.events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => start(a.event.date) - start(b.event.date) || a.order - b.order);
  const { event } = sorted[Math.floor(sorted.length / 2)] as (typeof sorted)[number];
  return { id: event.id, title: event.title };
}

/** The JS and CSS that the explorer's index.html loads: script src, modulepreload and stylesheet hrefs. */
function firstLoadSizes(site: string): string[] {
  const dir = path.join(SITE_DIR, site);
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const rel = attr('rel');
    const url = tag.startsWith('<script')
      ? attr('src')
      : rel === 'stylesheet' || rel === 'modulepreload'
        ? attr('href')
        : undefined;
    if (url && !/^[a-z]+:/i.test(url)) files.add(url);
  }
  const lines: string[] = [];
  const totals = { js: 0, css: 0 };
  for (const url of files) {
    const bytes = readFileSync(path.join(dir, url));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const type = url.endsWith('.css') ? 'css' : 'js';
    totals[type] += gzip;
    lines.push(`- ${url}: ${kb(gzip)} gzip (${kb(bytes.length)} raw)`);
  }
  lines.push(
    `- total JS: ${kb(totals.js)} gzip (target ≤ ${JS_BUDGET_KB} kB), total CSS: ${kb(totals.css)} gzip, ` +
      `JS + CSS: ${kb(totals.js + totals.css)}`,
  );
  // The data the page preloads (the outline, and the whole dataset when it is small).
  for (const [tag] of html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)) {
    const url = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const bytes = readFileSync(path.join(dir, url));
    lines.push(`- data ${url}: ${kb(gzipSync(bytes, { level: 9 }).length)} gzip (${kb(bytes.length)} raw)`);
  }
  const loaded = new Set([...files].map((url) => path.basename(url)));
  const lazy = readdirSync(path.join(dir, 'assets')).filter((f) => /\.(js|css)$/.test(f) && !loaded.has(f));
  if (lazy.length > 0) lines.push(`- not in the first load (loaded later, if at all): ${lazy.join(', ')}`);
  return lines;
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

/** The process group of a running Lighthouse (npx, Lighthouse and its Chromium), if any. */
let lighthouseGroup: number | undefined;
function killLighthouse() {
  if (lighthouseGroup === undefined) return;
  try {
    process.kill(-lighthouseGroup, 'SIGTERM');
  } catch {
    // already gone
  }
  lighthouseGroup = undefined;
}

function runLighthouse(url: string, preset: 'desktop' | 'mobile'): Promise<string> {
  const output = path.join(BENCH_DIR, `lighthouse-${preset}.json`);
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const chromePath = systemChromium();
  rmSync(output, { force: true }); // never report an earlier run's scores
  return new Promise((resolve) => {
    const child = spawn('npx', args, {
      env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group, so a timeout ends npx, Lighthouse and its Chromium together.
      detached: true,
    });
    lighthouseGroup = child.pid;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const timer = setTimeout(() => {
      errors += 'timed out after 240 s';
      killLighthouse();
    }, 240_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(`- ${preset}: lighthouse could not start (${error.message})`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      lighthouseGroup = undefined;
      const why = errors.trim().split('\n').slice(-3).join(' / ') || `exit code ${code}`;
      let result: LighthouseResult;
      try {
        result = JSON.parse(readFileSync(output, 'utf8')) as LighthouseResult;
      } catch {
        resolve(`- ${preset}: lighthouse did not run (${why})`);
        return;
      }
      if (code !== 0 && result.runtimeError === undefined) {
        resolve(`- ${preset}: lighthouse failed (${why})`);
        return;
      }
      const score = (key: string) => {
        const value = result.categories[key]?.score;
        return value === null || value === undefined ? '—' : String(Math.round(value * 100));
      };
      const audit = (key: string) => result.audits[key]?.numericValue ?? NaN;
      const problem = result.runtimeError
        ? ` — runtime error ${result.runtimeError.code}: ${result.runtimeError.message}`
        : '';
      resolve(
        `- ${preset}: performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
          `best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
          `LCP ${ms(audit('largest-contentful-paint'))}, TBT ${ms(audit('total-blocking-time'))}${problem}`,
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Main

mkdirSync(SITE_DIR, { recursive: true });
const middles = new Map<number, { id: string; title: string }>();
for (const n of sizes) {
  const file = path.join(BENCH_DIR, `data-${n}.json`);
  const dataset = synthDataset(n);
  writeFileSync(file, `${JSON.stringify(dataset, null, 2)}\n`);
  middles.set(n, middleEvent(dataset));
  log(`building explorer-${n} and bare-${n} over ${path.relative(process.cwd(), file)}`);
  await buildExplorer(file, `explorer-${n}`);
  await buildBare(file, `bare-${n}`);
}
if (withLighthouse) {
  log('building explorer-default over data/events.json');
  await buildExplorer('data/events.json', 'explorer-default');
}
delete process.env.TIMELINE_DATA;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
const stop = () => {
  killLighthouse();
  server?.kill();
  server = undefined;
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

try {
  log(`starting vite preview on ${ORIGIN}`);
  server = await startServer();
  const executablePath = systemChromium();
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  log(`Chromium ${browser.version()}, ${runs} runs per size`);

  const rows: string[] = [];
  const interactions: Sample[] = [];
  for (const n of sizes) {
    const middle = middles.get(n) as { id: string; title: string };
    await warmUp(`explorer-${n}`);
    await warmUp(`bare-${n}`);
    const samples: Record<PageKind, Sample[]> = { explorer: [], bare: [] };
    for (let run = 1; run <= runs; run++) {
      // Alternate which page goes first, so neither always gets the warmer machine.
      const order: PageKind[] = run % 2 === 1 ? ['explorer', 'bare'] : ['bare', 'explorer'];
      for (const kind of order) {
        const sample = await measure(
          browser,
          kind,
          `${kind}-${n}`,
          middle,
          kind === 'explorer' && n === largest,
        );
        samples[kind].push(sample);
        log(
          `N=${n} run ${run}/${runs} ${kind}: first render ${ms(sample.firstRender)}, deep link ${ms(sample.deepLink)}` +
            (sample.clickToPanel === undefined
              ? ''
              : `, click → panel ${ms(sample.clickToPanel)} (${sample.clickedOn})`) +
            (sample.longestTask === undefined ? '' : `, longest task ${taskMs(sample.longestTask)}`),
        );
      }
    }
    const pick = (kind: PageKind, key: 'firstRender' | 'deepLink' | 'clickToPanel' | 'heapMB' | 'domNodes') =>
      samples[kind].map((s) => s[key] ?? NaN);
    const explorerFirst = median(pick('explorer', 'firstRender'));
    const bareFirst = median(pick('bare', 'firstRender'));
    const explorerLink = median(pick('explorer', 'deepLink'));
    const bareLink = median(pick('bare', 'deepLink'));
    const visible = samples.explorer.filter((s) => s.selectedVisible).length;
    if (n === largest) interactions.push(...samples.explorer);
    rows.push(
      [
        n.toLocaleString('en'),
        msOf(pick('explorer', 'firstRender')),
        msOf(pick('bare', 'firstRender')),
        ratio(explorerFirst, bareFirst, RATIO_TARGETS[n]),
        msOf(pick('explorer', 'deepLink')),
        msOf(pick('bare', 'deepLink')),
        ratio(explorerLink, bareLink, RATIO_TARGETS[n]),
        msOf(pick('explorer', 'clickToPanel')) +
          ` on ${[...new Set(samples.explorer.map((s) => s.clickedOn ?? '?'))].join(' / ')}` +
          (n === 10000 ? ' (< 100 ms)' : ''),
        `${median(pick('explorer', 'heapMB')).toFixed(1)} / ${median(pick('bare', 'heapMB')).toFixed(1)}`,
        `${Math.round(median(pick('explorer', 'domNodes'))).toLocaleString('en')} / ${Math.round(
          median(pick('bare', 'domNodes')),
        ).toLocaleString('en')}`,
        visible === runs ? 'yes' : visible === 0 ? 'no' : `${visible}/${runs} runs`,
      ].join(' | '),
    );
  }

  const out: string[] = [];
  out.push(
    `Explorer vs bare vis-timeline page, Chromium ${browser.version()} headless, ${VIEWPORT.width}×${VIEWPORT.height}, ` +
      `median of ${runs} run${runs === 1 ? '' : 's'}, a new browser context (empty cache) per run; targets in brackets.`,
    '',
    '| events | explorer first render | bare first render | ratio | explorer deep link | bare deep link | ratio | click → panel | heap MB (explorer / bare) | DOM nodes (explorer / bare) | selected visible |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...rows.map((row) => `| ${row} |`),
    '',
  );
  const longest = interactions.map((s) => s.longestTask ?? NaN);
  const over = interactions.map((s) => s.tasksOver200 ?? NaN);
  out.push(
    `Longest task while zooming (5 wheel steps) and panning (3 drags) at ${largest.toLocaleString('en')} events: ` +
      `${taskMs(median(longest))} (median; per run: ${longest.map(taskMs).join(', ')}); ` +
      `tasks over 200 ms: ${over.map(String).join(', ')} per run (target: none over 200 ms).`,
    '',
    `First load of the explorer (explorer-${sizes[0]}/index.html: scripts, module preloads, stylesheets), gzip -9:`,
    ...firstLoadSizes(`explorer-${sizes[0]}`),
  );
  console.log(out.join('\n'));

  await browser.close();
  browser = undefined;

  if (withLighthouse) {
    const url = `${ORIGIN}/explorer-default/`;
    log(`Lighthouse ${LIGHTHOUSE} on ${url} (desktop, then mobile)`);
    const lines = [
      '',
      `Lighthouse (${LIGHTHOUSE}) on the default dataset (data/events.json); targets: mobile performance ≥ 90, ` +
        'accessibility 100, best practices 100, SEO ≥ 90:',
      await runLighthouse(url, 'desktop'),
      await runLighthouse(url, 'mobile'),
    ];
    console.log(lines.join('\n'));
  }
  console.log(
    `\nThe whole run took ${Math.round((Date.now() - started) / 1000)} s on ${cpus().length} CPUs ` +
      `(load average at the start ${startLoad}, now ${loadavg()[0]?.toFixed(1)}: other work on the machine adds noise).`,
  );
} finally {
  await browser?.close();
  stop();
}
