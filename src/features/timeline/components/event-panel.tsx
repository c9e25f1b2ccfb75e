import { Fragment, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { Icon, ICONS } from '../../../components/icons';
import { prefersReducedMotion } from '../../../lib/motion';
import { eventPageUrl, isEmbedded } from '../../../lib/url-state';
import { citeQuote } from '../model/citation';
import { nameOf, neighbours, type DatasetIndex, type OutlineIndex } from '../model/dataset-index';
import { formatDate, formatWhen } from '../model/dates';
import { mediaLabel, sourceLabel } from '../model/sources';
import type { OutlineEvent, Quote, Source, TimelineEvent } from '../model/schema';
import { Highlight, Unbroken } from './highlight';

/**
 * Copies text and says so (or says it failed) for a moment, beside the button that was pressed:
 * `at` names it ("link", or the quote's index). Where the browser refuses, the text stays on offer,
 * selected, to copy by hand (see CopyByHand), until another copy, another event (`shown`) or Esc.
 */
function useCopy(shown: string) {
  const [said, setSaid] = useState<{ at: string; shown: string; message: string; byHand?: string } | null>(
    null,
  );
  useEffect(() => {
    if (!said || said.byHand !== undefined) return;
    const timer = setTimeout(() => setSaid(null), 4000);
    return () => clearTimeout(timer);
  }, [said]);
  // Another event: what was said about the last one's copy goes (and its box, which would take the
  // focus again on a return to it). Set while rendering, as React advises for state that follows a prop.
  const [saidFor, setSaidFor] = useState(shown);
  if (saidFor !== shown) {
    setSaidFor(shown);
    setSaid(null);
  }
  const copy = async (text: string, what: string, at: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid({ at, shown, message: `${what} copied.` });
    } catch {
      const message = `Could not copy the ${what.toLowerCase()}: your browser did not allow it. Copy it from the box below.`;
      setSaid({ at, shown, message, byHand: text });
    }
  };
  const current = said?.shown === shown ? said : null;
  /** What to say beside the button `at`. */
  const messageAt = (at: string) =>
    current?.at === at && current.byHand === undefined ? current.message : '';
  /** What to say, and the text to copy by hand, under the button `at` when the browser would not copy it. */
  const byHandAt = (at: string): ByHand | undefined =>
    current?.at === at && current.byHand !== undefined
      ? { text: current.byHand, message: current.message, dismiss: () => setSaid(null) }
      : undefined;
  return { messageAt, byHandAt, copy };
}

type ByHand = { text: string; message: string; dismiss: () => void };

/**
 * Text the browser would not copy, selected in a box for the reader to copy (Ctrl+C, ⌘C, or a long
 * press). Esc there closes the box (not the panel), and focus goes back to the button pressed
 * (`button`: not every browser focuses a button on a click).
 */
function CopyByHand({
  text,
  message,
  label,
  dismiss,
  button,
}: ByHand & { label: string; button: RefObject<HTMLButtonElement | null> }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
    // Not in an embed, where it would scroll the page around the frame too.
    if (!isEmbedded()) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [text]);
  return (
    <div className="flex flex-col gap-1">
      <p role="alert" className="text-sm">
        {message}
      </p>
      <textarea
        ref={ref}
        readOnly
        value={text}
        aria-label={label}
        rows={Math.min(6, Math.ceil(text.length / 45) + text.split('\n').length - 1)}
        className="input field-sizing-content max-h-40 w-full resize-y font-mono text-xs break-words"
        onFocus={(event) => event.currentTarget.select()}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          button.current?.focus();
          dismiss();
        }}
      />
    </div>
  );
}

interface QuoteBlockProps {
  quote: Quote;
  /** Its place among the event's quotes, from 1, and their number: for its button's name. */
  number: number;
  count: number;
  index: DatasetIndex;
  terms: string[];
  onCite: () => void;
  /** "Citation copied." after its button is pressed. */
  message: string;
  /** The citation, when the browser would not copy it. */
  byHand: ByHand | undefined;
}

