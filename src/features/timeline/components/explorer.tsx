import { useEffect } from 'react';
import { selectEvent, useSelectedEventId } from '../../../lib/url-state';
import { InvalidDatasetError, useDatasetIndex } from '../api/get-dataset';
import { EventList } from './event-list';
import { EventPanel } from './event-panel';
import { TimelineView } from './timeline-view';

function LoadingState() {
  return (
    <div role="status" className="flex min-h-dvh items-center justify-center p-6 text-lg text-slate-700">
      Loading the timeline…
    </div>
  );
}

function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-4 p-6">
      <div role="alert" className="panel border-red-300">
        <h1 className="text-xl font-bold">The timeline could not be shown</h1>
        <p>{error.message}</p>
        {error instanceof InvalidDatasetError && (
          <ul className="list-disc pl-6 font-mono text-sm break-words">
            {error.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        )}
        <div>
          <button type="button" className="btn btn-primary" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      </div>
    </main>
  );
}

function NotFound({ id }: { id: string }) {
  return (
    <div role="alert" className="panel">
      <h2 className="text-xl font-bold">Event not found</h2>
      <p className="break-words">
        This link names an event,{' '}
        <code className="font-mono">{id.length > 200 ? `${id.slice(0, 200)}…` : id}</code>, that is not in
        this timeline. It may have been renamed or removed.
      </p>
      <div>
        <button type="button" className="btn" onClick={() => selectEvent(null)}>
          Show all events
        </button>
      </div>
    </div>
  );
}

function Placeholder({ isEmpty }: { isEmpty: boolean }) {
  return (
    <div className="panel text-slate-700">
      {isEmpty ? (
        <>
          <h2 className="text-xl font-bold text-slate-900">No events yet</h2>
          <p>This timeline has no events. Its authors can add some to the dataset file.</p>
        </>
      ) : (
        <p>Select an event on the timeline or in the list to read its quotes and sources.</p>
      )}
    </div>
  );
}

/** The page: timeline, event list and detail panel, all driven by the dataset and the URL. */
export function Explorer() {
  const query = useDatasetIndex();
  const selectedId = useSelectedEventId();
  const index = query.data;
  const selected = selectedId === null ? undefined : index?.eventsById.get(selectedId);

  useEffect(() => {
    if (!index) return;
    document.title = selected ? `${selected.title} · ${index.dataset.title}` : index.dataset.title;
  }, [index, selected]);

  useEffect(() => {
    if (selectedId === null) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) selectEvent(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectedId]);

  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;

  const { dataset } = query.data;
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white px-4 py-3">
        <h1 className="text-2xl font-bold">{dataset.title}</h1>
        <p className="max-w-4xl text-slate-700">{dataset.description}</p>
      </header>
      <main className="explorer-layout">
        <section aria-label="Timeline" className="min-w-0 [grid-area:timeline]">
          <TimelineView index={query.data} selectedId={selectedId} onSelect={selectEvent} />
        </section>
        <section aria-label="Event details" className="min-w-0 [grid-area:panel]">
          {selected ? (
            <EventPanel
              index={query.data}
              event={selected}
              onSelect={selectEvent}
              onClose={() => selectEvent(null)}
            />
          ) : selectedId !== null ? (
            <NotFound id={selectedId} />
          ) : (
            <Placeholder isEmpty={dataset.events.length === 0} />
          )}
        </section>
        <section aria-labelledby="event-list-heading" className="min-w-0 [grid-area:list]">
          <h2 id="event-list-heading" className="mb-2 text-lg font-semibold">
            All events ({dataset.events.length})
          </h2>
          <EventList index={query.data} selectedId={selected ? selected.id : null} onSelect={selectEvent} />
        </section>
      </main>
    </div>
  );
}
