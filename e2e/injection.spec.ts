import { expect, loadDataset, test } from './fixtures.ts';

/** A dataset whose every text field carries markup, script, RTL text and emoji (e2e/data/hostile.json). */
const HOSTILE = 'hostile/';
const hostile = loadDataset('e2e/data/hostile.json');
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const AMP = 'a < b && c > d';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // A script that ran would set this; so would a handler attribute that fired.
    Object.defineProperty(window, '__pwned', { configurable: true, writable: true, value: undefined });
  });
});

async function expectNothingRan(page: import('@playwright/test').Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // Nothing from the data became an element: no img, script or svg with handlers anywhere.
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('body script')).toHaveCount(0);
  await expect(page.locator('svg[onload], [onerror]')).toHaveCount(0);
}

test('markup in every field shows as literal text in the timeline, list, panel and title', async ({
  explorer,
  page,
}) => {
  await explorer.goto(HOSTILE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
  await expect(page).toHaveTitle(hostile.title);
  await expect(page.getByText(hostile.description)).toBeVisible();

  // Lanes and items in the timeline (zoomed in, so point labels show).
  const lanes = await explorer.laneNames();
  expect(lanes).toEqual([`Lane ${IMG}`, `Lane ${SCRIPT}`, 'Eras']);
  const era = hostile.eras![0]!.title;
  await expect(explorer.eras()).toHaveText([era]);
  await expect(explorer.eras().locator('.era-title')).toHaveAttribute('title', era);
  for (const event of hostile.events) {
    await expect(explorer.listEntry(event.title)).toBeVisible();
  }
  await expect(explorer.items().first()).toBeVisible();
  expect((await explorer.itemTooltips()).sort()).toEqual(hostile.events.map((e) => e.title).sort());
  // Each item's label shows its title as text: select each in turn to bring it into view, and zoom in
  // until it has room for its title (a period too short on screen shows only its marker). Without
  // animations, so that each zoom is done when the next entry is clicked.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explorer.zoomInUntilLabelsShow();
  for (const event of hostile.events) {
    await expect(async () => {
      await explorer.listEntry(event.title).click();
      const shown = await explorer.item(event.title).innerText({ timeout: 2000 });
      if (shown.includes(event.title)) return;
      await explorer.zoomIn.click();
      throw new Error(`only "${shown}" shows: zoomed in to make room`);
    }).toPass({ timeout: 20_000 });
  }

  // The panel, with quotes, roles, notes and sources.
  await explorer.listEntry(`Title ${IMG}`).click();
  await expect(explorer.panelHeading).toHaveText(`Title ${IMG}`);
  await expect(page).toHaveTitle(`Title ${IMG} · ${hostile.title}`);
  const quote = hostile.events[0]!.quotes[0]!.text;
  await expect(explorer.quote(quote)).toHaveText(quote);
  await expect(explorer.panel.getByText(`Paraphrase ${SVG}`)).toBeVisible();
  await expect(explorer.panel).toContainText(`Speaker ${SVG}, Role ${AMP}`);
  await expect(explorer.panel).toContainText(`Summary ${SCRIPT} ${AMP}`);
  await expect(explorer.panel).toContainText(`Date note ${SVG}`);
  await expect(explorer.panel).toContainText(`Publisher ${IMG}`);
  await expect(explorer.panel).toContainText(`Note ${IMG}`);
  await expect(explorer.panel.getByRole('link', { name: /Title <script>/ })).toHaveAttribute(
    'href',
    'https://example.org/?q=<script>&x="\'',
  );
  await expectNothingRan(page);

  for (const event of hostile.events) {
    await explorer.listEntry(event.title).click();
    await expect(explorer.panelHeading).toHaveText(event.title);
  }
  await expectNothingRan(page);
});

test('a javascript: source URL is refused at load and never becomes a link', async ({ explorer, page }) => {
  const poisoned = structuredClone(hostile);
  poisoned.sources[0]!.url = 'javascript:window.__pwned=1';
  await page.route('**/assets/events-*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(poisoned) }),
  );
  await explorer.goto(HOSTILE, '?event=img-event');
  await expect(page.getByRole('alert')).toContainText(
    'sources[0].url: "javascript:window.__pwned=1" is not an http(s) URL',
  );
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expectNothingRan(page);
});

for (const { where, width, height, query } of [
  { where: 'a phone screen', width: 390, height: 844, query: '?event=img-event' },
  { where: 'a small embed', width: 300, height: 250, query: '?embed=1' },
  { where: 'a small embed with an event open', width: 300, height: 250, query: '?embed=1&event=img-event' },
]) {
  test(`long unbroken strings from the data wrap or shorten instead of widening ${where}`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await explorer.goto(HOSTILE, query);
    await expect(explorer.timeline.locator('.vis-item').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Nor is any link pushed past the right edge (in an embed, "Open the full explorer").
    const pastTheEdge = await page
      .getByRole('link')
      .evaluateAll(
        (links) => links.filter((a) => a.getBoundingClientRect().right > window.innerWidth).length,
      );
    expect(pastTheEdge).toBe(0);
  });
}

/** Whether `text` is laid out in reading order inside `root`: its first letter left of its last. */
async function readsLeftToRight(root: import('@playwright/test').Locator, text: string): Promise<boolean> {
  return root.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      return box(at).left < box(at + wanted.length - 1).left;
    }
    throw new Error(`"${wanted}" is not in the element`);
  }, text);
}

