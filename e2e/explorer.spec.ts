import { expect, loadDataset, S400, SMALL, test } from './fixtures.ts';
import { ExplorerPage } from './pages/explorer-page.ts';

const s400 = loadDataset('data/events.json');

test.describe('first load', () => {
  test('shows the dataset with items in every lane', async ({ explorer, page }) => {
    await explorer.goto(S400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s400.title);
    await expect(page).toHaveTitle(s400.title);
    const lanes = await explorer.laneNames();
    expect(lanes.length).toBeGreaterThanOrEqual(4);
    for (const name of ['Turkey', 'Russia', 'United States', 'NATO']) expect(lanes).toContain(name);
    for (let i = 0; i < lanes.length; i++) {
      await expect
        .poll(() => explorer.itemsInLane(i).count(), `items in lane ${lanes[i]}`)
        .toBeGreaterThan(0);
    }
    await expect(explorer.list.getByRole('listitem')).toHaveCount(s400.events.length);
  });

  test('the timeline shows and takes clicks as soon as its items are drawn', async ({ explorer, page }) => {
    await explorer.goto(S400);
    // The moment items exist: vis-timeline hides its root, under an empty overlay that takes the
    // clicks, until it counts its first draw as done. A hidden item still has a box.
    await page.waitForFunction(() => document.querySelector('.vis-item') !== null);
    const state = await page.evaluate(() => ({
      root: getComputedStyle(document.querySelector('.vis-timeline')!).visibility,
      overlays: document.querySelectorAll('.vis-loading-screen').length,
    }));
    expect(state).toEqual({ root: 'visible', overlays: 0 });
  });

  test('draws eras as bands behind the lanes, named in a lane of their own', async ({ explorer }) => {
    await explorer.goto(SMALL);
    await expect(explorer.eras()).toHaveText(['Years of talks']);
    expect(await explorer.laneNames()).toEqual(['Alpha Republic', 'Beta Union', 'Gamma Kingdom', 'Eras']);
    // The band runs behind every lane.
    const band = (await explorer.eraBands().boundingBox())!;
    const first = (await explorer.laneName('Alpha Republic').boundingBox())!;
    const eras = (await explorer.laneName('Eras').boundingBox())!;
    expect(band.y).toBeLessThanOrEqual(first.y + 1);
    expect(band.y + band.height).toBeGreaterThanOrEqual(eras.y + eras.height - 1);
    // The name is in the eras' lane, which has no events: no item covers it (the first lane's did,
    // at the band's head, and the last lane's, at its foot).
    const name = explorer.eras().locator('.vis-item-content');
    await expect(name).toBeVisible();
    const box = (await name.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(eras.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(eras.y + eras.height + 1);
    await expect(explorer.itemsInLane(3)).toHaveClass([/\bera\b/]); // its one item is the era's name
    const onTop = await name.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && element.contains(hit);
    });
    expect(onTop).toBe(true);
  });

  test('stacks eras that overlap, and keeps a long era named while the view is inside it', async ({
    explorer,
    page,
  }) => {
    const dataset = loadDataset('e2e/data/small.json');
    dataset.eras = [
      { title: 'Years of talks', start: '2017', end: '2018' },
      { title: 'The accord period, which has a long name', start: '2018-06', end: '2019-08' },
      { title: 'Summer', start: '2019-05', end: '2019-09' },
    ];
    await page.route('**/assets/events-*.json', (route) => route.fulfill({ json: dataset }));
    await explorer.goto(SMALL);
    const names = explorer.eras().locator('.vis-item-content');
    await expect(names).toHaveCount(3);
    const lane = (await explorer.laneName('Eras').boundingBox())!;
    const boxes = [];
    for (const name of await names.all()) {
      await expect(name).toBeVisible();
      const box = (await name.boundingBox())!;
      // In the eras' lane, which grew to hold a row for each era at one time.
      expect(box.y).toBeGreaterThanOrEqual(lane.y - 1);
      boxes.push(box);
    }
    const eraRows = await explorer
      .eras()
      .evaluateAll((eras) => eras.map((era) => era.getBoundingClientRect()));
    const laneBox = await explorer.timeline
      .locator('.vis-foreground .vis-group')
      .last()
      .evaluate((group) => group.getBoundingClientRect());
    for (const row of eraRows) expect(row.bottom).toBeLessThanOrEqual(laneBox.bottom + 1);
    // No two names overlap (they did, drawn in one row whatever their dates).
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart =
          a.x + a.width <= b.x + 1 ||
          b.x + b.width <= a.x + 1 ||
          a.y + a.height <= b.y + 1 ||
          b.y + b.height <= a.y + 1;
        expect(apart, `era names ${i} and ${j} overlap`).toBe(true);
      }
    }
    // The long name is cut at its era's end, and whole in its tooltip.
    const long = explorer.eras().filter({ hasText: 'The accord period' });
    await expect(long.locator('.era-title')).toHaveAttribute(
      'title',
      'The accord period, which has a long name',
    );

    // Inside the accord period, its name is still in view.
    const area = (await explorer.datesArea().boundingBox())!;
    const accord = (await long.boundingBox())!;
    await page.mouse.move(accord.x + accord.width / 2, area.y + area.height / 2);
    // Zoomed in around the era's middle until it starts well left of the view.
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, -300);
          return (await long.boundingBox())!.x;
        },
        { message: 'the era runs past the left edge', intervals: [100] },
      )
      .toBeLessThan(area.x - 100);
    const name = long.locator('.vis-item-content');
    await expect(name).toContainText('The accord');
    const shown = (await name.boundingBox())!;
    expect(shown.x).toBeGreaterThanOrEqual(area.x - 1);
    expect(shown.x + Math.min(shown.width, 40)).toBeLessThanOrEqual(area.x + area.width);
  });

  test('on a wide screen the header lines up with the column below it, before the app runs and after', async ({
    explorer,
    page,
    browser,
    baseURL,
  }) => {
    const viewport = { width: 1920, height: 1080 };
    const titleLeft = (on: typeof page) =>
      on.evaluate(() => document.querySelector('header h1')!.getBoundingClientRect().left);
    // The page as its HTML paints it, before (here: without) its JS.
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    const shell = await context.newPage();
    await shell.goto(new URL(S400, baseURL).href);
    await expect(shell.getByText('The timeline needs JavaScript to run.')).toBeVisible();
    const before = await titleLeft(shell);
    await context.close();

    await page.setViewportSize(viewport);
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    const title = await titleLeft(page);
    expect(title).toBe(before);
    const column = await explorer.search.evaluate(
      (input) => input.closest('section')!.getBoundingClientRect().left,
    );
    expect(column).toBeGreaterThan(100); // a centred column, not the page's edge
    expect(Math.abs(title - column)).toBeLessThanOrEqual(1);
    // And the dark mode button ends where the panel's column does.
    const [button, panel] = await Promise.all([
      page.getByRole('button', { name: 'Dark mode' }).boundingBox(),
      explorer.panel.boundingBox(),
    ]);
    expect(Math.abs(button!.x + button!.width - (panel!.x + panel!.width))).toBeLessThanOrEqual(1);
  });

  test('marks statements apart from events', async ({ explorer }) => {
    await explorer.goto(SMALL);
    await expect(explorer.item('Ruiz says Alpha is committed')).toHaveClass(/kind-statement/);
    await expect(explorer.item('Ruiz says Alpha is committed')).toContainText('“');
    await expect(explorer.item('Gamma signs the accord')).toHaveClass(/kind-event/);
    await expect(explorer.item('Gamma signs the accord')).not.toContainText('“');
  });
});

