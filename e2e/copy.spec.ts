import { expect, S400, test } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.clipboard.readText());

test('Copy link copies the event page’s link with the current filters, and it opens the same view', async ({
  explorer,
  page,
}) => {
  const id = '2019-06-04-erdogan-committed-to-s400-agreement';
  await explorer.goto(S400, `?q=erdogan&event=${id}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(explorer.panel.getByText('Link copied.')).toBeVisible();
  const link = new URL(await clipboard(page));
  expect(link.pathname).toBe(`/${S400}event/${id}/`);
  expect(link.searchParams.get('q')).toBe('erdogan');
  await page.goto(link.href);
  await expect(explorer.panelHeading).toHaveText(await explorer.panelHeading.innerText());
  await expect(explorer.search).toHaveValue('erdogan');
  await expect(explorer.selectedItem()).toHaveCount(1);
});

test('Copy citation gives speaker, role, date, quote, publisher, title and URL as plain text', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400, '?event=2019-04-04-stoltenberg-s400-national-decision');
  const quote = explorer.panel.locator('figure').filter({ hasText: 'Direct quote' }).first();
  const text = (await quote.locator('blockquote').innerText()).trim();
  // Where "Copy link" sits in the panel, both read at one moment: the panel may be scrolling to the
  // quote's button, or the page to the panel.
  const copyLinkAt = () =>
    explorer.panel.evaluate((panel) => {
      const link = [...panel.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Copy link');
      const heading = panel.querySelector('h2');
      const [a, b] = [link!.getBoundingClientRect(), heading!.getBoundingClientRect()];
      return { x: a.x - b.x, y: a.y - b.y };
    });
  const before = await copyLinkAt();
  await quote.getByRole('button', { name: 'Copy citation' }).click();
  // Said beside the button pressed; nothing else in the panel moves.
  await expect(quote.getByRole('status')).toHaveText('Citation copied.');
  expect(await copyLinkAt()).toEqual(before);
  const citation = await clipboard(page);
  expect(citation).toContain('Jens Stoltenberg, NATO Secretary General');
  expect(citation).toContain('4 April 2019');
  expect(citation).toContain(`“${text.replace(/^“|”$/g, '')}”`);
  expect(citation).toMatch(/Source: .+, “.+”, .+ \d{4}, https:\/\//);
  expect(citation).not.toMatch(/<[a-z]/i);
});

test.describe('where the browser refuses to copy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
  });

  test('the link and a citation are offered selected in a box, to copy by hand', async ({
    explorer,
    page,
  }) => {
    const id = '2019-04-04-stoltenberg-s400-national-decision';
    await explorer.goto(S400, `?event=${id}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(explorer.panel.getByRole('alert')).toHaveText(
      'Could not copy the link: your browser did not allow it. Copy it from the box below.',
    );
    const link = explorer.panel.getByRole('textbox', { name: 'Link to this event, to copy' });
    await expect(link).toBeFocused();
    expect(new URL(await link.inputValue()).pathname).toBe(`/${S400}event/${id}/`);
    // All of it selected: Ctrl+C (or ⌘C) copies it.
    const selection = await link.evaluate((box: HTMLTextAreaElement) => [
      box.selectionStart,
      box.selectionEnd,
      box.value.length,
    ]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    // It stays (a message that it worked goes after 4 s) until the reader copies something else.
    // eslint-disable-next-line playwright/no-wait-for-timeout -- it must still be there after that
    await page.waitForTimeout(4500);
    await expect(link).toBeVisible();
    const quote = explorer.panel.locator('figure').filter({ hasText: 'Direct quote' }).first();
    await quote.getByRole('button', { name: 'Copy citation' }).click();
    await expect(link).toBeHidden();
    const citation = quote.getByRole('textbox', { name: 'Citation, to copy' });
    await expect(citation).toBeFocused();
    await expect(citation).toHaveValue(/^Jens Stoltenberg, NATO Secretary General/);
    await expect(citation).toBeInViewport();
    // Esc there closes the box, not the panel, and the button pressed has the focus again.
    await citation.press('Escape');
    await expect(citation).toBeHidden();
    await expect(explorer.panelHeading).toHaveText(/^Stoltenberg/);
    await expect(quote.getByRole('button', { name: 'Copy citation' })).toBeFocused();
    await quote.getByRole('button', { name: 'Copy citation' }).click();
    await expect(citation).toBeFocused();
    // Another event: nothing of this one's copying is left, nor on the way back to it.
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(explorer.panel.getByRole('textbox')).toHaveCount(0);
    await expect(explorer.panel.getByRole('alert')).toHaveCount(0);
    const previous = page.getByRole('button', { name: /^Previous/ });
    await previous.click();
    await expect(explorer.panelHeading).toHaveText(/^Stoltenberg/);
    await expect(explorer.panel.getByRole('textbox')).toHaveCount(0);
    await expect(previous).toBeFocused();
  });
});
