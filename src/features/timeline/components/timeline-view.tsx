import moment, { type MomentInput } from 'moment';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { Icon, ICONS } from '../../../components/icons';
import { moveAmongButtons } from '../../../lib/button-row';
import { prefersReducedMotion } from '../../../lib/motion';
import { formatNumber } from '../../../lib/numbers';
import { isEmbedded } from '../../../lib/url-state';
import type { OutlineIndex } from '../model/dataset-index';
import { endOf, startOf } from '../model/dates';
import { clusterWindow, placeSpans, rowsPerLane, type Cluster, type Span } from '../model/level-of-detail';
import {
  ERA_LANE,
  ERA_PREFIX,
  toClusterItem,
  toEraItems,
  toLaneGroups,
  toShortPeriodItem,
  timeSpan,
  toTimelineItem,
  type LaneGroup,
  type TimelineItem,
} from '../model/timeline-items';

const DAY = 24 * 60 * 60 * 1000;
/** Point labels are about 200 px wide: below this scale they would pile up, so only markers show... */
const LABELS_MIN_PX_PER_DAY = 4;
/** ...unless the events in view are few enough that with their titles no lane stacks more rows than this. */
const TITLE_ROWS_MAX = 2;
/** Room left between the timeline's left edge and a cluster there, in pixels. */
const EDGE_PX = 8;

type Group = LaneGroup & { order: number };

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
/** A character of the axis's labels: a '0' is 9 px in this page's font. */
const AXIS_CHAR_PX = 9;
/** How far apart vis-timeline keeps the axis's labels: 7 of its measured '0'. */
const AXIS_LABEL_PX = 7 * AXIS_CHAR_PX;
/** Space before a label's text (vis-timeline's padding). */
const AXIS_LABEL_PADDING_PX = 3;
/** Letters run wider than the '0' a label's width is counted in ("May" is 30 px, three '0's 27). */
const AXIS_TEXT_SLACK = 1.15;
/** Days between labels where vis-timeline would label only the months (see axisFor). */
const DAY_STEPS = [7, 14];

/**
 * The axis's steps for a scale, where vis-timeline's own would say too little: under ~100 px a year it
 * skips years, so every 1, 2, 5, 10, … years instead, whichever leaves ~50 px for each label; from
 * under two days a label down to a month it labels only the months (a whole month of events on one
 * label), so every 7 or 14 days (the 1st, 8th, 15th, …) where they have room; the short step from
 * the 29th to the 1st is not shown (index.css). Else its own steps.
 */
function axisFor(pxPerDay: number): { scale?: 'year' | 'day'; step?: number } {
  const pxPerYear = pxPerDay * 365;
  if (pxPerYear < 100) return { scale: 'year', step: YEAR_STEPS.find((n) => n * pxPerYear >= 50) ?? 1000 };
  const step =
    2 * pxPerDay > AXIS_LABEL_PX ? undefined : DAY_STEPS.find((n) => n * pxPerDay >= AXIS_LABEL_PX);
  return step ? { scale: 'day', step } : {};
}

interface Engine {
  timeline: Timeline;
  items: DataSet<TimelineItem>;
  /** Fits the window to the events shown (all of them when nothing is filtered out). */
  fit: (animation: boolean) => void;
  /** Applies the filter to items and lanes, if it changed since; says whether it did. */
  refresh: () => boolean;
  /** Re-places items for the current window and selection. */
  place: () => void;
  /** Zooms about the selected event where it shows, else the window's middle: a factor under 1 zooms in. */
  zoom: (factor: number) => void;
  /** In an embed: takes a new height limit if the box's room changed (see maxHeight). */
  fitRoom: () => void;
}

/** In an embed, whether the timeline has a grid area of its own to fill (see index.css). */
const fillsArea = (container: HTMLElement) =>
  isEmbedded() &&
  container.parentElement !== null &&
  getComputedStyle(container).getPropertyValue('--timeline-fills').trim() === '1';

/**
 * The timeline's height limit: most of a desktop screen, about half a tablet's or a phone's, where
 * the panel and the list are below it. In an embed where the timeline has a grid area of its own
 * (`--timeline-fills` in index.css), down to that area's bottom; with the panel below, enough of the
 * frame left for it.
 */
const maxHeight = (container: HTMLElement) => {
  if (isEmbedded()) {
    const area = container.parentElement;
    if (!area || !fillsArea(container)) {
      // With the panel below: 120 px at least, or in a short frame half the room below the
      // timeline's top (less the frame's padding and the gap), the panel taking the other half.
      const below = window.innerHeight - container.getBoundingClientRect().top - 16;
      return Math.max(Math.min(120, Math.round(below / 2)), window.innerHeight - 220);
    }
    // Its area and no more, however small the frame: the frame would cut off the rest, out of reach.
    const room = area.getBoundingClientRect().bottom - container.getBoundingClientRect().top;
    return Math.max(0, Math.floor(room) - 2); // less the box's border
  }
  // Below the panel's column width the page scrolls past the timeline to the panel and the list:
  // the box is never taller than about half the screen, so the page around it stays in reach.
  return Math.round(window.innerHeight * (window.innerWidth >= 1024 ? 0.62 : 0.55));
};

/** The zoom buttons, and what each says at its limit (see zoomLimit). */
const ZOOM_BUTTONS = [
  {
    action: 'in',
    label: 'Zoom in',
    icon: ICONS.zoomIn,
    atLimitTitle: 'Zoom in (as close as it goes: a week across)',
  },
  { action: 'out', label: 'Zoom out', icon: ICONS.zoomOut, atLimitTitle: 'Zoom out (as far as it goes)' },
  { action: 'fit', label: 'Fit all', icon: ICONS.fit, atLimitTitle: 'Fit all' },
] as const;

/** Closest zoom: a week across. */
const ZOOM_MIN = 7 * DAY;

/*
 * How tall vis-timeline draws (see likelyHeight), as measured on this page's styles: the axis with
 * its two rows of labels; per lane, 6 px (10, to err on the side of room) and a row for each item
 * stacked (events are 36 px tall, "N events" 32 px, each 6 px apart), 11 px more when a period's
 * bar (43 px) is among them, and at least the height of its name. Items stack when they come
 * within 6 px of each other: a marker is 24 px wide, "N events" 67 px and 8 px a digit, a title
 * (zoomed in) at most 240 px.
 */
const AXIS_PX = 62;
const LANE_PX = 10;
const ROW_PX = 38;
const PERIOD_PX = 11;
/** An era's name bar in the eras' lane, with the gap below it (its text is small: 26 + 6 px). */
const ERA_ROW_PX = 32;
const MIN_LANE_PX = 42;
/**
 * Never shorter than the axis and one lane, even with no lane shown (filters that match nothing);
 * except in an embed's box that is shorter still (see heightLimits).
 */
const MIN_HEIGHT_PX = AXIS_PX + MIN_LANE_PX;

/** The id of the timeline's column of lane names, which takes focus (see below). */
export const LANES_ID = 'timeline-lanes';
/** How far ↑ and ↓ scroll the lanes (about a lane). */
const LANE_KEY_STEP_PX = 40;

/**
 * vis-timeline's height limits. In an embed it keeps to the box the frame gives it, however small:
 * what reached below would be cut off by the frame, out of reach. Where that box is an area of its
 * own, it fills it: no empty band between the timeline and what the frame shows below or beside it.
 */