test.describe('quote detail panel', () => {
  test('opens on a click, shows the quote and its source, and names the event in the URL', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(SMALL);
    await explorer.item('Ruiz says Alpha is committed').click();
    await expect(page).toHaveURL(/\?event=ruiz-committed$/);
    await expect(explorer.panelHeading).toHaveText('Ruiz says Alpha is committed');
    // Focus is on the heading, for the keyboard and screen readers, without a ring: it is no control.
    await expect(explorer.panelHeading).toBeFocused();
    await expect(explorer.panelHeading).toHaveCSS('outline-style', 'none');
    await expect(explorer.quote('We are committed, and we will not step back.')).toBeVisible();
    await expect(explorer.panel.getByText('Direct quote')).toBeVisible();
    await expect(explorer.panel.locator('figcaption')).toContainText('Ana Ruiz, Foreign Minister of Alpha');
    await expect(explorer.panel.locator('dl')).toContainText('Date4 June 2019, 10:34');
    const link = explorer.panel.getByRole('link', { name: /Alpha and Beta talk/ });
    await expect(link).toHaveAttribute('href', 'https://example.org/alpha-beta');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(explorer.selectedItem()).toContainText('Ruiz says Alpha is committed');
    await expect(page).toHaveTitle('Ruiz says Alpha is committed · A small test timeline');
  });

  for (const search of ['', '400']) {
    test(`"S-400" and "F-35" are never broken across two lines, at any width${search ? `, a search marking "${search}"` : ''}`, async ({
      explorer,
      page,
    }) => {
      const query = search ? `&q=${search}` : '';
      await explorer.goto(S400, `?event=2019-06-04-erdogan-committed-to-s400-agreement${query}`);
      await expect(explorer.panelHeading).toBeVisible();
      if (search) await expect(explorer.panel.locator('mark').first()).toBeVisible();
      /** Lines on which each "S-400" or "F-35" of the panel is laid out (marks may split its text). */
      const linesOfEach = () =>
        explorer.panel.evaluate((panel) => {
          const nodes: { node: Text; at: number }[] = [];
          let text = '';
          const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push({ node: node as Text, at: text.length });
            text += node.textContent ?? '';
          }
          const place = (offset: number, end: boolean) => {
            const found = nodes.findLast(({ at }) => (end ? at < offset : at <= offset))!;
            return [found.node, offset - found.at] as const;
          };
          return [...text.matchAll(/S-400|F-35/g)].map((match) => {
            const range = document.createRange();
            range.setStart(...place(match.index, false));
            range.setEnd(...place(match.index + match[0].length, true));
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
          });
        });
      for (let width = 360; width <= 1440; width += 20) {
        await page.setViewportSize({ width, height: 900 });
        const lines = await linesOfEach();
        expect(lines.length).toBeGreaterThan(3);
        expect(
          lines.every((n) => n === 1),
          `at ${width} px: ${lines.join(' ')}`,
        ).toBe(true);
      }
    });
  }

  test('names a source whose title is not known by its address, not by a made-up title', async ({
    explorer,
  }) => {
    await explorer.goto(S400, '?event=2017-2019-nato-allies-criticize-s400-purchase');
    const sources = explorer.panel.getByRole('listitem').filter({ hasText: /Al-Manar|Press TV/ });
    await expect(sources).toHaveCount(2);
    const link = explorer.panel.getByRole('link', { name: /^english\.almanar\.com\.lb\/752314/ });
    await expect(link).toHaveAttribute('href', 'http://english.almanar.com.lb/752314');
    await expect(sources.filter({ hasText: 'Al-Manar' })).toHaveText(
      /^Al-Manar English, english\.almanar\.com\.lb\/752314 \(opens in a new tab\), 5 June 2019/,
    );
    // No address at all: said, so that a missing link does not look like a slip.
    await expect(sources.filter({ hasText: 'Press TV' })).toContainText(
      "Iran Press TV, Turkey won't backtrack from Russian S-400 deal: Erdogan (no web address on record), 4 June 2019",
    );
    await expect(explorer.panel).not.toContainText('title not shown');
  });

  test('shows media as a link with its credit, never embedded', async ({ explorer, page }) => {
    await explorer.goto(SMALL, '?event=gamma-agrees');
    const link = explorer.panel.getByRole('link', { name: /Gamma's delegation signs/ });
    await expect(link).toHaveAttribute('href', 'https://example.org/photo.jpg');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(explorer.panel).toContainText('(Photo: A. Photographer)');
    await expect(page.locator('img, video, iframe')).toHaveCount(0);
  });

  test('writes dates at their precision and marks paraphrases', async ({ explorer }) => {
    await explorer.goto(SMALL, '?event=beta-objects');
    await expect(explorer.panel.getByText('March 2018', { exact: true })).toBeVisible();
    await expect(explorer.panel.getByText(/^Paraphrase/)).toBeVisible();
    await expect(explorer.panel.getByText('Direct quote')).toHaveCount(0);
    await explorer.goto(SMALL, '?event=talks-begin');
    await expect(explorer.panel.getByText('2017', { exact: true })).toBeVisible();
    await expect(explorer.panel.locator('blockquote')).toHaveCount(0);
    await explorer.goto(SMALL, '?event=talks-period');
    await expect(explorer.panel.getByText(/^July\s?–\s?September 2019$/)).toBeVisible();
    await expect(explorer.panel.getByText('Sources differ on when the talks ended.')).toBeVisible();
  });

  test('closes with its button and with Esc', async ({ explorer, page }) => {
    await explorer.goto(SMALL, '?event=gamma-agrees');
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
    await explorer.closeButton.click();
    await expect(explorer.panelHeading).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(explorer.selectedItem()).toHaveCount(0);

    await explorer.listEntry('Gamma signs the accord').click();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
    await page.keyboard.press('Escape');
    await expect(explorer.panelHeading).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
  });

  test('closing leaves the page where it was, even when the event was opened from the timeline', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400);
    await explorer.item('NATO allies criticise').click();
    await expect(explorer.panelHeading).toContainText('NATO allies criticise');
    const scrolled = await page.evaluate(() => scrollY);
    await explorer.closeButton.click();
    await expect(explorer.panelHeading).toHaveCount(0);
    // Focus is back where the event was picked, on the lanes (in view: the page did not move).
    await expect(page.getByRole('region', { name: 'Lanes' })).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });

  test('beside the timeline, a panel read down to its end shows the next event opened from its heading', async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 700 });
    await explorer.goto(S400, '?event=2019-06-04-erdogan-committed-to-s400-agreement');
    await expect(explorer.panel.locator('blockquote').first()).toBeVisible();
    // The panel's column scrolls by itself, beside the timeline: read to its end.
    await explorer.panel.evaluate((column) => column.scrollTo(0, column.scrollHeight));
    await expect(explorer.panelHeading).not.toBeInViewport();
    const title = 'Epilogue: US imposes CAATSA sanctions';
    await explorer.listEntry(title).click();
    await expect(explorer.panelHeading).toContainText(title);
    await expect(explorer.panelHeading).toBeInViewport();
  });

  test('opening the open event again from the list brings it back into view', async ({ explorer, page }) => {
    const title = 'Epilogue: US imposes CAATSA sanctions';
    // No glide that could still be bringing it back after the reader has zoomed away.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await explorer.goto(S400);
    await explorer.listEntry(title).click();
    await expect(explorer.panelHeading).toContainText(title);
    const inView = () => explorer.isSelectedInView();
    await expect.poll(inView).toBe(true);
    // The reader scrolls back up to the timeline and zooms in with the wheel near the start of the
    // story, far from this last event.
    await explorer.timeline.scrollIntoViewIfNeeded();
    const area = (await explorer.datesArea().boundingBox())!;
    await page.mouse.move(area.x + 30, area.y + area.height - 8);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await expect.poll(inView).toBe(false);
    await explorer.listEntry(title).click();
    await expect.poll(inView).toBe(true);
  });

  test('walks the events in date order with previous and next', async ({ explorer, page }) => {
    await explorer.goto(SMALL, '?event=talks-begin');
    await expect(explorer.previousButton).toBeDisabled();
    const order = [
      'Beta objects to the plan',
      'Gamma signs the accord',
      'Ruiz says Alpha is committed',
      'A summer of talks',
    ];
    for (const title of order) {
      await explorer.nextButton.click();
      await expect(explorer.panelHeading).toHaveText(title);
      await expect(explorer.selectedItem()).toContainText(title);
    }
    await expect(explorer.nextButton).toBeDisabled();
    await explorer.previousButton.click();
    await expect(explorer.panelHeading).toHaveText('Ruiz says Alpha is committed');
    await expect(page).toHaveURL(/\?event=ruiz-committed$/);
  });

  test('opens from the list with the keyboard', async ({ explorer, page }) => {
    await explorer.goto(SMALL);
    await explorer.listEntry('Beta objects to the plan').focus();
    await page.keyboard.press('Enter');
    await expect(explorer.panelHeading).toHaveText('Beta objects to the plan');
    await expect(explorer.panelHeading).toBeFocused();
  });

  test('list entries say who: the speakers of a statement, the actors of an event', async ({ explorer }) => {
    await explorer.goto(SMALL);
    const statement = explorer.listEntry('Ruiz says Alpha is committed');
    await expect(statement).toContainText('Statement · Ana Ruiz');
    await expect(statement).not.toContainText('Beta Union'); // an actor, but not who said it
    await expect(explorer.listEntry('Gamma signs the accord')).toContainText(
      'Event · Gamma Kingdom, Alpha Republic',
    );
  });
});

