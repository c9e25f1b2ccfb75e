import type { Page } from '@playwright/test';
import { expect, loadDataset, S400, SMALL, test } from './fixtures.ts';

/**
 * The timeline is drawn from the outline (events-outline-*.json); summaries, quotes and sources come
 * with the whole dataset (events-*.json) right after (a big one once the timeline is drawn). These
 * tests hold or fail that second file.
 */
const DATASET = /\/assets\/events-(?!outline-)[^/]+\.json$/;
const small = loadDataset('e2e/data/small.json');
const ruiz = small.events.find((e) => e.id === 'ruiz-committed')!;

/** Holds the dataset's request until the returned function is called (then it goes through). */
async function holdDataset(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATASET, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

test('the timeline and an event’s heading show before its quotes, which then fill in', async ({
  explorer,
  page,
}) => {
  const release = await holdDataset(page);
  await explorer.goto(SMALL, `?event=${ruiz.id}`);
  await expect(explorer.item('Gamma signs the accord')).toBeVisible();
  await expect(explorer.panelHeading).toHaveText(ruiz.title);
  await expect(explorer.panel.getByText('Loading quotes and sources…')).toBeVisible();
  await expect(explorer.panel.getByText(ruiz.quotes[0]!.text)).toHaveCount(0);

  release();
  await expect(explorer.panel.getByText(ruiz.quotes[0]!.text)).toBeVisible();
  await expect(explorer.panel.getByText(ruiz.summary)).toBeVisible();
  await expect(explorer.panel.getByText('Loading quotes and sources…')).toHaveCount(0);
});

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`list entries keep their height when their excerpts arrive (${viewport.width} px)`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize(viewport);
    const release = await holdDataset(page);
    await explorer.goto(SMALL);
    const entries = page.getByRole('region', { name: 'Events in date order' }).getByRole('button');
    await expect(entries).toHaveCount(small.events.length);
    const heights = () => entries.evaluateAll((all) => all.map((e) => e.getBoundingClientRect().height));
    const before = await heights();

    release();
    await expect(explorer.listEntry(ruiz.title)).toContainText(ruiz.quotes[0]!.text.slice(0, 20));
    expect(await heights()).toEqual(before);
  });
}

test('a search looks through titles until the quotes are in, then through everything', async ({
  explorer,
  page,
}) => {
  const release = await holdDataset(page);
  await explorer.goto(SMALL, '?q=minister');
  // "minister" is only in a summary: no title has it.
  await expect(explorer.count).toHaveText(
    `0 of ${small.events.length} eventsin titles; quotes still loading`,
  );
  await expect(page.getByText('No events match these filters.')).toHaveCount(0);
  await expect(page.getByText('No title matches; quotes and summaries are still loading.')).toBeVisible();

  release();
  await expect(explorer.count).toHaveText(`1 of ${small.events.length} events`);
  await expect(explorer.listEntry(ruiz.title)).toBeVisible();
});