function QuoteBlock({ quote, number, count, index, terms, onCite, message, byHand }: QuoteBlockProps) {
  const citeRef = useRef<HTMLButtonElement>(null);
  const captionId = useId();
  const speaker = index.actorsById.get(quote.speaker);
  const source = quote.source === undefined ? undefined : index.sourcesById.get(quote.source);
  const isDirect = quote.kind === 'direct';
  return (
    // Named by who said it and where, not by its button too (a figure's name is its whole caption).
    <figure className={`quote ${isDirect ? 'quote-direct' : 'quote-paraphrase'}`} aria-labelledby={captionId}>
      <p className="quote-kind">{isDirect ? 'Direct quote' : 'Paraphrase (reported speech, not a quote)'}</p>
      <blockquote lang={quote.lang}>
        {/* Verbatim: its line breaks and runs of spaces as the source has them. */}
        <p className="whitespace-pre-wrap">
          <Highlight text={quote.text} terms={terms} />
        </p>
      </blockquote>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span id={captionId}>
          <span className="font-semibold">
            <Highlight text={speaker?.name ?? quote.speaker} terms={terms} />
          </span>
          {speaker?.role !== undefined && (
            <span>
              , <bdi>{speaker.role}</bdi>
            </span>
          )}
          {source !== undefined && (
            <span className="muted">
              {' '}
              · in <bdi>{source.publisher}</bdi>
            </span>
          )}
          {quote.note !== undefined && (
            <span className="muted">
              {' '}
              ·{' '}
              <bdi>
                <Unbroken text={quote.note} />
              </bdi>
            </span>
          )}
        </span>
        <span className="flex items-center gap-2">
          <span role="status" className="muted text-sm empty:hidden">
            {message}
          </span>
          {/* Named apart from the event's other quotes' buttons, to a screen reader's list of buttons. */}
          <button ref={citeRef} type="button" className="btn btn-small" onClick={onCite}>
            Copy citation
            {count > 1 && (
              <span className="sr-only">
                {' '}
                of quote {number} of {count}, {speaker?.name ?? quote.speaker}
              </span>
            )}
          </button>
        </span>
      </figcaption>
      {byHand !== undefined && <CopyByHand {...byHand} label="Citation, to copy" button={citeRef} />}
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
  // Without a title, the address names the source: it may be long and without spaces.
  const name =
    source.title === undefined ? (
      <bdi className="break-all">{sourceLabel(source)}</bdi>
    ) : (
      <cite>
        <bdi>
          <Unbroken text={source.title} />
        </bdi>
      </cite>
    );
  return (
    <li>
      <bdi>{source.publisher}</bdi>,{' '}
      {href === undefined ? (
        <>
          {name} <span className="muted">(no web address on record)</span>
        </>
      ) : (
        <a href={href} target="_blank" rel="noopener noreferrer" className="link">
          {name}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
      , <time dateTime={source.published}>{formatDate(source.published)}</time>
      {source.publishedNote !== undefined && (
        <span className="muted">
          {' '}
          (
          <bdi>
            <Unbroken text={source.publishedNote} />
          </bdi>
          )
        </span>
      )}
    </li>
  );
}

/** Media stay a link, its text as mediaLabel says: nothing from the data is embedded in the page. */
function MediaLink({ media }: { media: NonNullable<TimelineEvent['media']> }) {
  const href = safeHref(media.url);
  const { before, label } = mediaLabel(media, href !== undefined);
  const text = <bdi className={label === media.caption ? undefined : 'break-all'}>{label}</bdi>;
  return (
    <p className="text-sm">
      <span className="font-semibold">Media: </span>
      {before !== undefined && (
        <>
          <bdi>{before}</bdi> ·{' '}
        </>
      )}
      {href === undefined ? (
        text
      ) : (
        <a href={href} target="_blank" rel="noopener noreferrer" className="link">
          {text}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
      {media.credit !== undefined && (
        <span className="muted">
          {' '}
          (<bdi>{media.credit}</bdi>)
        </span>
      )}
    </p>
  );
}

/** The whole dataset, which the panel's summary, quotes and sources come from: in, failed or coming. */
export interface Details {
  index: DatasetIndex | undefined;
  failed: boolean;
  retry: () => void;
}

/** Summary, quotes, media and sources of an event. */
function EventDetails({
  index,
  event,
  terms,
  onCite,
  messageAt,
  byHandAt,
}: {
  index: DatasetIndex;
  event: TimelineEvent;
  terms: string[];
  onCite: (quote: Quote, at: string) => void;
  messageAt: (at: string) => string;
  byHandAt: (at: string) => ByHand | undefined;
}) {
  const sources = event.sources.flatMap((id) => index.sourcesById.get(id) ?? []);
  return (
    <>
      <p className="leading-relaxed whitespace-pre-line">
        <Highlight text={event.summary} terms={terms} />
      </p>

      {event.quotes.length > 0 && (
        <section aria-label="Quotes" className="flex flex-col gap-3">
          {event.quotes.map((quote, i) => (
            <QuoteBlock
              key={i}
              quote={quote}
              number={i + 1}
              count={event.quotes.length}
              index={index}
              terms={terms}
              onCite={() => onCite(quote, `quote ${i}`)}
              message={messageAt(`quote ${i}`)}
              byHand={byHandAt(`quote ${i}`)}
            />
          ))}
        </section>
      )}

      {event.media !== undefined && <MediaLink media={event.media} />}

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
    </>
  );
}

/** Why the details are not shown (when they failed, the explorer says why above the timeline). */
function DetailsMissing({ details }: { details: Details }) {
  if (details.failed) {
    return (
      <p className="flex flex-wrap items-center gap-2">
        Quotes and sources could not be loaded.
        <button type="button" className="btn btn-small" onClick={details.retry}>
          Try again
        </button>
      </p>
    );
  }
  if (details.index) return <p>Quotes and sources for this event are missing from the data.</p>;
  return null;
}

/** How long a panel is kept in its place on screen while the page above it settles. */
const HOLD_MS = 2000;
/** What the reader does that scrolls the page: from then on where it is is theirs. */
const READER_SCROLL = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Brings a panel into view when it opens (or `shown` changes) or the window narrows to put it
 * under the timeline, with its heading off screen, and only then, so a desktop never jumps. Beside
 * the timeline (wide screens) the panel's own column scrolls to it. Under it (phones), the column
 * comes to the top of the screen, with any note above the panel; there, revealed so or walked to
 * with Previous and Next (`walkedRef`: where the column was on screen at their click), it is held
 * there while the page settles (the timeline drawn, its lanes stacked, its height following the new
 * selection, the list drawn below), until the reader scrolls: a link always lands the same, and
 * Previous and Next stay under the finger in browsers without scroll anchoring too. For the event
 * panel and "Event not found" alike.
 */
export function useRevealPanel(
  panelRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
  shown: string,
  walkedRef?: RefObject<number | null>,
) {
  useEffect(() => {
    const wide = window.matchMedia(isEmbedded() ? '(min-width: 35rem)' : '(min-width: 64rem)');
    const walkedFrom = walkedRef?.current ?? null;
    if (walkedRef) walkedRef.current = null;
    /** Under the timeline: the top of the panel's column on screen, where it is held. */
    let held: number | null = null;
    const column = () => {
      const article = panelRef.current;
      return article?.parentElement ?? article;
    };
    const revealPanel = () => {
      const article = panelRef.current;
      const heading = headingRef.current?.getBoundingClientRect();
      if (!article || !heading) return;
      const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
      if (isEmbedded()) {
        // In a frame the panel scrolls in a box of its own, and only that box moves: scrollIntoView
        // would scroll the page around the frame too. Where its heading is not all in view: the box
        // from its top, with the panel's buttons, if the heading is in view that way, or if notes
        // come before the panel (why the event is not on the timeline, say: read first, as on a
        // phone); else, in a frame too small for both, the heading at the top.
        const box = article.parentElement;
        if (!box) return;
        const frame = box.getBoundingClientRect();
        if (heading.top >= frame.top && heading.bottom <= frame.bottom) return;
        const headingEnd = heading.bottom - frame.top + box.scrollTop;
        const fromTop = headingEnd <= box.clientHeight || box.firstElementChild !== article;
        box.scrollTo({ top: fromTop ? 0 : box.scrollTop + heading.top - frame.top, behavior });
        return;
      }
      if (heading.top >= 0 && heading.bottom <= window.innerHeight) return;
      if (wide.matches) {
        article.scrollIntoView({ block: 'start', behavior });
      } else {
        column()?.scrollIntoView({ block: 'start', behavior });
        held = 0;
      }
    };
    /** Moved by a change of size above it: back where it is held (in a smooth scroll, at its end). */
    const hold = () => {
      const top = column()?.getBoundingClientRect().top;
      if (held === null || top === undefined || wide.matches) return;
      if (Math.abs(top - held) > 1) window.scrollBy(0, top - held);
    };
    revealPanel();
    // Checked again once the timeline above has its height.
    const timer = setTimeout(revealPanel, 300);
    if (held === null && walkedFrom !== null && !wide.matches && !isEmbedded()) {
      held = walkedFrom;
      hold(); // the page above may have moved it already
    }
    // Held each time what is above the column, or the page, changes size: at once, before the
    // browser paints the change. Not on the reader's own scrolling, which changes no size.
    const heights = new Map<Element, number>();
    const resized = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, borderBoxSize } of entries) {
        const height = borderBoxSize[0]?.blockSize ?? target.getBoundingClientRect().height;
        changed ||= heights.get(target) !== height;
        heights.set(target, height);
      }
      if (changed) hold();
    });
    const observe = (element: Element) => {
      // From its height now: its first report may already come after a change.
      heights.set(element, element.getBoundingClientRect().height);
      resized.observe(element);
    };
    if (held !== null) {
      for (let element = column()?.previousElementSibling; element; element = element.previousElementSibling)
        observe(element);
      observe(document.body);
    }
    const stopHolding = () => {
      held = null;
      resized.disconnect();
    };
    const stopTimer = setTimeout(stopHolding, HOLD_MS);
    const options = { capture: true, passive: true };
    for (const type of READER_SCROLL) window.addEventListener(type, stopHolding, options);
    // A window narrowed past the breakpoint where the panel leaves the timeline's side for a place
    // under it (index.css: lg, or 35rem in an embed) puts it off screen: the reader stays with it,
    // each time the resizing pauses (a dragged window edge passes many widths, slowly or in bursts)
    // and the timeline above has its new height. (Widened, the panel is at the top, sticky.)
    let wasWide = wide.matches;
    let following = false;
    let settled = 0;
    let again = 0;
    let unfollow = 0;
    const onResize = () => {
      clearTimeout(settled);
      settled = window.setTimeout(() => {
        if (!wide.matches && (wasWide || following)) {
          revealPanel();
          again = window.setTimeout(revealPanel, 300);
          following = true;
          clearTimeout(unfollow);
          unfollow = window.setTimeout(() => (following = false), 1500);
        }
        wasWide = wide.matches;
      }, 250);
    };
    window.addEventListener('resize', onResize);
    return () => {
      stopHolding();
      clearTimeout(timer);
      clearTimeout(stopTimer);
      for (const type of READER_SCROLL) window.removeEventListener(type, stopHolding, options);
      clearTimeout(settled);
      clearTimeout(again);
      clearTimeout(unfollow);
      window.removeEventListener('resize', onResize);
    };
  }, [panelRef, headingRef, shown, walkedRef]);
}

interface EventPanelProps {
  index: OutlineIndex;
  event: OutlineEvent;
  details: Details;
  /** The events Previous and Next walk through: those that pass the filters. */
  events: OutlineEvent[];
  terms: string[];
  onSelect: (id: string) => void;
  onClose: () => void;
  /** False for the event the page was opened on: a page load does not move focus. */
  focusOnOpen: boolean;
}

/** The quote detail panel: everything known about one event, with its sources. */
export function EventPanel({
  index,
  event,
  details,
  events,
  terms,
  onSelect,
  onClose,
  focusOnOpen,
}: EventPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const { messageAt, byHandAt, copy } = useCopy(event.id);
  const linkByHand = byHandAt('link');
  const linkRef = useRef<HTMLButtonElement>(null);
  const { previous, next } = neighbours(events, event);
  const actors = event.actors.map((id) => nameOf(index, id));
  const detailsIndex = details.index;
  const full = detailsIndex?.eventsById.get(event.id);

  useEffect(() => {
    // Focus goes to the new heading, unless the reader is walking with Previous/Next: then it stays
    // on the button they pressed, and the live region announces the new event. At the first or the
    // last event that button is disabled, and would drop focus to the page: the heading takes it.
    const active = document.activeElement;
    const walking =
      articleRef.current?.contains(active) &&
      active !== headingRef.current &&
      !(active instanceof HTMLButtonElement && active.disabled);
    if (focusOnOpen && !walking) headingRef.current?.focus({ preventScroll: true });
  }, [event.id, focusOnOpen]);
  // Set by Previous and Next: the panel walked to stays where it was on screen (see useRevealPanel).
  const walkedRef = useRef<number | null>(null);
  const walk = (to: OutlineEvent | undefined) => {
    if (!to) return;
    walkedRef.current = articleRef.current?.parentElement?.getBoundingClientRect().top ?? null;
    onSelect(to.id);
  };
  useRevealPanel(articleRef, headingRef, `${event.id}\n${focusOnOpen}`, walkedRef);

  return (
    <article ref={articleRef} className="panel scroll-mt-2" aria-labelledby="event-panel-title">
      {/* At the top, so that these stay put from one event to the next, whatever the length of its
          title, date note and quotes: on a phone, a second tap on Next hits Next again. */}
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-3 dark:border-slate-700">
        <nav aria-label="Walk the events" className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn"
            disabled={!previous}
            onClick={() => walk(previous)}
            title={previous?.title}
          >
            {/* One flex item: the button's gap is for the arrow, not between the words. */}
            <span aria-hidden="true">←</span>{' '}
            <span>
              Previous<span className="nav-noun"> event</span>
            </span>
          </button>
          <button
            type="button"
            className="btn"
            disabled={!next}
            onClick={() => walk(next)}
            title={next?.title}
          >
            <span>
              Next<span className="nav-noun"> event</span>
            </span>{' '}
            <span aria-hidden="true">→</span>
          </button>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <p role="status" className="muted text-sm empty:hidden">
            {messageAt('link')}
          </p>
          <button
            ref={linkRef}
            type="button"
            className="btn"
            onClick={() => void copy(eventPageUrl(event.id), 'Link', 'link')}
          >
            Copy link
          </button>
        </div>
      </div>
      {linkByHand !== undefined && (
        <CopyByHand {...linkByHand} label="Link to this event, to copy" button={linkRef} />
      )}

      <div className="flex items-start justify-between gap-3">
        <h2 id="event-panel-title" ref={headingRef} tabIndex={-1} className="text-xl leading-snug font-bold">
          <Highlight text={event.title} terms={terms} />
        </h2>
        <button type="button" className="btn shrink-0" onClick={onClose} aria-label="Close details">
          <Icon path={ICONS.close} />
        </button>
      </div>

      <dl className="meta">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={event.time === undefined ? event.date : `${event.date}T${event.time}`}>
              {formatWhen(event.date, event.end)}
              {event.time !== undefined && `, ${event.time}`}
            </time>
            {event.dateNote !== undefined && <span className="muted block text-sm">{event.dateNote}</span>}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{event.kind === 'statement' ? 'Statement' : 'Event'}</dd>
        </div>
        <div>
          <dt>Actors</dt>
          <dd>
            {actors.map((name, i) => (
              <Fragment key={i}>
                {i > 0 && ', '}
                <bdi>{name}</bdi>
              </Fragment>
            ))}
          </dd>
        </div>
      </dl>

      {/* One status line for the whole life of the panel, so that screen readers follow its changes. */}
      <p role="status" className="muted empty:hidden">
        {detailsIndex === undefined && !details.failed ? 'Loading quotes and sources…' : ''}
      </p>
      {detailsIndex && full ? (
        <EventDetails
          index={detailsIndex}
          event={full}
          terms={terms}
          onCite={(quote, at) => void copy(citeQuote(detailsIndex, full, quote), 'Citation', at)}
          messageAt={messageAt}
          byHandAt={byHandAt}
        />
      ) : (
        <DetailsMissing details={details} />
      )}
    </article>
  );
}
