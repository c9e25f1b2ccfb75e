import { expect, loadDataset, S400, SMALL, test } from './fixtures.ts';

const s400 = loadDataset('data/events.json');
const actorName = new Map(s400.actors.map((a) => [a.id, a.name]));
/** Independent oracle: the events whose searchable text mentions Erdoğan, spelt either way. */
const erdoganEvents = s400.events.filter((e) => {
  const text = [e.title, e.summary, ...e.quotes.flatMap((q) => [q.text, actorName.get(q.speaker) ?? ''])]
    .join(' ')
    .toLowerCase();
  return text.includes('erdoğan') || text.includes('erdogan');
});

/** The last day a date can mean: "2019" runs to 2019-12-31, "2019-07" to 2019-07-31 (enough for comparing). */
const lastDay = (date: string) => date.padEnd(10, date.length === 4 ? '-12-31' : '-31');

test.describe('search', () => {
  for (const q of ['patriot', 'erdogan', 'sanctions']) {
    test(`every entry found by "${q}" shows why: the match is marked in its title, names or excerpt`, async ({
      explorer,
    }) => {
      await explorer.goto(S400, `?q=${q}`);
      const entries = explorer.list
        .getByRole('button', { name: /./ })
        .filter({ has: explorer.page.locator('time') });
      await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/); // the whole dataset is in
      // On first load the list is drawn in a second pass, after the count (see Explorer).
      await expect(entries.first()).toBeVisible();
      const count = await entries.count();
      expect(count).toBeGreaterThan(1);
      for (let i = 0; i < count; i++) await expect(entries.nth(i).locator('mark').first()).toBeVisible();
    });
  }

  test('finds "Erdoğan" when typed without accents, counts and highlights the matches', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400);
    const before = await page.evaluate(() => history.length);
    await explorer.search.click();
    await page.keyboard.type('erdogan');
    await expect(explorer.count).toHaveText(`${erdoganEvents.length} of ${s400.events.length} events`);
    await expect(explorer.list.getByRole('listitem')).toHaveCount(erdoganEvents.length);
    await expect(page).toHaveURL(/[?&]q=erdogan/);
    // The search typed is one history entry, not one per keystroke.
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    const marks = explorer.list.locator('mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(erdoganEvents.length);
    for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toMatch(/^erdo[gğ]an$/);

    const other = s400.events.find((e) => !erdoganEvents.includes(e))!;
    await expect(explorer.listEntry(other.title)).toHaveCount(0);
    expect(await explorer.itemTooltips()).not.toContain(other.title);

    await explorer.list.getByRole('button').first().click();
    await expect(explorer.panel.locator('mark').first()).toHaveText(/erdo[gğ]an/i);
  });

  test('a quote pasted with its quote marks finds its event, and "S400" finds what "S-400" does', async ({
    explorer,
  }) => {
    const event = s400.events.find((e) => e.quotes.some((q) => q.kind === 'direct' && q.text.length > 40))!;
    const words = event.quotes.find((q) => q.kind === 'direct' && q.text.length > 40)!.text.slice(0, 40);
    await explorer.goto(S400);
    await explorer.search.fill(`“${words}`);
    await expect(explorer.count).toHaveText(/^[1-9]\d* of \d+ events$/);
    await expect(explorer.listEntry(event.title)).toBeVisible();

    /** The count for a search opened from a link, once the whole dataset is in. */
    const countFor = async (q: string) => {
      await explorer.goto(S400, `?q=${q}`);
      await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
      return explorer.count.innerText();
    };
    const withHyphen = await countFor('S-400');
    expect(withHyphen).not.toMatch(/^0 /);
    expect(await countFor('S400')).toBe(withHyphen);
  });

  test('/ focuses the box and Esc clears it', async ({ explorer, page }) => {
    await explorer.goto(S400);
    // The box says so, to the eye and to screen readers.
    await expect(explorer.search).toHaveAttribute('placeholder', /\( \/ \)$/);
    await expect(explorer.search).toHaveAttribute('aria-keyshortcuts', '/');
    await expect(explorer.list).toBeVisible();
    await page.keyboard.press('/');
    await expect(explorer.search).toBeFocused();
    await page.keyboard.type('stoltenberg');
    await expect(explorer.count).toHaveText(new RegExp(`^\\d+ of ${s400.events.length} events$`));
    await page.keyboard.press('Escape');
    await expect(explorer.search).toHaveValue('');
    await expect(explorer.count).toHaveText(`${s400.events.length} events`);
    await expect(page).not.toHaveURL(/q=/);
  });

  test('a search with no match says so and offers to clear', async ({ explorer, page }) => {
    await explorer.goto(S400);
    await explorer.search.fill('zzzz no such words');
    await expect(explorer.count).toHaveText(`0 of ${s400.events.length} events`);
    await expect(page.getByText('No events match these filters.').first()).toBeVisible();
    // The filters' button and the message's: not a third in the list as well.
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear all filters' }).last().click();
    await expect(explorer.list.getByRole('listitem')).toHaveCount(s400.events.length);
  });

  test('a link whose search matches nothing shows the timeline’s own years, empty', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400, '?q=zzzz');
    await expect(page.getByText('No events match these filters.').first()).toBeVisible();
    // The dataset runs from 2015 to 2020: not the year before today.
    await expect.poll(() => explorer.minorAxisLabels().allTextContents()).toContain('2017');
    await expect(explorer.items()).toHaveCount(0);
  });
});

