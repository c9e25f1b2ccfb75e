import { useEffect, useRef } from 'react';
import { DataSet, DataView } from 'vis-data/esnext';
import {
  Timeline,
  type DataGroup,
  type DataItem,
  type TimelineOptions,
  type TimelineOptionsCluster,
} from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { prefersReducedMotion } from '../../../lib/motion';
import type { DatasetIndex } from '../model/dataset-index';
import {
  ERA_PREFIX,
  toLaneGroups,
  toTimelineItems,
  type LaneGroup,
  type TimelineItem,
} from '../model/timeline-items';

const DAY = 24 * 60 * 60 * 1000;
/** Point labels are about 200 px wide: below this scale they would pile up, so only markers show. */
const LABELS_MIN_PX_PER_DAY = 4;

type Group = LaneGroup & { order: number };

interface Engine {
  timeline: Timeline;
  items: DataSet<TimelineItem>;
  /** Fits the window to the items shown (all of them when nothing is filtered out). */
  fit: (animation: boolean) => void;
  /** Re-applies the filter to items and lanes. */
  refresh: () => void;
  recluster: () => void;
}

/** The timeline's height limit: most of a desktop screen, half of a phone's. */
const maxHeight = () => Math.round(window.innerHeight * (window.innerWidth >= 1024 ? 0.62 : 0.5));

/** The time span of some items, padded; a year around today when there are none. */
function spanOf(items: TimelineItem[]): [number, number] {
  if (items.length === 0) return [Date.now() - 365 * DAY, Date.now()];
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start.getTime());
    last = Math.max(last, (item.end ?? item.start).getTime());
  }
  return [first, last];
}

/** Brings the selected item into view (sideways and down its lane) without changing the zoom. */
function reveal(timeline: Timeline, container: HTMLElement, id: string) {
  requestAnimationFrame(() => {
    const frame = container.querySelector('.vis-center')?.getBoundingClientRect();
    const item = container.querySelector('.vis-item.vis-selected:not(.vis-dot)')?.getBoundingClientRect();
    // In view when some of it shows across and all of it down its lane (a long period may overhang).
    const inView =
      frame &&
      item &&
      item.right > frame.left &&
      item.left < frame.right &&
      item.top >= frame.top - 1 &&
      item.bottom <= frame.bottom + 1;
    if (!inView) timeline.focus(id, { zoom: false, animation: !prefersReducedMotion() });
  });
}

function Icon({ path }: { path: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
    >
      <path d={path} />
    </svg>
  );
}

