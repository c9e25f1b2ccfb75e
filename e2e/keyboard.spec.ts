import { expect, loadDataset, S400, test } from './fixtures.ts';

const s400 = loadDataset('data/events.json');
/** The events in the order the explorer walks them: by date, file order breaking ties. */
const first = (date: string) => date.padEnd(10, '-01');
const ordered = s400.events
  .map((event, i) => ({ event, i }))
  .sort((a, b) => first(a.event.date).localeCompare(first(b.event.date)) || a.i - b.i)
  .map(({ event }) => event);

test('a keyboard-only journey: arrows, j/k, Home/End, Enter, Esc back to where focus was', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.list).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);
  await expect(explorer.panelHeading).toBeFocused();
  await expect(page.getByText(`Showing ${ordered[0]!.title}`)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(ordered[1]!.title);
  await page.keyboard.press('j');
  await expect(explorer.panelHeading).toHaveText(ordered[2]!.title);
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowLeft');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);
  await page.keyboard.press('End');
  await expect(explorer.panelHeading).toHaveText(ordered.at(-1)!.title);
  await page.keyboard.press('Home');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);

  // Tab to a list entry, open it with Enter, close with Esc: focus comes back to the entry.
  const entry = explorer.listEntry(ordered[3]!.title);
  await entry.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(entry).toBeFocused();
  const outline = await entry.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, 'focus is visible').not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(explorer.panelHeading).toHaveText(ordered[3]!.title);
  await expect(explorer.panelHeading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);
  await expect(entry).toBeFocused();
});

test('Esc after End, or on a link to an event far down the list, leaves focus where the reader can see it', async ({
  explorer,
  page,
}) => {
  const focusInView = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      if (focused === null || focused === document.body) return 'nothing focused';
      const { top, bottom } = focused.getBoundingClientRect();
      return bottom > 0 && top < window.innerHeight ? 'in view' : `out of view at ${Math.round(top)} px`;
    });
  await explorer.goto(S400);
  await expect(explorer.list).toBeVisible();
  await page.keyboard.press('End');
  await expect(explorer.panelHeading).toHaveText(ordered.at(-1)!.title);
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);
  await expect.poll(focusInView).toBe('in view');
  // The arrows go on from there.
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);

  await explorer.goto(S400, `?event=${ordered.at(-5)!.id}`);
  await expect(explorer.panelHeading).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);
  await expect.poll(focusInView).toBe('in view');
  expect(await page.evaluate(() => window.scrollY)).toBe(0); // and the page stayed where it was
});

test('Esc on an event with no list entry (unknown, or hidden by the filters) leaves focus on the lanes', async ({
  explorer,
  page,
}) => {
  const lanes = page.getByRole('region', { name: 'Lanes' });
  for (const query of ['?event=nope', '?event=2017-04-21-isik-talks-reached-final-stage&q=nomatch']) {
    await explorer.goto(S400, query);
    await expect(explorer.panel.getByRole('heading').first()).toBeVisible();
    await expect(explorer.drawnTimeline()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(lanes, query).toBeFocused();
  }
});

test.describe('on a screen too short for all the lanes', () => {
  test.use({ viewport: { width: 1366, height: 600 } });

  test('Home and End in the lanes scroll them, and walk no event', async ({ explorer, page }) => {
    await explorer.goto(S400, '?from=2019-07-01&to=2019-07-31');
    await expect(explorer.drawnTimeline()).toBeVisible();
    const lanes = page.getByRole('region', { name: 'Lanes' });
    const scroll = () =>
      lanes.evaluate((el) => ({ top: Math.round(el.scrollTop), max: el.scrollHeight - el.clientHeight }));
    expect((await scroll()).max).toBeGreaterThan(50);
    await lanes.focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await scroll()).top).toBe((await scroll()).max);
    // The rows at the foot are on screen: the last lane's name too.
    await expect(lanes.getByText('NATO')).toBeInViewport();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await scroll()).top).toBe(0);
    await expect(lanes.getByText('Turkey')).toBeInViewport();
    await expect(explorer.panelHeading).toHaveCount(0);
    // Elsewhere they still walk the events: the first.
    await lanes.blur();
    await page.keyboard.press('Home');
    await expect(explorer.panelHeading).toHaveText(/./);
  });
});

