import { expect, type Locator, type Page } from '@playwright/test';

/** The explorer as a user sees it. vis-timeline's CSS classes appear only here. */
export class ExplorerPage {
  readonly page: Page;
  readonly timeline: Locator;
  readonly panel: Locator;
  readonly panelHeading: Locator;
  readonly list: Locator;
  readonly closeButton: Locator;
  readonly previousButton: Locator;
  readonly nextButton: Locator;
  readonly zoomIn: Locator;
  readonly zoomOut: Locator;
  readonly fitAll: Locator;
  readonly search: Locator;
  /** "N events" or "N of M events". */
  readonly count: Locator;
  /** Console errors a test provokes on purpose (a failed request, say). */
  readonly allowedErrors: RegExp[] = [];

  constructor(page: Page) {
    this.page = page;
    this.timeline = page.getByTestId('timeline');
    this.panel = page.getByRole('region', { name: 'Event details' });
    this.panelHeading = this.panel.getByRole('heading', { level: 2 });
    this.list = page.getByRole('region', { name: 'Events in date order' }).getByRole('list');
    this.closeButton = page.getByRole('button', { name: 'Close details' });
    this.previousButton = page.getByRole('button', { name: 'Previous event' });
    this.nextButton = page.getByRole('button', { name: 'Next event' });
    this.zoomIn = page.getByRole('button', { name: 'Zoom in' });
    this.zoomOut = page.getByRole('button', { name: 'Zoom out' });
    this.fitAll = page.getByRole('button', { name: 'Fit all' });
    this.search = page.getByRole('searchbox', { name: 'Search events' });
    this.count = page.getByRole('search').getByRole('status');
  }

  /** `path` is the build's sub-path, e.g. "small/". */
  async goto(path: string, query = '') {
    await this.page.goto(path + query);
  }

  /** Items of the timeline whose text contains `title`. */
  item(title: string): Locator {
    return this.timeline.locator('.vis-item:not(.vis-dot)').filter({ hasText: title });
  }

  /** Every drawn item: events, statements and "N events" clusters (not vis-timeline's extra dots). */
  items(): Locator {
    return this.timeline.locator('.vis-item:not(.vis-dot):not(.vis-background)');
  }

