import { readFileSync } from 'node:fs';
import { importText } from '../scripts/import/import-text.ts';
import { expect, loadDataset, test } from './fixtures.ts';

/** The build over e2e/data/imported-women-in-computing.json, made by `npm run data:import` from the TimelineJS3 sample. */
const IMPORTED = 'imported/';
const women = loadDataset('e2e/data/imported-women-in-computing.json');

test.describe('a timeline imported from TimelineJS', () => {
  test('shows the title slide as the page heading and every slide as an event', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(IMPORTED);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women in Computing');
    await expect(page.getByText(/^In this sample timeline, we'll walk you through/)).toBeVisible();
    await expect(explorer.list.getByRole('listitem')).toHaveCount(women.events.length);
    expect(await explorer.laneNames()).toEqual(['Women in Computing']);
  });

  test('opens an event from the list with its summary as plain text and its media as a link', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(IMPORTED);
    await explorer.listEntry('Ada Lovelace').click();
    await expect(page).toHaveURL(/\?event=1815-12-10-ada-lovelace$/);
    await expect(explorer.panelHeading).toHaveText('Ada Lovelace');
    await expect(explorer.panel.locator('dl')).toContainText('10 December 1815');
    await expect(explorer.panel).toContainText(
      'Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron',
    );
    await expect(explorer.panel).toContainText('This slide demonstrates a simple "image" media type.');
    await expect(explorer.panel).not.toContainText('<');

    // The caption writes out the address of its own link (a Wikipedia page), which is not where the
    // media link goes (the image): it is text, and the link reads the image's address.
    await expect(explorer.panel).toContainText(
      'Media: Portrait by Alfred Edward Chalon (https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg) · upload.wikimedia.org/',
    );
    const media = explorer.panel.getByRole('link', { name: /^upload\.wikimedia\.org\/wikipedia\/commons\// });
    await expect(media).toHaveAttribute(
      'href',
      'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
    );
    await expect(media).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(explorer.panel).toContainText('(Wikimedia Commons)');
    await expect(page.locator('img, video, iframe')).toHaveCount(0);
    await expect(explorer.panel.getByRole('link', { name: /Women in Computing/ })).toHaveAttribute(
      'href',
      'https://github.com/NUKnightLab/TimelineJS3/blob/master/contrib/women_in_computing.json',
    );
  });

  test("no link in any event's panel shows an address other than the one it opens", async ({ explorer }) => {
    for (const event of women.events) {
      await explorer.goto(IMPORTED, `?event=${encodeURIComponent(event.id)}`);
      await expect(explorer.panelHeading).toHaveText(event.title);
      for (const link of await explorer.panel.getByRole('link').all()) {
        const text = (await link.innerText()).replace(/\s*\(opens in a new tab\)$/, '');
        const href = (await link.getAttribute('href')) ?? '';
        const written = [...text.matchAll(/(?:https?:\/\/|www\.)[^\s)]+/gi)].map(([address]) => address);
        for (const address of written)
          expect(href.replace(/^https?:\/\/(www\.)?/i, ''), `${event.id}: "${text}"`).toContain(
            address.replace(/^https?:\/\/(www\.)?/i, ''),
          );
      }
    }
  });

  test('turns a blockquote with a cite into a quote by its speaker', async ({ explorer }) => {
    await explorer.goto(IMPORTED);
    await explorer.listEntry('Edith Clarke: Bucking the Trend').click();
    await expect(explorer.panelHeading).toHaveText('Edith Clarke: Bucking the Trend');
    await expect(
      explorer.quote('There is no demand for women engineers, as such, as there are for women doctors'),
    ).toBeVisible();
    await expect(explorer.panel.getByText('Direct quote')).toBeVisible();
    await expect(explorer.panel.locator('figcaption')).toContainText(
      'Edith Clarke, first female professor of electrical engineering in the United States',
    );
    await expect(explorer.item('Edith Clarke: Bucking the Trend')).toHaveClass(/kind-statement/);
  });

  test('draws the eras of an imported sheet as bands', async ({ explorer, page }) => {
    // The TimelineJS sample has no eras, so this serves the sheet fixture, imported here, to the same build.
    const { dataset } = await importText(readFileSync('e2e/data/timelinejs/sheet.csv', 'utf8'), {
      fileName: 'sheet.csv',
      modified: new Date('2024-05-01T12:00:00Z'),
    });
    await page.route('**/assets/events-*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    await explorer.goto(IMPORTED);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test sheet');
    await expect(explorer.eras()).toHaveText(['Negotiation years']);
    expect(await explorer.laneNames()).toEqual(['Buyer', 'Seller', 'Third party', 'Eras']);
  });
});
