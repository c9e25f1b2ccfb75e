import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { isInYearZero, isPartialDate, SLUG } from './formats';

/**
 * The URL is the view's single source of truth:
 *   ?event=<id>&q=<search>&actors=<id,id>&kind=event|statement&from=<date>&to=<date>
 * or, on a page the build wrote for one event, …/event/<id>/?q=… . Every parameter is parsed on
 * its own, so a bad value is dropped and the rest kept. Deliberate navigation (selecting,
 * filtering) pushes a history entry, and so does a search or date typed into its field, once for the
 * whole edit (see useEditHistory in filters.tsx). `embed=1` and other
 * parameters are kept as they are.
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

/** The longest search a link carries (the search box takes no more). */
export const MAX_QUERY = 500;

/** Marks and controls of text direction (LRM, RLM, ALM, embeddings, overrides, isolates). */
const DIRECTION_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

const fields = {
  event: z.string().check(z.minLength(1)),
  // Without direction controls, which are invisible, turn the box's text around ("abc" shown as
  // "cba") and match nothing; cut to what the search box takes, as a paste into it is (not split
  // inside a surrogate pair).
  q: z.pipe(
    z.string(),
    z.transform((value) =>
      value
        .replace(DIRECTION_CONTROLS, '')
        .slice(0, MAX_QUERY)
        .replace(/[\uD800-\uDBFF]$/, ''),
    ),
  ),
  actors: z
    .pipe(
      z.string(),
      z.transform((value) => value.split(',').filter((id) => SLUG.test(id))),
    )
    .check(z.refine((ids) => ids.length > 0)),
  kind: z.enum(['event', 'statement']),
  from: z.string().check(z.refine(isCalendarDate)),
  to: z.string().check(z.refine(isCalendarDate)),
};

/** A date the page can show (its date fields take none in year 0, which the calendar has not got). */
function isCalendarDate(value: string): boolean {
  return isPartialDate(value) && !isInYearZero(value);
}

function field<T>(schema: z.ZodMiniType<T>, raw: string | null): T | undefined {
  if (raw === null) return undefined;
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** The path of an event page the build wrote: …/event/<id>/ */
const EVENT_PAGE = /\/event\/([^/]+)\/(?:index\.html)?$/;

function pageEvent(pathname: string): string | null {
  const id = EVENT_PAGE.exec(pathname)?.[1];
  if (id === undefined) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** The explorer's own path: an event page's path without its event/<id>/ part. */
export function rootPath(pathname: string): string {
  return pathname.replace(EVENT_PAGE, '/');
}

export function parseView(search: string, pathname = '/'): ViewState {
  const params = new URLSearchParams(search);
  return {
    // On an event's own page the event is the page's, which its HTML shows before the app runs (and
    // shows to link previews): an `event` in its query, which only a link put together by hand has,
    // does not change it (see dropStrayEvent).
    event: pageEvent(pathname) ?? field(fields.event, params.get('event')) ?? null,
    q: field(fields.q, params.get('q')) ?? '',
    actors: field(fields.actors, params.get('actors')) ?? [],
    kind: field(fields.kind, params.get('kind')) ?? null,
    from: field(fields.from, params.get('from')) ?? null,
    to: field(fields.to, params.get('to')) ?? null,
  };
}

/** A filter in a link that is not one here: its parameter and its value as the link has it. */
export interface RejectedFilter {
  key: 'q' | 'actors' | 'kind' | 'from' | 'to';
  value: string;
}

/**
 * The filter values of a link that the page leaves out (a kind that is not one, a date that is not
 * a date, an actor that is none of `lanes`, or not even an id), in the link's order, for the page to
 * say so rather than drop them unseen.
 */
export function rejectedFilters(search: string, lanes: ReadonlySet<string>): RejectedFilter[] {
  const params = new URLSearchParams(search);
  const rejected: RejectedFilter[] = [];
  for (const key of ['q', 'kind', 'from', 'to'] as const) {
    const raw = params.get(key);
    if (raw !== null && raw !== '' && field(fields[key], raw) === undefined)
      rejected.push({ key, value: raw });
  }
  const actors = params.get('actors');
  for (const id of actors === null ? [] : actors.split(',')) {
    if (id !== '' && !lanes.has(id)) rejected.push({ key: 'actors', value: id });
  }
  return rejected;
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

let cached: { key: string; view: ViewState } | null = null;

/**
 * The parsed view, the same object while the URL does not change, and the same `actors` array
 * while the lanes do not: selecting an event must not look like a new filter.
 */
function currentView(): ViewState {
  const { search, pathname } = window.location;
  const key = pathname + search;
  if (cached?.key !== key) {
    const view = parseView(search, pathname);
    if (cached && cached.view.actors.join() === view.actors.join()) view.actors = cached.view.actors;
    cached = { key, view };
  }
  return cached.view;
}

export function useView(): ViewState {
  return useSyncExternalStore(subscribe, currentView);
}

/**
 * Changes part of the view. Other parameters (e.g. embed flags) are kept as they are. `inPlace`
 * keeps an event's own page where it is (its link unfurls with the event), for a change to the
 * filters alone.
 */
export function updateView(patch: ViewPatch, { replace = false, inPlace = false } = {}) {
  const url = new URL(window.location.href);
  const view = { ...currentView(), ...patch };
  // Leaving an event page for the explorer's own path keeps every later link plain: ?event=…
  if (!inPlace) url.pathname = rootPath(url.pathname);
  // Staying on an event's own page, the event is the path's: the query names none.
  else if (pageEvent(url.pathname) !== null) view.event = null;
  url.search = viewSearch(view, url.search);
  if (url.href === window.location.href) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** Selects an event (or clears the selection with null): a history entry of its own. */
export function selectEvent(id: string | null) {
  updateView({ event: id });
}

/**
 * The link to share for an event: the page the build wrote for it (which unfurls with its own
 * title and quote), carrying the current filters.
 */
export function eventPageUrl(id: string): string {
  const url = new URL(window.location.href);
  url.pathname = `${rootPath(url.pathname)}event/${encodeURIComponent(id)}/`;
  url.search = viewSearch({ ...currentView(), event: null }, url.search);
  url.searchParams.delete('embed');
  return url.href;
}

/**
 * On an event's own page, drops an `event` from the address's query: the page shows its own event
 * (see parseView), and its address then says so too, for a reader who copies it.
 */
export function dropStrayEvent() {
  if (!isEventPage()) return;
  const url = new URL(window.location.href);
  if (!url.searchParams.has('event')) return;
  url.searchParams.delete('event');
  window.history.replaceState(window.history.state, '', url);
}

/** True on a page the build wrote for one event (…/event/<id>/), whose HTML already shows it in full. */
export function isEventPage(): boolean {
  return pageEvent(window.location.pathname) !== null;
}

/** Whether the page is embedded (?embed=1): a compact layout without the header. */
export function isEmbedded(): boolean {
  return new URLSearchParams(window.location.search).get('embed') === '1';
}

/** The full explorer's link for this view, for the "open" link of an embed. */
export function fullExplorerUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  return url.href;
}