test.describe('filters', () => {
  test('a lane chip shows only that actor’s events, and Back undoes it', async ({ explorer, page }) => {
    await explorer.goto(S400);
    const nato = page.getByRole('button', { name: 'NATO', exact: true });
    await nato.click();
    await expect(nato).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/actors=nato/);
    const natoEvents = s400.events.filter((e) =>
      e.actors.some((id) => id === 'nato' || s400.actors.find((a) => a.id === id)?.country === 'nato'),
    );
    await expect(explorer.count).toHaveText(`${natoEvents.length} of ${s400.events.length} events`);
    await expect.poll(() => explorer.laneNames()).toEqual(expect.arrayContaining(['NATO']));
    await page.goBack();
    await expect(nato).toHaveAttribute('aria-pressed', 'false');
    await expect(explorer.count).toHaveText(`${s400.events.length} events`);
  });

  test('a link naming actors without a chip filters by none of them', async ({ explorer, page }) => {
    // Unknown, and a person (people have no chip): neither could be seen or turned off.
    await explorer.goto(S400, '?actors=nobody,recep-tayyip-erdogan');
    await expect(explorer.count).toHaveText(`${s400.events.length} events`);
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toHaveCount(0);

    await explorer.goto(S400, '?actors=recep-tayyip-erdogan,turkey');
    const turkey = page.getByRole('button', { name: 'Turkey', exact: true });
    await expect(turkey).toHaveAttribute('aria-pressed', 'true');
    const turkeyEvents = s400.events.filter((e) =>
      e.actors.some((id) => id === 'turkey' || s400.actors.find((a) => a.id === id)?.country === 'turkey'),
    );
    await expect(explorer.count).toHaveText(`${turkeyEvents.length} of ${s400.events.length} events`);
    await turkey.click();
    await expect(explorer.count).toHaveText(`${s400.events.length} events`);
  });

  test('kind and date range narrow the list; clear all restores it', async ({ explorer, page }) => {
    await explorer.goto(S400);
    await page.getByLabel('Kind', { exact: true }).selectOption('event');
    const entries = explorer.list.getByRole('listitem');
    const events = s400.events.filter((e) => e.kind === 'event');
    await expect(entries).toHaveCount(events.length);
    for (const text of await entries.allInnerTexts()) expect(text).toContain('· Event');

    await page.getByLabel('From', { exact: true }).fill('2019-07-01');
    await page.getByLabel('To', { exact: true }).fill('2019-07-31');
    // Events whose date (or period) overlaps July 2019.
    const july = events.filter((e) => e.date <= '2019-07-31' && lastDay(e.end ?? e.date) >= '2019-07-01');
    await expect(entries).toHaveCount(july.length);
    await expect(page).toHaveURL(/kind=event&from=2019-07-01&to=2019-07-31/);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(entries).toHaveCount(s400.events.length);
    await expect(page).not.toHaveURL(/kind=|from=|to=/);
  });
});

test('a date range brings the timeline to that stretch, though a longer period reaches past it', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill('2019-06-01');
  await page.getByLabel('To', { exact: true }).fill('2019-07-31');
  // NATO's criticism runs from 2017 to 2019 and passes the filter, but the view is June and July
  // 2019: the axis names those months ("Jun", or "June 2019" over its days), not years alone.
  await expect(explorer.item('NATO allies criticise')).toBeVisible();
  await expect
    .poll(() => explorer.axisLabels().allTextContents())
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Jun/), expect.stringMatching(/^Jul/)]));
  const labels = await explorer.minorAxisLabels().allTextContents();
  expect(labels.filter((label) => /^20\d\d$/.test(label))).toEqual([]);
});

test('a date typed digit by digit is one step back in history, not one per digit', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  const from = page.getByLabel('From', { exact: true });
  await from.focus(); // its first part, the month
  await page.keyboard.type('06012019'); // month, day, year: the year passes through 0002, 0020, 0201
  await expect(page).toHaveURL(/from=2019-06-01/);
  await page.getByLabel('To', { exact: true }).focus();
  await page.keyboard.type('07312019');
  await expect(page).toHaveURL(/from=2019-06-01&to=2019-07-31/);

  await page.goBack();
  await expect(page).toHaveURL(/from=2019-06-01$/);
  await expect(from).toHaveValue('2019-06-01');
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(from).toHaveValue('');
  await expect(explorer.count).toHaveText(`${s400.events.length} events`);
});

