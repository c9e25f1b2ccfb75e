import type { Route } from '@playwright/test';
import { expect, loadDataset, S400, test } from './fixtures.ts';

const s400 = loadDataset('data/events.json');
const id = '2019-06-04-erdogan-committed-to-s400-agreement';
const event = s400.events.find((e) => e.id === id)!;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an event page shows the event, its quotes and sources', async ({ page }) => {
    await page.goto(`${S400}event/${id}/`);
    await expect(page).toHaveTitle(`${event.title} · ${s400.title}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expect(page.getByText(event.quotes[0]!.text).first()).toBeVisible();
    await expect(page.getByText('4 June 2019').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /all events/ })).toHaveAttribute('href', '../../');
  });

  test('an event page shows a quote verbatim, its runs of spaces kept', async ({ page }) => {
    // The S-400 data has one, as its source printed it ("is  being funded").
    const spaced = s400.events.find((e) => e.quotes.some((quote) => quote.text.includes('  ')))!;
    const quote = spaced.quotes.find((q) => q.text.includes('  '))!;
    await page.goto(`${S400}event/${spaced.id}/`);
    // innerText, as laid out: Playwright's text matchers would collapse the spaces themselves.
    const shown = await page
      .locator('blockquote p')
      .evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText));
    expect(shown).toContain(`“${quote.text}”`);
  });

  test('the explorer’s page says it needs JavaScript instead of loading forever', async ({ page }) => {
    await page.goto(S400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s400.title);
    await expect(page.getByText('The timeline needs JavaScript to run.')).toBeVisible();
    await expect(page.getByText('Loading the timeline…')).toBeHidden();
  });

  test('the hostile dataset’s pages show markup as text', async ({ page }) => {
    await page.goto('hostile/event/img-event/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Title <img src=x onerror="window.__pwned=1">',
    );
    await expect(page.locator('#root img, #root script, #root svg')).toHaveCount(0);
  });
});

test('with JavaScript an event page boots the explorer on its event', async ({ explorer, page }) => {
  await explorer.goto(`${S400}event/${id}/`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await explorer.expectSelectedInView(event.title);
  await expect(explorer.list).toBeVisible();
  // Walking on leaves the event page for the explorer's own address.
  await explorer.nextButton.click();
  await expect(page).toHaveURL(new RegExp(`/${S400}\\?event=`));
  await page.goBack();
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(page).toHaveURL(new RegExp(`/${S400}event/${id}/$`));
});

test('an event page whose address names another event in its query shows its own, as its HTML does', async ({
  explorer,
  page,
}) => {
  const other = s400.events.find((e) => e.id !== id)!;
  await explorer.goto(`${S400}event/${id}/`, `?q=s-400&event=${other.id}`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(page).toHaveTitle(`${event.title} · ${s400.title}`);
  // The address says so too, and keeps the rest of the link.
  await expect(page).toHaveURL(new RegExp(`/${S400}event/${id}/\\?q=s-400$`));
  await expect(explorer.search).toHaveValue('s-400');
});

for (const [what, fail] of [
  ['the connection fails', (route: Route) => route.abort('connectionreset')],
  [
    'the data is not valid',
    (route: Route) => route.fulfill({ contentType: 'application/json', body: '{"title": ""}' }),
  ],
] as const) {
  test(`when ${what}, an event page keeps its event and says why above it, with a Retry`, async ({
    explorer,
    page,
  }) => {
    explorer.allowedErrors.push(/Failed to load resource/);
    await page.route('**/assets/events-*.json', fail);
    await explorer.goto(`${S400}event/${id}/`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The interactive timeline could not be started.');
    // Nothing lost: the event, its quotes and sources are still there to read.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expect(page.getByText(event.quotes[0]!.text).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

    await page.unroute('**/assets/events-*.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(explorer.panelHeading).toHaveText(event.title);
    await expect(alert).toHaveCount(0);
  });
}

// Where a shared link names an event page the build did not write (the event was renamed or removed),
// hosts answer with their fallback page: the explorer's own index.html, or 404.html.
// A host's 404 is logged by the browser.
for (const [fallback, status, logged] of [
  ['index.html', 200, []],
  ['404.html', 404, [/status of 404/]],
] as const) {
  test(`a link to an event page that is gone, answered with ${fallback}, opens the explorer on "not found"`, async ({
    explorer,
    page,
  }) => {
    await page.route(/\/event\/gone-event\/(\?.*)?$/, (route) =>
      route.fulfill({ status, contentType: 'text/html', path: `dist-e2e/${S400}${fallback}` }),
    );
    explorer.allowedErrors.push(...logged);
    await page.goto(`${S400}event/gone-event/?q=erdogan`);
    await expect(page).toHaveURL(new RegExp(`/${S400}\\?q=erdogan&event=gone-event$`));
    await expect(page.getByRole('heading', { name: 'Event not found' })).toBeVisible();
    await expect(page.getByText('gone-event', { exact: true })).toBeVisible();
    await expect(explorer.search).toHaveValue('erdogan');
    await expect(explorer.items().first()).toBeVisible();
  });
}

test('an event page’s address typed without its last slash opens the explorer on that event', async ({
  explorer,
  page,
}) => {
  // A host that answers …/event/<id> with the explorer's index.html (vite preview does, at the root),
  // whose relative links cannot load from there: the head script goes on to …/?event=<id>.
  await page.route(new RegExp(`/event/${id}$`), (route) =>
    route.fulfill({ contentType: 'text/html', path: `dist-e2e/${S400}index.html` }),
  );
  await page.goto(`${S400}event/${id}`);
  await expect(page).toHaveURL(new RegExp(`/${S400}\\?event=${id}$`));
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(explorer.items().first()).toBeVisible();
});

test('404.html says the page is not found, in plain HTML that works at any depth', async ({ page }) => {
  await page.route(/\/no\/such\/page$/, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', path: `dist-e2e/${S400}404.html` }),
  );
  await page.goto(`${S400}no/such/page`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText(s400.title)).toBeVisible();
  await expect(page).toHaveTitle(`Page not found · ${s400.title}`);
});

// The e2e server is `vite preview`, as under `npm start`: it answers as those hosts do (no route here).
test('vite preview answers an unknown address two folders down with 404.html, not a blank page', async ({
  explorer,
  page,
}) => {
  explorer.allowedErrors.push(/status of 404/);
  const response = await page.goto(`${S400}no/such/page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText(s400.title)).toBeVisible();
});

