import { describe, expect, it } from 'vitest';
import { citeQuote } from './citation';
import { buildIndex } from './dataset-index';
import type { Dataset } from './schema';

const dataset: Dataset = {
  title: 'T',
  description: 'D',
  actors: [{ id: 'erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', role: 'President of Turkey' }],
  sources: [
    {
      id: 'press',
      publisher: 'Iran Press TV',
      title: "Turkey won't backtrack",
      published: '2019-06-04',
      url: 'https://example.org/a',
    },
    { id: 'other', publisher: 'Other', title: 'Other title', published: '2019-06' },
    { id: 'untitled', publisher: 'Wire', published: '2019-06-05', url: 'https://example.org/b' },
  ],
  events: [
    {
      id: 'e',
      kind: 'statement',
      date: '2019-06-04',
      title: 't',
      summary: 's',
      actors: ['erdogan'],
      sources: ['press', 'other', 'untitled'],
      quotes: [
        { speaker: 'erdogan', text: 'We are committed', kind: 'direct' },
        { speaker: 'erdogan', text: 'He said no.', kind: 'paraphrase', source: 'other' },
        { speaker: 'erdogan', text: 'Done deal', kind: 'direct', source: 'untitled' },
      ],
    },
  ],
};
const index = buildIndex(dataset);
const event = dataset.events[0]!;

describe('citeQuote', () => {
  it('cites a direct quote in quotation marks with speaker, role, date and source', () => {
    expect(citeQuote(index, event, event.quotes[0]!)).toBe(
      'Recep Tayyip Erdoğan, President of Turkey, 4 June 2019: “We are committed” ' +
        "Source: Iran Press TV, “Turkey won't backtrack”, 4 June 2019, https://example.org/a.",
    );
  });

  it('marks a paraphrase and cites the quote’s own source', () => {
    expect(citeQuote(index, event, event.quotes[1]!)).toBe(
      'Recep Tayyip Erdoğan, President of Turkey, 4 June 2019: He said no. (paraphrase, not a verbatim quote) ' +
        'Source: Other, “Other title”, June 2019.',
    );
  });

  it('cites a source whose title is not known by its address, without inventing one', () => {
    expect(citeQuote(index, event, event.quotes[2]!)).toBe(
      'Recep Tayyip Erdoğan, President of Turkey, 4 June 2019: “Done deal” ' +
        'Source: Wire, 5 June 2019, https://example.org/b.',
    );
  });
});
