import type { Locator, Page } from '@playwright/test';
import { expect, loadDataset, S400, SMALL, test } from './fixtures.ts';

/** Horizontal distance between two axis labels: grows when zooming in. */
async function itemGap(a: Locator, b: Locator) {
  const [boxA, boxB] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  return Math.abs((boxB?.x ?? 0) - (boxA?.x ?? 0));
}

test('zoom buttons and fit all change the visible span', async ({ explorer }) => {
  await explorer.goto(SMALL);
  const a = explorer.item('Beta objects to the plan');
  const b = explorer.item('Gamma signs the accord');
  await expect(a).toBeVisible();
  const fitted = await itemGap(a, b);
  await explorer.zoomIn.click();
  await expect.poll(() => itemGap(a, b)).toBeGreaterThan(fitted * 1.3);
  await explorer.fitAll.click();
  await expect.poll(() => itemGap(a, b)).toBeCloseTo(fitted, -1);
  await explorer.zoomOut.click();
  await expect.poll(() => itemGap(a, b)).toBeLessThan(fitted);
});

test('Zoom in and Zoom out say so when they can go no further, and keep the focus', async ({
  explorer,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explorer.goto(SMALL);
  await expect(explorer.items().first()).toBeVisible();
  await expect(explorer.zoomIn).not.toHaveAttribute('aria-disabled');
  // From years across to a week: 1.5 a step.
  // (Pressed, not clicked: Playwright waits for a button to be enabled before a click.)
  for (let i = 0; i < 30 && (await explorer.zoomIn.getAttribute('aria-disabled')) === null; i++) {
    await explorer.zoomIn.press('Enter');
  }
  await expect(explorer.zoomIn).toHaveAttribute('aria-disabled', 'true');
  await expect(explorer.zoomIn).toBeFocused();
  await expect(explorer.zoomIn).toHaveCSS('opacity', '0.5');
  await expect(explorer.zoomOut).not.toHaveAttribute('aria-disabled');
  const week = await explorer.minorAxisLabels().filter({ visible: true }).allTextContents();
  // A press at the limit changes nothing.
  await explorer.zoomIn.press('Enter');
  await expect(explorer.minorAxisLabels().filter({ visible: true })).toHaveText(week);

  await explorer.zoomOut.click();
  await expect(explorer.zoomIn).not.toHaveAttribute('aria-disabled');
  for (let i = 0; i < 30 && (await explorer.zoomOut.getAttribute('aria-disabled')) === null; i++) {
    await explorer.zoomOut.press('Enter');
  }
  await expect(explorer.zoomOut).toHaveAttribute('aria-disabled', 'true');
  await expect(explorer.zoomIn).not.toHaveAttribute('aria-disabled');
  // Every event is in view, as after Fit all.
  const { events } = loadDataset('e2e/data/small.json');
  for (const { title } of events) await expect(explorer.item(title)).toBeInViewport();
});

test('quick clicks on Zoom in each take a whole step', async ({ explorer }) => {
  await explorer.goto(SMALL);
  const a = explorer.item('Beta objects to the plan');
  const b = explorer.item('Gamma signs the accord');
  await expect(a).toBeVisible();
  const fitted = await itemGap(a, b);
  // Two clicks, the second while the first is still gliding: 1.5 × 1.5, as with a pause between.
  await explorer.zoomIn.click();
  await explorer.zoomIn.click();
  let last = 0;
  await expect
    .poll(async () => {
      const [previous, now] = [last, await itemGap(a, b)];
      last = now;
      return now === previous;
    })
    .toBe(true);
  expect(last / fitted).toBeGreaterThan(2);
});

test('quick clicks on Zoom out show the wider window’s events while it widens, not lanes all but empty', async ({
  explorer,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explorer.goto(S400, '?event=2018-06-26-wess-mitchell-s400-will-affect-f35');
  await expect(explorer.panelHeading).toBeVisible();
  for (let i = 0; i < 8; i++) await explorer.zoomIn.press('Enter');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const drawn = () =>
    explorer.items().evaluateAll((items) => {
      const frame = document.querySelector('.vis-center')!.getBoundingClientRect();
      return items.filter((item) => {
        const box = item.getBoundingClientRect();
        return box.width > 0 && box.right > frame.left && box.left < frame.right && item.checkVisibility();
      }).length;
    });
  // Clicked as a reader would, each click while the last one's animation is still under way.
  const counts: number[] = [];
  for (let i = 0; i < 12; i++) {
    // Pressed, not clicked: at its limit the button is aria-disabled, which a click would wait on.
    await explorer.zoomOut.press('Enter');
    await page.waitForTimeout(250);
    counts.push(await drawn());
  }
  // Settled: the last window's events (18 on this view).
  await page.waitForTimeout(1500);
  const settled = await drawn();
  expect(settled).toBeGreaterThan(10);
  // While it widened, most of them were there already (before, the few of the closest view were,
  // until the last click's animation ended).
  expect(Math.max(...counts)).toBeGreaterThanOrEqual(settled * 0.6);
});

test('the mouse wheel zooms and dragging pans', async ({ explorer, page }) => {
  await explorer.goto(SMALL);
  await expect(page.getByText('Drag to pan, scroll or pinch to zoom.')).toBeVisible();
  const a = explorer.item('Beta objects to the plan');
  const b = explorer.item('Gamma signs the accord');
  await expect(a).toBeVisible();
  const fitted = await itemGap(a, b);
  const frame = (await explorer.timeline.boundingBox())!;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height - 10);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => itemGap(a, b)).toBeGreaterThan(fitted * 1.1);

  const before = (await b.boundingBox())!.x;
  // Zoomed in, the lanes may stack fewer rows: the box follows them.
  const zoomed = (await explorer.timeline.boundingBox())!;
  const y = zoomed.y + zoomed.height - 10;
  await page.mouse.move(zoomed.x + zoomed.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(zoomed.x + zoomed.width / 2 - 150, y, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await b.boundingBox())!.x).toBeLessThan(before - 100);
});

