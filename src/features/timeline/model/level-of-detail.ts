/**
 * What the timeline draws for a window: every event near the window, except where a lane is crowded,
 * where a run of events becomes one "N events" cluster. The cost depends on the window's width in
 * pixels, not on the number of events, so 10,000 events draw about as fast as 30.
 */

const DAY = 24 * 60 * 60 * 1000;

/** An event reduced to what placement needs: its lane and its span in milliseconds. */
export interface Span {
  id: string;
  lane: string;
  start: number;
  end: number;
}

export interface Cluster {
  id: string;
  lane: string;
  /** The slot: where the cluster is drawn, the same while panning. */
  start: number;
  end: number;
  count: number;
  /** Where its events are: the first and the last of their starts (what a click zooms to). */
  first: number;
  last: number;
}

export interface Placement {
  /** Ids of the events drawn one by one. */
  events: string[];
  clusters: Cluster[];
}

export interface DetailOptions {
  windowStart: number;
  windowEnd: number;
  /** Milliseconds per pixel at the current zoom. */
  msPerPx: number;
  /** Width of the slots that events are counted in, in pixels. */
  slotPx: number;
  /** A slot of a lane with more events than this becomes a cluster. */
  maxPerSlot: number;
  /** An event always drawn on its own (the selected one), wherever it is. */
  keepId: string | null;
}

/**
 * Places the spans that touch the window, widened by one window on each side so that a pan shows
 * something before the next placement. Slots are counted from time zero, so they stay put while panning.
 */
export function placeSpans(spans: readonly Span[], options: DetailOptions): Placement {
  const { windowStart, windowEnd, msPerPx, slotPx, maxPerSlot, keepId } = options;
  const width = windowEnd - windowStart;
  const from = windowStart - width;
  const to = windowEnd + width;
  const slotMs = Math.max(slotPx * msPerPx, 1);

  const slots = new Map<string, Span[]>();
  const events: string[] = [];
  for (const span of spans) {
    if (span.id === keepId) {
      events.push(span.id);
      continue;
    }
    if (span.end < from || span.start > to) continue;
    const slot = Math.floor(span.start / slotMs);
    const key = `${span.lane}\u0000${slot}`;
    const members = slots.get(key);
    if (members) members.push(span);
    else slots.set(key, [span]);
  }

  const clusters: Cluster[] = [];
  for (const [key, members] of slots) {
    if (members.length <= maxPerSlot) {
      for (const span of members) events.push(span.id);
      continue;
    }
    const [lane = '', slot = '0'] = key.split('\u0000');
    const start = Number(slot) * slotMs;
    let first = Infinity;
    let last = -Infinity;
    for (const span of members) {
      first = Math.min(first, span.start);
      last = Math.max(last, span.start);
    }
    clusters.push({
      // Event ids are slugs: they never contain a colon.
      id: `cluster:${lane}:${slot}:${members.length}`,
      lane,
      start,
      end: start + slotMs,
      count: members.length,
      first,
      last,
    });
  }
  return { events, clusters };
}

/**
 * The window a click on a cluster zooms to: its events, with room on the right where their titles
 * run past their dates, and at least twice as close as the window shown, so that clicks on what is
 * still crowded keep getting closer. When its events are spread wider than that, the first of
 * them stays in view.
 */
export function clusterWindow(cluster: Cluster, shown: [number, number]): [number, number] {
  const extent = cluster.last - cluster.first;
  const margin = Math.max(extent * 0.15, DAY);
  const start = cluster.first - margin;
  const end = cluster.last + extent * 0.5 + DAY;
  const half = (shown[1] - shown[0]) / 2;
  if (end - start <= half) return [start, end];
  return [cluster.first - half * 0.1, cluster.first + half * 0.9];
}

/**
 * How many rows each lane's items stack into: the most items of a lane that are on screen at one
 * instant, each taken from its start to its end (the end of its box, not only of its dates).
 */
export function rowsPerLane(
  items: readonly { lane: string; start: number; end: number }[],
): Map<string, number> {
  const edges = new Map<string, [number, number][]>();
  for (const { lane, start, end } of items) {
    let lanes = edges.get(lane);
    if (!lanes) edges.set(lane, (lanes = []));
    lanes.push([start, 1], [end, -1]);
  }
  const rows = new Map<string, number>();
  for (const [lane, list] of edges) {
    // An item ending where another starts does not overlap it: ends first.
    list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let open = 0;
    let most = 0;
    for (const [, change] of list) most = Math.max(most, (open += change));
    rows.set(lane, most);
  }
  return rows;
}
