import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, S400, SMALL, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious and critical violations, as "rule: target" lines. */
async function audit(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test.describe('no serious or critical axe violations', () => {
  test('on first load', async ({ explorer, page }) => {
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });

  test('with the panel open', async ({ explorer, page }) => {
    const event = '2019-06-04-erdogan-committed-to-s400-agreement';
    await explorer.goto(S400, `?event=${event}`);
    await expect(explorer.panelHeading).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });

  test('in the list of events at phone width', async ({ explorer, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await explorer.goto(SMALL);
    await explorer.list.scrollIntoViewIfNeeded();
    await expect(explorer.list).toBeInViewport();
    expect(await audit(page)).toEqual([]);
  });

  test('on "Event not found"', async ({ explorer, page }) => {
    await explorer.goto(SMALL, '?event=missing');
    await expect(page.getByRole('heading', { name: 'Event not found' })).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });

  test('on a load error', async ({ explorer, page }) => {
    explorer.allowedErrors.push(/Failed to load resource.*500/);
    await page.route('**/assets/events-*.json', (route) => route.fulfill({ status: 500 }));
    await explorer.goto(SMALL);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });

  test('on a search with no results', async ({ explorer, page }) => {
    await explorer.goto(S400, '?q=nothing-matches-this');
    await expect(page.getByText('No events match these filters.').first()).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });

    test('on first load and with the panel open', async ({ explorer, page }) => {
      await explorer.goto(S400, '?q=erdogan');
      await expect(explorer.items().first()).toBeVisible();
      expect(await audit(page)).toEqual([]);
      await explorer.list.getByRole('button').first().click();
      await expect(explorer.panelHeading).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });
  });

  test('in an embed, which still has a main heading (its title)', async ({ explorer, page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await explorer.goto(S400, '?embed=1&event=2019-06-04-erdogan-committed-to-s400-agreement');
    await expect(explorer.panelHeading).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Turkey's S-400 purchase");
  });

  test('on an empty timeline', async ({ explorer, page }) => {
    await explorer.goto('empty/');
    await expect(page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
});

test('every control has a name and a target of at least 24×24 px', async ({ explorer, page }) => {
  await explorer.goto(S400, '?event=2019-06-04-erdogan-committed-to-s400-agreement');
  await expect(explorer.panelHeading).toBeVisible();
  const controls = page.getByRole('button');
  const count = await controls.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const name = await control.evaluate(
      (el) => el.textContent?.trim() || el.getAttribute('aria-label') || '',
    );
    expect(name, `button ${i} has no accessible name`).not.toBe('');
    const box = await control.boundingBox();
    expect(box!.width, `"${name}" width`).toBeGreaterThanOrEqual(24);
    expect(box!.height, `"${name}" height`).toBeGreaterThanOrEqual(24);
  }
});

test('each quote is named by its caption, and each "Copy citation" apart from the others', async ({
  explorer,
}) => {
  await explorer.goto(S400, '?event=2018-04-03-putin-erdogan-agree-to-accelerate-deliveries');
  const quotes = explorer.panel.getByRole('figure');
  await expect(quotes).toHaveCount(4);
  // The figure's name says who said it and where, without its button's words.
  await expect(quotes.first()).toHaveAccessibleName(/^Vladimir Putin, President of Russia · in /);
  for (const quote of await quotes.all()) {
    await expect(quote).not.toHaveAccessibleName(/Copy citation/);
  }
  const buttons = explorer.panel.getByRole('button', { name: /^Copy citation/ });
  await expect(buttons).toHaveCount(4);
  const speakers = ['Vladimir Putin', 'Vladimir Putin', 'Recep Tayyip Erdoğan', 'İsmail Demir'];
  for (const [i, speaker] of speakers.entries()) {
    await expect(buttons.nth(i)).toHaveAccessibleName(`Copy citation of quote ${i + 1} of 4, ${speaker}`);
  }
});
