import { expect, test } from './fixtures.ts';

test('an empty events list shows a "No events yet" state, not an error', async ({ explorer, page }) => {
  await explorer.goto('empty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An empty timeline');
  await expect(page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // No lanes, so no actor chips, and no "Involving" label before nothing.
  await expect(page.getByText('Involving', { exact: true })).toHaveCount(0);
  await expect(explorer.zoomIn).toBeEnabled();
  await explorer.zoomIn.click();
});

test('a link into an empty timeline says the event is not found', async ({ explorer, page }) => {
  await explorer.goto('empty/', '?event=anything');
  await expect(page.getByRole('heading', { name: 'Event not found' })).toBeVisible();
});