const heightLimits = (container: HTMLElement) => {
  const limit = maxHeight(container);
  if (fillsArea(container)) return { minHeight: limit, maxHeight: limit };
  return { minHeight: isEmbedded() ? Math.min(MIN_HEIGHT_PX, limit) : MIN_HEIGHT_PX, maxHeight: limit };
};
const GAP_PX = 6;
const MARKER_PX = 24;
const TITLE_PX = 240;
/** A point's title box at most (max-w-56 on .timeline-item-content), and where it starts past the event's day. */
const TITLE_CONTENT_PX = 224;
const TITLE_INSET_PX = 16;
/** A bar's title box is this much narrower than the bar (their padding and borders; an era's are widest). */
const BAR_INSET_PX = 14;
/** Narrower than this, a title cut to fit the window would be an ellipsis alone: its marker shows alone. */
const TITLE_MIN_PX = 40;
/** A period's bar narrower than this has no room for its title (index.css hides it under 72 px, whatever the font size). */
const SHORT_BAR_PX = 72;
/** The narrowest window a fit shows: a month. */
const FIT_MIN = 30 * DAY;
const clusterPx = (count: number) => 67 + 8 * formatNumber(count).length;

/** The page puts the event panel beside the timeline, not below it (`--panel-beside` in index.css). */
const panelBeside = (element: Element) =>
  getComputedStyle(element).getPropertyValue('--panel-beside').trim() === '1';

/** The same ids (a new Set with the same events, e.g. when the quotes arrive, changes nothing). */
const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id));

/** The time span of some events; a year up to today when there are none. */
function spanOf(spans: readonly Span[]): [number, number] {
  if (spans.length === 0) return [Date.now() - 365 * DAY, Date.now()];
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    first = Math.min(first, span.start);
    last = Math.max(last, span.end);
  }
  return [first, last];
}

/**
 * Brings the selected item into view: where it is off to the side (by time, not by what is drawn
 * yet), the window moves to centre it, without changing the zoom (as vis-timeline's focus does); and
 * the lanes scroll to it where its lane is above or below the box's edge (a timeline with more lanes
 * than the box shows).
 */
function reveal(timeline: Timeline, item: TimelineItem, nearest: boolean) {
  const { start, end } = timeline.getWindow();
  const from = item.start.getTime();
  const to = (item.end ?? item.start).getTime();
  if (to < start.getTime() || from > end.getTime()) {
    timeline.moveTo((from + to) / 2, { animation: !prefersReducedMotion() });
  }
  revealLane(timeline, item, nearest);
}

/** vis-timeline's own state for scrolling its lanes, which it has no API for but focus (which also pans). */
interface LaneScroll {
  itemSet: {
    groups: Record<string, { top: number; height: number } | undefined>;
    /** An item's place in its lane: null until a draw has stacked it, which happens in lanes in view. */
    items: Record<string, { top: number | null; height?: number } | undefined>;
  };
  props: { leftContainer: { height: number } };
  dom: { root: HTMLElement };
  _getScrollTop(): number;
  _setScrollTop(top: number): number;
  /** Draws on the next frame (vis-timeline throttles it), then says 'changed'. */
  _redraw(): void;
}

/** vis-timeline's way to have its items measured and stacked again on the next draw. */
interface RestackItems {
  itemSet: { markDirty(options: { refreshItems: boolean; restackGroups: boolean }): void };
}

/** The reveal under way on each timeline, if any: a new one replaces it. */
const revealing = new WeakMap<Timeline, () => void>();

/** How long a reveal keeps the item in view through the draws after it, unless the reader acts first. */
const REVEAL_WATCH_MS = 2000;
/** What the reader does in the timeline that ends a reveal: from then on the view is theirs. */
const READER_INPUT = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

/**
 * Scrolls the lanes, if need be, so that the item shows (to the middle of the box, or where `nearest`
 * by as little as shows it; a lane or item taller than the box shows its top). Each scroll is drawn
 * on the next frame, and only that draw stacks the items of the lanes it brings into view (and may
 * make them taller); so after each draw it looks again: to the item's lane while the item has no
 * place yet, then to the item. The draws right after a selection can also restack its lane (the
 * items placed anew once a zoom has ended): it watches them for a moment, until the reader acts in
 * the timeline, five scrolls at most.
 */
function revealLane(timeline: Timeline, item: TimelineItem, nearest: boolean) {
  const vis = timeline as unknown as LaneScroll;
  revealing.get(timeline)?.();
  // Whether it scrolled: not where the item is in view, nor where vis-timeline's bounds (the lanes'
  // height as last drawn) hold the scroll where it is.
  const scrollTo = (top: number, height: number) => {
    const scrollTop = vis._getScrollTop();
    const shown = -scrollTop;
    const room = vis.props.leftContainer.height;
    if (top >= shown && top + height <= shown + room) return false;
    // Nearest: by no more than what was cut off, at the edge it was cut by (a taller item: its top).
    const to = nearest
      ? top < shown || height > room
        ? top
        : top + height - room
      : Math.min(top, top + height / 2 - room / 2);
    if (vis._setScrollTop(-Math.max(0, to)) === scrollTop) return false;
    vis._redraw();
    return true;
  };
  let scrolls = 0;
  const root = vis.dom.root;
  const timer = setTimeout(() => stop(), REVEAL_WATCH_MS);
  function stop() {
    clearTimeout(timer);
    timeline.off('changed', step);
    for (const type of READER_INPUT) root.removeEventListener(type, stop, true);
    revealing.delete(timeline);
  }
  function step() {
    const lane = item.group === undefined ? undefined : vis.itemSet.groups[item.group];
    if (!lane) return stop();
    const placed = vis.itemSet.items[item.id];
    const moved =
      placed?.top != null && placed.height !== undefined
        ? scrollTo(lane.top + placed.top - GAP_PX, placed.height + 2 * GAP_PX)
        : scrollTo(lane.top, lane.height);
    if (moved && ++scrolls >= 5) stop();
  }
  revealing.set(timeline, stop);
  timeline.on('changed', step);
  for (const type of READER_INPUT) root.addEventListener(type, stop, { capture: true, passive: true });
  step();
}

/** Selects an event on the timeline (none for null, or an id that is not an event) and brings it into view. */
function showSelection(engine: Engine, index: OutlineIndex, linkedId: string | null, clicked: boolean) {
  const selectedId = linkedId !== null && index.eventsById.has(linkedId) ? linkedId : null;
  // The selected event is always drawn on its own, and the one before goes back into its cluster
  // (where it was drawn on its own only for being selected): place again. Where neither is so, the
  // placement is the same and no item changes.
  engine.place();
  const item = selectedId === null ? null : engine.items.get(selectedId);
  engine.timeline.setSelection(item ? [item.id] : []);
  if (item) reveal(engine.timeline, item, clicked);
}

interface TimelineViewProps {
  index: OutlineIndex;
  /** Ids of the events that pass the filters; the others are not drawn. */
  visibleIds: ReadonlySet<string>;
  /** The reader's date range, in ms (open ends are infinite): a fit shows no more than it. */
  range: readonly [number, number];
  selectedId: string | null;
  /** Changes each time the reader opens an event: it is brought into view again if off to the side. */
  revealRequest?: number;
  onSelect: (id: string) => void;
  /**
   * Called once the first draw is on screen: after the browser has painted it, or a second after the
   * timeline was set up in a tab that paints nothing (a background tab, where a link's draw waits).
   */
  onDrawn?: () => void;
}

