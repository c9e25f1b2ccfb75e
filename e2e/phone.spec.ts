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

test('tapping an item on the timeline opens its panel', async ({ explorer }) => {
  await explorer.goto(S400);
  const item = explorer.statementItems().first();
  await expect(item).toBeVisible();
  await item.tap();
  await expect(explorer.panelHeading).toBeVisible();
  await expect(explorer.panel.locator('blockquote').first()).toBeVisible();
});

test('a phone journey by touch: search, pick from the list, walk, close', async ({ explorer, page }) => {
  await explorer.goto(S400);
  await explorer.search.tap();
  await page.keyboard.type('patriot');
  await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
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