test('Esc after walking on from a list entry puts focus on the entry of the event last shown', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  const opened = ordered[10]!;
  await explorer.listEntry(opened.title).click();
  await expect(explorer.panelHeading).toHaveText(opened.title);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);
  // Not the entry that opened the panel, ten entries down: the one of the event the reader was at.
  const entry = explorer.listEntry(ordered[0]!.title);
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
});

test('an event drawn on its own while it was shown goes back into its "N events" once the reader walks on or closes it', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.drawnTimeline()).toBeVisible();
  const drawn = () =>
    explorer.items().evaluateAll((items) => items.map((item) => item.textContent?.trim() ?? '').sort());
  const fresh = await drawn();
  expect(
    fresh.filter((text) => /^\d+ events$/.test(text)).length,
    'clusters in the first view',
  ).toBeGreaterThan(2);
  // Events from all over the timeline (every sixth), opened from the list and closed: the timeline
  // is drawn as before each time.
  for (const event of ordered.filter((_, i) => i % 6 === 3)) {
    await page.locator(`[data-event-id="${event.id}"]`).click();
    await expect(explorer.panelHeading).toHaveText(event.title);
    await page.keyboard.press('Escape');
    await expect(explorer.panelHeading).toHaveCount(0);
    await expect.poll(drawn, { message: `after ${event.title}` }).toEqual(fresh);
  }
  // Walked through with the arrows, without closing, then closed.
  await page.keyboard.press('Home');
  for (const event of ordered.slice(1, 16)) {
    await page.keyboard.press('ArrowRight');
    await expect(explorer.panelHeading).toHaveText(event.title);
  }
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);
  await page.keyboard.press('Escape');
  await expect.poll(drawn).toEqual(fresh);
});

test('Previous at the first event and Next at the last leave focus on the heading, not on the page', async ({
  explorer,
  page,
}) => {
  // The button pressed is disabled there, and a disabled button drops focus to <body>.
  for (const [from, to, name] of [
    [ordered[1]!, ordered[0]!, 'Previous event'],
    [ordered.at(-2)!, ordered.at(-1)!, 'Next event'],
  ] as const) {
    await explorer.goto(S400, `?event=${from.id}`);
    const button = explorer.panel.getByRole('button', { name, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(explorer.panelHeading).toHaveText(to.title);
    await expect(button).toBeDisabled();
    await expect(explorer.panelHeading, name).toBeFocused();
  }
  // Elsewhere focus stays on the button, to press it again.
  const previous = explorer.panel.getByRole('button', { name: 'Previous event', exact: true });
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.panelHeading).toHaveText(ordered.at(-2)!.title);
  await expect(previous).toBeFocused();
});

test('focus never drops to the page: not when Back closes the panel, nor after a Close that goes with what it closes', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  const entry = explorer.listEntry(ordered[3]!.title);
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.panelHeading).toBeFocused();
  await page.goBack();
  await expect(explorer.panelHeading).toHaveCount(0);
  await expect(entry, 'Back').toBeFocused();

  // "Event not found": its Close, as Esc, to the lanes.
  await explorer.goto(S400, '?event=nope');
  const close = page.getByRole('alert').filter({ hasText: 'Event not found' }).getByRole('button');
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Event not found')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Lanes' }), 'not found').toBeFocused();

  // The note on a link's unknown filters: its Close, to the search box below it.
  await explorer.goto(S400, '?kind=bogus');
  const note = page.getByRole('status').filter({ hasText: 'This link asks for filters' });
  await note.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(note).toHaveCount(0);
  await expect(explorer.search, 'note').toBeFocused();
});

