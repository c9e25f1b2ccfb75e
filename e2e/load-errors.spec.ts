import { expect, SMALL, test } from './fixtures.ts';

test('a failed data request shows the error, and Retry recovers', async ({ explorer, page }) => {
  explorer.allowedErrors.push(/Failed to load resource.*503/);
  let fail = true;
  await page.route('**/assets/events-*.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.fallback(),
  );
  await explorer.goto(SMALL);
  await expect(page.getByRole('alert')).toContainText('could not be loaded (HTTP 503)');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(explorer.item('Gamma signs the accord')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a request that never answers shows loading, then the error once it fails', async ({
  explorer,
  page,
}) => {
  explorer.allowedErrors.push(/Failed to load resource/);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/events-*.json', async (route) => {
    await held;
    await route.abort('connectionreset');
  });
  await explorer.goto(SMALL);
  await expect(page.getByRole('status')).toHaveText('Loading the timeline…');
  release();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  // What failed and why, in words, not the browser's "Failed to fetch".
  await expect(page.getByRole('alert')).toContainText(
    'The timeline could not be loaded: the connection failed. Check that you are online.',
  );
  await expect(page.getByRole('alert')).not.toContainText('Failed to fetch');
});

test('data corrupted on the server shows what is wrong, not a blank page', async ({ explorer, page }) => {
  await page.route('**/assets/events-*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"title": "x", "events": [' }),
  );
  await explorer.goto(SMALL);
  await expect(page.getByRole('alert')).toContainText('not valid JSON at line 1');
  await page.unroute('**/assets/events-*.json');
  await page.route('**/assets/events-*.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ title: 'x', description: 'd', actors: [], sources: [], events: [{ id: 'a' }] }),
    }),
  );
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toContainText('events[0].date: is missing');
});
