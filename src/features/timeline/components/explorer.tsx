import {
  Fragment,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Icon, ICONS } from '../../../components/icons';
import { pageTitle } from '../../../lib/bidi';
import { countOf, formatNumber } from '../../../lib/numbers';
import { useDarkMode } from '../../../lib/theme';
import {
  fullExplorerUrl,
  isEmbedded,
  parseView,
  rejectedFilters,
  selectEvent,
  updateView,
  useView,
  viewSearch,
  type ViewState,
} from '../../../lib/url-state';
import { useDatasetIndex, useOutlineIndex } from '../api/get-dataset';
import { neighbours, type OutlineIndex } from '../model/dataset-index';
import { endOf, formatWhen, startTime } from '../model/dates';
import { filterEvents, isFiltered, queryTerms } from '../model/filter';
import { EventList } from './event-list';
import { EventPanel, useRevealPanel, type Details } from './event-panel';
import { clearFilters, Filters, SEARCH_ID, type TitlesOnly } from './filters';
import { ProblemList } from './problem-list';
import { LANES_ID, TimelineView } from './timeline-view';

function LoadingState() {
  return (
    <div role="status" className="flex min-h-dvh items-center justify-center p-6 text-lg">
      Loading the timeline…
    </div>
  );
}

function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-4 p-6">
      <div role="alert" className="panel border-red-300 dark:border-red-800">
        <h1 className="text-xl font-bold">The timeline could not be shown</h1>
        <p>{error.message}</p>
        {/* Before the problems, which can run to thousands of lines. */}
        <div>
          <button type="button" className="btn btn-primary" onClick={onRetry}>
            Retry
          </button>
        </div>
        <ProblemList error={error} />
      </div>
    </main>
  );
}

/** The whole dataset failed to load: the timeline stands, the panel's details and full search do not. */
function DetailsError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="panel border-red-300 dark:border-red-800">
      <p>{error.message}</p>
      <ProblemList error={error} />
      <div>
        <button type="button" className="btn" onClick={onRetry}>
          Retry
        </button>
      </div>
    </div>
  );
}

function NotFound({ id }: { id: string }) {
  const panelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useRevealPanel(panelRef, headingRef, id);
  return (
    <div ref={panelRef} role="alert" className="panel scroll-mt-2">
      <h2 ref={headingRef} className="text-xl font-bold">
        Event not found
      </h2>
      <p>
        This link names an event,{' '}
        <bdi>
          <code className="font-mono">{id.length > 200 ? `${id.slice(0, 200)}…` : id}</code>
        </bdi>
        , that is not in this timeline. It may have been renamed or removed.
      </p>
      <div>
        {/* Focus then goes to the lanes, as on Esc (see restoreFocus). */}
        <button type="button" className="btn" onClick={() => selectEvent(null)}>
          Close
        </button>
      </div>
    </div>
  );
}

function Placeholder({
  isEmpty,
  embedded,
  noMatch,
}: {
  isEmpty: boolean;
  embedded: boolean;
  /** The filters leave no event (said above the timeline, except in an embed, which says it here). */
  noMatch: boolean;
}) {
  if (embedded && isEmpty) return <p className="muted text-sm">This timeline has no events yet.</p>;
  if (embedded && noMatch) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm">
        No events match the search or filters in this link.
        {/* The button goes away: focus goes to the lanes, where the arrow keys walk the events. */}
        <button type="button" className="btn btn-small" onClick={() => clearFilters(LANES_ID)}>
          Show all events
        </button>
      </p>
    );
  }
  if (embedded) {
    return (
      // On a touch screen, no keys to walk the events with: a tap.
      <p className="muted text-sm">
        <span className="pointer-coarse:hidden">
          Select an event on the timeline (or walk them with <kbd>←</kbd> <kbd>→</kbd>) to read its quotes and
          sources.
        </span>
        <span className="hidden pointer-coarse:inline">
          Tap an event on the timeline to read its quotes and sources.
        </span>
      </p>
    );
  }
  return (
    // On a phone the list right below is the way in: no need to say so.
    <div className={isEmpty ? 'panel' : 'panel max-lg:hidden'}>
      {isEmpty ? (
        <>
          <h2 className="text-xl font-bold">No events yet</h2>
          <p>This timeline has no events. Its authors can add some to the dataset file.</p>
        </>
      ) : (
        <p>
          Select an event on the timeline or in the list to read its quotes and sources. Keyboard:{' '}
          <kbd>/</kbd> search, <kbd>←</kbd> <kbd>→</kbd> previous and next, <kbd>Home</kbd> <kbd>End</kbd>{' '}
          first and last, <kbd>Esc</kbd> close.
        </p>
      )}
    </div>
  );
}

