import { expect, S400, test } from './fixtures.ts';

/** Relative luminance of the body background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    // Paint the computed colour (whatever its syntax, e.g. oklch) and read the pixel back.
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system, and the toggle is remembered across reloads', async ({ explorer, page }) => {
    await explorer.goto(S400);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  });
});

test('in a light system the toggle turns dark mode on', async ({ explorer, page }) => {
  await explorer.goto(S400);
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await backgroundLuminance(page)).toBeLessThan(0.2);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('zooming jumps to its new window instead of animating', async ({ explorer, page }) => {
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    const axis = () =>
      explorer.minorAxisLabels().evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().left));
    const before = await axis();
    await explorer.zoomIn.click();
    // The timeline draws its new window in the next frame: read positions once it has.
    await expect.poll(axis).not.toEqual(before);
    // Read an event's place at once and again later: an animation would still be moving it.
    // (Found by its title each time: the timeline re-places its items after a zoom.)
    const item = explorer.item(await explorer.titleOfPointInView());
    const soon = (await item.boundingBox())!.x;
    // eslint-disable-next-line playwright/no-wait-for-timeout -- proving nothing moves needs a wait
    await page.waitForTimeout(600);
    expect((await item.boundingBox())!.x).toBe(soon);
  });
});

test('a theme the reader chose is there before the app runs', async ({ explorer, page }) => {
  explorer.allowedErrors.push(/Failed to load resource/);
  await page.addInitScript(() => localStorage.setItem('timeline-explorer:theme', 'dark'));
  // Without the app's JS, only index.html's header, loading line and first script are there.
  await page.route('**/assets/index-*.js', (route) => route.abort());
  await explorer.goto(S400);
  await expect(page.getByText('Loading the timeline…')).toBeVisible();
  expect(await backgroundLuminance(page)).toBeLessThan(0.2);
});