for (const { name, viewport } of [
  { name: 'a wide screen', viewport: { width: 1366, height: 900 } },
  { name: 'a phone', viewport: { width: 390, height: 844 } },
]) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport });

    test('a window of about a month labels its days (every 7 or 14), each label whole', async ({
      explorer,
    }) => {
      await explorer.goto(S400, '?from=2019-07-01&to=2019-07-31');
      await expect(explorer.items().first()).toBeVisible();
      const labels = explorer.minorAxisLabels().filter({ visible: true });
      // Not just "Jul" and "Aug": the 1st and the 15th at least.
      await expect.poll(() => labels.allTextContents()).toEqual(expect.arrayContaining(['1', '15']));
      // None cut short by the next one (as a 29th was, two days before a 1st).
      const cut = await labels.evaluateAll((all) =>
        all.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent),
      );
      expect(cut).toEqual([]);
    });
  });
}

for (const { name, viewport, query } of [
  { name: 'a wide screen', viewport: { width: 1366, height: 900 }, query: '' },
  { name: 'a phone', viewport: { width: 390, height: 844 }, query: '' },
  { name: 'a small embed', viewport: { width: 300, height: 250 }, query: '?embed=1' },
]) {
  test(`on ${name}, no date on the axis shows cut in part by the box's edges, zoomed and panned too`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['imported/', S400]) {
      await explorer.goto(path, query);
      await expect(explorer.items().first()).toBeVisible();
      await expect.poll(() => explorer.cutAxisLabels()).toEqual([]);
    }
    // A date label is seen whole or not at all whatever the window: a few zooms and drags on.
    const area = (await explorer.datesArea().boundingBox())!;
    for (let i = 0; i < 6; i++) {
      await explorer.zoomIn.click();
      await expect.poll(() => explorer.cutAxisLabels()).toEqual([]);
      await page.mouse.move(area.x + area.width / 2, area.y + 20);
      await page.mouse.down();
      await page.mouse.move(area.x + area.width / 2 - 37 - 11 * i, area.y + 20, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => explorer.cutAxisLabels()).toEqual([]);
    }
  });
}