test('a direction override left open in one field does not reorder the text after it', async ({
  explorer,
  page,
}) => {
  // U+202E (right-to-left override) with no U+202C to end it: the first actor's name would turn
  // the next name, and the rest of the line, around.
  const dataset = loadDataset('e2e/data/small.json');
  dataset.actors = dataset.actors.map((actor) =>
    actor.id === 'alpha' ? { ...actor, name: '\u202eAlpha Republic' } : actor,
  );
  await page.route('**/assets/events-*.json', (route) => route.fulfill({ json: dataset }));
  await explorer.goto('small/', '?event=talks-begin');
  await expect(explorer.panelHeading).toHaveText('Alpha and Beta begin talks');
  await expect(explorer.panel).toContainText('Beta Union');
  expect(
    await readsLeftToRight(explorer.panel.locator('dd').filter({ hasText: 'Beta Union' }), 'Beta Union'),
  ).toBe(true);
  const entry = explorer.listEntry('Alpha and Beta begin talks');
  expect(await readsLeftToRight(entry, 'Beta Union')).toBe(true);

  // The same for an id from a link: the sentence around it reads on.
  await explorer.goto('small/', `?event=${encodeURIComponent('\u202eno-such-event')}`);
  const notFound = page.getByRole('alert').filter({ hasText: 'Event not found' });
  await expect(notFound).toBeVisible();
  expect(await readsLeftToRight(notFound, 'that is')).toBe(true);
});

test('a direction override left open in a title stays inside it in the page’s title', async ({
  explorer,
  page,
}) => {
  // In the page a <bdi> holds it; in the tab's title (and history, bookmarks) the timeline's name
  // after it would read backwards.
  const dataset = loadDataset('e2e/data/small.json');
  const event = dataset.events.find((e) => e.id === 'ruiz-committed')!;
  event.title = '\u202eRuiz says Alpha is committed';
  await page.route('**/assets/events-*.json', (route) => route.fulfill({ json: dataset }));
  await explorer.goto('small/', '?event=ruiz-committed');
  await expect(explorer.panelHeading).toHaveText(event.title);
  // Isolated, and the override closed (U+202C) before the isolate ends.
  await expect(page).toHaveTitle(`\u2068${event.title}\u202c\u2069 · A small test timeline`);
});

test('a title that starts with a right-to-left name still reads in the page’s direction', async ({
  explorer,
  page,
}) => {
  const dataset = loadDataset('e2e/data/small.json');
  const event = dataset.events.find((e) => e.id === 'ruiz-committed')!;
  event.title = 'שלום said the deal is done';
  await page.route('**/assets/events-*.json', (route) => route.fulfill({ json: dataset }));
  await explorer.goto('small/', '?event=ruiz-committed');
  await expect(explorer.panelHeading).toHaveText(event.title);
  // Left to right: the name first, then the English words in their order (a <bdi> would have turned
  // the line right to left, and put the name at its far right).
  for (const root of [explorer.panelHeading, explorer.listEntry(event.title)]) {
    const order = await root.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!text.includes('said')) continue;
        const left = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return [left(text.indexOf('ש')), left(text.indexOf('said')), left(text.indexOf('done'))];
      }
      return [];
    });
    expect(order).toHaveLength(3);
    expect(order[0]!).toBeLessThan(order[1]!);
    expect(order[1]!).toBeLessThan(order[2]!);
  }
});
