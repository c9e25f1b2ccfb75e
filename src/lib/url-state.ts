import { useSyncExternalStore } from 'react';

/**
 * The URL is the selection's single source of truth: `?event=<id>`. Selecting pushes a history
 * entry (so Back/Forward walk selections); everything reads it through `useSelectedEventId`.
 */
const CHANGE = 'timeline:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** The first `event` parameter, or null; any string is accepted here and checked against the data. */
export function readSelectedEventId(search = window.location.search): string | null {
  const id = new URLSearchParams(search).get('event');
  return id === null || id === '' ? null : id;
}

export function useSelectedEventId(): string | null {
  return useSyncExternalStore(subscribe, () => readSelectedEventId());
}

/** Selects an event (or clears the selection with null), keeping every other parameter. */
export function selectEvent(id: string | null, { replace = false } = {}) {
  const url = new URL(window.location.href);
  if (id === null) url.searchParams.delete('event');
  else url.searchParams.set('event', id);
  if (url.href === window.location.href) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}
