import { describe, expect, it } from 'vitest';
import {
  clusterWindow,
  placeSpans,
  rowsPerLane,
  type Cluster,
  type DetailOptions,
  type Span,
} from './level-of-detail';

const DAY = 86_400_000;
const span = (id: string, lane: string, day: number, days = 0): Span => ({
  id,
  lane,
  start: day * DAY,
  end: (day + days) * DAY,
});
const options = (over: Partial<DetailOptions> = {}): DetailOptions => ({
  windowStart: 0,
  windowEnd: 100 * DAY,
  msPerPx: DAY, // one day a pixel
  slotPx: 10,
  maxPerSlot: 3,
  keepId: null,
  ...over,
});

describe('placeSpans', () => {
  it('draws sparse events one by one', () => {
    const spans = [span('a', 'x', 5), span('b', 'x', 25), span('c', 'y', 5)];
    expect(placeSpans(spans, options())).toEqual({ events: ['a', 'b', 'c'], clusters: [] });
  });

  it('merges a crowded slot of a lane into one cluster, and only that lane', () => {
    const crowded = ['a', 'b', 'c', 'd'].map((id, i) => span(id, 'x', 11 + i, i === 1 ? 9 : 0));
    const { events, clusters } = placeSpans([...crowded, span('e', 'y', 12)], options());
    expect(events).toEqual(['e']);
    expect(clusters).toEqual([
      // Drawn at its slot (days 10–20); its events start from day 11 to day 14.
      {
        id: 'cluster:x:1:4',
        lane: 'x',
        start: 10 * DAY,
        end: 20 * DAY,
        count: 4,
        first: 11 * DAY,
        last: 14 * DAY,
      },
    ]);
  });

  it('always draws the kept (selected) event on its own, even far away', () => {
    const crowded = ['a', 'b', 'c', 'd'].map((id, i) => span(id, 'x', 11 + i));
    const far = span('far', 'x', 5000);
    const { events, clusters } = placeSpans([...crowded, far], options({ keepId: 'b' }));
    expect(events).toEqual(['b', 'a', 'c', 'd']);
    expect(clusters).toEqual([]);
    expect(placeSpans([...crowded, far], options({ keepId: 'far' })).events).toContain('far');
  });

  it('leaves out what is more than a window away, but keeps long periods that reach into it', () => {
    const spans = [span('before', 'x', -150), span('period', 'x', -500, 600), span('after', 'x', 250)];
    expect(placeSpans(spans, options()).events).toEqual(['period']);
  });

  it('costs the same whatever the number of events: the output is bounded by the window', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => span(`e${i}`, `lane${i % 6}`, (i % 1000) / 10));
    const { events, clusters } = placeSpans(many, options());
    expect(events.length + clusters.length).toBeLessThanOrEqual(6 * (300 / 10) * 3);
    expect(clusters.reduce((sum, c) => sum + c.count, 0) + events.length).toBe(10_000);
  });
});

describe('clusterWindow', () => {
  const cluster = (first: number, last: number): Cluster => ({
    id: 'cluster:x:0:5',
    lane: 'x',
    start: first,
    end: last,
    count: 5,
    first: first * DAY,
    last: last * DAY,
  });
  const inside = ([start, end]: [number, number], ...days: number[]) =>
    days.every((day) => day * DAY > start && day * DAY < end);

  it('zooms to the events, with more room after the last than before the first', () => {
    const [start, end] = clusterWindow(cluster(100, 120), [0, 1000 * DAY]);
    expect(inside([start, end], 100, 120)).toBe(true);
    expect(end - 120 * DAY).toBeGreaterThan(100 * DAY - start);
    expect(end - start).toBeLessThan(40 * DAY);
  });

  it('is at least twice as close, keeping the first event in view, when the events are spread wide', () => {
    const [start, end] = clusterWindow(cluster(100, 900), [0, 1000 * DAY]);
    expect(end - start).toBeLessThanOrEqual(500 * DAY);
    expect(inside([start, end], 100)).toBe(true);
  });

  it('gives events on one day some room around them', () => {
    const [start, end] = clusterWindow(cluster(100, 100), [0, 1000 * DAY]);
    expect(inside([start, end], 100)).toBe(true);
    expect(end - start).toBeGreaterThan(DAY);
  });
});

describe('rowsPerLane', () => {
  const item = (lane: string, start: number, end: number) => ({ lane, start, end });

  it('counts the most items of a lane on screen at one instant', () => {
    const rows = rowsPerLane([
      item('x', 0, 10),
      item('x', 5, 15),
      item('x', 8, 20),
      item('x', 30, 40),
      item('y', 0, 10),
      item('y', 10, 20), // starts where the other ends: the same row
    ]);
    expect(rows).toEqual(
      new Map([
        ['x', 3],
        ['y', 1],
      ]),
    );
  });

  it('is empty without items', () => {
    expect(rowsPerLane([])).toEqual(new Map());
  });
});
