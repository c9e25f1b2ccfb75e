import { describe, expect, it } from 'vitest';
import { buildIndex, buildOutlineIndex, whoOf } from './dataset-index';
import { filterEvents, isFiltered, matchRanges, queryTerms, type EventFilter } from './filter';
import { toOutline, type Dataset } from './schema';

const dataset: Dataset = {
  title: 'T',
  description: 'D',
  actors: [
    { id: 'turkey', name: 'Turkey', kind: 'country' },
    { id: 'united-states', name: 'United States', kind: 'country' },
    { id: 'erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', country: 'turkey' },
    { id: 'cavusoglu', name: 'Mevlüt Çavuşoğlu', kind: 'person', country: 'turkey' },
  ],
  sources: [{ id: 's', publisher: 'P', title: 'T', published: '2019' }],
  events: [
    {
      id: 'a',
      kind: 'statement',
      date: '2019-06-04',
      title: 'Committed to the deal',
      summary: 'Said in Istanbul.',
      actors: ['erdogan'],
      sources: ['s'],
      quotes: [{ speaker: 'erdogan', text: 'We are committed.', kind: 'direct' }],
    },
    {
      id: 'b',
      kind: 'event',
      date: '2018-12',
      title: 'Patriot sale approved',
      summary: 'The US approved a sale.',
      actors: ['united-states', 'turkey'],
      sources: ['s'],
      quotes: [],
    },
    {
      id: 'c',
      kind: 'statement',
      date: '2017',
      end: '2019',
      title: 'A long argument',
      summary: 'Ongoing.',
      actors: ['cavusoglu'],
      sources: ['s'],
      quotes: [{ speaker: 'cavusoglu', text: 'It is a done deal.', kind: 'paraphrase' }],
    },
  ],
};
const index = buildIndex(dataset);
const none: EventFilter = { q: '', actors: [], kind: null, from: null, to: null };
const outline = buildOutlineIndex(toOutline(dataset));
/** The ids that pass, filtering the outline as the explorer does once the whole dataset is in. */
const ids = (filter: Partial<EventFilter>) =>
  filterEvents(outline, { ...none, ...filter }, index).map((e) => e.id);

describe('filterEvents', () => {
  it('keeps everything, in date order, when nothing is filtered', () => {
    expect(ids({})).toEqual(['c', 'b', 'a']);
    expect(isFiltered(none)).toBe(false);
  });

  it("searches titles, summaries, quotes and who (speakers, or an event's actors) without case or accents", () => {
    expect(ids({ q: 'erdogan' })).toEqual(['a']);
    expect(ids({ q: 'united states' })).toEqual(['b']); // an actor of the event, in no text of it
    expect(ids({ q: 'ÇAVUŞOĞLU' })).toEqual(['c']);
    expect(ids({ q: 'cavusoglu' })).toEqual(['c']);
    expect(ids({ q: 'istanbul' })).toEqual(['a']);
    expect(ids({ q: 'done deal' })).toEqual(['c']);
    expect(ids({ q: 'deal' })).toEqual(['c', 'a']);
    expect(ids({ q: 'nothing like this' })).toEqual([]);
  });

  it('leaves out the punctuation around the words of a search: quote marks, brackets, a question mark', () => {
    expect(queryTerms('“We are committed.” (Patriot?) "deal"')).toEqual([
      'we',
      'are',
      'committed',
      'patriot',
      'deal',
    ]);
    expect(ids({ q: '“We are committed.”' })).toEqual(['a']);
    expect(ids({ q: 'Patriot?' })).toEqual(['b']);
    // A word of punctuation alone is searched as it is.
    expect(queryTerms('a && b')).toEqual(['a', '&&', 'b']);
    // So is one that would keep no letter or digit without it: "$&" is not a search for "$".
    expect(queryTerms('$& ($5)')).toEqual(['$&', '$5']);
    const text = 'Costs ($2.5bn) & risks: $& in a template';
    expect(matchRanges(text, queryTerms('$&')).map(([s, e]) => text.slice(s, e))).toEqual(['$&']);
  });

  it('searches only the titles while the whole dataset is still loading', () => {
    const titlesOnly = (q: string) => filterEvents(outline, { ...none, q }).map((e) => e.id);
    expect(titlesOnly('istanbul')).toEqual([]);
    expect(titlesOnly('committed')).toEqual(['a']);
    expect(titlesOnly('united states')).toEqual([]);
  });

  it('filters by lane, including people whose country is that lane', () => {
    expect(ids({ actors: ['turkey'] })).toEqual(['c', 'b', 'a']);
    expect(ids({ actors: ['united-states'] })).toEqual(['b']);
    expect(ids({ actors: ['unknown-actor'] })).toEqual(['c', 'b', 'a']);
  });

  it('filters by kind and by a date range that overlaps the event', () => {
    expect(ids({ kind: 'event' })).toEqual(['b']);
    expect(ids({ kind: 'statement' })).toEqual(['c', 'a']);
    expect(ids({ from: '2019' })).toEqual(['c', 'a']);
    expect(ids({ to: '2018-11' })).toEqual(['c']);
    expect(ids({ from: '2018-12-31', to: '2018-12-31' })).toEqual(['c', 'b']);
    // Ending before it starts, a range holds nothing, not even a period that spans both ends.
    expect(ids({ from: '2019-01', to: '2018-12-31' })).toEqual([]);
  });
});

