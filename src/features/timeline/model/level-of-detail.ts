/**
 * What the timeline draws for a window: every event near the window, except where a lane is crowded,
 * where a run of events becomes one "N events" cluster. The cost depends on the window's width in
 * pixels, not on the number of events, so 10,000 events draw about as fast as 30.
 */

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
  /** Where its events are: from the first one's start to the last one's end (what a click zooms to). */
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
    clusters.push({
      // Event ids are slugs: they never contain a colon.
      id: `cluster:${lane}:${slot}:${members.length}`,
      lane,
      start,
      end: start + slotMs,
      count: members.length,
      first: Math.min(...members.map((span) => span.start)),
      last: Math.max(...members.map((span) => span.end)),
    });
  }
  return { events, clusters };
}
