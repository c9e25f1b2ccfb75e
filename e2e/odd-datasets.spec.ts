import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { ExplorerPage } from './pages/explorer-page.ts';

/** Serves a dataset of these actors and events to the `empty/` build (a full dataset passes as its outline). */
async function serve(
  page: Page,
  actors: { id: string; name: string }[],
  events: { id: string; date: string; end?: string; title: string; actor: string }[],
) {
  const dataset = {
    title: 'Odd dataset',
    description: 'For layout tests.',
    actors: actors.map((actor) => ({ ...actor, kind: 'organization' })),
    sources: [{ id: 'src', publisher: 'Publisher', title: 'A report', published: '2019' }],
    events: events.map(({ actor, ...event }) => ({
      ...event,
      kind: 'event',
      summary: 'Summary.',
      actors: [actor],
      sources: ['src'],
      quotes: [],
    })),
  };
  await page.route('**/assets/events-*.json', (route) => route.fulfill({ json: dataset }));
}

const LONG_NAME =
  'The Extraordinarily Long-Named Intergovernmental Organisation for the Coordination of Everything Everywhere';

test('a very long lane name wraps and leaves the dates most of the width', async ({ explorer, page }) => {
  await serve(
    page,
    [
      { id: 'long', name: LONG_NAME },
      { id: 'short', name: 'Beta' },
    ],
    [
      { id: 'a', date: '2019-01-10', title: 'First', actor: 'long' },
      { id: 'b', date: '2019-06-04', title: 'Second', actor: 'short' },
    ],
  );
  await explorer.goto('empty/');
  await expect(explorer.item('First')).toBeVisible();
  const frame = (await explorer.timeline.boundingBox())!;
  const names = (await explorer.laneNameColumn().boundingBox())!;
  const dates = (await explorer.datesArea().boundingBox())!;
  expect(names.width).toBeLessThanOrEqual(frame.width * 0.3);
  expect(dates.width).toBeGreaterThanOrEqual(frame.width * 0.65);
  // The whole name is there, on several lines.
  await expect(explorer.laneName(LONG_NAME)).toBeVisible();
  const label = (await explorer.laneName(LONG_NAME).boundingBox())!;
  expect(label.height).toBeGreaterThan(60);
});

test('a single event is shown in the middle of its view, not at its edge', async ({ explorer, page }) => {
  await serve(
    page,
    [{ id: 'alpha', name: 'Alpha' }],
    [{ id: 'only', date: '2019-06-04', title: 'The only event', actor: 'alpha' }],
  );
  await explorer.goto('empty/');
  await expect(explorer.item('The only event')).toBeVisible();
  await expect(page.getByText('1 event', { exact: true })).toBeVisible();
  const dates = (await explorer.datesArea().boundingBox())!;
  const item = (await explorer.item('The only event').boundingBox())!;
  // The event's dot (the item's left end) near the middle, its title to the right of it.
  expect(item.x).toBeGreaterThan(dates.x + dates.width * 0.3);
  expect(item.x).toBeLessThan(dates.x + dates.width * 0.6);
  expect(item.x + item.width).toBeLessThanOrEqual(dates.x + dates.width);
});