  /** Pairs of drawn items that cover each other (by more than 2 px each way), by their text. */
  overlappingItems(): Promise<string[]> {
    return this.items().evaluateAll((items) => {
      const boxes = items
        .map((item) => ({ box: item.getBoundingClientRect(), text: item.textContent ?? '' }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      return boxes.flatMap(({ box: a, text }, i) =>
        boxes
          .slice(i + 1)
          .filter(({ box: b }) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2)
          .filter(({ box: b }) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2)
          .map((other) => `${text} / ${other.text}`),
      );
    });
  }

  /** vis-timeline's own box: there is none when the dataset has nothing to draw. */
  drawnTimeline(): Locator {
    return this.timeline.locator('.vis-timeline');
  }

  /** The column of lane names, and the area right of it where the dates and events are. */
  laneNameColumn(): Locator {
    return this.timeline.locator('.vis-panel.vis-left');
  }
  datesArea(): Locator {
    return this.timeline.locator('.vis-panel.vis-center');
  }

  /** A lane's name in the column of names. */
  laneName(name: string): Locator {
    return this.timeline.locator('.vis-labelset .vis-label').filter({ hasText: name });
  }

  /** Every label of the time axis, years, months and days. */
  axisLabels(): Locator {
    return this.timeline.locator('.vis-time-axis .vis-text:not(.vis-measure)');
  }

  /** The eras' names, in their lane at the foot of the timeline. */
  eras(): Locator {
    return this.timeline.locator('.vis-item.vis-range.era');
  }

  /** The eras' bands, drawn behind all lanes. */
  eraBands(): Locator {
    return this.timeline.locator('.vis-item.vis-background.era-band');
  }

  /** Events drawn as points (one day), not periods or clusters. */
  pointItems(): Locator {
    return this.timeline.locator('.vis-item.vis-point:not(.cluster)');
  }

  /**
   * The title of the first event drawn as a point whose box lies in the dates area, so that a click
   * on it lands on it (one at the left edge reaches under the lane names).
   */
  async titleOfPointInView(): Promise<string> {
    let title = '';
    await expect
      .poll(async () => {
        title = await this.pointItems().evaluateAll((items) => {
          const inView = items.find((item) => {
            const frame = item.closest('.vis-panel.vis-center')?.getBoundingClientRect();
            const box = item.getBoundingClientRect();
            return (
              frame !== undefined &&
              box.width > 0 &&
              box.left >= frame.left &&
              box.right <= frame.right &&
              box.top >= frame.top &&
              box.bottom <= frame.bottom
            );
          });
          return inView?.querySelector('.timeline-item-content')?.getAttribute('title') ?? '';
        });
        return title;
      })
      .not.toBe('');
    return title;
  }

  statementItems(): Locator {
    return this.timeline.locator('.vis-item.kind-statement:not(.vis-dot)');
  }

  /** "N events" items standing for a crowded stretch of a lane. */
  clusters(): Locator {
    return this.timeline.locator('.vis-item.cluster');
  }

  /** The tooltip of every event drawn (its full title), whether or not its label shows. */
  itemTooltips(): Promise<(string | null)[]> {
    return this.timeline
      .locator('.timeline-item-content')
      .evaluateAll((els) => els.map((el) => el.getAttribute('title')));
  }

  /** The full title of a drawn event (its tooltip), whether or not its label shows. */
  async itemTitle(item: Locator): Promise<string> {
    return (await item.locator('.timeline-item-content').getAttribute('title')) ?? '';
  }

  /**
   * The labels of the time axis that show only part of their text, cut by the edges of the dates
   * area ("0" of 1800 at the left edge, "201" of 2019 at the right).
   */
  cutAxisLabels(): Promise<string[]> {
    return this.axisLabels().evaluateAll((labels) =>
      labels
        .filter((label) => label.checkVisibility({ visibilityProperty: true }))
        .filter((label) => {
          const frame = label.closest('.vis-panel')!.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(label);
          const box = text.getBoundingClientRect();
          return box.width > 0 && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5);
        })
        .map((label) => label.textContent ?? ''),
    );
  }

  /** The finer labels of the time axis (months, or years when zoomed out). */
  minorAxisLabels(): Locator {
    return this.timeline.locator('.vis-time-axis .vis-text.vis-minor');
  }

  /** Zooms in with the button until events show their titles, not just their markers. */
  async zoomInUntilLabelsShow() {
    await expect(async () => {
      if (await this.timeline.evaluate((el) => el.classList.contains('show-labels'))) return;
      await this.zoomIn.click();
      await expect(this.timeline).toHaveClass(/show-labels/, { timeout: 700 });
    }).toPass({ timeout: 15_000 });
  }

  selectedItem(): Locator {
    return this.timeline.locator('.vis-item.vis-selected:not(.vis-dot)');
  }

  /** The lane names, once vis-timeline has drawn them. */
  async laneNames(): Promise<string[]> {
    const labels = this.timeline.locator('.vis-labelset .vis-label');
    await expect(labels.first()).not.toHaveText('');
    return (await labels.allTextContents()).map((name) => name.trim());
  }

  /** The index of the lane an item is drawn in (as `itemsInLane` counts them). */
  laneIndexOf(item: Locator): Promise<number> {
    return item.evaluate((element) => {
      const lane = element.closest('.vis-foreground > .vis-group');
      return lane?.parentElement ? [...lane.parentElement.children].indexOf(lane) : -1;
    });
  }

  /**
   * The events in view in the lane of `item`: one for each event whose date is in view, and N for
   * each "N events" group of which some is.
   */
  eventsShownInLaneOf(item: Locator): Promise<number> {
    return item.evaluate((element) => {
      const lane = element.closest('.vis-group');
      const frame = element.closest('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!lane || !frame) return 0;
      let count = 0;
      for (const drawn of lane.querySelectorAll('.vis-item:not(.vis-dot):not(.vis-background)')) {
        const box = drawn.getBoundingClientRect();
        if (box.width === 0 || box.right < frame.left || box.left > frame.right) continue;
        if (!drawn.classList.contains('cluster')) {
          // An event's marker is where its date is: at the left of its box.
          if (box.left >= frame.left) count += 1;
          continue;
        }
        // A group of events is drawn from where its stretch starts, which may be off to the left.
        count += Number(drawn.querySelector('.cluster-count')?.textContent ?? 0);
      }
      return count;
    });
  }

  /** How many pixels of the timeline's box are left empty below its last lane. */
  blankBelowLanes(): Promise<number> {
    return this.timeline.locator('.vis-panel.vis-left').evaluate((lanes) => {
      const last = lanes.querySelector('.vis-labelset .vis-label:last-child');
      return last
        ? Math.max(0, lanes.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom)
        : 0;
    });
  }

  /** The height of all lanes with their rows, shown or scrolled out of the box. */
  lanesHeight(): Promise<number> {
    return this.timeline.locator('.vis-panel.vis-left').evaluate((lanes) => lanes.scrollHeight);
  }

  /** How many pixels of lanes are scrolled out of the timeline's box (0 when every row shows). */
  hiddenLanePixels(): Promise<number> {
    return this.timeline
      .locator('.vis-panel.vis-left')
      .evaluate((lanes) => Math.max(0, lanes.scrollHeight - lanes.clientHeight));
  }

  /** Number of items drawn in the lane at `laneIndex` (lanes and rows share their order). */
  itemsInLane(laneIndex: number): Locator {
    return this.timeline
      .locator('.vis-itemset .vis-foreground > .vis-group')
      .nth(laneIndex)
      .locator('.vis-item:not(.vis-dot)');
  }

  listEntry(title: string): Locator {
    return this.list.getByRole('button', { name: title });
  }

  quote(text: string): Locator {
    return this.panel.locator('blockquote').filter({ hasText: text });
  }

  /** Whether the selected event is drawn across the dates area's visible width (not drawn at all: no). */
  async isSelectedInView(): Promise<boolean> {
    if ((await this.selectedItem().count()) === 0) return false;
    const [item, frame] = await Promise.all([
      this.selectedItem().boundingBox(),
      this.datesArea().boundingBox(),
    ]);
    return item !== null && frame !== null && item.x + item.width > frame.x && item.x < frame.x + frame.width;
  }

  async expectSelectedInView(title: string) {
    const item = this.selectedItem();
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(title);
    const box = await item.boundingBox();
    const frame = await this.timeline.boundingBox();
    expect(box && frame).toBeTruthy();
    if (box && frame) {
      expect(box.x + box.width / 2).toBeGreaterThan(frame.x);
      expect(box.x).toBeLessThan(frame.x + frame.width);
    }
  }
}