test.describe('west of Greenwich', () => {
  test.use({ timezoneId: 'America/Los_Angeles', reducedMotion: 'reduce' });

  test('an event of the 20th sits in the axis column of the 20th, not of the 19th', async ({ explorer }) => {
    await explorer.goto(SMALL);
    const item = explorer.item('Gamma signs the accord'); // 20 November 2018
    const day = (n: number) => explorer.minorAxisLabels().filter({ hasText: new RegExp(`^(\\w+ )?${n}$`) });
    await expect(async () => {
      await explorer.listEntry('Gamma signs the accord').click(); // brings it into view
      if ((await day(20).count()) === 1 && (await day(21).count()) === 1) return;
      await explorer.zoomIn.click();
      throw new Error('zoomed in once more');
    }).toPass({ timeout: 20_000, intervals: [200] });
    const [left, right] = [(await day(20).boundingBox())!.x, (await day(21).boundingBox())!.x];
    const at = (await item.boundingBox())!.x;
    expect(at).toBeGreaterThanOrEqual(left - 10);
    expect(at).toBeLessThan(right - 10);
  });
});

test.describe('on a tall screen', () => {
  // Without animation each click zooms by the same factor, wherever the last zoom was.
  test.use({ viewport: { width: 1366, height: 1000 }, reducedMotion: 'reduce' });

  test('zooming in and out, the timeline always shows all its rows and no empty space', async ({
    explorer,
  }) => {
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    for (const action of [explorer.zoomIn, explorer.zoomIn, explorer.zoomIn, explorer.zoomOut]) {
      await action.click();
      await expect.poll(() => explorer.hiddenLanePixels()).toBeLessThanOrEqual(1);
      await expect.poll(() => explorer.blankBelowLanes()).toBeLessThanOrEqual(2);
    }
  });
});

for (const { name, width, height } of [
  { name: 'a tablet', width: 800, height: 1000 },
  { name: 'a phone', width: 390, height: 844 },
]) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, reducedMotion: 'reduce' });

    test('the first view shows every lane with all its rows, none hidden below the box', async ({
      explorer,
    }) => {
      await explorer.goto(S400);
      await expect(explorer.items().first()).toBeVisible();
      await expect.poll(() => explorer.hiddenLanePixels()).toBeLessThanOrEqual(1);
      // The box fits on the screen, to be seen whole.
      expect((await explorer.timeline.boundingBox())!.height).toBeLessThan(height * 0.6);
    });
  });
}

test.describe('on a link to an event', () => {
  test.use({ viewport: { width: 1366, height: 1000 }, reducedMotion: 'reduce' });

  test('once the reader zooms, the timeline fits its rows: none hidden, no blank below', async ({
    explorer,
  }) => {
    // Where the panel sits beside the timeline, the timeline is drawn after it, into a box sized ahead.
    await explorer.goto(S400, '?event=2018-08-13-trump-signs-ndaa-fy2019');
    await expect(explorer.selectedItem()).toBeVisible();
    for (const action of [explorer.zoomIn, explorer.zoomIn, explorer.zoomIn, explorer.zoomOut]) {
      await action.click();
      await expect.poll(() => explorer.hiddenLanePixels()).toBeLessThanOrEqual(1);
      await expect.poll(() => explorer.blankBelowLanes()).toBeLessThanOrEqual(2);
    }
  });
});

