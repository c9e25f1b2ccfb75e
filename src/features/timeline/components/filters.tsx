import { useEffect, useRef, useState, type Ref } from 'react';
import { moveAmongButtons } from '../../../lib/button-row';
import { countOf, formatNumber } from '../../../lib/numbers';
import { MAX_QUERY, updateView, type ViewState } from '../../../lib/url-state';
import type { OutlineIndex } from '../model/dataset-index';
import { endOf, startOf } from '../model/dates';
import { isFiltered } from '../model/filter';

/** A mouse or a touchpad (and so, most likely, a keyboard): not a phone's or a tablet's touch screen alone. */
const KEYBOARD = typeof matchMedia === 'function' && matchMedia('(any-pointer: fine)').matches;

const EMPTY_FILTER = { q: '', actors: [], kind: null, from: null, to: null } satisfies Partial<ViewState>;

export const SEARCH_ID = 'timeline-search';

/**
 * Whether a search has only the events' titles to look through, the whole dataset (summaries, quotes)
 * not being in: not yet ('loading'), or not at all, its load having failed ('failed').
 */
export type TitlesOnly = false | 'loading' | 'failed';

/**
 * Clears every filter and puts focus in the search box (the button that was pressed goes away), or
 * where the caller says (an embed has no search box).
 */
export function clearFilters(focusTo: string = SEARCH_ID) {
  updateView(EMPTY_FILTER);
  document.getElementById(focusTo)?.focus();
}

/**
 * Actor chips shown at first where there are many more: a row of forty would push the timeline off
 * the first screen. The rest are a button away; a chip that is on always shows.
 */
const CHIPS_SHOWN = 10;

/** "2019" -> "2019-01-01" (a date input needs a day). */
const firstDay = (date: string) => startOf(date).toISOString().slice(0, 10);
/** "2019" -> "2019-12-31". */
const lastDay = (date: string) => new Date(endOf(date).getTime() - 1).toISOString().slice(0, 10);

interface DateBoundProps {
  label: string;
  value: string | null;
  bounds: { min: string | undefined; max: string | undefined };
  field: 'from' | 'to';
}

/**
 * One history entry per edit of a field, not per keystroke: the first change while the field has
 * focus is a new entry, the rest replace it, so Back undoes the whole search typed or date entered
 * (a typed date changes once per digit: "0002-06-01", "0020-06-01", … "2019-06-01"), and only that.
 * Emptying the field (Esc, its ✕, the last character deleted) is a step of its own, which Back
 * undoes: replacing the entry would leave two alike, and a Back that changes nothing.
 */
function useEditHistory() {
  const editing = useRef(false);
  // Back or Forward while the field has focus: the next change is a new entry, not the one returned to.
  useEffect(() => {
    const reset = () => (editing.current = false);
    window.addEventListener('popstate', reset);
    return () => window.removeEventListener('popstate', reset);
  }, []);
  return {
    onFocus: () => (editing.current = false),
    onBlur: () => (editing.current = false),
    write: (patch: Partial<ViewState>, field: EventTarget, emptied: boolean) => {
      updateView(patch, { replace: editing.current && !emptied });
      editing.current = !emptied && document.activeElement === field;
    },
  };
}

/**
 * One end of the date range: a date input that writes its end of the range into the URL, once the
 * date is whole. A date typed digit by digit passes through years such as 0002, 0020 and 0201, and a
 * part cleared leaves the field without a date while the rest still shows: while the field has
 * focus, those change nothing (no flash of "no events", no count read out at each digit), and on
 * leaving it the field shows the date in effect again, or the one typed if it is whole (a date before
 * or after all the events too).
 */
function DateBound({ label, value, bounds, field }: DateBoundProps) {
  const edit = useEditHistory();
  // What the field shows, which is the URL's date except while one is being typed.
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // Changed from elsewhere (Back, Clear all filters) or written below.
    setShown(value);
    setDraft(value ?? '');
  }
  const write = (input: HTMLInputElement) =>
    edit.write({ [field]: input.value || null }, input, input.value === '');
  const inBounds = (date: string) =>
    (bounds.min === undefined || date >= bounds.min) && (bounds.max === undefined || date <= bounds.max);
  return (
    <label className="flex items-center gap-1.5 text-sm">
      {label}
      <input
        type="date"
        aria-label={label}
        className="input"
        min={bounds.min}
        max={bounds.max}
        value={draft}
        onFocus={edit.onFocus}
        onBlur={(e) => {
          const input = e.target;
          if (input.value !== (value ?? '') && !input.validity.badInput) write(input);
          else {
            setDraft(value ?? '');
            input.value = value ?? ''; // a part left typed, which the field's value does not show
          }
          edit.onBlur();
        }}
        onChange={(e) => {
          const input = e.target;
          setDraft(input.value);
          // Partly typed: a part cleared, or a date outside the events' range on its way to one in it.
          const typing = input.value === '' ? input.validity.badInput : !inBounds(input.value);
          if (!typing || document.activeElement !== input) write(input);
        }}
      />
    </label>
  );
}

