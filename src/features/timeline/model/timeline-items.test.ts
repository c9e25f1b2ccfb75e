// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildIndex, neighbours } from './dataset-index';
import type { Dataset, TimelineEvent } from './schema';
import {
  ERA_LANE,
  toClusterItem,
  toEraItems,
  toLaneGroups,
  toShortPeriodItem,
  toTimelineItems,
} from './timeline-items';

const dataset: Dataset = {
  title: 'T',
  description: 'D',
  actors: [
    { id: 'nato', name: 'NATO', kind: 'organization' },
    { id: 'turkey', name: 'Turkey', kind: 'country' },
    { id: 'russia', name: 'Russia', kind: 'country' },
    { id: 'erdogan', name: 'Erdoğan', kind: 'person', role: 'President', country: 'turkey' },
  ],
  sources: [{ id: 's', publisher: 'P', title: 'T', published: '2019' }],
  events: [
    {
      id: 'later',
      kind: 'statement',
      date: '2019-06-04',
      title: '<img src=x onerror=alert(1)>',
      summary: 's',
      actors: ['erdogan', 'russia'],
      sources: ['s'],
      quotes: [{ speaker: 'erdogan', text: 'q', kind: 'direct' }],
    },
    {
      id: 'year',
      kind: 'event',
      date: '2017',
      title: 'A year',
      summary: 's',
      actors: ['nato'],
      sources: ['s'],
      quotes: [],
    },
    {
      id: 'period',
      kind: 'event',
      date: '2017-07',
      end: '2019-07-25',
      title: 'A period',
      summary: 's',
      actors: ['nato'],
      sources: ['s'],
      quotes: [],
    },
  ],
};

describe('buildIndex', () => {
  const index = buildIndex(dataset);

  it('orders events by date and puts people in their country’s lane', () => {
    expect(index.events.map((e) => e.id)).toEqual(['year', 'period', 'later']);
    expect(index.laneOf.get('later')).toBe('turkey');
    expect(index.lanes.map((a) => a.id)).toEqual(['nato', 'turkey']);
  });

  it('walks neighbours in date order', () => {
    const [year, period, later] = index.events as [TimelineEvent, TimelineEvent, TimelineEvent];
    expect(neighbours(index.events, period)).toEqual({ previous: year, next: later });
    expect(neighbours(index.events, year).previous).toBeUndefined();
    expect(neighbours(index.events, later).next).toBeUndefined();
  });

  it('finds the nearest neighbours of an event that is filtered out', () => {
    const [year, period, later] = index.events as [TimelineEvent, TimelineEvent, TimelineEvent];
    expect(neighbours([year, later], period)).toEqual({ previous: year, next: later });
    expect(neighbours([later], year)).toEqual({ previous: undefined, next: later });
    expect(neighbours([], year)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('toTimelineItems', () => {
  const items = toTimelineItems(buildIndex(dataset));
  const byId = new Map(items.map((item) => [item.id, item]));

  it('makes a day a point and a year or period a range over its whole span', () => {
    expect(byId.get('later')).toMatchObject({ type: 'point', group: 'turkey', className: 'kind-statement' });
    expect(byId.get('later')?.end).toBeUndefined();
    expect(byId.get('year')).toMatchObject({ type: 'range', className: 'kind-event' });
    expect(byId.get('year')?.start.toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(byId.get('year')?.end?.toISOString()).toBe('2018-01-01T00:00:00.000Z');
    expect(byId.get('period')?.end?.toISOString()).toBe('2019-07-26T00:00:00.000Z');
  });

  it('builds item content from text nodes, so markup in data stays text', () => {
    const content = byId.get('later')?.content;
    expect(content?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(content?.querySelector('img')).toBeNull();
    expect(content?.title).toBe('<img src=x onerror=alert(1)>');
    // Its direction from its own text: a Hebrew or Arabic title cut short keeps its start in view.
    expect(content?.querySelector('.timeline-item-title')?.getAttribute('dir')).toBe('auto');
  });

  it('draws a period as a point from its start, in its lane, with a copy of its title', () => {
    const year = byId.get('year')!;
    const point = toShortPeriodItem(year);
    expect(point).toMatchObject({
      id: 'year',
      type: 'point',
      group: 'nato',
      className: 'kind-event short-period',
    });
    expect(point.start).toBe(year.start);
    expect(point.end).toBeUndefined();
    expect(point.content).not.toBe(year.content);
    expect(point.content.textContent).toBe(year.content.textContent);
    expect(point.content.title).toBe('A year');
  });

  it('draws an era as a band behind all lanes and names it on a bar in a lane of its own, the last', () => {
    const withEra = buildIndex({
      ...dataset,
      eras: [{ title: '<b>Talks</b>', start: '2017', end: '2018-06' }],
    });
    const [band, name] = toEraItems(withEra);
    expect(band).toMatchObject({ type: 'background', className: 'era-band' });
    expect(band?.group).toBeUndefined();
    // A range, so that eras at the same time stack instead of writing over each other.
    expect(name).toMatchObject({ type: 'range', className: 'era', group: ERA_LANE });
    expect(name?.content.textContent).toBe('<b>Talks</b>');
    expect(name?.content.querySelector('b')).toBeNull();
    expect(name?.content.title).toBe('<b>Talks</b>'); // whole on hover where the bar is short
    expect(name?.end?.toISOString()).toBe('2018-07-01T00:00:00.000Z');
    expect(toLaneGroups(withEra).map((g) => [g.id, g.content.textContent])).toEqual([
      ['nato', 'NATO'],
      ['turkey', 'Turkey'],
      [ERA_LANE, 'Eras'],
    ]);
  });

  it('makes one group per lane, named by text', () => {
    expect(toLaneGroups(buildIndex(dataset)).map((g) => [g.id, g.content.textContent])).toEqual([
      ['nato', 'NATO'],
      ['turkey', 'Turkey'],
    ]);
  });
});

describe('toClusterItem', () => {
  it('starts "N events" at its first event, not at its slot, where there may be no event', () => {
    const day = 24 * 60 * 60 * 1000;
    const first = Date.UTC(2017, 0, 1);
    const item = toClusterItem({
      id: 'cluster:turkey:1:22',
      lane: 'turkey',
      start: first - 40 * day, // the slot begins in 2016
      end: first + 20 * day,
      count: 22,
      first,
      last: first + 15 * day,
    });
    expect(item.start.getTime()).toBe(first);
    expect(item).toMatchObject({ type: 'point', group: 'turkey', className: 'cluster' });
    expect(item.content.textContent).toBe('22 events');
  });
});