test('an event page whose link has filters the page leaves out or cuts stays that page, with the filters as shown', async ({
  explorer,
  page,
}) => {
  const long = 'e'.repeat(600);
  await explorer.goto(`${S400}event/${id}/`, `?kind=both&actors=,,&q=${long}`);
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(page.getByText('This link asks for filters')).toContainText('kind “both”');
  await expect(explorer.search).toHaveValue(long.slice(0, 500));
  // The path is the event's page still (its link unfurls with the event); the query is what is shown.
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return [url.pathname.endsWith(`/event/${id}/`), [...url.searchParams.entries()]];
    })
    .toEqual([true, [['q', long.slice(0, 500)]]]);
  // And the view is the page's event still, after a reload of that address too.
  await page.reload();
  await expect(explorer.panelHeading).toHaveText(event.title);
});

test('vite preview sends an event page’s address without its last slash to the page', async ({
  explorer,
  page,
}) => {
  await page.goto(`${S400}event/${id}?q=erdogan`);
  await expect(page).toHaveURL(new RegExp(`/${S400}event/${id}/\\?q=erdogan$`));
  await expect(explorer.panelHeading).toHaveText(event.title);
  await expect(explorer.items().first()).toBeVisible();
});

test.describe('embed', () => {
  test.use({ viewport: { width: 600, height: 400 } });

  test('?embed=1 at 600×400 shows the timeline and the panel, no header, and a link out', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(`${S400}event/${id}/`, '?embed=1');
    await expect(explorer.panelHeading).toHaveText(event.title);
    await expect(explorer.panelHeading).toBeInViewport();
    await expect(explorer.items().first()).toBeInViewport();
    // No header or description; the dataset's title, in the bar, is the page's one heading of level 1.
    await expect(page.locator('header')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s400.title);
    await expect(explorer.search).toHaveCount(0);
    const out = page.getByRole('link', { name: /Open the full explorer/ });
    await expect(out).toHaveAttribute('href', new RegExp(`/${S400}event/${id}/$`));
    await expect(out).toHaveAttribute('target', '_blank');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The panel's buttons take one row ("Previous", "Next": their names still say "event").
    const tops = await Promise.all(
      ['Previous event', 'Next event', 'Copy link'].map(
        async (name) => (await explorer.panel.getByRole('button', { name, exact: true }).boundingBox())!.y,
      ),
    );
    expect(new Set(tops).size).toBe(1);
  });

  test('an embed whose link filters the events says how many of them it shows', async ({
    explorer,
    page,
  }) => {
    const bar = page.locator('.embed-bar');
    await explorer.goto(S400, '?embed=1');
    await expect(explorer.items().first()).toBeVisible();
    await expect(bar).not.toContainText(' of ');
    // NATO's statements (NATO's or its people's): counted from the data, not by the explorer's filters.
    const ofNato = new Set(['nato', ...s400.actors.filter((a) => a.country === 'nato').map((a) => a.id)]);
    const nato = s400.events.filter(
      (e) => e.kind === 'statement' && e.actors.some((a) => ofNato.has(a)),
    ).length;
    await explorer.goto(S400, '?embed=1&actors=nato&kind=statement');
    await expect(explorer.items().first()).toBeVisible();
    await expect(bar).toContainText(`${nato} of ${s400.events.length} events`);
  });

  test('with nothing selected the timeline takes the whole width; the panel opens beside it and closes', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400, '?embed=1');
    await expect(
      page.getByText(
        /^Select an event on the timeline \(or walk them with ← →\) to read its quotes and sources\.$/,
      ),
    ).toBeVisible();
    const widthOf = async () => (await explorer.timeline.boundingBox())!.width;
    expect(await widthOf()).toBeGreaterThan(550);
    await explorer.items().filter({ hasNotText: 'events' }).first().click();
    await expect(explorer.panelHeading).toBeInViewport();
    await expect.poll(widthOf).toBeLessThan(300);
    const box = (await explorer.timeline.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(widthOf).toBeGreaterThan(550);
    // As the line says, the arrow keys walk the events too.
    await page.keyboard.press('ArrowRight');
    await expect(explorer.panelHeading).toBeVisible();
  });

  test('in a narrow frame the timeline fills it while nothing is selected, and gives the panel room', async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 300 });
    await explorer.goto(S400, '?embed=1');
    const hint = page.getByText(/^Select an event on the timeline/);
    await expect(hint).toBeVisible();
    await expect(explorer.items().first()).toBeVisible();
    const heightOf = async () => (await explorer.timeline.boundingBox())!.height;
    // The line sits at the frame's foot, the timeline reaching down to it: no empty band below.
    const line = (await hint.boundingBox())!;
    expect(line.y + line.height).toBeGreaterThan(300 - 20);
    const timeline = (await explorer.timeline.boundingBox())!;
    expect(line.y - (timeline.y + timeline.height)).toBeLessThan(20);
    const filling = await heightOf();

    await explorer.items().filter({ hasNotText: 'events' }).first().click();
    await expect(explorer.panelHeading).toBeInViewport();
    await expect.poll(heightOf).toBeLessThan(filling - 20);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(heightOf).toBeGreaterThan(filling - 3);
    await expect(hint).toBeVisible();
  });

  for (const { width, height, open } of [
    // The panel below: the timeline leaves it room.
    { width: 420, height: 820, open: { side: 'below', low: 200, high: 820 - 200 } },
    // The panel beside: the timeline reaches down to the frame's padding.
    { width: 1100, height: 760, open: { side: 'beside', low: 760 - 20, high: 760 } },
  ]) {
    test(`in a tall ${width}×${height} frame the timeline's box reaches the line at its foot; with the panel ${open.side} it, ${open.low}–${open.high} px down`, async ({
      explorer,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await explorer.goto(S400, '?embed=1');
      const hint = page.getByText(/^Select an event on the timeline/);
      await expect(explorer.items().first()).toBeVisible();
      const bottomOf = async () => {
        const box = (await explorer.timeline.boundingBox())!;
        return box.y + box.height;
      };
      // The timeline's rows end well above: its box fills the room all the same, no empty band.
      const line = (await hint.boundingBox())!;
      expect(line.y + line.height).toBeGreaterThan(height - 40);
      const band = async () => (await hint.boundingBox())!.y - (await bottomOf());
      await expect.poll(band).toBeLessThan(20);
      await expect.poll(band).toBeGreaterThanOrEqual(0);

      await explorer.items().filter({ hasNotText: 'events' }).first().click();
      await expect(explorer.panelHeading).toBeInViewport();
      await expect.poll(bottomOf).toBeGreaterThanOrEqual(open.low);
      await expect.poll(bottomOf).toBeLessThanOrEqual(open.high);
    });
  }

  test('on a link to an event in a wide frame, the timeline follows the frame when the host resizes it', async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width: 1100, height: 450 });
    await explorer.goto(`${S400}event/${id}/`, '?embed=1');
    await expect(explorer.panelHeading).toHaveText(event.title);
    await expect(explorer.drawnTimeline()).toBeVisible();
    const bottomOf = async () => {
      const box = (await explorer.timeline.boundingBox())!;
      return box.y + box.height;
    };
    await expect.poll(bottomOf).toBeGreaterThan(450 - 20);
    // Taller, as a host page sizes its frame once loaded: no band below; shorter: nothing cut off.
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect.poll(bottomOf).toBeGreaterThan(800 - 20);
    await page.setViewportSize({ width: 1100, height: 380 });
    await expect.poll(bottomOf).toBeLessThanOrEqual(380);
  });

  test('a short frame in a long page never scrolls that page: not on a link, not on a selection', async ({
    explorer,
  }) => {
    // Through the explorer fixture: the page's console and policy are checked as in every test.
    const { page } = explorer;
    // A page of this site (same origin, which is when scrolling could reach it) with a frame far down.
    const host = (src: string) =>
      `<!doctype html><html><body style="margin:0"><div style="height:1500px"></div>` +
      `<iframe src="${src}" style="width:320px;height:240px;border:0"></iframe>` +
      `<div style="height:1500px"></div></body></html>`;
    await page.route('**/host-*.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: host(
          route.request().url().includes('linked') ? `${S400}event/${id}/?embed=1` : `${S400}?embed=1`,
        ),
      }),
    );
    await page.goto('host-linked.html');
    let frame = page.frameLocator('iframe');
    await expect(
      frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(event.title);
    // eslint-disable-next-line playwright/no-wait-for-timeout -- proving nothing moves needs a wait (the panel looks again 300 ms on)
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await page.goto('host-empty.html');
    await page.evaluate(() => scrollTo(0, 1400));
    frame = page.frameLocator('iframe');
    // The keyboard's way in (its first lanes are all "N events" at this size).
    await frame.getByRole('region', { name: 'Lanes' }).focus();
    await page.keyboard.press('ArrowRight');
    const heading = frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    // eslint-disable-next-line playwright/no-wait-for-timeout -- proving nothing moves needs a wait
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBe(1400);
    // Its heading is brought into view in the frame's own panel box.
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(1500 - 1400);
    expect(box.y).toBeLessThan(1500 - 1400 + 240);

    // A press on the timeline's background puts focus in the frame: the arrow keys and Esc work there.
    await page.goto('host-empty.html');
    frame = page.frameLocator('iframe');
    await frame.locator('.vis-panel.vis-center').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('ArrowRight');
    await expect(heading).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(heading).toHaveCount(0);
  });

  test('in a tiny frame the timeline keeps to its box, selected or not', async ({ explorer, page }) => {
    /** How far vis-timeline's own box reaches below the box the frame gives it (cut off there). */
    const overhang = async () => {
      const box = (await explorer.timeline.boundingBox())!;
      const drawn = (await explorer.drawnTimeline().boundingBox())!;
      return drawn.y + drawn.height - (box.y + box.height);
    };
    for (const [width, height] of [
      [320, 240],
      [300, 200],
    ] as const) {
      await page.setViewportSize({ width, height });
      await explorer.goto(S400, '?embed=1');
      await expect(explorer.items().first()).toBeVisible();
      await expect.poll(overhang, { message: `${width}×${height}, nothing selected` }).toBeLessThanOrEqual(0);
      await page.keyboard.press('ArrowRight');
      await expect(explorer.panelHeading).toBeInViewport();
      await expect.poll(overhang, { message: `${width}×${height}, selected` }).toBeLessThanOrEqual(0);
      // The panel below has room for its heading's first line at least.
      await expect
        .poll(async () => (await explorer.panelHeading.boundingBox())!.y, { message: `${width}×${height}` })
        .toBeLessThan(height - 30);
      const below = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      expect(below).toBeLessThanOrEqual(0);
    }
  });

  test('Esc closes a panel opened with the arrow keys and puts focus back where it was', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400, '?embed=1');
    await expect(explorer.items().first()).toBeVisible();
    const lanes = page.getByRole('region', { name: 'Lanes' });
    await lanes.focus();
    await page.keyboard.press('ArrowRight');
    await expect(explorer.panelHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(explorer.panelHeading).toHaveCount(0);
    await expect(lanes).toBeFocused();
    // On a link to an event nothing had focus before: Esc leaves it on the lanes, not on the page.
    await explorer.goto(`${S400}event/${id}/`, '?embed=1');
    await expect(explorer.panelHeading).toHaveText(event.title);
    await expect(explorer.items().first()).toBeVisible(); // drawn after the panel, beside it
    await page.keyboard.press('Escape');
    await expect(explorer.panelHeading).toHaveCount(0);
    await expect(lanes).toBeFocused();
  });

  test('in a small frame, notes at its foot leave the timeline room, and scroll', async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 300 });
    await explorer.goto(S400, '?embed=1&kind=bogus&from=yesterday');
    const note = page.getByRole('status').filter({ hasText: 'left out: kind “bogus”, from “yesterday”.' });
    await expect(note).toBeAttached();
    await expect(explorer.items().first()).toBeVisible();
    // Its area is half the frame: the timeline's box, below the zoom buttons, has the axis and a lane.
    expect((await explorer.timeline.boundingBox())!.height).toBeGreaterThanOrEqual(90);
    const below = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(below).toBeLessThanOrEqual(0);
    await note.getByRole('button', { name: 'Close' }).click();
    await expect(note).toHaveCount(0);
    await expect(page.getByText(/^Select an event on the timeline/)).toBeInViewport();
  });

  test('a link whose filters leave nothing says so in the frame, with the way back', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(S400, '?embed=1&q=zzzzzz&kind=bogus');
    await expect(page.getByRole('status').filter({ hasText: 'left out: kind “bogus”.' })).toBeVisible();
    const none = page.getByText('No events match the search or filters in this link.');
    await expect(none).toBeVisible();
    await expect(page.getByText(/^Select an event on the timeline/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Show all events' }).click();
    await expect(explorer.items().first()).toBeVisible();
    await expect(none).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Lanes' })).toBeFocused();
    await expect(page).not.toHaveURL(/q=/);
  });

  test('closing the panel of a linked event widens the timeline, without errors', async ({
    explorer,
    page,
  }) => {
    await explorer.goto(`${S400}event/${id}/`, '?embed=1');
    await expect(explorer.panelHeading).toHaveText(event.title);
    await expect(explorer.items().first()).toBeVisible();
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(async () => (await explorer.timeline.boundingBox())!.width).toBeGreaterThan(550);
    const box = (await explorer.timeline.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(400);
  });

  for (const [width, height] of [
    [600, 400],
    [900, 300],
    [400, 640],
  ] as const) {
    test(`at ${width}×${height} the zoom buttons take one row and the timeline fits in the frame`, async ({
      explorer,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await explorer.goto(`${S400}event/${id}/`, '?embed=1');
      await expect(explorer.items().first()).toBeVisible();
      const zoom = page.getByRole('group', { name: 'Timeline zoom' }).getByRole('button');
      // Icons; their names are for screen readers and tooltips.
      const boxes = await zoom.evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect().toJSON()),
      );
      expect(boxes).toHaveLength(3);
      expect(new Set(boxes.map((b: DOMRect) => b.top)).size).toBe(1);
      for (const b of boxes as DOMRect[]) expect(b.width).toBeLessThan(50);
      for (const [i, name] of ['Zoom in', 'Zoom out', 'Fit all'].entries()) {
        await expect(zoom.nth(i)).toHaveAccessibleName(name);
      }
      const box = await explorer.timeline.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      await expect(explorer.panelHeading).toBeInViewport();
      // The frame itself never scrolls (a long panel scrolls inside it): nothing in it, hidden
      // screen-reader text included, reaches below it.
      await expect(explorer.panel.getByRole('link').first()).toBeAttached(); // the sources are in
      const below = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      expect(below).toBeLessThanOrEqual(0);
    });
  }
});