test('at the closest zoom every event of the busiest day is drawn on its own', async ({ explorer, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { events } = loadDataset('data/events.json');
  const byDay = new Map<string, typeof events>();
  for (const event of events) byDay.set(event.date, [...(byDay.get(event.date) ?? []), event]);
  const busiest = [...byDay]
    .filter(([date]) => date.length === 10)
    .map(([, day]) => day)
    .sort((a, b) => b.length - a.length)[0]!;
  expect(busiest.length).toBeGreaterThan(3);
  await explorer.goto(S400, `?event=${busiest[0]!.id}`);
  await expect(explorer.selectedItem()).toBeVisible();
  // Zoom in with the wheel on the selected event, as far as it goes (a week across).
  const box = (await explorer.selectedItem().boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -600);
  await expect
    .poll(() => explorer.itemTooltips())
    .toEqual(expect.arrayContaining(busiest.map((event) => event.title)));
});

test('a crowded stretch is summarised as "N events", and a click zooms into it', async ({ explorer }) => {
  await explorer.goto(S400);
  const clusters = explorer.clusters();
  await expect(clusters.filter({ visible: true }).first()).toHaveText(/^[\d,]+ events$/);
  const minorLabels = explorer.minorAxisLabels();
  await expect(minorLabels.filter({ hasText: /^(Jan|Apr|Jul|Oct)/ })).toHaveCount(0);
  // Clusters are also placed a window beyond each edge, ready for a pan: click one on screen.
  await clusters.filter({ visible: true }).last().click();
  // Zoomed in: the axis now names months (over their days, when closer still).
  await expect(
    explorer
      .axisLabels()
      .filter({ hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/, visible: true })
      .first(),
  ).toBeVisible();
});

test('clicking "N events" zooms in and brings those N events into view', async ({ explorer, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explorer.goto(S400);
  const shown = explorer.clusters().filter({ visible: true });
  await expect(shown.first()).toBeVisible();
  // Every cluster on screen at first, each from the first view.
  const clusters = await shown.count();
  for (let i = 0; i < clusters; i++) {
    await explorer.goto(S400);
    const cluster = shown.nth(i);
    const count = Number((await cluster.textContent())?.match(/\d+/)?.[0]);
    const laneIndex = await explorer.laneIndexOf(cluster);
    const clicked = await cluster.elementHandle();
    await cluster.click();
    // The "N events" item gives way (the view zoomed in), and its events are in view, one by one
    // or in smaller groups.
    await expect.poll(() => clicked!.evaluate((item) => item.isConnected)).toBe(false);
    const anyItem = explorer.itemsInLane(laneIndex).first();
    await expect.poll(() => explorer.eventsShownInLaneOf(anyItem)).toBeGreaterThanOrEqual(count);
  }
});

test.describe('in an embed', () => {
  test.use({ viewport: { width: 600, height: 400 }, reducedMotion: 'reduce' });

  test('clicking "N events" zooms in, at least twice as close', async ({ explorer }) => {
    await explorer.goto(S400, '?embed=1');
    const cluster = explorer.clusters().filter({ visible: true }).first();
    await expect(cluster).toBeVisible();
    const labels = await explorer.minorAxisLabels().allTextContents();
    const clicked = await cluster.elementHandle();
    await cluster.click();
    await expect.poll(() => clicked!.evaluate((item) => item.isConnected)).toBe(false);
    await expect.poll(() => explorer.minorAxisLabels().allTextContents()).not.toEqual(labels);
  });
});

test.describe('with an event selected', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Zoom in and Zoom out keep it where it is on the axis; panned out of view, they zoom about the middle', async ({
    explorer,
  }) => {
    await explorer.goto(SMALL, '?event=beta-objects');
    const item = explorer.selectedItem();
    await expect(item).toContainText('Beta objects to the plan');
    const x = async () => {
      const box = (await item.boundingBox())!;
      return box.x;
    };
    const before = await x();
    // The zoom has taken effect once the next event is that much farther off.
    const gamma = explorer.item('Gamma signs the accord');
    let gap = await itemGap(item, gamma);
    const step = async (button: Locator, factor: number) => {
      await button.click();
      await expect.poll(() => itemGap(item, gamma)).toBeCloseTo(gap * factor, -1);
      gap *= factor;
      expect(await x()).toBeCloseTo(before, -1);
    };
    // A quarter of the way across the first view: zoomed about the middle, it would leave by the third click.
    for (let i = 0; i < 3; i++) await step(explorer.zoomIn, 1.5);
    expect(await explorer.isSelectedInView()).toBe(true);
    await step(explorer.zoomOut, 1 / 1.5);

    // Dragged out of view: the window's middle stays.
    const frame = (await explorer.datesArea().boundingBox())!;
    const y = frame.y + frame.height - 8;
    await explorer.page.mouse.move(frame.x + 40, y);
    await explorer.page.mouse.down();
    await explorer.page.mouse.move(frame.x + 500, y, { steps: 10 });
    await explorer.page.mouse.up();
    await expect.poll(() => explorer.isSelectedInView()).toBe(false);
    const talks = explorer.item('Alpha and Beta begin talks');
    const middle = frame.x + frame.width / 2;
    const distance = async () => {
      const box = (await talks.boundingBox())!;
      return box.x - middle;
    };
    const from = await distance();
    expect(Math.abs(from), 'off the middle, so that a zoom about it moves it').toBeGreaterThan(10);
    await explorer.zoomIn.click();
    await expect.poll(distance).toBeCloseTo(from * 1.5, -1);
  });
});

