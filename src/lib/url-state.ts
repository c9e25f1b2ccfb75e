import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { isPartialDate, SLUG } from './formats';

/**
 * The URL is the view's single source of truth:
 *   ?event=<id>&q=<search>&actors=<id,id>&kind=event|statement&from=<date>&to=<date>
 * Every parameter is parsed on its own, so a bad value is dropped and the rest kept. Deliberate
 * navigation (selecting, filtering) pushes a history entry; typing in the search box replaces it.
 */
export interface ViewState {
  event: string | null;
  q: string;
  actors: string[];
  kind: 'event' | 'statement' | null;
  from: string | null;
  to: string | null;
}

export type ViewPatch = Partial<ViewState>;

const CHANGE = 'timeline:urlchange';

const fields = {
  event: z.string().min(1),
  q: z.string().max(500),
  actors: z
    .string()
    .transform((value) => value.split(',').filter((id) => SLUG.test(id)))
    .refine((ids) => ids.length > 0),
  kind: z.enum(['event', 'statement']),
  from: z.string().refine(isPartialDate),
  to: z.string().refine(isPartialDate),
};

function field<T>(schema: z.ZodType<T>, raw: string | null): T | undefined {
  if (raw === null) return undefined;
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  return {
    event: field(fields.event, params.get('event')) ?? null,
    q: field(fields.q, params.get('q')) ?? '',
    actors: field(fields.actors, params.get('actors')) ?? [],
    kind: field(fields.kind, params.get('kind')) ?? null,
    from: field(fields.from, params.get('from')) ?? null,
    to: field(fields.to, params.get('to')) ?? null,
  };
}

/** The URL search string for a view; parameters at their defaults are left out. */
export function viewSearch(view: ViewState, base = ''): string {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  };
  set('event', view.event);
  set('q', view.q);
  set('actors', view.actors.join(','));
  set('kind', view.kind);
  set('from', view.from);
  set('to', view.to);
  const search = params.toString();
  return search ? `?${search}` : '';
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

let cached: { search: string; view: ViewState } | null = null;

/**
 * The parsed view, the same object while the URL does not change, and the same `actors` array
 * while the lanes do not: selecting an event must not look like a new filter.
 */
function currentView(): ViewState {
  const { search } = window.location;
  if (cached?.search !== search) {
    const view = parseView(search);
    if (cached && cached.view.actors.join() === view.actors.join()) view.actors = cached.view.actors;
    cached = { search, view };
  }
  return cached.view;
}

export function useView(): ViewState {
  return useSyncExternalStore(subscribe, currentView);
}

/** Changes part of the view. Other parameters (e.g. embed flags) are kept as they are. */
export function updateView(patch: ViewPatch, { replace = false } = {}) {
  const url = new URL(window.location.href);
  url.search = viewSearch({ ...currentView(), ...patch }, url.search);
  if (url.href === window.location.href) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** Selects an event (or clears the selection with null): a history entry of its own. */
export function selectEvent(id: string | null) {
  updateView({ event: id });
}

/** The link to this exact view, e.g. for "Copy link". */
export function currentViewUrl(): string {
  return window.location.href;
}
