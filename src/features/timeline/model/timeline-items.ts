import { countOf, formatNumber } from '../../../lib/numbers';
import type { OutlineIndex } from './dataset-index';
import type { Cluster } from './level-of-detail';
import { endOf, precisionOf, startOf } from './dates';
import type { OutlineEvent } from './schema';

export interface LaneGroup {
  id: string;
  content: HTMLElement;
}

export interface TimelineItem {
  id: string;
  /** The lane; an era's band has none and spans them all (its name is in the eras' lane). */
  group?: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  className: string;
  content: HTMLElement;
}

/** Text only: data never reaches the DOM as HTML. */
function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function itemContent(event: OutlineEvent): HTMLElement {
  const content = document.createElement('span');
  content.className = 'timeline-item-content';
  content.title = event.title;
  const marker = textElement('span', event.kind === 'statement' ? '“' : '●', 'timeline-item-marker');
  marker.setAttribute('aria-hidden', 'true');
  const title = textElement('span', event.title, 'timeline-item-title');
  // A right-to-left title reads (and, cut short, ends in its ellipsis) from its own start.
  title.dir = 'auto';
  content.append(marker, title);
  return content;
}

/**
 * Where an event sits in time. A day is a point; a month, a year or a period with an `end` is a
 * range over the whole span, so the timeline never claims more precision than the data has.
 */
export function timeSpan(event: OutlineEvent): { start: Date; end?: Date } {
  const start = startOf(event.date);
  if (event.time !== undefined) {
    const [hours = 0, minutes = 0] = event.time.split(':').map(Number);
    start.setUTCHours(hours, minutes);
  }
  const isPoint = event.end === undefined && precisionOf(event.date) === 'day';
  return isPoint ? { start } : { start, end: endOf(event.end ?? event.date) };
}

export function toTimelineItem(event: OutlineEvent, lane: string): TimelineItem {
  const { start, end } = timeSpan(event);
  const item: TimelineItem = {
    id: event.id,
    group: lane,
    start,
    type: end === undefined ? 'point' : 'range',
    className: `kind-${event.kind}`,
    content: itemContent(event),
  };
  if (end !== undefined) item.end = end;
  return item;
}

/**
 * A period drawn as a point, for where its bar is too short on screen for its title: a point shows
 * its title beside its marker, and vis-timeline stacks it by that width. It starts where the period
 * does, without the dot that marks a point's day (the period claims no day). Its own copy of the
 * content, as the bar's may still be on screen.
 */
export function toShortPeriodItem(item: TimelineItem): TimelineItem {
  const point: TimelineItem = {
    id: item.id,
    start: item.start,
    type: 'point',
    className: `${item.className} short-period`,
    content: item.content.cloneNode(true) as HTMLElement,
  };
  // Not the width the bar's title had (see fitBarTitles): the point's is its own.
  point.content.style.maxWidth = '';
  point.content.classList.remove('marker-only');
  if (item.group !== undefined) point.group = item.group;
  return point;
}

/** Prefix of era item ids, which can never clash with event ids (those are slugs). */
export const ERA_PREFIX = 'era:';
/** The lane at the foot of the timeline that names the eras (no actor id has a colon). */
export const ERA_LANE = `${ERA_PREFIX}lane`;

/**
 * Eras as bands behind all lanes, and named in a lane of their own at the foot, where no event's
 * item can cover the name. There each is a bar over its span (eras that overlap stack, as events
 * do), whose name stays in view while any of the era is (vis-timeline's own way with a range).
 */
export function toEraItems(index: OutlineIndex): TimelineItem[] {
  return (index.dataset.eras ?? []).flatMap((era, i): TimelineItem[] => {
    const [start, end] = [startOf(era.start), endOf(era.end)];
    return [
      {
        id: `${ERA_PREFIX}${i}`,
        type: 'background',
        start,
        end,
        className: 'era-band',
        content: textElement('span', ''),
      },
      {
        id: `${ERA_PREFIX}${i}:name`,
        group: ERA_LANE,
        type: 'range',
        start,
        end,
        className: 'era',
        content: Object.assign(textElement('span', era.title, 'era-title'), { title: era.title }),
      },
    ];
  });
}

export function toTimelineItems(index: OutlineIndex): TimelineItem[] {
  return [
    ...toEraItems(index),
    ...index.events.map((event) => toTimelineItem(event, index.laneOf.get(event.id) ?? '')),
  ];
}

/** A run of events in one lane drawn as one item: "14 events", which zooms in when clicked. */
export function toClusterItem(cluster: Cluster): TimelineItem {
  const content = document.createElement('span');
  content.className = 'cluster-content';
  content.title = `${countOf(cluster.count, 'event')} here: click to zoom in`;
  content.append(textElement('span', formatNumber(cluster.count), 'cluster-count'), ' events');
  return {
    id: cluster.id,
    group: cluster.lane,
    // A point at its first event (not at its slot's start, which can be a slot earlier, where there
    // may be no event at all), so that vis-timeline stacks it by its label's width, like the events.
    start: new Date(cluster.first),
    type: 'point',
    className: 'cluster',
    content,
  };
}

export function toLaneGroups(index: OutlineIndex): LaneGroup[] {
  const lanes = index.lanes.map((actor) => ({ id: actor.id, content: textElement('span', actor.name) }));
  const eras = (index.dataset.eras ?? []).length > 0;
  return eras ? [...lanes, { id: ERA_LANE, content: textElement('span', 'Eras') }] : lanes;
}
