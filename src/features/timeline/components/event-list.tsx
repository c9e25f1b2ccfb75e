import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import { formatWhen } from '../model/dates';

interface EventListProps {
  index: DatasetIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Every event in date order: the keyboard and screen-reader way into the timeline. */
export function EventList({ index, selectedId, onSelect }: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const list = listRef.current;
    if (selectedId === null || !list) return;
    const entry = list.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    // Scroll the list box only (when it is one), never the page: the panel decides what the page shows.
    if (!entry || list.scrollHeight <= list.clientHeight) return;
    const top = entry.offsetTop; // the list is position: relative, so this is within it
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + entry.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top + entry.offsetHeight - list.clientHeight;
    }
  }, [selectedId]);

  if (index.events.length === 0) {
    return <p className="p-3 text-slate-600">No events yet.</p>;
  }

  return (
    <ol ref={listRef} className="event-list">
      {index.events.map((event) => {
        const speakers = [
          ...new Set(event.quotes.map((q) => index.actorsById.get(q.speaker)?.name ?? q.speaker)),
        ];
        return (
          <li key={event.id}>
            <button
              type="button"
              data-event-id={event.id}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
              className="event-list-entry"
            >
              <span className="text-sm text-slate-600">
                <time dateTime={event.date}>{formatWhen(event.date, event.end)}</time>
                {' · '}
                {event.kind === 'statement' ? 'Statement' : 'Event'}
                {speakers.length > 0 && ` · ${speakers.join(', ')}`}
              </span>
              <span className="font-medium">{event.title}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