test.describe('quotes verbatim', () => {
  /** Each quote's words as the panel lays them out (Playwright's text matchers collapse whitespace). */
  const shownQuotes = (explorer: { panel: import('@playwright/test').Locator }) =>
    explorer.panel.locator('blockquote p').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText));

  test('a quote keeps its line breaks and runs of spaces in the panel', async ({ explorer, page }) => {
    const text = 'First paragraph.\n\nSecond paragraph,  after two spaces;\nits second line.';
    await page.route('**/assets/events-*.json', (route) =>
      route.fulfill({
        json: {
          title: 'Verbatim',
          description: 'A quote over several lines.',
          actors: [{ id: 'alpha', name: 'Alpha', kind: 'country' }],
          sources: [{ id: 'src', publisher: 'Publisher', title: 'A report', published: '2019' }],
          events: [
            {
              id: 'speech',
              kind: 'statement',
              date: '2019-06-04',
              title: 'A speech',
              summary: 'Summary.',
              actors: ['alpha'],
              sources: ['src'],
              quotes: [{ speaker: 'alpha', text, kind: 'direct' }],
            },
          ],
        },
      }),
    );
    await explorer.goto('empty/', '?event=speech');
    await expect(explorer.panelHeading).toHaveText('A speech');
    await expect.poll(() => shownQuotes(explorer)).toEqual([text]);
  });

  test('the S-400 quote printed with two spaces shows them', async ({ explorer }) => {
    const spaced = s400.events.find((e) => e.quotes.some((quote) => quote.text.includes('  ')))!;
    await explorer.goto(S400, `?event=${spaced.id}`);
    await expect(explorer.panelHeading).toHaveText(spaced.title);
    await expect.poll(() => shownQuotes(explorer)).toEqual(spaced.quotes.map((quote) => quote.text));
  });
});