test('the last event’s title is whole in the first view', async ({ explorer, page }) => {
  await serve(
    page,
    [{ id: 'alpha', name: 'Alpha' }],
    [
      { id: 'a', date: '2019-01-10', title: 'An early event', actor: 'alpha' },
      { id: 'b', date: '2019-07-01', title: 'The last event has a rather long title', actor: 'alpha' },
    ],
  );
  await explorer.goto('empty/');
  const last = explorer.item('The last event has a rather long title');
  await expect(last).toBeVisible();
  const dates = (await explorer.datesArea().boundingBox())!;
  const box = (await last.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(dates.x + dates.width);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  // The timeline is drawn after the panel, into a box sized ahead: here a point right after a period in
  // its lane stacks below it, which the size ahead once missed, hiding that row under the box's edge.
  for (const [id, title] of [
    ['launch', 'BikeCo launches 500 bikes'],
    ['approves', 'Council approves bike scheme'],
  ] as const) {
    test(`a link to “${title}” shows every row of the timeline, none hidden under its edge`, async ({
      explorer,
      page,
    }) => {
      await serve(
        page,
        [
          { id: 'council', name: 'City Council' },
          { id: 'bikeco', name: 'BikeCo' },
        ],
        [
          { id: 'approves', date: '2020-03-01', title: 'Council approves bike scheme', actor: 'council' },
          { id: 'welcomes', date: '2020-03-02', title: 'Mayor welcomes vote', actor: 'council' },
          {
            id: 'build-out',
            date: '2020-06',
            end: '2021-04',
            title: 'Docking stations built',
            actor: 'bikeco',
          },
          { id: 'launch', date: '2021-05', title: 'BikeCo launches 500 bikes', actor: 'bikeco' },
        ],
      );
      await explorer.goto('empty/', `?event=${id}`);
      await expect(explorer.panelHeading).toHaveText(title);
      await expect(explorer.selectedItem()).toBeVisible();
      await expect.poll(() => explorer.hiddenLanePixels()).toBeLessThanOrEqual(1);
      const frame = (await explorer.datesArea().boundingBox())!;
      const item = (await explorer.selectedItem().boundingBox())!;
      expect(item.y + item.height).toBeLessThanOrEqual(frame.y + frame.height);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the stretch before the axis’s first line still says its date, at the left edge, clear of the next', async ({
    explorer,
    page,
  }) => {
    // Two years across a narrow box, from March 2020: the first year's line is left of the box.
    await serve(
      page,
      [{ id: 'council', name: 'City Council' }],
      [
        { id: 'approves', date: '2020-03-01', title: 'Council approves bike scheme', actor: 'council' },
        { id: 'launch', date: '2021-05', title: 'BikeCo launches 500 bikes', actor: 'council' },
      ],
    );
    await explorer.goto('empty/');
    await expect(explorer.items().first()).toBeVisible();
    const area = (await explorer.datesArea().boundingBox())!;
    const shown = () =>
      explorer.minorAxisLabels().evaluateAll((labels) =>
        labels
          .filter((label) => label.checkVisibility({ visibilityProperty: true }))
          .map((label) => {
            const text = label.firstElementChild ?? label;
            const range = document.createRange();
            range.selectNodeContents(text);
            const box = range.getBoundingClientRect();
            return { text: label.textContent, left: box.left, right: box.right };
          })
          .filter(({ text }) => text !== '')
          .sort((a, b) => a.left - b.left),
      );
    await expect.poll(async () => (await shown())[0]?.text).toBe('2020');
    const [first, second] = await shown();
    expect(first!.left - area.x).toBeLessThan(8);
    expect(first!.left).toBeGreaterThanOrEqual(area.x);
    expect(second!.text).toBe('2021');
    expect(first!.right).toBeLessThan(second!.left);
  });
});

test.describe('in a 600×400 embed', () => {
  test.use({ viewport: { width: 600, height: 400 } });

  test('a link to an event in a lane below a long, wrapped name shows that event', async ({
    explorer,
    page,
  }) => {
    await serve(
      page,
      [
        { id: 'long', name: LONG_NAME },
        { id: 'short', name: 'Beta' },
      ],
      [
        { id: 'a', date: '2019-01-10', title: 'First', actor: 'long' },
        { id: 'b', date: '2019-03-04', title: 'Second', actor: 'short' },
      ],
    );
    await explorer.goto('empty/', '?embed=1&event=b');
    await expect(explorer.panelHeading).toHaveText('Second');
    await expect(explorer.selectedItem()).toBeVisible();
    const frame = (await explorer.datesArea().boundingBox())!;
    const item = (await explorer.selectedItem().boundingBox())!;
    expect(item.y).toBeGreaterThanOrEqual(frame.y);
    expect(item.y + item.height).toBeLessThanOrEqual(frame.y + frame.height);
  });
});

test.describe('a timeline with more lanes than its box shows', () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  const lanes = Array.from({ length: 40 }, (_, i) => ({ id: `country-${i}`, name: `Country ${i}` }));
  const events = lanes.map((lane, i) => ({
    id: `event-${i}`,
    date: new Date(Date.UTC(2019, 0, 1 + 7 * i)).toISOString().slice(0, 10),
    title: `Event in lane ${i}`,
    actor: lane.id,
  }));

  /** The selected event's item is inside the box's dates area, not above or below its edge. */
  async function expectSelectedShown(explorer: ExplorerPage, title: string) {
    await explorer.expectSelectedInView(title);
    await expect
      .poll(async () => {
        const item = await explorer.selectedItem().boundingBox();
        const area = await explorer.datesArea().boundingBox();
        return (
          item !== null &&
          area !== null &&
          item.y >= area.y - 1 &&
          item.y + item.height <= area.y + area.height + 1
        );
      })
      .toBe(true);
  }

  test('ten actor chips show, the rest a button away, and a chip that is on always shows', async ({
    explorer,
    page,
  }) => {
    await serve(page, lanes, events);
    await explorer.goto('empty/');
    const group = page.getByRole('group', { name: 'Involving' });
    const chips = group.locator('button[aria-pressed]');
    await expect(chips).toHaveCount(10);
    // The timeline starts on the first screen, under two rows of filters, not five.
    expect((await explorer.timeline.boundingBox())!.y).toBeLessThan(450);

    const more = group.getByRole('button', { name: 'Show all 40' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(chips).toHaveCount(40);
    await group.getByRole('button', { name: 'Country 33', exact: true }).click();
    await expect(explorer.count).toHaveText('1 of 40 events');
    await group.getByRole('button', { name: 'Show fewer' }).click();
    await expect(chips).toHaveCount(11);
    const country33 = group.getByRole('button', { name: 'Country 33', exact: true });
    await expect(country33).toHaveAttribute('aria-pressed', 'true');
    // Turned off, it stays where it was, with focus, until "Show fewer".
    await country33.press('Enter');
    await expect(country33).toHaveAttribute('aria-pressed', 'false');
    await expect(country33).toBeFocused();
    await expect(chips).toHaveCount(11);

    // So in a link, too.
    await explorer.goto('empty/', '?actors=country-25');
    await expect(group.getByRole('button', { name: 'Country 25', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(chips).toHaveCount(11);
  });

  test('a link to an event in a lane below the box scrolls the lanes to it', async ({ explorer, page }) => {
    await serve(page, lanes, events);
    await explorer.goto('empty/', '?event=event-37');
    await expect(explorer.panelHeading).toHaveText('Event in lane 37');
    await expectSelectedShown(explorer, 'Event in lane 37');
    // Its lane's name too, beside it in the lanes' column.
    const name = (await explorer.laneName('Country 37').boundingBox())!;
    const item = (await explorer.selectedItem().boundingBox())!;
    expect(Math.abs(name.y - item.y)).toBeLessThan(name.height);
  });

  test('an event low in a crowded lane below the box is scrolled to, not only its lane', async ({
    explorer,
    page,
  }) => {
    // Twenty events a day apart in the last lane: their titles overlap, so they stack, taller than
    // the box, once the lane is in view (out of view, vis-timeline has not stacked them).
    const crowded = Array.from({ length: 20 }, (_, i) => ({
      id: `crowded-${i}`,
      date: new Date(Date.UTC(2019, 5, 1 + i)).toISOString().slice(0, 10),
      title: `Crowded ${i}`,
      actor: 'country-39',
    }));
    await serve(page, lanes, [...events, ...crowded]);
    await explorer.goto('empty/');
    await explorer.zoomIn.click();
    await explorer.listEntry('Crowded 19').click();
    await expect(explorer.panelHeading).toHaveText('Crowded 19');
    await expectSelectedShown(explorer, 'Crowded 19');
  });

  test('clicking an event cut off by the box’s lower edge scrolls it up just enough to show it whole', async ({
    explorer,
    page,
  }) => {
    await serve(page, lanes, events);
    await explorer.goto('empty/');
    await expect(explorer.items().first()).toBeVisible();
    // An item that the box's lower edge cuts, at least 8 px of it showing: ↓ moves the lanes until one is.
    const cut = () =>
      page.evaluate(() => {
        const area = document.querySelector('.vis-center')!.getBoundingClientRect();
        for (const item of document.querySelectorAll('.vis-item.vis-point')) {
          const box = item.getBoundingClientRect();
          if (box.top < area.bottom - 8 && box.bottom > area.bottom + 4)
            return { title: item.textContent!, top: box.top, below: box.bottom - area.bottom };
        }
        return null;
      });
    let target = await cut();
    for (let i = 0; i < 12 && target === null; i++) {
      await page.locator('#timeline-lanes').press('ArrowDown');
      // eslint-disable-next-line playwright/no-wait-for-timeout -- the lanes move on the next frame
      await page.waitForTimeout(100);
      target = await cut();
    }
    expect(target, 'an item cut by the lower edge').not.toBeNull();
    const { title, top, below } = target!;
    const item = explorer.item(title);
    const x = (await item.boundingBox())!.x + 6;
    await page.mouse.click(x, top + 4);
    await expect(explorer.panelHeading).toHaveText(title.replace(/^●/, ''));
    await expectSelectedShown(explorer, title.replace(/^●/, ''));
    // Up by what was cut off and a small margin: not to the middle of the box, away from the pointer.
    const moved = top - (await explorer.selectedItem().boundingBox())!.y;
    expect(moved).toBeGreaterThanOrEqual(below);
    expect(moved).toBeLessThan(below + 20);
  });

  test('the keyboard scrolls the lanes: Page Down by a box, ↓ by about a lane, Page Up back', async ({
    explorer,
    page,
  }) => {
    await serve(page, lanes, events);
    await explorer.goto('empty/');
    const lanesPanel = page.locator('#timeline-lanes');
    await lanesPanel.focus();
    const scrolled = () => lanesPanel.evaluate((element) => element.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(scrolled).toBeGreaterThan(300);
    const afterPage = await scrolled();
    await page.keyboard.press('ArrowDown');
    await expect.poll(scrolled).toBeGreaterThan(afterPage + 30);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(scrolled).toBe(0);
    await expect(explorer.laneName('Country 0')).toBeVisible();
  });

  test('opening events from the list scrolls the lanes down to each and back up', async ({
    explorer,
    page,
  }) => {
    await serve(page, lanes, events);
    await explorer.goto('empty/');
    // All forty fit the first view by their dates: only the lanes have to move.
    await explorer.listEntry('Event in lane 30').click();
    await expect(explorer.panelHeading).toHaveText('Event in lane 30');
    await expectSelectedShown(explorer, 'Event in lane 30');
    await explorer.listEntry('Event in lane 5').click();
    await expectSelectedShown(explorer, 'Event in lane 5');
    await explorer.listEntry('Event in lane 39').click();
    await expectSelectedShown(explorer, 'Event in lane 39');
  });
});