interface TimelineViewProps {
  index: DatasetIndex;
  /** Ids of the events that pass the filters; the others are not drawn. */
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The one component that owns vis-timeline: creates it once per dataset, pushes the filter and the
 * selection in, reports clicks out, destroys it on unmount.
 */
export function TimelineView({ index, visibleIds, selectedId, onSelect }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<Engine | null>(null);
  const onSelectRef = useRef(onSelect);
  const selectedRef = useRef(selectedId);
  const visibleRef = useRef(visibleIds);

  useEffect(() => {
    onSelectRef.current = onSelect;
    selectedRef.current = selectedId;
    visibleRef.current = visibleIds;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const allItems = toTimelineItems(index);
    const items = new DataSet<TimelineItem>(allItems);
    const groups = new DataSet<Group>(toLaneGroups(index).map((group, order) => ({ ...group, order })));
    // The filter is a view over the data: refreshing it redraws only what changed. A lane shows
    // while it has an event that passes the filter.
    const shownItems = new DataView(items, {
      filter: (item) => item.type === 'background' || visibleRef.current.has(item.id),
    });
    const lanesOf = (ids: ReadonlySet<string>) => new Set([...ids].map((id) => index.laneOf.get(id)));

    let shownLaneIds = lanesOf(visibleRef.current);
    const shownLanes = new DataView(groups, { filter: (group) => shownLaneIds.has(group.id) });
    const [first, last] = spanOf(allItems);
    const padding = Math.max((last - first) * 0.25, 60 * DAY);
    // Where a lane is crowded at this zoom, its items merge into one "N events" item (a click
    // zooms into it). The selected event never merges, so it is always drawn.
    const cluster: TimelineOptionsCluster = {
      maxItems: 3,
      titleTemplate: '{count} events here: click to zoom in',
      // Zoomed in, only points merge: there a cluster of year-long periods would be a bar whose
      // count is off screen. Zoomed out, anything crowded merges, so every lane fits the box.
      clusterCriteria: (a, b) =>
        a.id !== selectedRef.current &&
        b.id !== selectedRef.current &&
        (!container.classList.contains('show-labels') || (a.type === 'point' && b.type === 'point')),
      fitOnDoubleClick: false,
    };
    const options: TimelineOptions = {
      groupOrder: 'order',
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
      min: new Date(first - padding),
      max: new Date(last + padding),
      zoomMin: 7 * DAY,
      zoomMax: Math.max(last - first + 2 * padding, 30 * DAY),
      locale: 'en',
      cluster,
      // The wheel zooms; lanes taller than the box scroll by dragging or with the scrollbar.
      verticalScroll: true,
      preferZoom: true,
      maxHeight: maxHeight(),
    };
    // Created without start/end (those force a reflow per item); the window is set just after.
    // vis-timeline's types say content is a string; it takes DOM nodes too, which keeps data out of HTML.
    const timeline = new Timeline(
      container,
      shownItems as unknown as DataView<DataItem>,
      shownLanes as unknown as DataView<DataGroup>,
      options,
    );
    /** Our fit: the shown items, with room on the right where point labels run past their dot. */
    const fitWindow = (): [number, number] => {
      const [start, end] = spanOf(shownItems.get());
      return [start - (end - start) * 0.03 - DAY, end + (end - start) * 0.12 + 30 * DAY];
    };
    const fit = (animation: boolean) => timeline.setWindow(...fitWindow(), { animation });
    // vis-timeline fits the window itself on its first draw unless start/end are set; set them so
    // its first draw is already ours (after construction: in the constructor they are much slower).
    const [start, end] = fitWindow();
    timeline.setOptions({ start: new Date(start), end: new Date(end) });
    // The lane labels scroll when the lanes are taller than the box: let keyboards scroll them too.
    const labels = container.querySelector('.vis-panel.vis-left');
    labels?.setAttribute('tabindex', '0');
    labels?.setAttribute('role', 'region');
    labels?.setAttribute('aria-label', 'Lanes');

    timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
      const id = selected[0];
      if (id !== undefined && !String(id).startsWith(ERA_PREFIX) && items.get(id) !== null) {
        onSelectRef.current(String(id));
      }
      // A click on empty space or on a cluster keeps the current selection: the panel closes with its own button.
      else timeline.setSelection(selectedRef.current === null ? [] : [selectedRef.current]);
    });
    timeline.on('click', ({ isCluster, time }: { isCluster: boolean; time: Date }) => {
      if (!isCluster) return;
      const { start, end } = timeline.getWindow();
      const half = (end.getTime() - start.getTime()) / 6;
      timeline.setWindow(time.getTime() - half, time.getTime() + half, {
        animation: !prefersReducedMotion(),
      });
    });

    // Zoomed out, points show only their marker (their title is the tooltip), so lanes stay short;
    // zoomed in far enough for titles to fit, they get their label back.
    // On a narrow screen vis-timeline's automatic axis can skip every year label: below ~60 px a
    // year, label each year instead.
    let axisByYear = false;
    const updateScale = () => {
      const { start, end } = timeline.getWindow();
      const pxPerDay = container.clientWidth / ((end.getTime() - start.getTime()) / DAY);
      const show = pxPerDay >= LABELS_MIN_PX_PER_DAY;
      const byYear = pxPerDay * 365 < 60;
      if (byYear !== axisByYear) {
        axisByYear = byYear;
        timeline.setOptions({ timeAxis: byYear ? { scale: 'year', step: 1 } : {} });
      }
      if (show !== container.classList.contains('show-labels')) {
        container.classList.toggle('show-labels', show);
        timeline.setOptions({ cluster }); // re-cluster for the new mode
        timeline.redraw(); // and re-measure the items
      }
    };
    updateScale();
    timeline.on('rangechanged', updateScale);
    const onResize = () => timeline.setOptions({ maxHeight: maxHeight() });
    window.addEventListener('resize', onResize);

    engineRef.current = {
      timeline,
      items,
      fit,
      refresh: () => {
        // Lanes first gain the new ones, then items change, then lanes lose the old ones: vis-timeline
        // must never hold an item whose lane it does not have.
        const next = lanesOf(visibleRef.current);
        shownLaneIds = new Set([...shownLaneIds, ...next]);
        shownLanes.refresh();
        shownItems.refresh();
        shownLaneIds = next;
        shownLanes.refresh();
      },
      recluster: () => timeline.setOptions({ cluster }),
    };
    return () => {
      engineRef.current = null;
      window.removeEventListener('resize', onResize);
      timeline.destroy();
    };
  }, [index]);

  // A new filter: redraw the matches and fit them, once typing pauses.
  const isFirstFilter = useRef(true);
  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    if (isFirstFilter.current) {
      isFirstFilter.current = false;
      return;
    }
    engine.refresh();
    const timer = setTimeout(() => engine.fit(!prefersReducedMotion()), 250);
    return () => clearTimeout(timer);
  }, [visibleIds]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    const id = selectedId !== null && engine.items.get(selectedId) ? selectedId : null;
    engine.recluster();
    engine.timeline.setSelection(id === null ? [] : [id]);
    if (id !== null && containerRef.current) reveal(engine.timeline, containerRef.current, id);
  }, [selectedId, index]);

  const zoom = (action: 'in' | 'out' | 'fit') => {
    const engine = engineRef.current;
    if (!engine) return;
    const animation = !prefersReducedMotion();
    if (action === 'fit') engine.fit(animation);
    else if (action === 'in') engine.timeline.zoomIn(0.5, { animation });
    else engine.timeline.zoomOut(0.5, { animation });
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Timeline zoom" className="flex flex-wrap gap-2">
          <button type="button" className="btn" onClick={() => zoom('in')}>
            <Icon path="M12 5v14M5 12h14" /> Zoom in
          </button>
          <button type="button" className="btn" onClick={() => zoom('out')}>
            <Icon path="M5 12h14" /> Zoom out
          </button>
          <button type="button" className="btn" onClick={() => zoom('fit')}>
            <Icon path="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /> Fit all
          </button>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">Drag to pan, scroll or pinch to zoom.</p>
      </div>
      <div ref={containerRef} className="timeline-container" data-testid="timeline" />
    </div>
  );
}
