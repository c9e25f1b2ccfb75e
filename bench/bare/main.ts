/**
 * The baseline of `npm run bench`: a bare page that fetches the dataset and draws it with
 * vis-timeline as its documentation shows, one lane per first actor (a person's `country`), one point
 * per event. No React, no panel, no list. `?event=<id>` selects that item and focuses it.
 * The standalone build injects its own CSS.
 */
import { Timeline } from 'vis-timeline/standalone';

interface Actor {
  id: string;
  name: string;
  kind: string;
  country?: string;
}
interface Dataset {
  actors: Actor[];
  events: { id: string; date: string; title: string; actors: string[] }[];
}

const response = await fetch('./events.json');
const dataset = (await response.json()) as Dataset;

const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
const laneOf = (id: string) => {
  const actor = actors.get(id);
  return actor?.kind === 'person' && actor.country ? actor.country : id;
};
const items = dataset.events.map((event) => ({
  id: event.id,
  group: laneOf(event.actors[0] ?? ''),
  content: event.title,
  start: event.date,
}));
const lanes = new Set(items.map((item) => item.group));
const groups = dataset.actors
  .filter((actor) => lanes.has(actor.id))
  .map((actor) => ({ id: actor.id, content: actor.name }));

const container = document.getElementById('timeline') as HTMLElement;
const timeline = new Timeline(container, items, groups, {});

const selected = new URLSearchParams(location.search).get('event');
if (selected !== null) {
  timeline.setSelection([selected]);
  timeline.focus(selected, { animation: false });
}