test('arrows walk only the events that pass the filters', async ({ explorer, page }) => {
  await explorer.goto(S400, '?kind=event');
  await expect(explorer.list).toBeVisible();
  const events = ordered.filter((e) => e.kind === 'event');
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(events[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(events[1]!.title);
  await explorer.nextButton.click();
  await expect(explorer.panelHeading).toHaveText(events[2]!.title);
});

test('arrow keys typed in the search box move the caret, not the selection', async ({ explorer, page }) => {
  await explorer.goto(S400);
  await explorer.search.fill('pence');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(explorer.panelHeading).toHaveCount(0);
});

test('the first Tab shows a link that skips the filters and the timeline to the list', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.list.getByRole('button').first()).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to the list of events' });
  await expect(skip).not.toBeInViewport(); // hidden until it has focus
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(explorer.list.getByRole('button').first()).toBeFocused();
  await expect(explorer.list.getByRole('button').first()).toBeInViewport();
  await expect(page).not.toHaveURL(/#/);
});

test('tabbing through a date field, every stop shows the focus ring, its calendar button too', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  const from = page.getByRole('textbox', { name: 'From' });
  await from.focus();
  // Month, day, year, then the calendar button (in Chromium, a tab stop inside the field).
  for (let stop = 0; stop < 4; stop++) {
    await expect(from).toBeFocused(); // focus is still within the field
    const ring = await from.evaluate((field) => getComputedStyle(field).outlineStyle);
    expect(ring, `stop ${stop + 1}`).not.toBe('none');
    await page.keyboard.press('Tab');
  }
});

test('in the rows of actor chips and of zoom buttons, ← → Home End move between the buttons and open no event', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await expect(explorer.drawnTimeline()).toBeVisible();
  const chips = page.getByRole('group', { name: 'Involving' }).getByRole('button');
  const names = await chips.allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(3);
  await chips.nth(1).focus();
  await page.keyboard.press('ArrowRight');
  await expect(chips.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(chips.nth(0)).toBeFocused();
  // At the row's first button ← stays there.
  await page.keyboard.press('ArrowLeft');
  await expect(chips.nth(0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(chips.last()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(chips.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(chips.nth(0)).toBeFocused();
  // Space still presses the chip.
  await page.keyboard.press('Space');
  await expect(chips.nth(0)).toHaveAttribute('aria-pressed', 'true');

  await explorer.zoomIn.focus();
  await page.keyboard.press('ArrowRight');
  await expect(explorer.zoomOut).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Fit all' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(explorer.zoomOut).toBeFocused();

  await expect(explorer.panelHeading).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('event')).toBe(false);
  // Elsewhere → still walks the events.
  await explorer.zoomOut.blur();
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(/./);
});

test('with the panel closed, ← and → go on from the event last shown, closed by Esc or by Back', async ({
  explorer,
  page,
}) => {
  await explorer.goto(S400);
  await explorer.listEntry(ordered[5]!.title).click();
  await expect(explorer.panelHeading).toHaveText(ordered[5]!.title);
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(ordered[6]!.title);
  await page.keyboard.press('Escape');
  await expect(explorer.panelHeading).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(explorer.panelHeading).toHaveText(ordered[5]!.title);
  // Closed by Back, on a fresh load.
  await explorer.goto(S400);
  await explorer.listEntry(ordered[5]!.title).click();
  await expect(explorer.panelHeading).toHaveText(ordered[5]!.title);
  await page.goBack();
  await expect(explorer.panelHeading).toHaveCount(0);
  await page.keyboard.press('k');
  await expect(explorer.panelHeading).toHaveText(ordered[4]!.title);
  // An unknown event is none to go on from: → opens the first.
  await explorer.goto(S400, '?event=nope');
  await expect(explorer.panel).toContainText('Event not found');
  await page.keyboard.press('ArrowRight');
  await expect(explorer.panelHeading).toHaveText(ordered[0]!.title);
});