test('when only the quotes fail to load, the timeline stays and Retry brings them', async ({
  explorer,
  page,
}) => {
  explorer.allowedErrors.push(/Failed to load resource.*503/);
  await page.route(DATASET, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await explorer.goto(SMALL, `?event=${ruiz.id}`);
  await expect(explorer.item('Gamma signs the accord')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'The summaries, quotes and sources could not be loaded (HTTP 503).',
  );
  await expect(explorer.panel).toContainText('Quotes and sources could not be loaded.');

  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();

  // The panel has its own way to try again, for a phone where the notice is scrolled away.
  await page.unroute(DATASET);
  await explorer.panel.getByRole('button', { name: 'Try again' }).click();
  await expect(explorer.panel.getByText(ruiz.quotes[0]!.text)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when only the quotes fail to load, a search says it looks through titles only, not that they are coming', async ({
  explorer,
  page,
}) => {
  explorer.allowedErrors.push(/Failed to load resource.*503/);
  await page.route(DATASET, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await explorer.goto(SMALL, '?q=zzzz');
  await expect(page.getByRole('alert')).toContainText('could not be loaded (HTTP 503)');
  await expect(explorer.count).toContainText('in titles only: quotes could not be loaded');
  await expect(
    page.getByText(
      'No title matches. Quotes and summaries could not be loaded, so the search looks through titles only.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/still loading/)).toHaveCount(0);
  // A title still matches.
  await explorer.search.fill('Gamma');
  await expect(explorer.listEntry('Gamma signs the accord')).toBeVisible();
  await expect(explorer.count).toContainText('in titles only');
});

/**
 * Notes when the page first asks for the whole dataset, and when the first frame with a timeline item
 * began (its animation-frame callbacks, before the paint): ms since navigation.
 */
async function recordDatasetFetch(page: Page) {
  await page.addInitScript((pattern) => {
    const record: { fetched?: number; itemFrame?: number } = {};
    Object.assign(window, { __datasetFetch: record });
    const fetchFirst = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (new RegExp(pattern).test(url)) record.fetched ??= performance.now();
      return fetchFirst(input, init);
    };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.vis-item')) return;
      observer.disconnect();
      requestAnimationFrame(() => (record.itemFrame = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  }, DATASET.source);
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __datasetFetch: { fetched?: number; itemFrame?: number } }).__datasetFetch,
    );
}

// dist-e2e/synth-1000.json (561 kB): index.html preloads only its outline.
const synthEvent = () => loadDataset('dist-e2e/synth-1000.json').events[500]!;

test('a dataset too big to preload is fetched once the timeline is on screen, then fills the panel in', async ({
  explorer,
  page,
}) => {
  const fetches = await recordDatasetFetch(page);
  const event = synthEvent();
  await explorer.goto('synth/');
  await expect(explorer.items().first()).toBeVisible();
  await expect.poll(async () => (await fetches()).fetched).toBeDefined();
  const { fetched, itemFrame } = await fetches();
  expect(fetched).toBeGreaterThan(itemFrame!);

  await page.getByRole('searchbox').fill(event.title);
  await explorer.listEntry(event.title).click();
  await expect(explorer.panel.getByText(event.summary)).toBeVisible();
});

test('on a link to an event too, a big dataset waits for the timeline, then fills the panel in', async ({
  explorer,
  page,
}) => {
  const fetches = await recordDatasetFetch(page);
  const event = synthEvent();
  await explorer.goto('synth/', `?event=${event.id}`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(explorer.panel.getByText(event.summary)).toBeVisible();
  await expect(explorer.panel.getByText('Loading quotes and sources…')).toHaveCount(0);
  const { fetched, itemFrame } = await fetches();
  expect(fetched).toBeGreaterThan(itemFrame!);
});

test('an event’s own page keeps its quotes on screen while the app loads', async ({ explorer, page }) => {
  const release = await holdDataset(page);
  await explorer.goto(`${SMALL}event/${ruiz.id}/`);
  // The page's own HTML, not yet replaced by a panel waiting for its quotes.
  await expect(page.getByRole('heading', { level: 1, name: ruiz.title })).toBeVisible();
  await expect(page.getByText(ruiz.quotes[0]!.text)).toBeVisible();
  await expect(page.getByText('Loading quotes and sources…')).toHaveCount(0);

  release();
  await expect(explorer.panelHeading).toHaveText(ruiz.title);
  await expect(explorer.panel.getByText(ruiz.quotes[0]!.text)).toBeVisible();
});

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the header the HTML paints first is where the app draws it (${viewport.width} px)`, async ({
    browser,
    explorer,
    page,
  }) => {
    const boxes = async (target: Page) => {
      const header = target.getByRole('banner');
      await expect(header.getByRole('heading', { level: 1 })).toHaveText(small.title);
      return {
        title: await header.getByRole('heading', { level: 1 }).boundingBox(),
        description: await header.getByText(small.description).boundingBox(),
        // The shell holds the dark-mode button's place with an invisible copy of it.
        button: await header.locator('> .btn').boundingBox(),
      };
    };
    const withoutJs = await browser.newContext({ viewport, javaScriptEnabled: false });
    const shell = await withoutJs.newPage();
    await shell.goto(SMALL);
    const before = await boxes(shell);
    await withoutJs.close();

    await page.setViewportSize(viewport);
    await explorer.goto(SMALL);
    await expect(explorer.item('Gamma signs the accord')).toBeVisible();
    expect(await boxes(page)).toEqual(before);
  });
}

test.describe('embed', () => {
  test.use({ viewport: { width: 600, height: 400 } });

  test('when the quotes fail in an embed, the notice sits with the panel and Retry is in view', async ({
    explorer,
    page,
  }) => {
    explorer.allowedErrors.push(/Failed to load resource.*503/);
    await page.route(DATASET, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await explorer.goto(SMALL, `?embed=1&event=${ruiz.id}`);
    await expect(explorer.items().first()).toBeInViewport();
    const notice = explorer.panel.getByRole('alert');
    await expect(notice).toContainText('could not be loaded (HTTP 503)');
    await expect(notice.getByRole('button', { name: 'Retry' })).toBeInViewport();
    await expect(explorer.panelHeading).toHaveText(ruiz.title);
  });
});

/**
 * Records what a reader would see jump while the page loads: every layout shift (of what is in the
 * viewport), and every height the timeline is drawn at (what moves the list or the panel below it,
 * also below the fold). A ResizeObserver reports sizes as each frame is laid out for painting.
 */
async function recordMoves(page: Page) {
  await page.addInitScript(() => {
    const record = { shifts: [] as string[], timelineHeights: [] as number[] };
    (window as unknown as { __moves: typeof record }).__moves = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        const nodes = entry.sources.map(({ node }) =>
          node instanceof Element ? node.outerHTML.slice(0, 80) : (node?.nodeName ?? '?'),
        );
        record.shifts.push(`${entry.value.toFixed(4)}: ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const sizes = new ResizeObserver(([entry]) => {
      const height = Math.round(entry?.borderBoxSize[0]?.blockSize ?? 0);
      if (height > 0 && record.timelineHeights.at(-1) !== height) record.timelineHeights.push(height);
    });
    new MutationObserver((_, observer) => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      if (!timeline) return;
      sizes.observe(timeline);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => {
      const { shifts, timelineHeights } = (
        window as unknown as { __moves: { shifts: string[]; timelineHeights: number[] } }
      ).__moves;
      return { shifts, timelineHeights: timelineHeights.length };
    });
}

const s400 = loadDataset('data/events.json');
for (const [name, path, dataset] of [
  ['small', SMALL, small],
  ['S-400', S400, s400],
] as const) {
  // Events with quotes (the list and the panel show their first words once loaded): the first,
  // and one from the middle to link to.
  const quoted = dataset.events.filter((event) => event.quotes.length > 0);
  const first = quoted[0]!;
  const linked = quoted[Math.floor(quoted.length / 2)]!;
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    for (const [what, query] of [
      ['the explorer', ''],
      ['a link to an event', `?event=${linked.id}`],
    ]) {
      test(`nothing jumps while ${what} loads and draws its timeline (${name}, ${viewport.width} px)`, async ({
        explorer,
        page,
      }) => {
        await page.setViewportSize(viewport);
        const moves = await recordMoves(page);
        await explorer.goto(path, query);
        await expect(explorer.items().first()).toBeVisible();
        // The whole dataset is in and drawn: the list's excerpts, and on a link the panel's quotes.
        await expect(explorer.listEntry(first.title)).toContainText(first.quotes[0]!.text.slice(0, 20));
        await expect(explorer.quote(linked.quotes[0]!.text)).toBeVisible({ visible: query !== '' });
        // eslint-disable-next-line playwright/no-wait-for-timeout -- proving nothing moves needs a wait (vis-timeline checks its size every second)
        await page.waitForTimeout(1200);
        expect(await moves()).toEqual({ shifts: [], timelineHeights: 1 });
      });
    }
  }
}