test('selecting an event keeps the reader’s zoom', async ({ explorer }) => {
  await explorer.goto(S400);
  await explorer.zoomInUntilLabelsShow();
  const item = explorer.item(await explorer.titleOfPointInView());
  const before = (await item.boundingBox())!;
  await item.click();
  await expect(explorer.panelHeading).toBeVisible();
  // eslint-disable-next-line playwright/no-wait-for-timeout -- a refit would come after a short delay
  await explorer.page.waitForTimeout(600);
  const after = (await item.boundingBox())!;
  expect(Math.abs(after.x - before.x)).toBeLessThan(2);
  expect(Math.abs(after.width - before.width)).toBeLessThan(2);
  await expect(explorer.timeline).toHaveClass(/show-labels/);
});

test('a month, a year or a period too short on screen for its title shows it beside its marker, as a day does', async ({
  explorer,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explorer.goto(SMALL);
  // March 2018, and July to September 2019: a few dozen pixels each at the first zoom.
  for (const title of ['Beta objects to the plan', 'A summer of talks'])
    await expect(explorer.item(title)).toContainText(title, { useInnerText: true });
  // Stacked by their titles: no two items in their lane overlap.
  const lane = await explorer.laneIndexOf(explorer.item('A summer of talks'));
  const boxes = await explorer
    .itemsInLane(lane)
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(2);
  const [a, b] = boxes as [DOMRect, DOMRect];
  expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);

  // Zoomed in (about the window's middle, so it is brought back into view each time) until March is wider than the title needs at least: a bar again, over the whole month.
  const item = explorer.item('Beta objects to the plan');
  const march = explorer.minorAxisLabels().filter({ hasText: /^Mar/ });
  const april = explorer.minorAxisLabels().filter({ hasText: /^Apr/ });
  await expect(async () => {
    await explorer.listEntry('Beta objects to the plan').click(); // brings it into view
    if (
      (await march.count()) === 1 &&
      (await april.count()) === 1 &&
      (await april.boundingBox())!.x - (await march.boundingBox())!.x > 100
    )
      return;
    await explorer.zoomIn.click();
    throw new Error('zoomed in once more');
  }).toPass({ timeout: 15_000 });
  const bar = (await item.boundingBox())!;
  expect(Math.abs(bar.x - (await march.boundingBox())!.x)).toBeLessThan(6);
  expect(Math.abs(bar.x + bar.width - (await april.boundingBox())!.x)).toBeLessThan(6);
  await expect(item).toContainText('Beta objects to the plan', { useInnerText: true });
});

test('titles show at any zoom where they fit: a few events at once, a crowded timeline only up close', async ({
  explorer,
}) => {
  await explorer.goto(SMALL);
  await expect(explorer.items().first()).toBeVisible();
  await expect(explorer.timeline).toHaveClass(/show-labels/);
  await expect(explorer.item('Gamma signs the accord')).toContainText('Gamma signs the accord', {
    useInnerText: true,
  });

  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  await expect(explorer.timeline).not.toHaveClass(/show-labels/); // "N events" stand for crowded stretches
  await expect(explorer.pointItems().first()).not.toContainText(/\w/, { useInnerText: true });
});