interface FiltersProps {
  index: OutlineIndex;
  view: ViewState;
  /** How many events the list and timeline show, and whether they are filtered (a moment behind `view`). */
  shown: number;
  filtered: boolean;
  /** The search has only titles to look through: so far ('loading'), or for good ('failed'). */
  titlesOnly: TitlesOnly;
  searchRef: Ref<HTMLInputElement>;
}

/** Search box, actor chips, kind and date range: every control writes the URL, which is the state. */
export function Filters({ index, view, shown, filtered, titlesOnly, searchRef }: FiltersProps) {
  const total = index.events.length;
  const first = index.events[0];
  const last = index.events.at(-1);
  const bounds = { min: first && firstDay(first.date), max: last && lastDay(last.end ?? last.date) };
  const searchEdit = useEditHistory();
  const [allChips, setAllChips] = useState(false);
  // Chips beyond the first ten that were on while the rest were hidden: turned off, they stay (the
  // button pressed, and focus with it, does not vanish) until "Show fewer".
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const collapsible = index.lanes.length > CHIPS_SHOWN + 2; // not a button for one or two more
  const chips =
    collapsible && !allChips
      ? index.lanes.filter(
          (actor, i) => i < CHIPS_SHOWN || view.actors.includes(actor.id) || kept.has(actor.id),
        )
      : index.lanes;
  const toggleActor = (id: string) =>
    updateView({
      actors: view.actors.includes(id) ? view.actors.filter((a) => a !== id) : [...view.actors, id],
    });

  return (
    <div className="filters" role="search" aria-label="Search and filter events">
      <div className="flex flex-wrap items-center gap-2">
        <label className="relative min-w-0 flex-1 basis-40">
          <span className="sr-only">Search events</span>
          <input
            ref={searchRef}
            id={SEARCH_ID}
            type="search"
            maxLength={MAX_QUERY}
            className="input w-full"
            // The key that comes here from anywhere, where there is a keyboard to press it with.
            placeholder={`Search titles, quotes, speakers…${KEYBOARD ? '  ( / )' : ''}`}
            aria-keyshortcuts="/"
            value={view.q}
            onFocus={searchEdit.onFocus}
            onBlur={searchEdit.onBlur}
            onChange={(e) => searchEdit.write({ q: e.target.value }, e.target, e.target.value === '')}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && view.q !== '') {
                // Esc clears the search first; a second Esc (empty box) closes the panel.
                e.preventDefault();
                searchEdit.write({ q: '' }, e.currentTarget, true);
              }
            }}
          />
        </label>
        <p
          role="status"
          aria-live="polite"
          className="text-sm font-medium whitespace-nowrap text-slate-700 dark:text-slate-300"
        >
          {filtered ? `${formatNumber(shown)} of ${countOf(total, 'event')}` : countOf(total, 'event')}
          {titlesOnly && (
            <span className="block max-w-32 text-xs font-normal whitespace-normal">
              {titlesOnly === 'failed'
                ? 'in titles only: quotes could not be loaded'
                : 'in titles; quotes still loading'}
            </span>
          )}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-2">
        {/* A chip keeps the events that involve its actor (or a person of its country), in any lane. */}
        {index.lanes.length > 0 && (
          <div
            role="group"
            aria-labelledby="involving-label"
            className="flex flex-wrap items-center gap-1.5"
            onKeyDown={moveAmongButtons}
          >
            <span id="involving-label" className="text-sm">
              Involving
            </span>
            {chips.map((actor) => (
              <button
                key={actor.id}
                type="button"
                className="chip"
                aria-pressed={view.actors.includes(actor.id)}
                onClick={() => {
                  toggleActor(actor.id);
                  if (!allChips) setKept((ids) => new Set(ids).add(actor.id));
                }}
              >
                {actor.name}
              </button>
            ))}
            {collapsible && (
              <button
                type="button"
                className="btn btn-small"
                aria-expanded={allChips}
                onClick={() => {
                  setAllChips(!allChips);
                  setKept(new Set());
                }}
              >
                {allChips ? 'Show fewer' : `Show all ${index.lanes.length}`}
              </button>
            )}
          </div>
        )}
        <label className="flex items-center gap-1.5 text-sm">
          Kind
          <select
            aria-label="Kind"
            className="input"
            value={view.kind ?? ''}
            onChange={(e) =>
              updateView({ kind: e.target.value === '' ? null : (e.target.value as 'event' | 'statement') })
            }
          >
            <option value="">Events and statements</option>
            <option value="event">Events only</option>
            <option value="statement">Statements only</option>
          </select>
        </label>
        <DateBound label="From" value={view.from && firstDay(view.from)} bounds={bounds} field="from" />
        <DateBound label="To" value={view.to && lastDay(view.to)} bounds={bounds} field="to" />
        {isFiltered(view) && (
          <button type="button" className="btn" onClick={() => clearFilters()}>
            Clear all filters
          </button>
        )}
      </div>
    </div>
  );
}