describe('matchRanges', () => {
  it('finds folded terms at their place in the original text', () => {
    const text = 'Recep Tayyip Erdoğan met Erdogan';
    expect(matchRanges(text, queryTerms('ERDOGAN')).map(([s, e]) => text.slice(s, e))).toEqual([
      'Erdoğan',
      'Erdogan',
    ]);
  });

  it('finds words with or without their hyphens, and typed with straight apostrophes', () => {
    const text = 'Turkey’s S-400 deal puts its F-35s and air-defence plans at risk';
    const found = (query: string) => matchRanges(text, queryTerms(query)).map(([s, e]) => text.slice(s, e));
    expect(found('s400 F35')).toEqual(['S-400', 'F-35']);
    expect(found('S-400')).toEqual(['S-400']);
    expect(found("turkey's airdefence")).toEqual(['Turkey’s', 'air-defence']);
  });

  it('merges overlapping matches and ignores empty queries', () => {
    expect(matchRanges('abcdef', ['abc', 'cde'])).toEqual([[0, 5]]);
    expect(matchRanges('abc', queryTerms('   '))).toEqual([]);
  });

  it('keeps emoji and combining characters whole', () => {
    const text = '🚀 Çavuşoğlu';
    const [range] = matchRanges(text, queryTerms('cavusoglu'));
    expect(text.slice(...range!)).toBe('Çavuşoğlu');
  });
});

describe('whoOf', () => {
  const [a, b] = ['a', 'b'].map((id) => outline.eventsById.get(id)!);
  it("names a statement's speakers once its quotes are in, and an event's actors at once", () => {
    expect(whoOf(outline, a!, undefined)).toEqual([]);
    expect(whoOf(outline, a!, index.eventsById.get('a'))).toEqual(['Recep Tayyip Erdoğan']);
    expect(whoOf(outline, b!, undefined)).toEqual(['United States', 'Turkey']);
  });

  it("finds who is quoted in an event, though the list names the event's actors", () => {
    const quoted = {
      ...dataset.events[1]!,
      quotes: [{ speaker: 'erdogan', text: 'Fine.', kind: 'direct' as const }],
    };
    const withQuote = { ...dataset, events: [quoted] };
    const found = filterEvents(
      buildOutlineIndex(toOutline(withQuote)),
      { ...none, q: 'erdogan' },
      buildIndex(withQuote),
    );
    expect(found.map((e) => e.id)).toEqual(['b']);
  });
});