test.describe('deep links', () => {
  test('a cold load of a copied link opens the event, selected and in view', async ({ explorer, page }) => {
    const event = s400.events[Math.floor(s400.events.length / 2)]!;
    await explorer.goto(S400, `?event=${event.id}`);
    await expect(explorer.panelHeading).toHaveText(event.title);
    await explorer.expectSelectedInView(event.title);
    await expect(page).toHaveTitle(`${event.title} · ${s400.title}`);
    // A page load does not move focus (nor draw a focus ring) into the panel...
    await expect(explorer.panelHeading).not.toBeFocused();
    // ...but an event the reader opens takes it.
    await explorer.nextButton.click();
    await page.keyboard.press('Escape');
    await explorer.listEntry(event.title).focus();
    await page.keyboard.press('Enter');
    await expect(explorer.panelHeading).toBeFocused();
  });

  test('Back and Forward restore the selection, and reload keeps it', async ({ explorer, page }) => {
    await explorer.goto(SMALL);
    await explorer.listEntry('Gamma signs the accord').click();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
    await explorer.nextButton.click();
    await expect(explorer.panelHeading).toHaveText('Ruiz says Alpha is committed');

    await page.goBack();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
    await expect(explorer.selectedItem()).toContainText('Gamma signs the accord');
    await page.goBack();
    await expect(explorer.panelHeading).toHaveCount(0);
    await expect(explorer.selectedItem()).toHaveCount(0);
    await page.goForward();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');

    await page.reload();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
    await expect(explorer.selectedItem()).toContainText('Gamma signs the accord');
  });

  test('an unknown id says "Event not found" and the explorer still works', async ({ explorer, page }) => {
    await explorer.goto(SMALL, '?event=no-such-event');
    await expect(page.getByRole('heading', { name: 'Event not found' })).toBeVisible();
    await expect(page.getByText('no-such-event')).toBeVisible();
    await expect(explorer.item('Gamma signs the accord')).toBeVisible();
    await explorer.item('Gamma signs the accord').click();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
    await expect(page.getByRole('heading', { name: 'Event not found' })).toHaveCount(0);
  });

  test('a link to an unknown id draws the same timeline as the plain page', async ({ explorer }) => {
    const drawn = () => explorer.items().allTextContents();
    await explorer.goto(S400);
    await expect(explorer.listEntry(s400.events[0]!.title)).toBeVisible(); // drawn after the timeline
    const plain = await drawn();
    expect(plain.filter((text) => /\d+ events/.test(text)).length).toBeGreaterThan(3);
    await explorer.goto(S400, '?event=no-such-event');
    await expect.poll(drawn).toEqual(plain);
  });

  test('a link to a sub-path build loads its assets relative to the page', async ({ explorer, page }) => {
    const responses: string[] = [];
    page.on('response', (response) => responses.push(response.url()));
    await explorer.goto(S400);
    await expect(explorer.items().first()).toBeVisible();
    const assets = responses.filter((url) => url.includes('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const url of assets) expect(url).toContain(`/${S400}assets/`);
  });
});

test('after resizing from desktop to phone width, the timeline is laid out as on a phone', async ({
  browser,
  explorer,
  page,
}) => {
  const phone = { width: 390, height: 844 };
  const fresh = await browser.newPage({ viewport: phone });
  const onPhone = new ExplorerPage(fresh);
  await onPhone.goto(S400);
  await expect(onPhone.items().first()).toBeVisible();
  const axis = await onPhone.minorAxisLabels().allTextContents();
  const rows = await onPhone.lanesHeight();
  await fresh.close();

  await page.setViewportSize({ width: 1366, height: 900 });
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  await page.setViewportSize(phone);
  // The axis is labelled for the narrow width and the events are regrouped for it: the lanes stack
  // about as many rows as on a phone (items placed anew may stack in another order: a row at most).
  await expect.poll(() => explorer.minorAxisLabels().allTextContents()).toEqual(axis);
  await expect.poll(() => explorer.lanesHeight()).toBeLessThanOrEqual(rows + 40);
});

test('narrowing the window with a panel open keeps the panel on screen, now under the timeline', async ({
  explorer,
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const event = s400.events.at(-1)!;
  await explorer.goto(S400, `?event=${event.id}`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(explorer.panelHeading).toBeInViewport();
  // Both read at once: the page may still be scrolling.
  const gap = await page.evaluate(
    () =>
      document.querySelector('[aria-label="Event details"]')!.getBoundingClientRect().top -
      document.querySelector('[data-testid="timeline"]')!.getBoundingClientRect().bottom,
  );
  expect(gap).toBeGreaterThanOrEqual(0);
});

for (const steps of [[800], [1200, 1100, 1024, 1000, 900, 800]]) {
  test(`narrowing the window to 800 px ${steps.length > 1 ? 'in steps, as a dragged edge does,' : 'at once'} ends with the panel on screen`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const event = s400.events.find((e) => e.id === '2019-07-12-first-s400-components-arrive-at-murted')!;
    await explorer.goto(S400, `?event=${event.id}`);
    await expect(explorer.panelHeading).toHaveText(event.title);
    for (const width of steps) {
      await page.setViewportSize({ width, height: 844 });
      // eslint-disable-next-line playwright/no-wait-for-timeout -- the pace of a dragged window edge
      await page.waitForTimeout(250);
    }
    await expect(explorer.panelHeading).toBeInViewport();
  });
}

for (const { width, fits } of [
  { width: 1024, fits: false },
  { width: 1366, fits: true },
]) {
  test(`at ${width} px a period's title ${fits ? 'takes its whole bar' : 'ends in an ellipsis inside its bar'}`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await explorer.goto(S400);
    const bar = explorer.item('NATO allies criticise');
    await expect(bar).toBeVisible();
    const title = await bar.locator('.timeline-item-title').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const barBox = el.closest('.vis-item')!.getBoundingClientRect();
      return {
        insideBar: box.right <= barBox.right,
        cut: el.scrollWidth > el.clientWidth,
        ellipsis: getComputedStyle(el).textOverflow === 'ellipsis',
        barWidth: barBox.width,
        textWidth: el.scrollWidth,
      };
    });
    expect(title.insideBar).toBe(true);
    // Cut only where the bar is too short for it, and then with an ellipsis.
    expect(title.cut).toBe(title.textWidth > title.barWidth - 30);
    expect(title.cut).toBe(!fits);
    expect(title.ellipsis).toBe(true);
  });
}

