import { expect, loadDataset, S400, test } from './fixtures.ts';

const s400 = loadDataset('data/events.json');
const earliest = [...s400.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('at phone width nothing overflows and the panel opens under the timeline', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await explorer.list.getByRole('button').first().tap();
  await expect(explorer.panelHeading).toHaveText(earliest.title);
  await expect(explorer.panelHeading).toBeInViewport();
  const timelineBox = (await explorer.timeline.boundingBox())!;
  const panelBox = (await explorer.panel.boundingBox())!;
  expect(panelBox.y).toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height);
  expect(panelBox.width).toBeLessThanOrEqual(390);
  const after = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(after).toBeLessThanOrEqual(0);
});

test('on a small phone the first screen reaches the timeline: its axis and its first lane', async ({
  explorer,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  // The dark mode button, an icon here, keeps its name; the title beside it stays on one line.
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toBeInViewport();
  expect((await toggle.boundingBox())!.width).toBeLessThan(60);
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.height).toBeLessThan(40);
  await expect(page.locator('.vis-time-axis.vis-foreground').first()).toBeInViewport({ ratio: 1 });
  // The first lane's name, and its first row: the first item of its lane whole on screen (the lane
  // is taller where its items stack into more rows, as they may at this width).
  const firstLane = s400.actors[0]!.name;
  await expect(explorer.laneName(firstLane).locator('.vis-inner')).toBeInViewport({ ratio: 1 });
  const firstRowBottom = await page
    .locator('.vis-foreground > .vis-group')
    .first()
    .locator('.vis-item')
    .evaluateAll((items) =>
      Math.min(...items.map((item) => item.getBoundingClientRect()).map((box) => box.bottom)),
    );
  expect(firstRowBottom).toBeLessThanOrEqual(640);
});

test('a search’s fitted view shows each "N events" whole, none cut by the edges of the dates', async ({
  explorer,
  page,
}) => {
  /** The clusters that reach past the dates area's left or right edge, by how many pixels. */
  const cut = () =>
    explorer.clusters().evaluateAll((clusters) =>
      clusters.flatMap((cluster) => {
        const area = cluster.closest('.vis-panel.vis-center')!.getBoundingClientRect();
        const box = cluster.getBoundingClientRect();
        if (box.width === 0 || box.right < area.left || box.left > area.right) return [];
        const past = Math.max(area.left - box.left, box.right - area.right);
        return past > 0.5 ? [`${cluster.textContent} by ${Math.round(past)} px`] : [];
      }),
    );
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    // "pentagon" left "5 events" 12 px past the right edge at 390 px, after a fit as on the link.
    for (const link of ['?q=pentagon', '?q=erdogan', '?q=f-35', '?kind=event', '']) {
      await explorer.goto(S400, link);
      await expect(explorer.clusters().first()).toBeVisible();
      await expect.poll(cut, `${link} at ${width} px`).toEqual([]);
      await page.getByRole('button', { name: 'Fit all' }).tap();
      // eslint-disable-next-line playwright/no-wait-for-timeout -- the fit's animation (500 ms)
      await page.waitForTimeout(700);
      expect(await cut(), `${link} at ${width} px, after Fit all`).toEqual([]);
    }
  }
});

test('the search box offers no keyboard shortcut on a touch screen alone, where it would be cut to a lone “(”', async ({
  explorer,
  page,
}) => {
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await explorer.goto(S400);
    await expect(explorer.search).toHaveAttribute('placeholder', 'Search titles, quotes, speakers…');
  }
});

test('a link to an unknown event brings "Event not found" into view, under the timeline', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400, '?event=renamed-event');
  const notFound = page.getByRole('heading', { name: 'Event not found' });
  await expect(notFound).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Close' })).toBeInViewport();
});

