import { startOf } from './dates.ts';
import type { Actor, Dataset, Source, TimelineEvent } from './schema';

/** The dataset with the lookups every view needs, built once per load. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Events in date order (file order breaks ties). */
  events: TimelineEvent[];
  eventsById: Map<string, TimelineEvent>;
  actorsById: Map<string, Actor>;
  sourcesById: Map<string, Source>;
  /** One lane per country or organisation that has events, in the order of the actors list. */
  lanes: Actor[];
  /** Lane (actor id) of each event id. */
  laneOf: Map<string, string>;
}

/**
 * An event goes in the lane of its first actor; a person's lane is the actor named in
 * their `country` (a person without one gets a lane of their own).
 */
function laneActor(event: TimelineEvent, actorsById: Map<string, Actor>): string {
  const first = event.actors[0] ?? '';
  const actor = actorsById.get(first);
  return actor?.kind === 'person' && actor.country !== undefined ? actor.country : first;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const events = dataset.events
    .map((event, order) => ({ event, order, time: startOf(event.date).getTime() }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ event }) => event);
  const laneOf = new Map(events.map((e) => [e.id, laneActor(e, actorsById)]));
  const used = new Set(laneOf.values());
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById,
    sourcesById,
    lanes: dataset.actors.filter((a) => used.has(a.id)),
    laneOf,
  };
}

/**
 * The events before and after `event` in `events` (date order). When the event is not in the list
 * (it is filtered out), its neighbours are the nearest events by date.
 */
export function neighbours(events: TimelineEvent[], event: TimelineEvent) {
  const at = events.indexOf(event);
  if (at >= 0) return { previous: events[at - 1], next: events[at + 1] };
  const time = startOf(event.date).getTime();
  const after = events.findIndex((e) => startOf(e.date).getTime() > time);
  const split = after === -1 ? events.length : after;
  return { previous: events[split - 1], next: events[split] };
}