test.describe('on a screen too short for all the lanes', () => {
  test.use({ viewport: { width: 1366, height: 600 } });

  test('a lane scrolled partly out of view shows its name in what shows of it', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400, '?from=2019-07-01&to=2019-07-31');
    await expect(explorer.drawnTimeline()).toBeVisible();
    const lanes = page.getByRole('region', { name: 'Lanes' });
    const max = await lanes.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(max).toBeGreaterThan(50);
    let cut = 0;
    for (let top = 0; top <= max; top += 15) {
      await lanes.evaluate((el, y) => (el.scrollTop = y), top);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      // Every lane with room enough in view for its name shows the whole name there.
      const names = await lanes.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('.vis-label')].map((label) => {
          const cell = label.getBoundingClientRect();
          const name = label.querySelector('.vis-inner')!.getBoundingClientRect();
          const shownTop = Math.max(cell.top, box.top);
          const shownBottom = Math.min(cell.bottom, box.bottom);
          return {
            hidden:
              shownBottom - shownTop >= name.height &&
              (name.top < shownTop - 0.5 || name.bottom > shownBottom + 0.5) &&
              `${label.textContent} at ${Math.round(name.top - box.top)} px`,
            cut: cell.top < box.top - 20 && cell.bottom > box.top + 40,
          };
        });
      });
      expect(
        names.flatMap(({ hidden }) => hidden || []),
        `scrolled by ${top} px`,
      ).toEqual([]);
      cut += names.filter((name) => name.cut).length;
    }
    // The walk did pass lanes whose top was scrolled off with most of them still in view.
    expect(cut).toBeGreaterThan(0);
  });
});