for (const { name, path, query, viewport } of [
  { name: 'a phone', path: S400, query: '', viewport: { width: 320, height: 640 } },
  { name: 'a small embed', path: S400, query: '?embed=1', viewport: { width: 300, height: 250 } },
  {
    name: 'a wide screen, 10,000 events',
    path: 'synth10k/',
    query: '?q=turkey',
    viewport: { width: 1920, height: 1080 },
  },
  {
    // Long periods that began before "From" pass the filter: their clusters start left of the range.
    name: 'a laptop, 1,000 events from a date',
    path: 'synth/',
    query: '?from=2019-01-15&to=2019-06-30',
    viewport: { width: 1024, height: 768 },
  },
]) {
  test(`on ${name}, every "N events" of the first view and of Fit all shows its whole count`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // Fit all jumps: no animation to wait out
    await explorer.goto(path, query);
    const counts = explorer.clusters().filter({ visible: true }).locator('.cluster-count');
    await expect(counts.first()).toBeVisible();
    // A search looks through the quotes too once they are in, and fits what it finds again.
    await expect(page.getByText('quotes still loading')).toBeHidden();
    // eslint-disable-next-line playwright/no-wait-for-timeout -- that fit comes 250 ms after the search's results change
    await page.waitForTimeout(500);
    // Cut off at the timeline's left edge, where the lane names cover it, or at its right edge.
    const cut = () =>
      page.evaluate(() => {
        const axis = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        return [...document.querySelectorAll('.vis-item.cluster.vis-point')]
          .map((el) => el.getBoundingClientRect())
          .filter(
            (box) =>
              (box.right > axis.left && box.left < axis.left) ||
              (box.left < axis.right && box.right > axis.right),
          ).length;
      });
    expect(await cut()).toBe(0);
    // The axis: its labels and where they are.
    const axis = () =>
      explorer
        .minorAxisLabels()
        .evaluateAll((all) =>
          all.map((el) => `${el.textContent} at ${Math.round(el.getBoundingClientRect().left)}`),
        );
    const fitted = await axis();
    await explorer.zoomIn.click();
    await expect.poll(axis).not.toEqual(fitted);
    await explorer.fitAll.click();
    // Back at the first view's axis, with its clusters placed again.
    await expect.poll(axis).toEqual(fitted);
    await expect(counts.first()).toBeVisible();
    expect(await cut()).toBe(0);
  });
}

for (const { name, path, query, viewport } of [
  { name: 'a phone', path: SMALL, query: '', viewport: { width: 390, height: 844 } },
  { name: 'a small phone', path: SMALL, query: '', viewport: { width: 360, height: 640 } },
  { name: 'a phone, a search', path: S400, query: '?q=shanahan', viewport: { width: 390, height: 844 } },
  {
    name: 'a tablet, a month',
    path: S400,
    query: '?from=2019-07-01&to=2019-07-31',
    viewport: { width: 600, height: 900 },
  },
]) {
  test(`on ${name}, a title that would run past the right edge ends in an ellipsis there, panned too`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await explorer.goto(path, query);
    await expect(explorer.timeline).toHaveClass(/show-labels/);
    await expect(explorer.pointItems().first()).toBeVisible();
    // Titles of points that start in the window and reach its right edge: how far past it they run.
    const pastEdge = () =>
      page.evaluate(() => {
        const axis = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        return (
          [...document.querySelectorAll('.vis-item.vis-point:not(.cluster)')]
            .map((item) => ({
              title: item.querySelector('.timeline-item-title'),
              box: item.getBoundingClientRect(),
            }))
            // (One within a marker's width of the edge is cut like any marker there.)
            .filter(({ box }) => box.left >= axis.left && box.left < axis.right - 30)
            .map(({ title, box }) => ({
              past: Math.max(0, Math.round(box.right - axis.right)),
              // What a reader sees: a title cut short says so with an ellipsis, not mid-letter.
              cut: title !== null && title.scrollWidth > title.clientWidth,
            }))
        );
      });
    const titles = await pastEdge();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.map(({ past }) => past)).toEqual(titles.map(() => 0));
    expect(titles.some(({ cut }) => cut)).toBe(true);
    // Panned right by a third: the titles that come to the edge are cut to it, once the pan ends.
    const box = (await explorer.timeline.boundingBox())!;
    const y = box.y + box.height - 12;
    await page.mouse.move(box.x + box.width * 0.6, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await pastEdge()).filter(({ past }) => past > 0)).toEqual([]);
  });
}