/** Runs `callback` once the next frame is painted; returns a cancel. */
function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(callback)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** How long onDrawn waits for a frame at most (see TimelineViewProps). */
const DRAWN_FALLBACK_MS = 1000;

/**
 * The one component that owns vis-timeline: creates it once per dataset, pushes the filter and the
 * selection in, reports clicks out, destroys it on unmount.
 */
export function TimelineView({
  index,
  visibleIds,
  range,
  selectedId,
  revealRequest,
  onSelect,
  onDrawn,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<Engine | null>(null);
  const onSelectRef = useRef(onSelect);
  /** The event just clicked on the timeline, until its selection is shown. */
  const clickedRef = useRef<string | null>(null);
  const onDrawnRef = useRef(onDrawn);
  const selectedRef = useRef(selectedId);
  const visibleRef = useRef(visibleIds);
  const rangeRef = useRef(range);
  // Errors in the deferred first draw (see below) reach the error boundary through a render.
  const [, setCrash] = useState<unknown>();
  /** Which zoom limit the window is at, so that its button says it can go no further. */
  const [zoomLimit, setZoomLimit] = useState<'closest' | 'farthest' | null>(null);

  // Before the layout effect below reads them.
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
    onDrawnRef.current = onDrawn;
    selectedRef.current = selectedId;
    visibleRef.current = visibleIds;
    rangeRef.current = range;
  });

  // A layout effect: the timeline is drawn before the browser paints the page around it, in one
  // layout, instead of in a second frame after it (except on a link to an event: see below).
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Items are made only for what is drawn, once each: a dataset of 10,000 events never puts
    // 10,000 items into vis-timeline (see placeSpans).
    const once = (made: Map<string, TimelineItem>, id: string, make: () => TimelineItem) => {
      let item = made.get(id);
      if (!item) {
        item = make();
        made.set(id, item);
      }
      return item;
    };
    const eventItems = new Map<string, TimelineItem>();
    const itemFor = (id: string) =>
      once(eventItems, id, () => toTimelineItem(index.eventsById.get(id)!, index.laneOf.get(id) ?? ''));
    const shortPeriods = new Map<string, TimelineItem>();
    const shortPeriodFor = (item: TimelineItem) => once(shortPeriods, item.id, () => toShortPeriodItem(item));
    const spans: Span[] = index.events.map((event) => {
      const { start, end } = timeSpan(event);
      return {
        id: event.id,
        lane: index.laneOf.get(event.id) ?? '',
        start: start.getTime(),
        end: (end ?? start).getTime(),
      };
    });
    const laneGroups = toLaneGroups(index).map((group, order) => ({ ...group, order }));
    /** The eras' bands and names, drawn once; the names stack in their lane (see likelyHeight). */
    const eraItems = toEraItems(index);
    const eraNames = eraItems.filter((item) => item.group === ERA_LANE);

    // Without events (a dataset of eras only), the eras set the span.
    const [first, last] = spanOf(
      spans.length > 0
        ? spans
        : (index.dataset.eras ?? []).map((era) => ({
            id: '',
            lane: '',
            start: startOf(era.start).getTime(),
            end: endOf(era.end).getTime(),
          })),
    );
    const padding = Math.max((last - first) * 0.25, 60 * DAY);
    /** The spans of the events that pass the filters. */
    let shown: Span[] = [];

    /**
     * Our fit: the shown events, within the reader's date range (a long period may reach beyond it),
     * with room on the right where point labels run past their dot.
     */
    const fitWindow = (): [number, number] => {
      // Nothing matches: the whole timeline, not a year of its own choosing.
      const [earliest, latest] = shown.length > 0 ? spanOf(shown) : [first, last];
      const [from, to] = rangeRef.current;
      let [start, end] = [Math.max(earliest, from), Math.min(latest, to)];
      if (start >= end) [start, end] = [earliest, latest]; // nothing shown: the range is not theirs
      let left = start - (end - start) * 0.03 - DAY;
      let right = end + (end - start) * 0.12 + DAY;
      // A short stretch (one event, one day) in the middle of a month, not at its left edge.
      if (right - left < FIT_MIN)
        [left, right] = [(left + right - FIT_MIN) / 2, (left + right + FIT_MIN) / 2];
      // Room on the right for the last event's title, where titles show: on a narrow axis (a phone)
      // 40 % of it, so that most of its width stays for the events; the title ends in an ellipsis
      // there (see fitTitles).
      const width = axisWidth();
      if (shown.length > 0 && width > 0 && scaleFor(left, right).labels) {
        const room = Math.min(TITLE_PX, width * 0.4);
        right = Math.max(right, (end * width - left * room) / (width - room));
      }
      return [left, right];
    };

    /** Before vis-timeline draws: the width of its column of lane names, measured once per first view. */
    let namesWidth: number | undefined;
    /** The height of each lane's name in that column (a long one wraps onto several lines). */
    const namesHeight = new Map<string, number>();
    /** vis-timeline has drawn with its lanes (the first draw after it was created). */
    let drawn = false;
    /**
     * The axis width: the timeline less its column of lane names. Before vis-timeline has drawn,
     * the column is measured on a hidden copy of the names shown, laid out with its styles.
     */
    const axisWidth = () => {
      // Until vis-timeline has drawn its lanes, its center panel has the width of an empty timeline.
      const center = drawn ? container.querySelector('.vis-center') : null;
      if (center) return center.clientWidth;
      if (namesWidth === undefined) {
        const names = document.createElement('div');
        names.className = 'vis-labelset';
        names.style.position = 'absolute';
        names.style.visibility = 'hidden';
        const lanes = shownLanes();
        const labels = new Map<string, HTMLElement>();
        for (const group of laneGroups) {
          if (!lanes.has(group.id)) continue;
          const label = document.createElement('div');
          label.className = 'vis-label';
          const inner = document.createElement('div');
          inner.className = 'vis-inner';
          inner.append(group.content.cloneNode(true));
          label.append(inner);
          names.append(label);
          labels.set(group.id, label);
        }
        container.append(names);
        // Rounded as vis-timeline will measure it (clientWidth): slots depend on the exact width.
        namesWidth = Math.round(names.getBoundingClientRect().width);
        namesHeight.clear();
        for (const [lane, label] of labels) namesHeight.set(lane, label.getBoundingClientRect().height);
        names.remove();
      }
      return container.clientWidth - namesWidth - 1; // and the column's border
    };

    /**
     * How events are counted into slots (see placeSpans): titles are ~200 px wide, so with them in
     * wider slots; at the closest zoom nothing is merged, so that every event can be reached.
     */
    const slots = (slotPx: number, perSlot: number) => (startMs: number, endMs: number, msPerPx: number) => ({
      windowStart: startMs,
      windowEnd: endMs,
      msPerPx,
      slotPx,
      maxPerSlot: endMs - startMs <= ZOOM_MIN * 1.05 ? Infinity : perSlot,
    });
    const titledSlots = slots(160, 3);
    const markerSlots = slots(88, 2);

    /**
     * Whether the shown events in a window have room for their titles at any zoom: none of them
     * would be merged into "N events", and titled they stack into at most TITLE_ROWS_MAX rows a lane.
     */
    const titlesFit = (startMs: number, endMs: number) => {
      const width = Math.max(axisWidth(), 1);
      // More events in view than titled rows can hold at all: no need to place them to know.
      const room = laneGroups.length * TITLE_ROWS_MAX * (Math.ceil(width / (TITLE_PX + GAP_PX)) + 1);
      let inView = 0;
      for (const span of shown)
        if (span.start <= endMs && span.end >= startMs && ++inView > room) return false;
      const msPerPx = (endMs - startMs) / width;
      const { clusters } = placeSpans(shown, { ...titledSlots(startMs, endMs, msPerPx), keepId: null });
      if (clusters.some((cluster) => cluster.end >= startMs && cluster.start <= endMs)) return false;
      const titled = shown
        .filter((span) => span.start <= endMs && span.end >= startMs)
        .map(({ lane, start, end }) => ({
          lane,
          start,
          end: Math.max(end, start + (TITLE_PX + GAP_PX) * msPerPx),
        }));
      return [...rowsPerLane(titled).values()].every((rows) => rows <= TITLE_ROWS_MAX);
    };

    /**
     * Zoomed out, points show only their marker (their title is the tooltip), so lanes stay short;
     * zoomed in far enough for titles to fit, or where the events in view are few (see titlesFit),
     * they get their label back. The axis's steps: see axisFor.
     */
    const scaleFor = (startMs: number, endMs: number) => {
      const close = (container.clientWidth / (endMs - startMs)) * DAY >= LABELS_MIN_PX_PER_DAY;
      return {
        labels: close || titlesFit(startMs, endMs),
        timeAxis: axisFor((axisWidth() / (endMs - startMs)) * DAY),
      };
    };
    /**
     * A window widened until the clusters at its edges are inside it: a cluster is drawn from its
     * first event, which can be before the window (a long period that began before a "From" date),
     * and "N events" is up to 115 px wide ("10,000 events"); cut off at an edge, its count no longer shows. A few rounds
     * at most, as the slots widen with the window.
     */
    const withClustersInside = ([start, end]: [number, number]): [number, number] => {
      const width = Math.max(axisWidth(), 1);
      for (let round = 0; round < 4; round++) {
        const msPerPx = (end - start) / width;
        const slots = scaleFor(start, end).labels ? titledSlots : markerSlots;
        const options = { ...slots(start, end, msPerPx), keepId: null };
        // Only the slots at the edges matter: those of events before the window's start, and those
        // that start less than the widest "N events" (and its margin) before its end (whole slots,
        // counted from time zero, so that each is counted as placeSpans will count it).
        const slotMs = Math.max(options.slotPx * msPerPx, 1);
        const left = (Math.floor(start / slotMs) + 1) * slotMs;
        const right = Math.floor((end - (clusterPx(shown.length) + EDGE_PX) * msPerPx) / slotMs) * slotMs;
        const { clusters } = placeSpans(
          shown.filter((span) => span.start < left || span.start >= right),
          options,
        );
        // Each edge moved just far enough for the clusters beyond it, at the scale the wider window
        // has: widened by a cluster's width at the old scale, a cluster still ends past the edge (by
        // a little less each round, which four rounds did not always make up: "5 events" cut by
        // 12 px on a phone).
        let [wider, further] = [start, end];
        for (const cluster of clusters) {
          const px = clusterPx(cluster.count) + EDGE_PX;
          if (cluster.first + px * msPerPx > end) {
            const fits = width > px ? (cluster.first * width - start * px) / (width - px) : -Infinity;
            further = Math.max(further, fits, cluster.first + px * msPerPx);
          }
          if (cluster.first - EDGE_PX * msPerPx < start) {
            const fits =
              width > EDGE_PX ? (cluster.first * width - end * EDGE_PX) / (width - EDGE_PX) : Infinity;
            wider = Math.min(wider, fits, cluster.first - EDGE_PX * msPerPx);
          }
        }
        if (wider === start && further === end) break;
        [start, end] = [wider, further];
      }
      return [start, end];
    };

    /** The clusters drawn (by id), for a click to zoom in on. */
    let drawnClusters = new Map<string, Cluster>();
    /** The items a window needs: events one by one, crowded stretches as clusters (see placeSpans). */
    const wantedFor = (startMs: number, endMs: number): TimelineItem[] => {
      const labels = container.classList.contains('show-labels');
      const keep = selectedRef.current;
      const msPerPx = (endMs - startMs) / Math.max(axisWidth(), 1);
      const placement = placeSpans(shown, {
        ...(labels ? titledSlots(startMs, endMs, msPerPx) : markerSlots(startMs, endMs, msPerPx)),
        keepId: keep !== null && visibleRef.current.has(keep) ? keep : null,
      });
      drawnClusters = new Map(placement.clusters.map((cluster) => [cluster.id, cluster]));
      // Where titles show, a period too short on screen for its own is drawn as a point with it.
      // Where they do not, one narrower than a marker is drawn as a marker: as a bar it would be
      // widened to a marker's width by CSS, but stacked by vis-timeline at its own, and overlap.
      const drawnItem = (id: string) => {
        const item = itemFor(id);
        if (item.end === undefined) return item;
        const barPx = (item.end.getTime() - item.start.getTime()) / msPerPx;
        return barPx < (labels ? SHORT_BAR_PX : MARKER_PX) ? shortPeriodFor(item) : item;
      };
      const events = placement.events.map(drawnItem);
      if (labels) fitTitles(events, endMs, msPerPx);
      fitBarTitles([...events, ...eraNames], startMs, endMs, msPerPx);
      return [...events, ...placement.clusters.map(toClusterItem)];
    };
    /** A title grew since vis-timeline measured it (see fitTitles): it must be measured and stacked again. */
    let titlesResized = false;
    /**
     * A point's title that would run past the window's right edge ends in an ellipsis at the edge
     * instead of being cut there mid-word (its whole title is its tooltip, and the panel's heading),
     * or shows its marker alone where a few letters would not fit. Points beyond the edge, placed for
     * a pan, have their whole title back. The room goes in steps of 16 px, and only a title that
     * grows has the items stacked again (one that shrinks leaves room, and overlaps nothing): a pan
     * does not restack the lanes each time.
     */
    const fitTitles = (events: TimelineItem[], endMs: number, msPerPx: number) => {
      for (const item of events) {
        if (item.type !== 'point') continue;
        const beyond = item.start.getTime() > endMs;
        const room = Math.floor(((endMs - item.start.getTime()) / msPerPx - TITLE_INSET_PX) / 16) * 16;
        const width = beyond || room >= TITLE_CONTENT_PX ? TITLE_CONTENT_PX : room < TITLE_MIN_PX ? 0 : room;
        const { content } = item;
        const was = content.classList.contains('marker-only')
          ? 0
          : content.style.maxWidth === ''
            ? TITLE_CONTENT_PX
            : parseFloat(content.style.maxWidth);
        if (width === was) continue;
        content.style.maxWidth = width === TITLE_CONTENT_PX || width === 0 ? '' : `${width}px`;
        content.classList.toggle('marker-only', width === 0);
        if (width > was) titlesResized = true;
      }
    };

    /**
     * A period's title (and an era's name) takes the part of its bar on screen, and ends in an
     * ellipsis there: the bar can run past the window's right edge, and where it starts before the
     * left one vis-timeline moves the title to that edge, where the bar's own width would carry it
     * past the bar's end (cut mid-word either way). Its width is no matter for stacking (a bar's is
     * its span's).
     */
    const fitBarTitles = (events: TimelineItem[], startMs: number, endMs: number, msPerPx: number) => {
      for (const item of events) {
        if (item.type !== 'range' || item.end === undefined) continue;
        const [from, to] = [item.start.getTime(), item.end.getTime()];
        // Wholly beyond an edge (placed for a pan): its whole title, to slide in with.
        const cut = (from < startMs || to > endMs) && to > startMs && from < endMs;
        const shown = (Math.min(to, endMs) - Math.max(from, startMs)) / msPerPx - BAR_INSET_PX;
        // A strip too thin for a few letters shows its marker alone, not a stray "…".
        item.content.classList.toggle('marker-only', cut && shown < TITLE_MIN_PX);
        item.content.style.maxWidth = cut && shown >= TITLE_MIN_PX ? `${Math.floor(shown)}px` : '';
      }
    };

    /** The lanes with events shown, and the eras' lane when there are eras. */
    const hasEras = (index.dataset.eras ?? []).length > 0;
    const shownLanes = () => new Set([...shown.map((span) => span.lane), ...(hasEras ? [ERA_LANE] : [])]);

    /**
     * What the first draw shows, worked out before vis-timeline exists so that it draws once: the
     * events that pass the filters (as they are now), the window, the axis steps, whether labels
     * show, and the items.
     */
    const firstView = () => {
      shown = spans.filter((span) => visibleRef.current.has(span.id));
      namesWidth = undefined; // the lanes shown may have changed since the last measurement
      const [start, end] = withClustersInside(fitWindow());
      const scale = scaleFor(start, end);
      container.classList.toggle('show-labels', scale.labels);
      container.classList.toggle('axis-day-steps', scale.timeAxis.scale === 'day');
      const items = wantedFor(start, end);
      titlesResized = false; // vis-timeline measures them as it first draws them
      return { start, end, scale, items };
    };

    /** The height a first view is likely to be drawn at: its lanes and their rows, within the limit. */
    const likelyHeight = ({ start, end, scale, items }: ReturnType<typeof firstView>) => {
      const msPerPx = (end - start) / Math.max(axisWidth(), 1);
      const onScreen = [...items, ...eraNames]
        .filter((item) => item.start.getTime() <= end && (item.end ?? item.start).getTime() >= start)
        .map((item) => {
          const cluster = drawnClusters.get(String(item.id));
          const px = (cluster ? clusterPx(cluster.count) : scale.labels ? TITLE_PX : MARKER_PX) + GAP_PX;
          const [from, to] = [item.start.getTime(), (item.end ?? item.start).getTime()];
          // An era's name is cut at the era's end: its bar takes only its span. An item stacks below
          // one that ends within the gap before it, a period too.
          const end =
            item.group === ERA_LANE
              ? to + GAP_PX * msPerPx
              : Math.max(to + GAP_PX * msPerPx, from + px * msPerPx);
          return { lane: item.group ?? '', start: from, end };
        });
      const rows = rowsPerLane(onScreen);
      const periods = new Set(items.filter((item) => item.type === 'range').map((item) => item.group));
      let height = AXIS_PX;
      for (const lane of shownLanes()) {
        const lanePx =
          lane === ERA_LANE
            ? GAP_PX + ERA_ROW_PX * (rows.get(lane) ?? 0)
            : LANE_PX + ROW_PX * (rows.get(lane) ?? 0) + (periods.has(lane) ? PERIOD_PX : 0);
        height += Math.max(lanePx, MIN_LANE_PX, Math.ceil(namesHeight.get(lane) ?? 0));
      }
      const limits = heightLimits(container);
      return Math.min(limits.maxHeight, Math.max(height, limits.minHeight));
    };

    /**
     * On a link to an event the timeline may draw after the page is first painted (see below): until
     * the reader moves the view, its box keeps the height it was given then.
     */
    let reserved: number | null = null;

    /** The timeline of the build under way: if the build fails halfway, it is destroyed, not left running. */
    let created: Timeline | undefined;
    let reported = false;
    const reportDrawn = () => {
      if (reported) return;
      reported = true;
      onDrawnRef.current?.();
    };
    const drawnFallback = setTimeout(reportDrawn, DRAWN_FALLBACK_MS);
    let cancelDrawn: (() => void) | undefined;
    const buildSafely = () => {
      try {
        const destroy = build();
        cancelDrawn = afterPaint(reportDrawn);
        return destroy;
      } catch (error) {
        container.style.display = ''; // if it failed while hidden
        created?.destroy();
        engineRef.current = null;
        throw error;
      }
    };

    const build = () => {
      const view = firstView();
      const { start: initialStart, end: initialEnd } = view;
      let filtered = visibleRef.current;
      let axis = JSON.stringify(view.scale.timeAxis);
      const initialLanes = shownLanes();
      const items = new DataSet<TimelineItem>();
      const groups = new DataSet<Group>();
      // vis-timeline measures an item (a layout each) when it is added inside the window, and all at
      // once on a draw: so it is created over an empty stretch before the events, then moved.
      const offstage = first - 4 * (last - first) - 365 * DAY;
      // How far the reader can pan and zoom out: the events with some room, and at least what a fit
      // shows (which widens for the clusters at its right edge, see withClustersInside, and for the
      // last title, see fitWindow).
      const limits = {
        min: first - padding,
        max: last + padding,
        zoomMax: Math.max(last - first + 2 * padding, 30 * DAY),
      };
      /** Takes a window about to be shown into the limits, with room to zoom out of it a step; says whether they grew. */
      const takeIn = ([start, end]: [number, number]) => {
        const room = (end - start) / 4;
        const [min, max, zoomMax] = [start - room, end + room, (end - start) * 1.5];
        if (min >= limits.min && max <= limits.max && zoomMax <= limits.zoomMax) return false;
        limits.min = Math.min(limits.min, min);
        limits.max = Math.max(limits.max, max);
        limits.zoomMax = Math.max(limits.zoomMax, zoomMax);
        return true;
      };
      takeIn([initialStart, initialEnd]);
      const firstLimits =
        reserved === null ? heightLimits(container) : { minHeight: reserved, maxHeight: reserved };
      /** The height limit vis-timeline has (see applyLimits). */
      let limit = firstLimits.maxHeight;
      const options: TimelineOptions = {
        groupOrder: 'order',
        stack: true,
        selectable: true,
        multiselect: false,
        showCurrentTime: false,
        orientation: { axis: 'top', item: 'top' },
        margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
        min: new Date(offstage),
        max: new Date(limits.max),
        zoomMin: ZOOM_MIN,
        zoomMax: limits.zoomMax,
        locale: 'en',
        // Dates are days of the calendar, placed at UTC midnight: the axis counts in UTC too, or west
        // of Greenwich an event of the 12th would sit in the 11th's column.
        moment: (date?: MomentInput) => moment(date).utc(),
        // The wheel zooms; lanes taller than the box scroll by dragging or with the scrollbar.
        verticalScroll: true,
        preferZoom: true,
        ...firstLimits,
        timeAxis: view.scale.timeAxis,
      };
      // vis-timeline's types say content is a string; it takes DOM nodes too, which keeps data out of HTML.
      //
      // Built inside a hidden box (vis-timeline skips drawing there), so that its first draw is the one
      // with the window, lanes and items: the constructor's empty draw cost about 25 ms of a first
      // render of 300 ms at 30 events, and as much at 1,000. Two of vis-timeline's own fields are set:
      // - initialFitDone: on its first draw it would fit all items, replacing the window;
      // - redrawCount: each skipped draw counts towards its guard against redrawing in a loop (it
      //   stops after 5 draws in a row that resize something), which then cut the first one short.
      // Lanes are set after the items, and the window with setWindow rather than the start/end
      // options, with which vis-timeline would show itself only after a 'rangechanged' 200 ms later.
      container.style.display = 'none';
      const timeline = new Timeline(container, items as unknown as DataSet<DataItem>, options);
      created = timeline;
      /** The width of the dates area, as vis-timeline last measured it. */
      const centerWidth = () =>
        (timeline as unknown as { body: { domProps: { center: { width: number } } } }).body.domProps.center
          .width;
      Object.assign(timeline, { initialFitDone: true });
      timeline.setGroups(groups as unknown as DataSet<DataGroup>);
      timeline.setWindow(offstage, offstage + (initialEnd - initialStart), { animation: false });
      groups.add(laneGroups.filter((group) => initialLanes.has(group.id)));
      items.add([...eraItems, ...view.items]);
      timeline.setWindow(initialStart, initialEnd, { animation: false });
      container.style.display = '';
      Object.assign(timeline, { redrawCount: 0 });
      // Once shown: vis-timeline notes its box's size here, and a size noted as 0 would mean a
      // second full draw a second later, when it next checks.
      timeline.setOptions({ min: new Date(limits.min) });

      /** Lets the reader's limits take in a window about to be shown. */
      const allow = ([start, end]: [number, number]) => {
        if (!takeIn([start, end])) return;
        timeline.setOptions({
          min: new Date(limits.min),
          max: new Date(limits.max),
          zoomMax: limits.zoomMax,
        });
      };

      /**
       * Re-measures the items for their new width, and stacks them again: vis-timeline restacks only
       * on a change of window, and titles shown, hidden or cut to the window come once it has been
       * drawn (titled items would overlap in one row until the reader next zooms or pans).
       */
      const restack = () => {
        titlesResized = false;
        const { itemSet } = timeline as unknown as RestackItems;
        itemSet.markDirty({ refreshItems: true, restackGroups: true });
        (timeline as unknown as LaneScroll)._redraw();
      };
      /** Draws what the window needs (the current one, or one about to be shown). */
      const place = (target?: [number, number]) => {
        const current = timeline.getWindow();
        const [startMs, endMs] = target ?? [current.start.getTime(), current.end.getTime()];
        const wanted = wantedFor(startMs, endMs);
        const wantedTypes = new Map(wanted.map((item) => [item.id, item.type]));
        // Gone from the window, or drawn otherwise now (a period as a bar or as a point).
        const stale = items.getIds({
          filter: (item) => !item.id.startsWith(ERA_PREFIX) && wantedTypes.get(item.id) !== item.type,
        });
        if (stale.length > 0) items.remove(stale);
        const added = wanted.filter((item) => !items.get(item.id));
        if (added.length > 0) items.add(added);
        // vis-timeline forgets the selection of an item it no longer has: the selected event, drawn
        // again when it matches the filters again (a search cleared), is selected again.
        const selected = selectedRef.current;
        if (selected !== null && added.some((item) => item.id === selected))
          timeline.setSelection([selected]);
        if (titlesResized) restack();
      };

      /** Gives vis-timeline the height limits for the box's room now. */
      const applyLimits = () => {
        const limits = heightLimits(container);
        limit = limits.maxHeight;
        timeline.setOptions(limits);
      };
      /** The reader moved the view: the box follows its rows from now on, up to the height limit. */
      const release = () => {
        if (reserved === null) return;
        reserved = null;
        container.style.minHeight = '';
        timeline.off('rangechange', release);
        applyLimits();
      };
      /** Shows or hides the titles of points; says whether that changed. */
      const showLabels = (labels: boolean) => {
        if (labels === container.classList.contains('show-labels')) return false;
        container.classList.toggle('show-labels', labels);
        restack();
        return true;
      };

      /** Applies the filter: lanes first gain the new ones, then items change, then lanes lose the old. */
      let fittedRange = rangeRef.current;
      const refresh = () => {
        const sameRange = rangeRef.current.every((bound, i) => bound === fittedRange[i]);
        if (sameIds(visibleRef.current, filtered) && sameRange) return false;
        fittedRange = rangeRef.current;
        release();
        filtered = visibleRef.current;
        shown = spans.filter((span) => filtered.has(span.id));
        // Whether titles fit depends on the events shown (see titlesFit), not only on the zoom.
        const now = timeline.getWindow();
        showLabels(scaleFor(now.start.getTime(), now.end.getTime()).labels);
        const lanes = shownLanes();
        groups.update(laneGroups.filter((group) => lanes.has(group.id)));
        place();
        groups.remove(groups.getIds({ filter: (group) => !lanes.has(group.id) }));
        return true;
      };

      /**
       * Where a zoom's animation is heading. A click before it ends zooms on from there: from the
       * window caught halfway, quick clicks would each give up part of the last one's step.
       */
      let zoomTarget: [number, number] | null = null;
      const zoom = (factor: number) => {
        const now = timeline.getWindow();
        const [start, end] = zoomTarget ?? [now.start.getTime(), now.end.getTime()];
        const span = Math.min(Math.max((end - start) * factor, ZOOM_MIN), limits.zoomMax);
        // About the selected event where it is in view: it stays where it is on the axis (a bar, at
        // the middle of what shows of it). Else about the window's middle.
        const selected = items.get(timeline.getSelection()[0] ?? '');
        const from = selected?.start.getTime() ?? Infinity;
        const to = (selected?.end ?? selected?.start)?.getTime() ?? -Infinity;
        const anchor =
          from <= end && to >= start ? (Math.max(from, start) + Math.min(to, end)) / 2 : (start + end) / 2;
        // Within the limits, as vis-timeline would take it (a zoom out at an end moves the window in).
        const left = Math.min(
          Math.max(anchor - ((anchor - start) / (end - start)) * span, limits.min),
          limits.max - span,
        );
        const animation = !prefersReducedMotion();
        zoomTarget = animation ? [left, left + span] : null;
        // Zooming out, the events of the wider window are there while it widens, as in a fit (quick
        // clicks would else show lanes all but empty until the last animation ends). Zooming in,
        // the window's events stay until it has narrowed.
        if (span > end - start) place([left, left + span]);
        timeline.setWindow(left, left + span, { animation }, () => (zoomTarget = null));
      };
      // The reader dragged or scrolled meanwhile: zoom from where that left the window.
      timeline.on('rangechange', ({ byUser }: { byUser?: boolean }) => {
        if (byUser) zoomTarget = null;
      });

      const fit = (animation: boolean) => {
        if (shown.length === 0) return; // nothing matches: keep the window the reader had
        const target = withClustersInside(fitWindow());
        allow(target);
        place(target); // so the events are there while the window glides to them
        zoomTarget = null;
        timeline.setWindow(...target, { animation });
      };

      // In a frame, a press on the timeline does not focus the frame's document (hammer.js prevents the
      // default of the press): the arrow keys and Esc would go on to the page around it.
      const focusFrame = () => {
        if (!document.hasFocus()) window.focus();
      };
      container.addEventListener('pointerdown', focusFrame);
      // The lane labels scroll when the lanes are taller than the box: let keyboards scroll them too.
      const labels = container.querySelector('.vis-panel.vis-left');
      labels?.setAttribute('tabindex', '0');
      labels?.setAttribute('role', 'region');
      labels?.setAttribute('aria-label', 'Lanes');
      if (labels) labels.id = LANES_ID;
      // By vis-timeline's own scroll: the browser's (smooth) one for these keys was cut short after a
      // few pixels, vis-timeline setting the panel's scroll anew on each step of it. (← → walk the
      // events, and so do Home and End where the lanes do not scroll; see the explorer's keyboard.)
      labels?.addEventListener('keydown', (event) => {
        const vis = timeline as unknown as LaneScroll;
        const page = vis.props.leftContainer.height * 0.9;
        const scrolls = labels.scrollHeight > labels.clientHeight + 1;
        const step = {
          ArrowDown: LANE_KEY_STEP_PX,
          ArrowUp: -LANE_KEY_STEP_PX,
          PageDown: page,
          PageUp: -page,
          // vis-timeline holds the scroll within the lanes' height.
          ...(scrolls && { Home: -Infinity, End: Infinity }),
        }[(event as KeyboardEvent).key];
        const { altKey, ctrlKey, metaKey } = event as KeyboardEvent;
        if (step === undefined || altKey || ctrlKey || metaKey) return;
        event.preventDefault();
        vis._setScrollTop(vis._getScrollTop() - step);
        vis._redraw();
      });

      timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
        const id = selected[0] === undefined ? '' : String(selected[0]);
        if (index.eventsById.has(id)) {
          clickedRef.current = id;
          // The panel gives focus back to where it was when it opened, once it closes: to the lanes,
          // for an event picked on them (on a phone, whose panel is below, the page goes back up to
          // them rather than staying in the list that took the panel's place).
          if (!container.contains(document.activeElement))
            document.getElementById(LANES_ID)?.focus({ preventScroll: true });
          onSelectRef.current(id);
          return;
        }
        // A click on empty space, an era or a cluster keeps the current selection: the panel closes
        // with its own button. A cluster zooms in on its events (clicks on a crowded stretch zoom on).
        timeline.setSelection(selectedRef.current === null ? [] : [selectedRef.current]);
        const cluster = drawnClusters.get(id);
        if (cluster) {
          const { start, end } = timeline.getWindow();
          timeline.setWindow(...clusterWindow(cluster, [start.getTime(), end.getTime()]), {
            animation: !prefersReducedMotion(),
          });
        }
      });

      // The window the items were last placed for: vis-timeline reports its first window (ours) once
      // drawn; placing again for it would only redo the first placement, so only the axis is checked.
      let placedRange = `${initialStart}-${initialEnd}`;
      /** The axis's steps for a window (see axisFor), set when they change. */
      const followAxis = (startMs: number, endMs: number) => {
        const width = centerWidth();
        if (width <= 0 || endMs <= startMs) return;
        const timeAxis = axisFor((width / (endMs - startMs)) * DAY);
        if (JSON.stringify(timeAxis) === axis) return;
        axis = JSON.stringify(timeAxis);
        container.classList.toggle('axis-day-steps', timeAxis.scale === 'day');
        timeline.setOptions({ timeAxis });
      };
      // Also while the window moves: a zoom out of days over years would draw 7-day steps across
      // them, hundreds of labels a frame, until it ends.
      timeline.on('rangechange', ({ start, end }: { start: Date; end: Date }) => {
        followAxis(start.getTime(), end.getTime());
        // The titles of bars (and eras) follow the window as it moves, not only once it stops: they
        // take no part in stacking, so this is a style each (points' titles wait for the end).
        const [from, to] = [start.getTime(), end.getTime()];
        const bars = items.get({ filter: (item) => item.type === 'range' });
        fitBarTitles(bars, from, to, (to - from) / Math.max(axisWidth(), 1));
      });
      const onRangeChanged = () => {
        const { start, end } = timeline.getWindow();
        const span = end.getTime() - start.getTime();
        setZoomLimit(span <= ZOOM_MIN * 1.01 ? 'closest' : span >= limits.zoomMax * 0.99 ? 'farthest' : null);
        const scale = scaleFor(start.getTime(), end.getTime());
        followAxis(start.getTime(), end.getTime());
        const range = `${start.getTime()}-${end.getTime()}`;
        const labelsChanged = showLabels(scale.labels);
        if (range === placedRange && !labelsChanged) return;
        placedRange = range;
        place();
      };
      timeline.on('rangechanged', onRangeChanged);
      /** The titles and groups for a new width (once vis-timeline has redrawn at it). */
      const placeForWidth = () => {
        placedRange = '';
        onRangeChanged();
      };
      /** The box follows its new room: no reserved height any more, a height limit for the new size. */
      const fitBox = () => {
        release();
        applyLimits();
      };
      let resized: ReturnType<typeof setTimeout> | undefined;
      let windowWidth = window.innerWidth;
      const onResize = () => {
        fitBox();
        clearTimeout(resized);
        // Once the window has its size (it may still be being resized): the items placed for the
        // new width. Where the width changed (a phone turned on its side; not a phone's address bar
        // or keyboard coming and going, which change only the height while the reader scrolls), the
        // selected event's lane is scrolled into the box too, where the new size left it out.
        resized = setTimeout(() => {
          placeForWidth();
          if (window.innerWidth === windowWidth) return;
          windowWidth = window.innerWidth;
          const selected = selectedRef.current === null ? undefined : items.get(selectedRef.current);
          if (selected) revealLane(timeline, selected, true);
        }, 200);
      };
      window.addEventListener('resize', onResize);
      // In an embed the timeline's box also changes width when the panel opens beside it or closes:
      // once, so the items are placed again as soon as vis-timeline has redrawn. And its room changes
      // in height: in a narrow frame it fills the frame while nothing is selected, the panel below
      // taking what it leaves when something is.
      let width = container.clientWidth;
      const afterRedraw = () => {
        timeline.off('changed', afterRedraw);
        placeForWidth();
      };
      let boxFrame = 0;
      /**
       * A new height limit, where the box's room has changed in height (not the window: see onResize).
       * Not while the first view's reserved height holds: that lasts until the reader moves the view.
       */
      const fitRoom = () => {
        if (reserved === null && maxHeight(container) !== limit) fitBox();
      };
      const onBox = () => {
        if (container.clientWidth === width) {
          fitRoom();
          return;
        }
        width = container.clientWidth;
        timeline.off('changed', afterRedraw); // once, however many changes come before the redraw
        timeline.on('changed', afterRedraw);
        fitBox();
      };
      // On the next frame: changing the box's height within the observer's own callback is a loop.
      // Where only the layout around it changes (a narrow frame's timeline stops filling it when an
      // event is selected, and keeps its size), nothing resizes: see the effect on selectedId.
      const boxWatch = isEmbedded()
        ? new ResizeObserver(() => {
            cancelAnimationFrame(boxFrame);
            boxFrame = requestAnimationFrame(onBox);
          })
        : null;
      boxWatch?.observe(container);
      if (container.parentElement) boxWatch?.observe(container.parentElement);

      // The first draw, with the lanes and items, now rather than on the next frame (where redraw()
      // would put it): React's second pass for the list would otherwise come first. vis-timeline
      // draws at once on its internal '_change' event, as it does for its own changes before that.
      const onFirstDraw = () => {
        timeline.off('changed', onFirstDraw);
        drawn = true;
      };
      timeline.on('changed', onFirstDraw);
      // A date label cut by the box's edge misleads ("0" for 1800, "20" for 2000, "201" for 2019):
      // hidden instead, after each draw (which gives every label its classes anew). Where a label
      // starts is in its transform, and its text's width is told by its length in the '0's that
      // vis-timeline measured, so nothing more is measured on the way to the first paint (measuring
      // each text on a canvas cost about 7 ms of the first render at 10,000 events).
      const charWidths = () =>
        (timeline as unknown as { timeAxis: { props: { minorCharWidth?: number; majorCharWidth?: number } } })
          .timeAxis.props;
      const textWidth = (label: HTMLElement) => {
        const { minorCharWidth, majorCharWidth } = charWidths();
        const char =
          (label.classList.contains('vis-major') ? majorCharWidth : minorCharWidth) || AXIS_CHAR_PX;
        return (label.textContent ?? '').length * char * AXIS_TEXT_SLACK;
      };
      //
      // The label of the period the box starts in, though, is moved to the box's left edge where it
      // fits there before the next label, as vis-timeline does for its upper row: else a narrow
      // timeline can show a stretch with no date ("2021" only, over a window from 2020).
      const hideCutLabels = () => {
        const width = centerWidth();
        for (const row of ['vis-minor', 'vis-major']) {
          const labels = [
            ...container.querySelectorAll<HTMLElement>(`.vis-time-axis .vis-text.${row}:not(.vis-measure)`),
          ].map((label) => {
            const [, x = '0', y = '0'] =
              /translate\((-?[\d.]+)px, (-?[\d.]+)px/.exec(label.style.transform) ?? [];
            return { label, x: Number(x), y: Number(y), width: AXIS_LABEL_PADDING_PX + textWidth(label) };
          });
          labels.sort((a, b) => a.x - b.x);
          const current = labels.findLastIndex(({ x }) => x < -1);
          const next = labels[current + 1]?.x ?? width;
          labels.forEach(({ label, x, y, width: labelWidth }, i) => {
            const stick = i === current && labelWidth <= Math.min(next, width) - GAP_PX;
            if (stick) label.style.transform = `translate(0px, ${y}px)`;
            label.classList.toggle('axis-label-cut', !stick && (x < -1 || x + labelWidth > width));
          });
        }
      };
      timeline.on('changed', hideCutLabels);
      (timeline as unknown as { body: { emitter: { emit: (event: '_change') => void } } }).body.emitter.emit(
        '_change',
      );

      engineRef.current = { timeline, items, fit, refresh, place, zoom, fitRoom };
      // From here on every change of window is the reader's: zooming, panning, a cluster, a fit.
      timeline.on('rangechange', release);
      // The reserved height is an estimate: where the rows drawn need more, the box follows them
      // (the page below moves once, rather than a row staying hidden under the box's edge).
      const outgrown = () => {
        const lanes = container.querySelector('.vis-panel.vis-left');
        if (reserved === null) timeline.off('changed', outgrown);
        else if (lanes && lanes.scrollHeight > lanes.clientHeight + 1) release();
      };
      if (reserved !== null) {
        timeline.on('changed', outgrown);
        outgrown();
      }
      return () => {
        engineRef.current = null;
        container.removeEventListener('pointerdown', focusFrame);
        window.removeEventListener('resize', onResize);
        boxWatch?.disconnect();
        cancelAnimationFrame(boxFrame);
        clearTimeout(resized);
        timeline.destroy();
      };
    };

    // On a link to an event, its panel is what the reader came for. Where the panel sits beside the
    // timeline, the page is painted with it first, and the timeline drawn right after that frame,
    // into a box of the height it is likely to need (where the panel is below, the timeline is drawn
    // first, so that the panel never moves). In a background tab, frames wait until it is shown.
    const linked = selectedRef.current;
    if (linked === null || !index.eventsById.has(linked) || !panelBeside(container)) {
      const destroy = buildSafely();
      return () => {
        clearTimeout(drawnFallback);
        cancelDrawn?.();
        destroy();
      };
    }
    // Where the timeline fills an area of its own (an embed), the area sets its height, not its rows:
    // nothing to reserve, and the height follows the frame from the start.
    if (!fillsArea(container)) {
      reserved = likelyHeight(firstView());
      container.style.minHeight = `${reserved}px`;
    }
    let destroy: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        try {
          // Afresh: the filter or the selection may have changed meanwhile.
          destroy = buildSafely();
          const engine = engineRef.current;
          if (engine && selectedRef.current !== null)
            showSelection(engine, index, selectedRef.current, false);
        } catch (error) {
          setCrash(() => {
            throw error;
          });
        }
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(drawnFallback);
      cancelDrawn?.();
      destroy?.();
      container.style.minHeight = '';
    };
  }, [index]);

  // A new filter: redraw the matches and fit them, once typing pauses.
  useEffect(() => {
    const engine = engineRef.current;
    const changed = engine?.refresh() ?? false;
    if (!engine || !changed) return;
    const timer = setTimeout(() => engine.fit(!prefersReducedMotion()), 250);
    return () => clearTimeout(timer);
  }, [visibleIds, range]);

  useEffect(() => {
    const engine = engineRef.current;
    // One clicked on the timeline, which shows at least part of it, moves no more than it must:
    // it stays under the pointer.
    const clicked = selectedId !== null && clickedRef.current === selectedId;
    clickedRef.current = null;
    if (engine) showSelection(engine, index, selectedId, clicked);
  }, [selectedId, index, revealRequest]);

  // In an embed the layout around the timeline follows the selection (see .embed-empty): the box
  // takes its new room before the browser paints it.
  const selected = selectedId !== null;
  useLayoutEffect(() => {
    if (isEmbedded()) engineRef.current?.fitRoom();
  }, [selected]);

  const zoom = (action: 'in' | 'out' | 'fit') => {
    const engine = engineRef.current;
    if (!engine || atLimit(action)) return;
    if (action === 'fit') engine.fit(!prefersReducedMotion());
    else engine.zoom(action === 'in' ? 1 / 1.5 : 1.5); // as vis-timeline's zoomIn(0.5) and zoomOut(0.5)
  };

  // aria-disabled, not disabled: a button that is pressed up to its limit keeps the focus.
  const atLimit = (action: 'in' | 'out' | 'fit') =>
    (action === 'in' && zoomLimit === 'closest') || (action === 'out' && zoomLimit === 'farthest');

  return (
    // min-h-0: in an embed's grid its area, not its content, sets its height (see maxHeight).
    <div className="flex min-h-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <div
          role="group"
          aria-label="Timeline zoom"
          className="flex flex-wrap gap-2"
          onKeyDown={moveAmongButtons}
        >
          {/* In an embed the labels are for screen readers (and the tooltip): the buttons fit one row. */}
          {ZOOM_BUTTONS.map(({ action, label, icon, atLimitTitle }) => (
            <button
              key={action}
              type="button"
              className="btn"
              title={atLimit(action) ? atLimitTitle : label}
              aria-disabled={atLimit(action) || undefined}
              onClick={() => zoom(action)}
            >
              <Icon path={icon} /> <span className="zoom-label">{label}</span>
            </button>
          ))}
        </div>
        <p className="timeline-hint text-sm text-slate-600 dark:text-slate-400">
          {/* On a touch screen a vertical swipe scrolls the page. */}
          <span className="pointer-coarse:hidden">Drag to pan, scroll or pinch to zoom.</span>
          <span className="hidden pointer-coarse:inline">Swipe sideways to pan, pinch to zoom.</span>
        </p>
      </div>
      <div ref={containerRef} className="timeline-container" data-testid="timeline" />
    </div>
  );
}
