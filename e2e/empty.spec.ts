import { expect, test } from './fixtures.ts';

test('an empty events list shows a "No events yet" state, not an error or an empty axis', async ({
  explorer,
  page,
}) => {
  await explorer.goto('empty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An empty timeline');
  await expect(page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // No lanes, so no actor chips, and no "Involving" label before nothing.
  await expect(page.getByText('Involving', { exact: true })).toHaveCount(0);
  // Nothing to draw: no timeline over a year of its own choosing, and no zoom buttons for it.
  await expect(explorer.drawnTimeline()).toHaveCount(0);
  await expect(explorer.zoomIn).toHaveCount(0);
});

test('an empty timeline in an embed says it has no events', async ({ explorer, page }) => {
  await page.setViewportSize({ width: 400, height: 300 });
  await explorer.goto('empty/', '?embed=1');
  await expect(page.getByText('This timeline has no events yet.')).toBeVisible();
  await expect(page.getByText('Select an event', { exact: false })).toHaveCount(0);
  await expect(explorer.drawnTimeline()).toHaveCount(0);
});

test('a timeline of eras only spans its eras', async ({ explorer, page }) => {
  const dataset = {
    title: 'Eras only',
    description: 'Periods, no events yet.',
    actors: [],
    sources: [],
    events: [],
    eras: [
      { title: 'Interwar period', start: '1918-11', end: '1939-09' },
      { title: 'Second World War', start: '1939-09', end: '1945-09' },
    ],
  };
  await page.route('**/assets/events-*.json', (route) => route.fulfill({ json: dataset }));
  await explorer.goto('empty/');
  await expect(page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
  expect(await explorer.laneNames()).toEqual(['Eras']);
  const frame = await explorer.drawnTimeline().boundingBox();
  for (const title of ['Interwar period', 'Second World War']) {
    const label = explorer.eras().getByText(title);
    await expect(label).toBeVisible();
    // Whole, not cut off by a timeline with no lanes to give it height.
    const box = await label.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(frame!.y + frame!.height);
  }
  // The axis labels years of the eras, not of today.
  const years = (await explorer.axisLabels().allTextContents()).map(Number).filter((year) => year > 0);
  expect(years.length).toBeGreaterThan(1);
  expect(Math.min(...years)).toBeGreaterThanOrEqual(1910);
  expect(Math.max(...years)).toBeLessThanOrEqual(1950);
});

test('a link into an empty timeline says the event is not found', async ({ explorer, page }) => {
  await explorer.goto('empty/', '?event=anything');
  await expect(page.getByRole('heading', { name: 'Event not found' })).toBeVisible();
});