/** How far each period's title (or era's name) runs past what shows of its bar: the timeline's edges, the bar's end. */
const overruns = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const axis = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll(selector)].flatMap((bar) => {
      const title = bar.querySelector('.timeline-item-title, .era-title');
      const box = bar.getBoundingClientRect();
      if (title === null || box.right <= axis.left || box.left >= axis.right) return [];
      const { left, right } = title.getBoundingClientRect();
      if (right <= left) return []; // hidden: too short a bar
      const edge = box.left < axis.left ? 'left' : box.right > axis.right ? 'right' : 'none';
      return [{ edge, past: Math.max(0, Math.round(right - Math.min(box.right, axis.right))) }];
    });
  }, selector);

test('a period running past an edge of the timeline has its title end in an ellipsis on screen, zoomed and panned', async ({
  explorer,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  const bars = '.vis-item.vis-range:not(.era)';
  const past = async () => (await overruns(page, bars)).filter(({ past }) => past > 0);
  const edges = async () => new Set((await overruns(page, bars)).map(({ edge }) => edge));
  for (let i = 0; i < 3; i++) await explorer.zoomIn.click();
  // Some bars run past the right edge here: the case at hand.
  await expect.poll(async () => (await edges()).has('right')).toBe(true);
  await expect.poll(past).toEqual([]);
  // Dragged right: bars that began before the left edge now have their title moved to it.
  const box = (await explorer.timeline.boundingBox())!;
  const y = box.y + box.height - 10;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 10 });
  // While the drag is under way too.
  await expect.poll(async () => (await edges()).has('left')).toBe(true);
  await expect.poll(past).toEqual([]);
  await page.mouse.up();
  await expect.poll(past).toEqual([]);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('an era that began before the view has its name end in an ellipsis at the era’s end', async ({
    explorer,
    page,
  }) => {
    // The era (2017–2018) shows only its last weeks here: narrower than its name.
    await explorer.goto(SMALL, '?from=2018-11-01');
    const era = page.locator('.vis-item.vis-range.era');
    await expect(era).toBeVisible();
    const eras = () => overruns(page, '.vis-item.vis-range.era');
    await expect.poll(async () => (await eras()).map(({ edge }) => edge)).toEqual(['left']);
    await expect.poll(async () => (await eras()).map(({ past }) => past)).toEqual([0]);
    // Cut short, and saying so.
    const title = era.locator('.era-title');
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});

test('a slow wheel zoom that brings the titles in stacks them: no two items overlap', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  const area = (await explorer.datesArea().boundingBox())!;
  await page.mouse.move(area.x + area.width * 0.7, area.y + 20);
  // One notch at a time, each drawn before the next, until the titles show.
  const titled = page.locator('.show-labels');
  await expect(titled).toHaveCount(0); // the whole S-400 timeline is too crowded for titles
  for (let notch = 0; notch < 30 && (await titled.count()) === 0; notch++) {
    await page.mouse.wheel(0, -60);
    await page.waitForTimeout(250);
  }
  await expect(titled).toHaveCount(1);
  const overlaps = () => explorer.overlappingItems();
  await expect.poll(overlaps).toEqual([]);
  // And it stays so: nothing else is to come that would stack them.
  await page.waitForTimeout(500);
  expect(await overlaps()).toEqual([]);
});

for (const { name, width, height } of [
  { name: 'a phone', width: 390, height: 844 },
  { name: 'a small phone', width: 360, height: 640 },
]) {
  test(`on ${name}, periods too short for a marker are stacked as markers: no item covers another as it zooms in`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    for (let zoom = 0; zoom <= 4; zoom++) {
      if (zoom > 0) {
        await explorer.zoomIn.click();
        await page.waitForTimeout(400); // drawn on a later frame, and placed once the window is still
      }
      await expect.poll(() => explorer.overlappingItems(), { message: `after ${zoom} zooms` }).toEqual([]);
    }
  });
}
