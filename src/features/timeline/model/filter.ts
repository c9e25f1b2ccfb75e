import type { ViewState } from '../../../lib/url-state';
import { nameOf, whoOf, type DatasetIndex, type OutlineIndex } from './dataset-index';
import { endOf, startTime } from './dates';
import type { OutlineEvent } from './schema';

/** Hyphens, which a reader may leave out or put in: "S400" finds "S-400", "F35" "F-35". */
const HYPHENS = /[-\u2010\u2011]/g;
/** Curly apostrophes, which a keyboard types straight. */
const APOSTROPHES = /[\u2018\u2019]/g;

/**
 * Folds text for matching: no case, no accents ("Ğ" -> "g"), Turkish dotless/dotted i as plain i,
 * no hyphens and straight apostrophes, so "erdogan" finds "Erdoğan", "cavusoglu" "Çavuşoğlu" and
 * "s400" "S-400".
 */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(HYPHENS, '')
    .replace(APOSTROPHES, "'");
}

/** Punctuation around a word: quote marks, brackets, a question mark, a full stop. */
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

/** The folded text, and for each folded character the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = fold(char);
    folded += f;
    for (let i = 0; i < f.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** A letter or a digit. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The words of a query, folded, without the punctuation around them (a quote pasted with its quote
 * marks, "patriot?"), unless no letter or digit would be left ("&&", "$&": searched as typed, not as
 * "" or "$"); empty words are dropped.
 */
export function queryTerms(query: string): string[] {
  const words = fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const bare = word.replace(EDGE_PUNCTUATION, '');
      return WORD_CHARACTER.test(bare) ? bare : word;
    });
  return [...new Set(words)];
}

/** [start, end) ranges of `text` that match any of the terms, merged and in order. */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  if (terms.length === 0) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push([origin[at] ?? 0, origin[at + term.length] ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

const searchTexts = new WeakMap<OutlineIndex, Map<string, string>>();

/**
 * Everything the search box looks through, folded once per index: title, summary, quotes, speakers
 * and the names the list shows (see whoOf); only the title until the whole dataset is in.
 */
function searchableText(event: OutlineEvent, index: OutlineIndex, details: DatasetIndex | undefined): string {
  const cacheKey = details ?? index;
  let texts = searchTexts.get(cacheKey);
  if (!texts) searchTexts.set(cacheKey, (texts = new Map()));
  let text = texts.get(event.id);
  if (text === undefined) {
    const full = details?.eventsById.get(event.id);
    const parts = [event.title];
    if (full) {
      const speakers = full.quotes.map((q) => nameOf(index, q.speaker));
      parts.push(full.summary, ...full.quotes.map((q) => q.text), ...speakers, ...whoOf(index, event, full));
    }
    text = fold(parts.join('\n'));
    texts.set(event.id, text);
  }
  return text;
}

/** Whether the event involves the actor: named in it, its lane, or the country of a person in it. */
function involves(event: OutlineEvent, index: OutlineIndex, actorIds: Set<string>): boolean {
  if (actorIds.has(index.laneOf.get(event.id) ?? '')) return true;
  return event.actors.some((id) => {
    if (actorIds.has(id)) return true;
    const country = index.actorsById.get(id)?.country;
    return country !== undefined && actorIds.has(country);
  });
}

export type EventFilter = Pick<ViewState, 'q' | 'actors' | 'kind' | 'from' | 'to'>;

export function isFiltered(filter: EventFilter): boolean {
  return (
    filter.q.trim() !== '' ||
    filter.actors.length > 0 ||
    filter.kind !== null ||
    filter.from !== null ||
    filter.to !== null
  );
}

/**
 * The events that pass every filter, in date order. Unknown actor ids in the filter are ignored
 * (a link made for another version of the data still shows something sensible). The search looks
 * through `details` when the whole dataset is in, else through the titles.
 */
export function filterEvents(
  index: OutlineIndex,
  filter: EventFilter,
  details?: DatasetIndex,
): OutlineEvent[] {
  if (!isFiltered(filter)) return index.events;
  const terms = queryTerms(filter.q);
  const actorIds = new Set(filter.actors.filter((id) => index.actorsById.has(id)));
  const from = filter.from === null ? -Infinity : startTime(filter.from);
  const to = filter.to === null ? Infinity : endOf(filter.to).getTime();
  if (from >= to) return []; // a range that ends before it starts holds nothing
  return index.events.filter((event) => {
    if (filter.kind !== null && event.kind !== filter.kind) return false;
    if (actorIds.size > 0 && !involves(event, index, actorIds)) return false;
    if (startTime(event.date) >= to || endOf(event.end ?? event.date).getTime() <= from) return false;
    if (terms.length > 0) {
      const text = searchableText(event, index, details);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
}
