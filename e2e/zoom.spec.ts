import type { Locator } from '@playwright/test';
import { expect, S400, SMALL, test } from './fixtures.ts';

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

test('the mouse wheel zooms and dragging pans', async ({ explorer, page }) => {
  await explorer.goto(SMALL);
  const a = explorer.item('Beta objects to the plan');
  const b = explorer.item('Gamma signs the accord');
  await expect(a).toBeVisible();
  const fitted = await itemGap(a, b);
  const frame = (await explorer.timeline.boundingBox())!;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height - 10);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => itemGap(a, b)).toBeGreaterThan(fitted * 1.1);

  const before = (await b.boundingBox())!.x;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height - 10);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 - 150, frame.y + frame.height - 10, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await b.boundingBox())!.x).toBeLessThan(before - 100);
});

test.describe('on a tall screen', () => {
  // Without animation each click zooms by the same factor, wherever the last zoom was.
  test.use({ viewport: { width: 1366, height: 1000 }, reducedMotion: 'reduce' });

  test('zooming in, the timeline grows to show the rows its items stack into', async ({ explorer }) => {
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    const before = (await explorer.timeline.boundingBox())!.height;
    // Zoomed in this far, the titles show and the busiest lane stacks its items into four rows.
    for (let i = 0; i < 3; i++) await explorer.zoomIn.click();
    await expect.poll(async () => (await explorer.timeline.boundingBox())!.height).toBeGreaterThan(before);
    await expect.poll(() => explorer.hiddenLanePixels()).toBeLessThanOrEqual(1);
  });
});

test('a crowded stretch is summarised as "N events", and a click zooms into it', async ({ explorer }) => {
  await explorer.goto(S400);
  const clusters = explorer.clusters();
  await expect(clusters.filter({ visible: true }).first()).toHaveText(/^\d+ events$/);
  const minorLabels = explorer.minorAxisLabels();
  await expect(minorLabels.filter({ hasText: /^(Jan|Apr|Jul|Oct)/ })).toHaveCount(0);
  // Clusters are also placed a window beyond each edge, ready for a pan: click one on screen.
  await clusters.filter({ visible: true }).last().click();
  // Zoomed in: the axis now counts months.
  await expect(
    minorLabels.filter({ hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/ }).first(),
  ).toBeVisible();
});

for (const [layout, viewport, query] of [
  ['the explorer', { width: 1366, height: 900 }, ''],
  ['an embed', { width: 600, height: 400 }, '?embed=1'],
] as const) {
  test(`clicking "N events" in ${layout} brings those N events into view`, async ({ explorer, page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await explorer.goto(S400, query);
    const shown = explorer.clusters().filter({ visible: true });
    await expect(shown.first()).toBeVisible();
    // Every cluster on screen at first, each from the first view.
    const clusters = await shown.count();
    for (let i = 0; i < clusters; i++) {
      await explorer.goto(S400, query);
      const cluster = shown.nth(i);
      const count = Number((await cluster.textContent())?.match(/\d+/)?.[0]);
      // Its lane, found again after the click (the cluster item itself is gone then).
      const laneIndex = await explorer.laneIndexOf(cluster);
      await cluster.click();
      const anyItem = explorer.itemsInLane(laneIndex).first();
      await expect.poll(() => explorer.eventsShownInLaneOf(anyItem)).toBeGreaterThanOrEqual(count);
    }
  });
}

test('selecting an event keeps the reader’s zoom', async ({ explorer }) => {
  await explorer.goto(S400);
  await explorer.zoomInUntilLabelsShow();
  const visible = explorer.pointItems().filter({ visible: true }).first();
  const item = explorer.item(await explorer.itemTitle(visible));
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
