import { expect, S400, test } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.clipboard.readText());

test('Copy link copies the deep link with the current filters', async ({ explorer, page }) => {
  await explorer.goto(S400, '?q=erdogan&event=2019-06-04-erdogan-committed-to-s400-agreement');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(explorer.panel.getByText('Link copied.')).toBeVisible();
  const link = await clipboard(page);
  expect(link).toBe(page.url());
  expect(new URL(link).searchParams.get('q')).toBe('erdogan');
  expect(new URL(link).searchParams.get('event')).toBe('2019-06-04-erdogan-committed-to-s400-agreement');
});

test('Copy citation gives speaker, role, date, quote, publisher, title and URL as plain text', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400, '?event=2019-04-04-stoltenberg-s400-national-decision');
  const quote = explorer.panel.locator('figure').filter({ hasText: 'Direct quote' }).first();
  const text = (await quote.locator('blockquote').innerText()).trim();
  await quote.getByRole('button', { name: 'Copy citation' }).click();
  const citation = await clipboard(page);
  expect(citation).toContain('Jens Stoltenberg, NATO Secretary General');
  expect(citation).toContain('4 April 2019');
  expect(citation).toContain(`“${text.replace(/^“|”$/g, '')}”`);
  expect(citation).toMatch(/Source: .+, “.+”, .+ \d{4}, https:\/\//);
  expect(citation).not.toMatch(/<[a-z]/i);
});