test('a link to an event its filters hide shows the note that says so, on screen above the panel', async ({
  explorer,
}) => {
  // An event of the United States lane, with only NATO's chip on.
  const event = s400.events.find((e) => e.actors[0] === 'united-states' && !e.actors.includes('nato'))!;
  for (const link of [`event/${event.id}/?actors=nato`, `?event=${event.id}&actors=nato`]) {
    await explorer.goto(S400, link);
    await expect(explorer.panelHeading).toHaveText(event.title);
    const note = explorer.panel.getByRole('status').filter({ hasText: 'The filters hide this event' });
    await expect(note).toBeInViewport({ ratio: 1 });
    await expect(explorer.panelHeading).toBeInViewport();
  }
});

test('a link to an event lands with the panel at the top of the screen, however the timeline settles', async ({
  explorer,
  page,
}) => {
  const event = s400.events.find((e) => e.actors[0] === 'turkey' && e.date.startsWith('2019-07'))!;
  await explorer.goto(S400, `?event=${event.id}`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(explorer.items().first()).toBeVisible();
  // Once the timeline is drawn and its lanes stacked: the panel's column starts at the top.
  await expect
    .poll(() => explorer.panel.evaluate((column) => Math.round(column.getBoundingClientRect().top)), {
      timeout: 3000,
    })
    .toBe(0);
  // And stays there.
  // eslint-disable-next-line playwright/no-wait-for-timeout -- nothing to wait for: it must not move
  await page.waitForTimeout(1000);
  expect(await explorer.panel.evaluate((column) => Math.round(column.getBoundingClientRect().top))).toBe(0);
});

test('tapping Next again and again at the same spot walks on, whatever each event’s title and notes', async ({
  explorer,
  page,
}) => {
  // As in a browser without scroll anchoring (Safari), which would otherwise keep the page in place
  // by itself when the timeline above the panel changes height.
  await page.addInitScript(() =>
    document.addEventListener(
      'DOMContentLoaded',
      () => (document.documentElement.style.overflowAnchor = 'none'),
    ),
  );
  await explorer.goto(S400, `?event=${earliest.id}`);
  await expect(explorer.panelHeading).toHaveText(earliest.title);
  const next = explorer.panel.getByRole('button', { name: 'Next event' });
  await next.tap();
  await expect(explorer.panelHeading).not.toHaveText(earliest.title);
  // eslint-disable-next-line playwright/no-wait-for-timeout -- the panel comes into view first
  await page.waitForTimeout(1000);
  const box = (await next.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Titles of one to three lines, with and without a date note, one after the other.
  for (let i = 0; i < 8; i++) {
    const before = await explorer.panelHeading.textContent();
    await page.touchscreen.tap(x, y);
    await expect(explorer.panelHeading).not.toHaveText(before!);
    // At a reader's pace: a tap while the page still moves (the timeline taking the new event's
    // height, the page kept in place around it) only stops that move, as on a phone.
    // eslint-disable-next-line playwright/no-wait-for-timeout -- a reader's pace
    await page.waitForTimeout(250);
  }
});

test('tapping an item on the timeline opens its panel', async ({ explorer }) => {
  await explorer.goto(S400);
  const item = explorer.statementItems().first();
  await expect(item).toBeVisible();
  await item.tap();
  await expect(explorer.panelHeading).toBeVisible();
  await expect(explorer.panel.locator('blockquote').first()).toBeVisible();
});

test('closing the panel of an event tapped on the timeline goes back up to the timeline', async ({
  explorer,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await explorer.goto(S400);
  const item = explorer.statementItems().first();
  await expect(item).toBeVisible();
  await item.tap();
  await expect(explorer.panelHeading).toBeInViewport();
  // Reading on: the panel's top at the top of the screen, the timeline above it out of view.
  await explorer.panel.evaluate((panel) => window.scrollBy(0, panel.getBoundingClientRect().top));
  await expect(explorer.timeline).not.toBeInViewport();
  await explorer.closeButton.tap();
  await expect(explorer.panelHeading).toHaveCount(0);
  await expect(explorer.timeline).toBeInViewport({ ratio: 0.5 });
  // Focus is where the event was picked, for the keyboard too: on the lanes.
  await expect(page.getByRole('region', { name: 'Lanes' })).toBeFocused();
});

test('a phone journey by touch: search, pick from the list, walk, close', async ({ explorer, page }) => {
  await explorer.goto(S400);
  const countTop = async () => (await explorer.count.boundingBox())!.y;
  const before = await countTop();
  await explorer.search.tap();
  await page.keyboard.type('erdogan');
  await expect(explorer.count).toHaveText(/^\d\d of \d+ events$/);
  expect(await countTop()).toBe(before); // the count stays beside the box, not pushed to a line of its own
  const entry = explorer.list.getByRole('button').first();
  await entry.tap();
  await expect(explorer.panelHeading).toBeInViewport();
  await expect(explorer.panel.locator('mark').first()).toBeVisible();
  const title = await explorer.panelHeading.innerText();
  await explorer.nextButton.tap();
  await expect(explorer.panelHeading).not.toHaveText(title);
  await explorer.closeButton.tap();
  await expect(explorer.panelHeading).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an embed on a touch screen says to tap an event, not to walk them with arrow keys; its link out is 24 px tall', async ({
  explorer,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 560 });
  await explorer.goto(S400, '?embed=1');
  await expect(explorer.items().first()).toBeVisible();
  await expect(page.getByText('Tap an event on the timeline to read its quotes and sources.')).toBeVisible();
  await expect(page.getByText(/walk them with/)).toBeHidden();
  const out = page.getByRole('link', { name: /Open the full explorer/ });
  expect((await out.boundingBox())!.height).toBeGreaterThanOrEqual(24);
});

test('a sideways swipe over the timeline pans it; a vertical one scrolls the page', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  // As the hint over the timeline says on a touch screen (not "scroll to zoom").
  await expect(page.getByText('Swipe sideways to pan, pinch to zoom.')).toBeVisible();
  await expect(page.getByText('Drag to pan, scroll or pinch to zoom.')).toBeHidden();
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let step = 1; step <= 10; step++) {
      const at = { x: from.x + ((to.x - from.x) * step) / 10, y: from.y + ((to.y - from.y) * step) / 10 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const firstItemX = () =>
    page.evaluate(() => document.querySelector('.vis-item')?.getBoundingClientRect().x);

  // Rightwards, to earlier dates ("Fit all" leaves little room to go later): the timeline pans.
  const before = await firstItemX();
  await swipe({ x: box.x + 30, y: box.y + 40 }, { x: box.x + box.width - 30, y: box.y + 40 });
  await expect.poll(firstItemX).toBeGreaterThan(before! + 50);
  expect(await page.evaluate(() => scrollY)).toBe(0);

  // Upwards over the middle of the timeline: the page scrolls (vis-timeline's hammer.js took every touch).
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await swipe({ x, y: y + 80 }, { x, y: y - 80 });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(50);
});

test('turned on its side with an event open, the phone still shows that event on the timeline', async ({
  explorer,
  page,
}) => {
  // The United States' latest event: its lane, the third, is below the box in landscape.
  const event = s400.events.filter((e) => e.actors[0] === 'united-states').at(-1)!;
  await explorer.goto(S400, `?event=${event.id}`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(explorer.selectedItem()).toBeVisible();
  // Past the 2 s in which the link's reveal keeps the event in view through the draws after it.
  await page.waitForTimeout(2500);
  await page.setViewportSize({ width: 844, height: 390 });
  // Until vis-timeline has redrawn at the new size, the item drawn before stays where it was.
  await page.waitForTimeout(1000);
  // Drawn, and inside the box of dates: not in a lane scrolled out of it (where it is not drawn).
  const shown = async () => {
    const item = explorer.selectedItem();
    if ((await item.count()) !== 1) return 'not drawn';
    const box = await item.boundingBox({ timeout: 1000 }).catch(() => null);
    const area = await explorer.datesArea().boundingBox();
    if (!box || !area) return 'not drawn';
    const inside =
      box.y >= area.y - 1 &&
      box.y + box.height <= area.y + area.height + 1 &&
      box.x + box.width / 2 > area.x &&
      box.x < area.x + area.width;
    return inside ? 'shown' : 'outside the box';
  };
  await expect.poll(shown).toBe('shown');
  await expect(explorer.selectedItem()).toContainText(event.title);
});
