import { Fragment, memo, useState } from 'react';
import { countOf, formatNumber } from '../../../lib/numbers';
import { whoOf, type DatasetIndex, type OutlineIndex } from '../model/dataset-index';
import { formatWhen } from '../model/dates';
import { excerptOf } from '../model/excerpt';
import type { OutlineEvent } from '../model/schema';
import type { TitlesOnly } from './filters';
import { Highlight } from './highlight';

interface EventListProps {
  index: OutlineIndex;
  /** The events to list (those that pass the filters), in date order. */
  events: OutlineEvent[];
  /** The whole dataset once it is in: statements' speakers and the excerpts come from it. */
  details: DatasetIndex | undefined;
  /** The search has only titles to look through: so far ('loading'), or for good ('failed'). */
  titlesOnly: TitlesOnly;
  /** The whole dataset is still on its way: each entry keeps the room its excerpt will take. */
  detailsLoading: boolean;
  terms: string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Entries drawn at first; more on request, so 10,000 events do not make 10,000 buttons up front. */
const PAGE = 200;

/**
 * The events in date order: the keyboard, screen-reader and phone way into the timeline. Drawn
 * again only when what it shows changes (not on each keystroke of a search it has not caught up with).
 */
export const EventList = memo(function EventList({
  index,
  events,
  details,
  titlesOnly,
  detailsLoading,
  terms,
  selectedId,
  onSelect,
}: EventListProps) {
  // The entries drawn: a page from the start, widened on request; `from` moves up to show earlier ones.
  const [limit, setLimit] = useState(PAGE);
  const [earlier, setEarlier] = useState(0);
  if (index.events.length === 0) {
    return <p className="panel text-slate-600 dark:text-slate-300">No events yet.</p>;
  }
  if (events.length === 0 && titlesOnly) {
    return (
      <p className="panel">
        {titlesOnly === 'failed'
          ? 'No title matches. Quotes and summaries could not be loaded, so the search looks through titles only.'
          : 'No title matches; quotes and summaries are still loading.'}
      </p>
    );
  }
  if (events.length === 0) {
    // The message above the timeline and the filters offer to clear them: a third button would crowd.
    return <p className="panel text-slate-600 dark:text-slate-300">No events match these filters.</p>;
  }

  // The selected event is always in the list, however far down: then the list shows a page around it.
  const selectedAt = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
  const around = selectedAt >= limit ? Math.max(0, selectedAt - PAGE / 2) : 0;
  const from = Math.max(0, around - earlier);
  const to = Math.max(limit, around + PAGE);
  const shown = events.slice(from, to);
  const more = Math.max(0, events.length - to);

  return (
    <>
      {from > 0 && (
        <button type="button" className="btn mb-2 w-full" onClick={() => setEarlier(earlier + PAGE)}>
          Show {countOf(Math.min(from, PAGE), 'earlier event')} ({formatNumber(from)} before these)
        </button>
      )}
      <ol className="event-list" start={from + 1}>
        {shown.map((event) => {
          const full = details?.eventsById.get(event.id);
          // Known at once for events, so that their entries keep their height when the dataset comes in.
          const names = whoOf(index, event, full);
          const { text: excerpt, quote: isQuote } = full
            ? excerptOf(full, terms)
            : { text: '', quote: false };
          return (
            <li key={event.id}>
              <button
                type="button"
                // Named by its title; date, kind, who and excerpt are its description.
                aria-labelledby={`entry-title-${event.id}`}
                aria-describedby={`entry-meta-${event.id}${excerpt === '' ? '' : ` entry-excerpt-${event.id}`}`}
                data-event-id={event.id}
                aria-current={event.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(event.id)}
                className="event-list-entry"
              >
                <span id={`entry-meta-${event.id}`} className="text-sm text-slate-600 dark:text-slate-400">
                  <time dateTime={event.date}>{formatWhen(event.date, event.end)}</time>
                  {' · '}
                  {event.kind === 'statement' ? 'Statement' : 'Event'}
                  {names.length > 0 && (
                    <>
                      {' · '}
                      {names.map((name, i) => (
                        <Fragment key={i}>
                          {i > 0 && ', '}
                          <Highlight text={name} terms={terms} />
                        </Fragment>
                      ))}
                    </>
                  )}
                </span>
                <span id={`entry-title-${event.id}`} className="font-medium">
                  <Highlight text={event.title} terms={terms} />
                </span>
                {excerpt !== '' ? (
                  <span id={`entry-excerpt-${event.id}`} className="event-list-excerpt">
                    {isQuote ? '“' : ''}
                    <Highlight text={excerpt} terms={terms} />
                    {isQuote ? '”' : ''}
                  </span>
                ) : (
                  // Two lines, as the excerpt will have: the list does not move when it arrives.
                  detailsLoading && <span className="event-list-excerpt" />
                )}
              </button>
            </li>
          );
        })}
      </ol>
      {more > 0 && (
        <button type="button" className="btn mt-2 w-full" onClick={() => setLimit(to + PAGE)}>
          Show {countOf(Math.min(more, PAGE), 'more event')} ({formatNumber(more)} after these)
        </button>
      )}
    </>
  );
});