function DarkModeToggle() {
  const [isDark, toggle] = useDarkMode();
  return (
    <button type="button" className="btn shrink-0" aria-pressed={isDark} onClick={toggle}>
      {/* On a phone the icon alone: the title keeps the width, and the timeline comes sooner. */}
      <Icon path={isDark ? ICONS.moon : ICONS.sun} /> <span className="max-sm:sr-only">Dark mode</span>
    </button>
  );
}

/**
 * Reading keys: / search, ←/→ or k/j previous/next, Home/End first/last. Esc is the panel's. With no
 * event shown, ←/→ go on from the one last shown (closed by Esc, ✕ or Back), past an end from the
 * other end.
 */
function useKeyboard(
  index: OutlineIndex | undefined,
  events: ReturnType<typeof filterEvents>,
  search: () => void,
) {
  const { event: selectedId } = useView();
  const lastShown = useRef<string | null>(null);
  useEffect(() => {
    if (!index) return;
    if (selectedId !== null && index.eventsById.has(selectedId)) lastShown.current = selectedId;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const shown = selectedId === null ? undefined : index.eventsById.get(selectedId);
      const from =
        shown ?? (lastShown.current === null ? undefined : index.eventsById.get(lastShown.current));
      const around = from ? neighbours(events, from) : { previous: undefined, next: undefined };
      if (!shown) {
        // No event shown, past an end: the other end (on a fresh page → opens the first event).
        around.previous ??= events.at(-1);
        around.next ??= events[0];
      }
      const go = {
        '/': null,
        ArrowLeft: around.previous,
        k: around.previous,
        ArrowRight: around.next,
        j: around.next,
        Home: events[0],
        End: events.at(-1),
      }[e.key];
      if (go === undefined && e.key !== '/') return;
      e.preventDefault();
      if (e.key === '/') search();
      else if (go) selectEvent(go.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [index, events, selectedId, search]);
}

/**
 * The view with only the actors that have a chip (the lanes): any other id in a link, unknown or
 * not a lane's, would filter the events with no chip to show it or to turn it off.
 */
function useLaneActors(view: ViewState, index: OutlineIndex | undefined): ViewState {
  const { actors } = view;
  const laneActors = useMemo(
    () => (index ? actors.filter((id) => index.lanes.some((lane) => lane.id === id)) : actors),
    [actors, index],
  );
  return laneActors.length === actors.length ? view : { ...view, actors: laneActors };
}

/** How a left-out filter reads: kind “both”, actor “nobody”. */
const FILTER_NAMES = { q: 'search', actors: 'actor', kind: 'kind', from: 'from', to: 'to' } as const;

/**
 * The filters a link asked for that the explorer has not got (a kind that is not one, a date that is
 * not a date, an actor that is no lane): said once (above the filters, or in an embed above its panel),
 * and taken out of the address so that a link copied from it does not carry them on.
 */
function useRejectedFilters(index: OutlineIndex | undefined) {
  const [search] = useState(() => window.location.search);
  const [dismissed, setDismissed] = useState(false);
  const { rejected, laneActors, rewrite } = useMemo(() => {
    if (!index) return { rejected: [], laneActors: [], rewrite: false };
    const lanes = new Set(index.lanes.map((lane) => lane.id));
    const actors = parseView(search).actors;
    const all = rejectedFilters(search, lanes).map(({ key, value }) => ({
      name: FILTER_NAMES[key],
      value,
      // An actor of the data that has no lane (so no chip to filter by): say so, not that it is unknown.
      ...(key === 'actors' && index.actorsById.has(value) && { laneless: true }),
    }));
    // Each once, however often the link repeats it.
    const seen = new Set<string>();
    const once = all.filter(({ name, value }) => {
      const key = `${name}\n${value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const laneActors = [...new Set(actors.filter((id) => lanes.has(id)))];
    // Filters the explorer writes otherwise (a search cut to what the box takes, an empty or
    // repeated actor) are written as it writes them, so that the address says what is shown.
    const link = new URLSearchParams(search);
    const written = new URLSearchParams(viewSearch({ ...parseView(search), actors: laneActors }));
    const rewrite = (['q', 'actors', 'kind', 'from', 'to'] as const).some(
      (key) => link.get(key) !== written.get(key),
    );
    return { rejected: once, laneActors, rewrite };
  }, [index, search]);
  // Once: after that the address is the reader's.
  const rewritten = useRef(false);
  useEffect(() => {
    if (!rewrite || rewritten.current) return;
    rewritten.current = true;
    // An event's own page stays that page (see updateView).
    updateView({ actors: laneActors }, { replace: true, inPlace: true });
  }, [rewrite, laneActors]);
  const dismiss = () => {
    setDismissed(true);
    // The note goes, and its Close button with it: focus goes on to the search box below it (in an
    // embed, which has none, to the timeline's lanes).
    document.getElementById(isEmbedded() ? LANES_ID : SEARCH_ID)?.focus({ preventScroll: isEmbedded() });
  };
  return { rejected: dismissed ? [] : rejected, dismiss };
}

/** Named one by one up to this many; then how many more. */
const REJECTED_SHOWN = 5;

/** Says which of a link's filters were left out (see useRejectedFilters), with a button to close it. */
function RejectedFilters({
  rejected,
  onClose,
}: {
  rejected: { name: string; value: string; laneless?: boolean }[];
  onClose: () => void;
}) {
  if (rejected.length === 0) return null;
  const more = rejected.length - REJECTED_SHOWN;
  return (
    <p role="status" className="panel flex-row flex-wrap items-center">
      <span>
        This link asks for filters that this timeline has not got, so they are left out:{' '}
        {rejected.slice(0, REJECTED_SHOWN).map(({ name, value, laneless }, i) => (
          <Fragment key={i}>
            {i > 0 && ', '}
            {name} “<bdi>{value.length > 100 ? `${value.slice(0, 100)}…` : value}</bdi>”
            {laneless && ' (it has no lane of its own to filter by)'}
          </Fragment>
        ))}
        {more > 0 && `, and ${more} more`}.
      </span>
      <button type="button" className="btn" onClick={onClose}>
        Close
      </button>
    </p>
  );
}

/** Some of it on screen. */
const inView = (element: Element) => {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
};

/**
 * Where focus goes once the panel of event `closed` has closed, if it went with the panel (not if
 * the reader has put it somewhere since): back to what opened it; where that was nothing that takes
 * focus (a key pressed on the page, a link), the event's list entry, for the keyboard, where it is
 * in view; else (far down the list, or none: an embed, an event the filters hide or the dataset has
 * not got) the timeline's lanes, where the arrow keys walk the events again, where they are in view;
 * else the entry, brought into view. Focus is never left out of sight.
 */
function restoreFocus(opener: Element | null, closed: string) {
  // Not into a frame the reader is not in (the host page's Back steps through the frame's history).
  if (!document.hasFocus()) return;
  if (document.activeElement !== null && document.activeElement !== document.body) return;
  const entry = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(closed)}"]`);
  const lanes = document.getElementById(LANES_ID);
  // Opened from the list, then walked on to other events (the arrows, Previous and Next): the reader
  // is at the event last shown now, and its entry stands in for the one that opened the panel.
  const openedFrom = opener?.getAttribute('data-event-id');
  if (entry && openedFrom != null && openedFrom !== closed) opener = entry;
  if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) {
    // Without moving the page, unless it is out of view altogether (on a phone, the timeline above
    // a panel read down to its end): then back to it, with the box around it (the axis, for the lanes).
    opener.focus({ preventScroll: true });
    if (!inView(opener))
      (opener.closest('.timeline-container') ?? opener).scrollIntoView({ block: 'nearest' });
  } else if (entry && inView(entry)) entry.focus({ preventScroll: true });
  else if (lanes && inView(lanes)) lanes.focus({ preventScroll: true });
  else (entry ?? lanes)?.focus();
}

/** The page: filters, timeline, event list and detail panel, all driven by the dataset and the URL. */
export function Explorer() {
  // The timeline, filters and list are drawn from the outline; summaries, quotes and sources
  // come with the whole dataset, which may arrive a moment later.
  const query = useOutlineIndex();
  const { query: detailsQuery, load: loadDetails } = useDatasetIndex();
  const index = query.data;
  const view = useLaneActors(useView(), index);
  const { rejected, dismiss } = useRejectedFilters(index);
  const selected = view.event === null ? undefined : index?.eventsById.get(view.event);
  // The filters as the list, the timeline and the count apply them: a moment behind the controls.
  // A keystroke in the search box, a chip or a date then shows at once, and React redraws what
  // they filter in the background (at 1,000 events a keystroke took 150 to 160 ms to paint).
  const { q, actors, kind, from, to } = useDeferredValue(
    useMemo(
      () => ({ q: view.q, actors: view.actors, kind: view.kind, from: view.from, to: view.to }),
      [view.q, view.actors, view.kind, view.from, view.to],
    ),
  );
  // Only a search reads the whole dataset: without one, its arrival changes nothing that is drawn.
  const searchDetails = q.trim() === '' ? undefined : detailsQuery.data;
  const titlesOnly: TitlesOnly =
    q.trim() !== '' && detailsQuery.data === undefined && (detailsQuery.isError ? 'failed' : 'loading');
  const events = useMemo(
    () => (index ? filterEvents(index, { q, actors, kind, from, to }, searchDetails) : []),
    [index, q, actors, kind, from, to, searchDetails],
  );
  const details: Details = {
    index: detailsQuery.data,
    failed: detailsQuery.isError,
    retry: () => void detailsQuery.refetch(),
  };
  const visibleIds = useMemo(() => new Set(events.map((e) => e.id)), [events]);
  const range = useMemo(
    (): [number, number] => [from ? startTime(from) : -Infinity, to ? endOf(to).getTime() : Infinity],
    [from, to],
  );
  const terms = useMemo(() => queryTerms(q), [q]);
  // The list is drawn in a second pass, after the timeline is on screen: up to a page of entries
  // would otherwise hold up the first paint.
  const listReady = useDeferredValue(true, false);
  const searchRef = useRef<HTMLInputElement>(null);
  // Where focus was when the panel opened (a click, a key, Previous/Next from nothing), to return it
  // there when the panel closes: read before the panel's heading takes it (a passive effect, later).
  const openerRef = useRef<Element | null>(null);
  const shownRef = useRef(view.event);
  useLayoutEffect(() => {
    const closed = shownRef.current;
    shownRef.current = view.event;
    if (view.event !== null) {
      if (closed === null) openerRef.current = document.activeElement;
      return;
    }
    if (closed === null) return;
    // Closed, however (✕, Esc, Back, an unknown event's Close): focus goes back where it was when
    // the panel opened.
    const opener = openerRef.current;
    openerRef.current = null;
    const frame = requestAnimationFrame(() => restoreFocus(opener, closed));
    return () => cancelAnimationFrame(frame);
  }, [view.event]);
  const focusSearch = useMemo(() => () => searchRef.current?.focus(), []);
  useKeyboard(index, events, focusSearch);

  // The event the page was opened on (a link, a reload) is shown without taking focus; once the
  // reader moves on, every event they open takes it.
  const [landing, setLanding] = useState(view.event);
  if (landing !== null && view.event !== landing) setLanding(null);
  // Each open asks the timeline to show the event, even one open already that the reader has
  // since panned or zoomed away from.
  const [revealRequest, setRevealRequest] = useState(0);
  // Always the same function: the list is not drawn again for a keystroke.
  const open = useCallback((id: string) => {
    selectEvent(id);
    setRevealRequest((count) => count + 1);
  }, []);
  const close = () => selectEvent(null);

  // The summaries, quotes and sources load once the timeline is drawn (see useDatasetIndex), and at
  // once where there is none to draw.
  const hasTimeline =
    index !== undefined && (index.dataset.events.length > 0 || (index.dataset.eras ?? []).length > 0);
  const noTimeline = index !== undefined && !hasTimeline;
  useEffect(() => {
    if (noTimeline) loadDetails();
  }, [noTimeline, loadDetails]);

  useEffect(() => {
    if (!index) return;
    document.title = selected
      ? pageTitle(selected.title, index.dataset.title)
      : pageTitle(index.dataset.title);
  }, [index, selected]);

  useEffect(() => {
    if (view.event === null) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const retry = () => {
      void query.refetch();
      if (detailsQuery.isError) void detailsQuery.refetch();
    };
    return <LoadError error={query.error} onRetry={retry} />;
  }

  const { dataset } = query.data;
  const detailsError = detailsQuery.isError && (
    <DetailsError error={detailsQuery.error} onRetry={details.retry} />
  );
  const live = (
    <p aria-live="polite" className="sr-only">
      {selected ? `Showing ${selected.title}, ${formatWhen(selected.date, selected.end)}` : ''}
    </p>
  );
  // A link can name an event that its own filters leave out: say so, and offer the way back to it.
  // (Not while a search has only the titles to go by until the quotes are in: they may yet match.)
  const hiddenByFilters = selected !== undefined &&
    !visibleIds.has(selected.id) &&
    titlesOnly !== 'loading' && (
      <p role="status" className="panel flex-row flex-wrap items-center">
        {isEmbedded()
          ? 'The filters in this link hide this event: it is not on the timeline.'
          : 'The filters hide this event: it is not on the timeline or in the list.'}
        {/* Focus goes to the event's heading, which stays: the button goes away. */}
        <button type="button" className="btn" onClick={() => clearFilters('event-panel-title')}>
          Clear all filters
        </button>
      </p>
    );
  const panel = selected ? (
    <EventPanel
      index={query.data}
      event={selected}
      details={details}
      focusOnOpen={selected.id !== landing}
      events={events}
      terms={terms}
      onSelect={selectEvent}
      onClose={close}
    />
  ) : view.event !== null ? (
    <NotFound id={view.event} />
  ) : (
    <Placeholder
      isEmpty={dataset.events.length === 0}
      embedded={isEmbedded()}
      noMatch={events.length === 0 && dataset.events.length > 0 && titlesOnly !== 'loading'}
    />
  );

  // Nothing to draw (no events, no eras): no axis over a year of the timeline's own choosing.
  const timeline = hasTimeline && (
    <TimelineView
      index={query.data}
      visibleIds={visibleIds}
      range={range}
      selectedId={view.event}
      revealRequest={revealRequest}
      onSelect={open}
      onDrawn={loadDetails}
    />
  );

  if (isEmbedded()) {
    // For an iframe: no header, no filters or list; the timeline, the panel and a way out.
    return (
      <main className={view.event === null ? 'embed-layout embed-empty' : 'embed-layout'}>
        {live}
        <div className="embed-bar flex items-center justify-between gap-2 text-sm">
          <div className="flex min-w-0 items-baseline gap-2">
            <h1 className="truncate font-semibold">{dataset.title}</h1>
            {/* The link's filters, which the embed has no controls for: the reader sees it is not all. */}
            {isFiltered({ q, actors, kind, from, to }) && titlesOnly !== 'loading' && (
              <span className="muted shrink-0">
                {formatNumber(events.length)} of {countOf(dataset.events.length, 'event')}
              </span>
            )}
          </div>
          {/* 24 px tall to tap (padding), in the bar's 20 px of height (negative margin). */}
          <a
            href={fullExplorerUrl()}
            target="_blank"
            rel="noopener"
            className="link -my-0.5 inline-block shrink-0 py-0.5"
          >
            Open the full explorer<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </div>
        {timeline}
        {/* relative: what is positioned inside (screen-reader-only text) scrolls and clips with the
            panel; else it hangs below the frame, which then scrolls as a whole. */}
        <section aria-label="Event details" className="relative flex min-h-0 flex-col gap-2 overflow-y-auto">
          <RejectedFilters rejected={rejected} onClose={dismiss} />
          {detailsError}
          {hiddenByFilters}
          {panel}
        </section>
      </main>
    );
  }

  return (
    <div className="min-h-dvh">
      {/* For the keyboard: past the filters and the timeline, to the first entry of the list. */}
      <a
        href="#event-list-heading"
        className="btn skip-link"
        onClick={(e) => {
          const first = document.querySelector<HTMLElement>('.event-list-entry');
          if (!first) return;
          e.preventDefault(); // no #fragment in the address, which is the view's
          first.focus();
        }}
      >
        Skip to the list of events
      </a>
      {/* The description below the title and the button, across the whole width (a phone has little). */}
      <header className="page-header">
        <h1 className="text-xl font-bold sm:text-2xl">{dataset.title}</h1>
        <DarkModeToggle />
        <p className="col-span-2 max-w-4xl text-sm text-slate-700 sm:text-base dark:text-slate-300">
          {dataset.description}
        </p>
      </header>
      {live}
      <main className="explorer-layout">
        <section aria-label="Timeline" className="flex min-w-0 flex-col gap-3 [grid-area:timeline]">
          <RejectedFilters rejected={rejected} onClose={dismiss} />
          <Filters
            index={query.data}
            view={view}
            shown={events.length}
            filtered={isFiltered({ q, actors, kind, from, to })}
            titlesOnly={titlesOnly}
            searchRef={searchRef}
          />
          {detailsError}
          {events.length === 0 && dataset.events.length > 0 && titlesOnly !== 'loading' && (
            <p className="panel flex-row flex-wrap items-center">
              No events match these filters.
              {range[0] >= range[1] && ' The “From” date is after the “To” date.'}
              <button type="button" className="btn" onClick={() => clearFilters()}>
                Clear all filters
              </button>
            </p>
          )}
          {timeline}
        </section>
        <section
          aria-label="Event details"
          className="explorer-panel flex min-w-0 flex-col gap-3 [grid-area:panel]"
        >
          {hiddenByFilters}
          {panel}
        </section>
        <section aria-labelledby="event-list-heading" className="min-w-0 [grid-area:list]">
          <h2 id="event-list-heading" className="mb-2 text-lg font-semibold">
            Events in date order
          </h2>
          {listReady && (
            <EventList
              index={query.data}
              events={events}
              details={detailsQuery.data}
              titlesOnly={titlesOnly}
              detailsLoading={detailsQuery.isPending}
              terms={terms}
              selectedId={selected ? selected.id : null}
              onSelect={open}
            />
          )}
        </section>
      </main>
    </div>
  );
}