test('a date being typed filters nothing until it is whole, and a part cleared keeps the date in effect', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  const all = `${s400.events.length} events`;
  const param = (name: string) => new URL(page.url()).searchParams.get(name);
  const typeDate = async (field: 'From' | 'To', digits: string) => {
    await page.getByLabel(field, { exact: true }).focus(); // its first part, the month
    const seen: { value: string | null; count: string }[] = [];
    for (const digit of digits) {
      await page.keyboard.press(digit);
      seen.push({ value: param(field.toLowerCase()), count: await explorer.count.innerText() });
    }
    return seen;
  };
  // The year passes through 0002, 0020 and 0201 on its way to 2019.
  const from = await typeDate('From', '03152019');
  expect(from.map(({ value }) => value)).toEqual([...Array(7).fill(null), '2019-03-15']);
  expect(from.slice(0, 7).every(({ count }) => count === all)).toBe(true);
  await expect(explorer.count).not.toHaveText(all);
  const shown = await explorer.count.innerText();
  // A "To" of year 0002 would have shown no events at all, and said "From" is after "To".
  const to = await typeDate('To', '07312019');
  expect(to.map(({ value }) => value)).toEqual([...Array(7).fill(null), '2019-07-31']);
  expect(to.slice(0, 7).every(({ count }) => count === shown)).toBe(true);
  await expect(page.getByText('No events match these filters.')).toBeHidden();
  const both = await explorer.count.innerText();

  // Backspace clears the month: the field has no whole date, and the filter stays as it was.
  const fromField = page.getByLabel('From', { exact: true });
  await fromField.focus();
  await page.keyboard.press('Backspace');
  expect(param('from')).toBe('2019-03-15');
  await page.keyboard.press('Tab'); // to the day: still in the field
  expect(param('from')).toBe('2019-03-15');
  await fromField.blur();
  await expect(fromField).toHaveValue('2019-03-15');
  expect(param('from')).toBe('2019-03-15');
  await expect(explorer.count).toHaveText(both);
});

test('a typed search is one step back in history, after the filter set before it', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.items().first()).toBeVisible();
  await page.getByLabel('Kind').selectOption('statement');
  await expect(page).toHaveURL(/\?kind=statement$/);
  await explorer.search.click();
  await page.keyboard.type('patriot');
  await expect(page).toHaveURL(/\?kind=statement&q=patriot$/);

  // Emptied by Esc: a step of its own, which Back undoes.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?kind=statement$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?kind=statement&q=patriot$/);
  await expect(explorer.search).toHaveValue('patriot');

  await page.goBack();
  await expect(page).toHaveURL(/\?kind=statement$/);
  await expect(explorer.search).toHaveValue('');
  await expect(page.getByLabel('Kind')).toHaveValue('statement');
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(explorer.count).toHaveText(`${s400.events.length} events`);
});

test('a date range that ends before it starts says so', async ({ explorer, page }) => {
  await explorer.goto(S400, '?from=2019-07-31&to=2019-06-01');
  await expect(page.getByText('No events match these filters.').first()).toBeVisible();
  await expect(page.getByText('The “From” date is after the “To” date.')).toBeVisible();
});

test('a copied link reproduces the same view', async ({ explorer, page }) => {
  const event = '2019-04-03-pence-turkey-must-choose';
  await explorer.goto(
    S400,
    `?event=${event}&q=turkey&actors=united-states&kind=statement&from=2019-01-01&to=2019-12-31`,
  );
  await expect(explorer.search).toHaveValue('turkey');
  await expect(page.getByRole('button', { name: 'United States', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('statement');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2019-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2019-12-31');
  await expect(explorer.panelHeading).toHaveText(s400.events.find((e) => e.id === event)!.title);
  await expect(explorer.count).toHaveText(new RegExp(`^\\d+ of ${s400.events.length} events$`));
  for (const text of await explorer.list.getByRole('listitem').allInnerTexts()) {
    expect(text).toMatch(/2019 · Statement/);
  }
});

test('selecting in the list selects on the timeline and the other way round', async ({ explorer }) => {
  await explorer.goto(S400, '?q=shanahan');
  const first = explorer.list.getByRole('button').first();
  await first.click();
  const title = await explorer.panelHeading.innerText();
  await explorer.expectSelectedInView(title);
  await expect(first).toHaveAttribute('aria-current', 'true');
  await explorer.nextButton.click();
  const second = explorer.list.getByRole('button').nth(1);
  await expect(second).toHaveAttribute('aria-current', 'true');
  await explorer.expectSelectedInView(await explorer.panelHeading.innerText());
});

test('the open event is selected on the timeline again once a search that hid it is cleared', async ({
  explorer,
  page,
}) => {
  await explorer.goto(SMALL, '?event=ruiz-committed');
  await expect(explorer.selectedItem()).toContainText('Ruiz says Alpha is committed');
  await page.keyboard.press('/');
  await page.keyboard.type('gamma');
  await expect(explorer.item('Ruiz says Alpha is committed')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(explorer.search).toHaveValue('');
  await expect(explorer.panelHeading).toHaveText('Ruiz says Alpha is committed');
  await expect(explorer.selectedItem()).toContainText('Ruiz says Alpha is committed');
});
