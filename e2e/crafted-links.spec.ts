import { expect, loadDataset, S400, SMALL, test } from './fixtures.ts';

const s400 = loadDataset('data/events.json');

// [what, query, whether it names an event that must be reported as not found]
const crafted: [string, string, boolean][] = [
  ['markup', '?event=' + encodeURIComponent('<img src=x onerror="window.__pwned=1">'), true],
  ['a 5,000-character id', '?event=' + 'a'.repeat(5000), true],
  ['unicode and RTL', '?event=' + encodeURIComponent('مرحبا‮-🚀-שלום'), true],
  ['broken percent escapes', '?event=%E0%A4%A%%zz%', true],
  ['an empty value', '?event=', false],
  ['bad filter values', '?actors=nobody,%3Cb%3E&kind=both&from=yesterday&to=2019-02-30', false],
];

for (const [name, query, notFound] of crafted) {
  test(`a link with ${name} leaves a working explorer`, async ({ explorer, page }) => {
    await explorer.goto(SMALL, query);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test timeline');
    await expect(page.getByRole('heading', { name: 'Event not found' })).toHaveCount(notFound ? 1 : 0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('img')).toHaveCount(0);
    await explorer.listEntry('Gamma signs the accord').click();
    await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
  });
}

test('with several event values, the first one is used', async ({ explorer }) => {
  await explorer.goto(SMALL, '?event=gamma-agrees&event=talks-begin');
  await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
});

test('a search for markup is a search like any other: no match, and the box shows it as typed', async ({
  explorer,
  page,
}) => {
  await explorer.goto(SMALL, '?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&event=gamma-agrees');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
    '<script>window.__pwned=1</script>',
  );
  await expect(page.getByText('0 of 5 events')).toBeVisible();
  await expect(page.getByText('No events match these filters.').first()).toBeVisible();
  await expect(explorer.panelHeading).toHaveText('Gamma signs the accord');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(page.getByText('5 events', { exact: true })).toBeVisible();
});

test('a link to an event its own filters hide says so, and one click shows it', async ({
  explorer,
  page,
}) => {
  // A statement, with the filter to events only: the panel shows it, the timeline and list do not.
  const statement = s400.events.find((event) => event.kind === 'statement')!;
  await explorer.goto(S400, `?event=${statement.id}&kind=event`);
  await expect(explorer.panelHeading).toHaveText(statement.title);
  const note = explorer.panel.getByRole('status').filter({ hasText: 'The filters hide this event' });
  await expect(note).toBeVisible();
  await expect(explorer.listEntry(statement.title)).toHaveCount(0);
  await note.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(note).toHaveCount(0);
  await expect(page).not.toHaveURL(/kind=/);
  await expect(explorer.panelHeading).toHaveText(statement.title);
  await expect(explorer.listEntry(statement.title)).toHaveAttribute('aria-current', 'true');
  await explorer.expectSelectedInView(statement.title);
});

test('a link with filters the timeline has not got names them, drops them from the address and keeps the rest', async ({
  explorer,
  page,
}) => {
  await explorer.goto(SMALL, '?actors=nobody,%3Cb%3E,alpha&kind=both&from=yesterday&to=2019-02-30&q=talks');
  const note = page.getByRole('status').filter({ hasText: 'This link asks for filters' });
  await expect(note).toContainText(
    'left out: kind “both”, from “yesterday”, to “2019-02-30”, actor “nobody”, actor “<b>”.',
  );
  // What is a filter here stays, in the view and in the address; the rest is gone from both.
  await expect(page.getByRole('button', { name: 'Alpha Republic', pressed: true })).toBeVisible();
  await expect(explorer.search).toHaveValue('talks');
  await expect
    .poll(() => [...new URL(page.url()).searchParams.entries()])
    .toEqual([
      ['actors', 'alpha'],
      ['q', 'talks'],
    ]);
  await note.getByRole('button', { name: 'Close' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.locator('b')).toHaveCount(0);
});

test('a link that filters by an actor without a lane says that is why it is left out', async ({
  explorer,
  page,
}) => {
  // China is in the data (an event's second actor), but no event is in a lane of its own.
  await explorer.goto(S400, '?actors=china,nato');
  const note = page.getByRole('status').filter({ hasText: 'This link asks for filters' });
  await expect(note).toContainText('left out: actor “china” (it has no lane of its own to filter by).');
  await expect(page.getByRole('button', { name: 'NATO', pressed: true })).toBeVisible();
});

test('a link dated in year 0 or with a search turned around by direction controls is put right', async ({
  explorer,
  page,
}) => {
  // Year 0: not in the calendar, which the date fields would have shown empty, though it filtered.
  // The search: an invisible right-to-left override showed "abc" as "cba", and matched nothing.
  await explorer.goto(SMALL, '?from=0000-01-01&q=%E2%80%AEtalks');
  const note = page.getByRole('status').filter({ hasText: 'This link asks for filters' });
  await expect(note).toContainText('left out: from “0000-01-01”.');
  await expect(explorer.search).toHaveValue('talks');
  await expect(explorer.count).not.toHaveText(/^0 /);
  await expect.poll(() => [...new URL(page.url()).searchParams.entries()]).toEqual([['q', 'talks']]);
});

test('a link that repeats unknown filters names each once, and no more than five', async ({
  explorer,
  page,
}) => {
  const repeated = Array.from({ length: 300 }, () => 'a').join(',');
  const others = ['b', 'c', 'd', 'e', 'f', 'g'].join(',');
  await explorer.goto(SMALL, `?actors=${repeated},${others},alpha&kind=both&kind=both`);
  const note = page.getByRole('status').filter({ hasText: 'This link asks for filters' });
  await expect(note).toContainText(
    'left out: kind “both”, actor “a”, actor “b”, actor “c”, actor “d”, and 3 more.',
  );
  // It stays a line or two, with the filters and the timeline below it on the first screen.
  expect((await note.boundingBox())!.height).toBeLessThan(200);
  await expect(page.getByRole('button', { name: 'Alpha Republic', pressed: true })).toBeInViewport();
  await expect(explorer.items().first()).toBeInViewport();
});

test('a search box never takes more than a link can carry: a long paste is cut, not emptied', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  const pasted = 'Erdoğan '.repeat(80); // 640 characters
  await explorer.search.fill(pasted);
  await expect(explorer.search).toHaveValue(pasted.slice(0, 500));
  await explorer.search.press('End');
  await explorer.search.pressSequentially('xy');
  await expect(explorer.search).toHaveValue(pasted.slice(0, 500));
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(pasted.slice(0, 500));
  await page.reload();
  await expect(explorer.search).toHaveValue(pasted.slice(0, 500));
  await expect(page.getByText('This link asks for filters')).toHaveCount(0);
});

