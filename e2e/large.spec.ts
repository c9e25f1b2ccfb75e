import { expect, test } from './fixtures.ts';

/** dist-e2e/synth-1000.json: 1,000 generated events (scripts/synth.ts), built at synth/. */
const SYNTH = 'synth/';

test('a large timeline lists 200 events at a time, and summarises crowded lanes', async ({
  explorer,
  page,
}) => {
  await explorer.goto(SYNTH);
  await expect(explorer.count).toHaveText('1,000 events');
  await expect(explorer.list.getByRole('listitem')).toHaveCount(200);
  await page.getByRole('button', { name: 'Show 200 more events (800 after these)' }).click();
  await expect(explorer.list.getByRole('listitem')).toHaveCount(400);
  await expect(explorer.clusters().filter({ visible: true }).first()).toHaveText(/^[\d,]+ events$/);
  expect(await explorer.items().count()).toBeLessThan(300);
});

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px "N events" starts at its first event, not in the empty year before`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await explorer.goto(SYNTH);
    // The first event is on 1 January 2017: nothing is drawn left of the axis's "2017".
    const year = explorer.axisLabels().filter({ hasText: /^2017$/ });
    await expect(year).toBeVisible();
    await expect(explorer.clusters().filter({ visible: true }).first()).toBeVisible();
    const lefts = await explorer.clusters().evaluateAll((clusters) =>
      clusters
        .map((c) => c.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map((box) => box.left),
    );
    expect(Math.min(...lefts)).toBeGreaterThanOrEqual((await year.boundingBox())!.x - 4);
  });
}

test('a deep link far down the list shows the events around it, and earlier ones on request', async ({
  explorer,
  page,
}) => {
  await explorer.goto(SYNTH);
  const entries = explorer.list.getByRole('button');
  await page.getByRole('button', { name: /more events \(800 after/ }).click();
  await page.getByRole('button', { name: /more events \(600 after/ }).click();
  await page.getByRole('button', { name: /more events \(400 after/ }).click();
  const title = await entries.nth(700).locator('[id^="entry-title-"]').innerText();
  const id = await entries.nth(700).getAttribute('data-event-id');

  await explorer.goto(SYNTH, `?event=${id}`);
  await expect(explorer.panelHeading).toHaveText(title);
  await expect(explorer.list.locator('[aria-current="true"]')).toHaveAttribute('data-event-id', id!);
  await expect(explorer.list.getByRole('listitem')).toHaveCount(200);
  await page.getByRole('button', { name: 'Show 200 earlier events (600 before these)' }).click();
  await expect(explorer.list.getByRole('listitem')).toHaveCount(400);
  await explorer.expectSelectedInView(title);
});

test.describe('on a phone, 10,000 events', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('are drawn in full at once: each summary is where a later redraw puts it', async ({
    explorer,
    page,
  }) => {
    await explorer.goto('synth10k/');
    await expect(explorer.count).toHaveText('10,000 events');
    const summaries = explorer.clusters().filter({ visible: true });
    await expect(summaries.first()).toHaveText(/^[\d,]+ events$/);
    // eslint-disable-next-line playwright/no-wait-for-timeout -- any redraw still to come
    await page.waitForTimeout(500);
    const where = () =>
      summaries.evaluateAll((all) =>
        all.map((el) => `${el.textContent} at ${Math.round(el.getBoundingClientRect().left)}`).sort(),
      );
    const drawn = await where();
    // A resize there and back: vis-timeline draws again, and the summaries are placed again.
    await page.setViewportSize({ width: 391, height: 844 });
    // eslint-disable-next-line playwright/no-wait-for-timeout -- the timeline places its items 200 ms after a resize
    await page.waitForTimeout(500);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(where).toEqual(drawn);
  });
});
