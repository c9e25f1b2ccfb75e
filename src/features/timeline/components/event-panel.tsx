import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import { neighbours } from '../model/dataset-index';
import { formatDate, formatWhen } from '../model/dates';
import type { Quote, Source, TimelineEvent } from '../model/schema';

interface EventPanelProps {
  index: DatasetIndex;
  event: TimelineEvent;
  onSelect: (id: string) => void;
  onClose: () => void;
}

function QuoteBlock({ quote, index }: { quote: Quote; index: DatasetIndex }) {
  const speaker = index.actorsById.get(quote.speaker);
  const source = quote.source === undefined ? undefined : index.sourcesById.get(quote.source);
  const isDirect = quote.kind === 'direct';
  return (
    <figure className={`quote ${isDirect ? 'quote-direct' : 'quote-paraphrase'}`}>
      <p className="quote-kind">{isDirect ? 'Direct quote' : 'Paraphrase (reported speech, not a quote)'}</p>
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="font-semibold">{speaker?.name ?? quote.speaker}</span>
        {speaker?.role !== undefined && <span>, {speaker.role}</span>}
        {source !== undefined && <span className="text-slate-600"> · in {source.publisher}</span>}
        {quote.note !== undefined && <span className="text-slate-600"> · {quote.note}</span>}
      </figcaption>
    </figure>
  );
}

/** Only http(s) URLs become links: anything else (javascript:, data:) stays text, whatever the data says. */
function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return (
    <li>
      {source.publisher},{' '}
      {href === undefined ? (
        <cite>{source.title}</cite>
      ) : (
        <a href={href} target="_blank" rel="noopener noreferrer" className="link">
          <cite>{source.title}</cite>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
      , <time dateTime={source.published}>{formatDate(source.published)}</time>
      {source.publishedNote !== undefined && (
        <span className="text-slate-600"> ({source.publishedNote})</span>
      )}
    </li>
  );
}

/** The quote detail panel: everything known about one event, with its sources. */
export function EventPanel({ index, event, onSelect, onClose }: EventPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const articleRef = useRef<HTMLElement>(null);

  const { previous, next } = neighbours(index, event.id);
  const actors = event.actors.map((id) => index.actorsById.get(id)?.name ?? id);
  const sources = event.sources.flatMap((id) => index.sourcesById.get(id) ?? []);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    // On a phone the panel sits under the timeline and the list under it: bring the panel into view
    // when its heading is off screen, and only then, so the page does not jump on a desktop.
    const heading = headingRef.current?.getBoundingClientRect();
    if (heading && (heading.top < 0 || heading.bottom > window.innerHeight)) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      articleRef.current?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
  }, [event.id]);

  return (
    <article ref={articleRef} className="panel scroll-mt-2" aria-labelledby="event-panel-title">
      <div className="flex items-start justify-between gap-3">
        <h2 id="event-panel-title" ref={headingRef} tabIndex={-1} className="text-xl leading-snug font-bold">
          {event.title}
        </h2>
        <button type="button" className="btn shrink-0" onClick={onClose} aria-label="Close details">
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      <dl className="meta">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={event.date}>{formatWhen(event.date, event.end)}</time>
            {event.dateNote !== undefined && (
              <span className="block text-sm text-slate-600">{event.dateNote}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{event.kind === 'statement' ? 'Statement' : 'Event'}</dd>
        </div>
        <div>
          <dt>Actors</dt>
          <dd>{actors.join(', ')}</dd>
        </div>
      </dl>

      <p className="leading-relaxed">{event.summary}</p>

      {event.quotes.length > 0 && (
        <section aria-label="Quotes" className="flex flex-col gap-3">
          {event.quotes.map((quote, i) => (
            <QuoteBlock key={i} quote={quote} index={index} />
          ))}
        </section>
      )}

      <section aria-labelledby="event-panel-sources">
        <h3 id="event-panel-sources" className="mb-1 font-semibold">
          {sources.length === 1 ? 'Source' : 'Sources'}
        </h3>
        <ul className="flex flex-col gap-1 text-sm">
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} />
          ))}
        </ul>
      </section>

      <nav
        aria-label="Walk the events"
        className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-3"
      >
        <button
          type="button"
          className="btn"
          disabled={!previous}
          onClick={() => previous && onSelect(previous.id)}
          title={previous?.title}
        >
          <span aria-hidden="true">←</span> Previous event
        </button>
        <button
          type="button"
          className="btn"
          disabled={!next}
          onClick={() => next && onSelect(next.id)}
          title={next?.title}
        >
          Next event <span aria-hidden="true">→</span>
        </button>
      </nav>
    </article>
  );
}
