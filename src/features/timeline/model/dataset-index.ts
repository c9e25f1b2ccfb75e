import { startTime } from './dates.ts';
import type { Actor, Dataset, Outline, OutlineEvent, Source, TimelineEvent } from './schema';

/** An outline with the lookups the timeline, filters and list need, built once per load. */
export interface OutlineIndex {
  dataset: Outline;
  /** Events in date order (file order breaks ties). */
  events: OutlineEvent[];
  eventsById: Map<string, OutlineEvent>;
  actorsById: Map<string, Actor>;
  /** One lane per country or organisation that has events, in the order of the actors list. */
  lanes: Actor[];
  /** Lane (actor id) of each event id. */
  laneOf: Map<string, string>;
}

/** The whole dataset, with the same lookups and its sources. */
export interface DatasetIndex extends OutlineIndex {
  dataset: Dataset;
  events: TimelineEvent[];
  eventsById: Map<string, TimelineEvent>;
  sourcesById: Map<string, Source>;
}

/**
 * An event goes in the lane of its first actor; a person's lane is the actor named in
 * their `country` (a person without one gets a lane of their own).
 */
function laneActor(event: OutlineEvent, actorsById: Map<string, Actor>): string {
  const first = event.actors[0] ?? '';
  const actor = actorsById.get(first);
  return actor?.kind === 'person' && actor.country !== undefined ? actor.country : first;
}

function indexEvents<E extends OutlineEvent>(actors: Actor[], list: E[]) {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const events = list
    .map((event, order) => ({ event, order, time: startTime(event.date) }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ event }) => event);
  const laneOf = new Map(events.map((e) => [e.id, laneActor(e, actorsById)]));
  const used = new Set(laneOf.values());
  return {
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById,
    lanes: actors.filter((a) => used.has(a.id)),
    laneOf,
  };
}

export function buildOutlineIndex(outline: Outline): OutlineIndex {
  return { dataset: outline, ...indexEvents(outline.actors, outline.events) };
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  return {
    dataset,
    ...indexEvents(dataset.actors, dataset.events),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}

/**
 * The events before and after `event` in `events` (date order). When the event is not in the list
 * (it is filtered out), its neighbours are the nearest events by date.
 */
export function neighbours<E extends OutlineEvent>(events: E[], event: OutlineEvent) {
  const at = events.findIndex((e) => e.id === event.id);
  if (at >= 0) return { previous: events[at - 1], next: events[at + 1] };
  const time = startTime(event.date);
  const after = events.findIndex((e) => startTime(e.date) > time);
  const split = after === -1 ? events.length : after;
  return { previous: events[split - 1], next: events[split] };
}

/** An actor's name; its id if the dataset does not list it. */
export function nameOf(index: OutlineIndex, id: string): string {
  return index.actorsById.get(id)?.name ?? id;
}

/**
 * Who an entry is about, by name, as the list shows it: for an event, the actors it involves (in the
 * outline, so known at once); for a statement, who said it, the speakers of its quotes, once the
 * whole dataset (`full`) is in.
 */
export function whoOf(index: OutlineIndex, event: OutlineEvent, full: TimelineEvent | undefined): string[] {
  const ids = event.kind === 'statement' ? (full?.quotes ?? []).map((q) => q.speaker) : event.actors;
  return [...new Set(ids.map((id) => nameOf(index, id)))];
}