test('the address says what is shown: a longer search is cut as the box cuts it, empty filters go', async ({
  explorer,
  page,
}) => {
  const long = 'a'.repeat(600);
  await explorer.goto(S400, `?q=${long}`);
  await expect(explorer.search).toHaveValue(long.slice(0, 500));
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(long.slice(0, 500));

  await explorer.goto(S400, '?actors=,,,,&q=&kind=&event=2019-06-04-erdogan-committed-to-s400-agreement');
  await expect(explorer.items().first()).toBeVisible();
  await expect.poll(() => [...new URL(page.url()).searchParams.keys()]).toEqual(['event']);
  await expect(page.getByText('This link asks for filters')).toHaveCount(0);
});

test('while a search has only the titles, a linked event it may yet find is not called hidden', async ({
  explorer,
  page,
}) => {
  // "Putin" is in this event's quote, not its title: until the quotes are in, the search cannot tell.
  const id = '2017-09-12-erdogan-says-s400-signed-deposit-paid';
  const event = s400.events.find((e) => e.id === id)!;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/events-(?!outline)[^/]*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await explorer.goto(S400, `?event=${id}&q=putin`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(page.getByText('quotes still loading')).toBeVisible();
  const note = page.getByRole('status').filter({ hasText: 'hide this event' });
  await expect(note).toHaveCount(0);
  release();
  await expect(page.getByText('quotes still loading')).toBeHidden();
  await expect(explorer.listEntry(event.title)).toHaveAttribute('aria-current', 'true');
  await expect(note).toHaveCount(0);
});

test.describe('in an embed', () => {
  test.use({ viewport: { width: 600, height: 400 } });

  test('a linked event its filters hide says so, and clearing them keeps focus on the event', async ({
    explorer,
    page,
  }) => {
    const statement = s400.events.find((event) => event.kind === 'statement')!;
    await explorer.goto(S400, `?embed=1&event=${statement.id}&kind=event`);
    const note = page.getByRole('status').filter({ hasText: 'hide this event' });
    // An embed has no list to speak of.
    await expect(note).toContainText('The filters in this link hide this event: it is not on the timeline.');
    await note.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(note).toHaveCount(0);
    await expect(explorer.panelHeading).toBeFocused();
    await explorer.expectSelectedInView(statement.title);
  });

  for (const [width, height] of [
    [600, 300],
    [360, 640],
  ] as const) {
    test(`at ${width}×${height} the panel's box opens at its top: the note, then the panel's buttons`, async ({
      explorer,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const statement = s400.events.find((event) => event.kind === 'statement' && event.title.length > 60)!;
      await explorer.goto(S400, `?embed=1&event=${statement.id}&kind=event`);
      await expect(explorer.panelHeading).toHaveText(statement.title);
      const note = page.getByRole('status').filter({ hasText: 'hide this event' });
      // Held for a while: the reveal is checked again once the timeline has its height.
      for (let check = 0; check < 3; check++) {
        await expect(note.getByRole('button', { name: 'Clear all filters' })).toBeInViewport();
        await expect(explorer.panel.getByRole('button', { name: 'Previous event' })).toBeInViewport();
        await page.waitForTimeout(250);
      }
    });
  }
});
