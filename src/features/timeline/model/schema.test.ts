import { describe, expect, it } from 'vitest';
import {
  isPartialDate,
  parseDataset,
  toOutline,
  validateDataset,
  validateOutline,
  type Dataset,
} from './schema';

function validDataset(): Dataset {
  return {
    title: 'Test',
    description: 'A test dataset',
    actors: [
      { id: 'turkey', name: 'Turkey', kind: 'country' },
      { id: 'erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', role: 'President', country: 'turkey' },
    ],
    sources: [
      {
        id: 'src',
        publisher: 'Press',
        title: 'Article',
        published: '2019-06-04',
        url: 'https://example.org/a',
      },
    ],
    events: [
      {
        id: 'one',
        kind: 'statement',
        date: '2019-06-04',
        title: 'Said',
        summary: 'Summary',
        actors: ['erdogan'],
        sources: ['src'],
        quotes: [{ speaker: 'erdogan', text: 'We are committed.', kind: 'direct' }],
      },
      {
        id: 'two',
        kind: 'event',
        date: '2017',
        end: '2019-07',
        title: 'Happened',
        summary: 'Summary',
        actors: ['turkey'],
        sources: ['src'],
        quotes: [],
      },
    ],
  };
}

function problemsOf(mutate: (d: Record<string, any>) => void): string[] {
  const data = validDataset() as unknown as Record<string, any>;
  mutate(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems;
}

describe('validateDataset', () => {
  it('accepts a valid dataset and keeps optional fields', () => {
    const result = validateDataset(validDataset());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.events[1]?.end).toBe('2019-07');
  });

  it('accepts text in any script, with the marks and joiners it needs', () => {
    // Arabic; Hebrew after a right-to-left mark; Devanagari with a zero-width joiner; emoji with a
    // joiner and a variation selector; a flag; a letter with a combining accent.
    for (const title of ['مرحبا', '\u200fשלום', 'क्\u200dष', '👩\u200d💻 ❤\ufe0f', '🇹🇷', 'e\u0301']) {
      expect(problemsOf((d) => (d.events[0].title = title))).toEqual([]);
    }
  });

  it('refuses text that shows nothing: a blank Braille pattern, a combining mark alone', () => {
    expect(problemsOf((d) => (d.events[0].title = '\u2800'))).toEqual([
      'events[0].title: "\\u2800" has only invisible characters: it would show as nothing',
    ]);
    expect(problemsOf((d) => (d.actors[0].name = '\u0301'))).toEqual([
      expect.stringMatching(/^actors\[0\]\.name: .* has only invisible characters/),
    ]);
  });

  it('accepts a period that ends in the month of its first day', () => {
    const data = validDataset();
    data.events[1]!.date = '2019-07-12';
    data.events[1]!.end = '2019-07';
    expect(validateDataset(data).ok).toBe(true);
  });

  it('accepts an empty events list', () => {
    expect(validateDataset({ ...validDataset(), events: [] }).ok).toBe(true);
  });

  it.each([
    [
      'an impossible day',
      (d: any) => (d.events[0].date = '2019-02-30'),
      'events[0].date: "2019-02-30" is not a date',
    ],
    [
      'a thirteenth month',
      (d: any) => (d.events[1].date = '2019-13'),
      'events[1].date: "2019-13" is not a date',
    ],
    ['a missing field', (d: any) => delete d.events[0].title, 'events[0].title: is missing'],
    [
      'a wrong type',
      (d: any) => (d.events[0].actors = 'erdogan'),
      'events[0].actors: "erdogan" is not an array',
    ],
    ['an empty string', (d: any) => (d.actors[0].name = '  '), 'actors[0].name: "  " must not be empty'],
    [
      'a summary of only a direction control',
      (d: any) => (d.events[0].summary = '\u202e'),
      'events[0].summary: "\\u202e" has only invisible characters: it would show as nothing',
    ],
    [
      'a title of zero-width and Hangul filler characters',
      (d: any) => (d.events[1].title = ' \u200b\u3164\u200b '),
      'events[1].title: " \\u200b\\u3164\\u200b " has only invisible characters',
    ],
    [
      'a url with a space before it',
      (d: any) => (d.sources[0].url = ' https://example.org/a'),
      'sources[0].url: " https://example.org/a" has spaces at its start or end',
    ],
    [
      'an unknown kind',
      (d: any) => (d.events[0].kind = 'speech'),
      'events[0].kind: "speech" is not one of "event", "statement"',
    ],
    ['a bad id', (d: any) => (d.events[0].id = 'Not A Slug'), 'events[0].id: "Not A Slug" is not an id'],
    [
      'an id too long to name a folder',
      (d: any) => (d.events[0].id = 'a'.repeat(300)),
      `events[0].id: "${'a'.repeat(76)}... is 300 characters long: an id has 100 at most`,
    ],
    [
      'a non-http url',
      (d: any) => (d.sources[0].url = 'javascript:alert(1)'),
      'sources[0].url: "javascript:alert(1)" is not an http(s) URL',
    ],
    ['no actors', (d: any) => (d.events[0].actors = []), 'events[0].actors: [] must name at least one actor'],
    [
      'no sources',
      (d: any) => (d.events[1].sources = []),
      'events[1].sources: [] must name at least one source',
    ],
    [
      'a duplicate id',
      (d: any) => (d.events[1].id = 'one'),
      'events[1].id: "one" duplicates the id of events[0]',
    ],
    [
      'an unknown actor',
      (d: any) => (d.events[1].actors = ['nato']),
      'events[1].actors[0]: "nato" is not the id of an actor',
    ],
    [
      'an unknown source',
      (d: any) => (d.events[1].sources = ['nope']),
      'events[1].sources[0]: "nope" is not the id of a source',
    ],
    [
      'an unknown speaker',
      (d: any) => (d.events[0].quotes[0].speaker = 'putin'),
      'events[0].quotes[0].speaker: "putin" is not the id of an actor',
    ],
    [
      'an unknown country',
      (d: any) => (d.actors[1].country = 'russia'),
      'actors[1].country: "russia" is not the id of an actor',
    ],
    [
      'a person as a country',
      (d: any) => d.actors.push({ id: 'aide', name: 'An aide', kind: 'person', country: 'erdogan' }),
      'actors[2].country: "erdogan" is a person, not a country or organisation',
    ],
    [
      "a quote that does not say which of the event's sources printed it",
      (d: any) => {
        d.sources.push({ ...d.sources[0], id: 'other' });
        d.events[0].sources = ['src', 'other'];
      },
      'events[0].quotes[0].source: is missing: the event has 2 sources (src, other), so a quote names the one its words come from',
    ],
    [
      'a statement without quotes',
      (d: any) => (d.events[0].quotes = []),
      'events[0].quotes: [] is empty, but a statement needs at least one quote',
    ],
    [
      'a source with neither title nor url',
      (d: any) => {
        delete d.sources[0].title;
        delete d.sources[0].url;
      },
      'sources[0].title: is missing, and so is url: a source needs one or the other',
    ],
    [
      'an end before the date',
      (d: any) => (d.events[1].end = '2016-12'),
      'events[1].end: "2016-12" is before the date "2017"',
    ],
  ])('reports %s with its path and value', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('lists every problem, shape and references together', () => {
    const problems = problemsOf((d) => {
      d.events[0].date = '2019-02-30';
      d.events[1].actors = ['nato'];
      d.sources[0].published = 'June 2019';
    });
    expect(problems).toEqual([
      expect.stringContaining('sources[0].published: "June 2019"'),
      expect.stringContaining('events[0].date: "2019-02-30"'),
      expect.stringContaining('events[1].actors[0]: "nato"'),
    ]);
  });

  it('names a field it does not know, and the one meant, instead of dropping its value', () => {
    const problems = problemsOf((d) => {
      d.era = [];
      d.events[0].datenote = 'Sources differ';
      d.events[0].quotes[0].Notes = 'Translated';
      d.events[1].colour = 'red';
      d.events[1].Sources = ['src'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'era: is not a known field (did you mean "eras"?)',
        'events[0].datenote: is not a known field (did you mean "dateNote"?)',
        'events[0].quotes[0].Notes: is not a known field (did you mean "note"?)',
        'events[1].colour: is not a known field',
        // An event's field, not a quote's "source".
        'events[1].Sources: is not a known field (did you mean "sources"?)',
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('says a missing kind is missing', () => {
    const problems = problemsOf((d) => delete d.events[0].kind);
    expect(problems).toEqual(['events[0].kind: is missing']);
  });

  it('takes a source without a title when it has an address', () => {
    expect(problemsOf((d) => delete d.sources[0].title)).toEqual([]);
  });

  it('reports a file that is not a dataset at all', () => {
    const result = validateDataset([1, 2]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^dataset: \[1,2\] is not an object/);
  });
});

describe('outline', () => {
  it('keeps what the timeline and the panel heading need and nothing else, and validates', () => {
    const dataset = validDataset();
    const outline = toOutline(dataset);
    expect(outline.events[0]).toEqual({
      id: 'one',
      kind: 'statement',
      date: '2019-06-04',
      title: 'Said',
      actors: ['erdogan'],
    });
    expect(outline.events[1]).toMatchObject({ id: 'two', date: '2017', end: '2019-07' });
    // The panel's heading shows the date note, so it comes with the outline.
    const noted = toOutline({ ...dataset, events: [{ ...dataset.events[0]!, dateNote: 'Sources differ' }] });
    expect(noted.events[0]).toHaveProperty('dateNote', 'Sources differ');
    expect(outline).not.toHaveProperty('sources');
    expect(outline.actors).toEqual(dataset.actors);
    expect(validateOutline(outline)).toEqual({ ok: true, data: outline });
  });

  it("takes a whole dataset too (the outline is the build's, so its extra fields are not checked)", () => {
    expect(validateOutline(validDataset()).ok).toBe(true);
  });

  it('refuses year 0, which would show as year 1', () => {
    const outline = toOutline(validDataset());
    outline.events[0]!.date = '0000-06';
    const result = validateOutline(outline);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'events[0].date: "0000-06" is in year 0, which the calendar has not got (dates start at 0001)',
    ]);
  });

  it('is held to the same rules as the dataset', () => {
    const outline = toOutline(validDataset());
    outline.events.push({ id: 'one', kind: 'event', date: '2019-02-30', title: ' ', actors: ['nobody'] });
    const result = validateOutline(outline);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'events[2].date: "2019-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'events[2].title: " " must not be empty',
      'events[2].id: "one" duplicates the id of events[0]',
      'events[2].actors[0]: "nobody" is not the id of an actor',
    ]);
  });
});

describe('parseDataset', () => {
  it('reads a file that starts with a byte-order mark, as Windows editors save it', async () => {
    const result = await parseDataset(`\uFEFF${JSON.stringify(validDataset())}`);
    expect(result.ok).toBe(true);
  });

  it('names line and column of invalid JSON', async () => {
    const result = await parseDataset('{\n  "title": "x",\n  "events": [1,,2]\n}');
    expect(result).toEqual({ ok: false, problems: ['not valid JSON at line 3, column 16: value expected'] });
  });

  it('names a comma after the last item where it is, and an empty file as empty', async () => {
    expect(await parseDataset('{\n  "title": "x",\n  "events": [1, 2, ]\n}')).toEqual({
      ok: false,
      problems: ['not valid JSON at line 3, column 18: a comma after the last item (JSON allows none there)'],
    });
    expect(await parseDataset('{\n  "title": "x",\n}')).toEqual({
      ok: false,
      problems: ['not valid JSON at line 2, column 15: a comma after the last item (JSON allows none there)'],
    });
    expect(await parseDataset(' \n')).toEqual({
      ok: false,
      problems: ['the file is empty: a dataset is a JSON object, { … }'],
    });
  });
});

describe('isPartialDate', () => {
  it.each(['2019', '2019-02', '2019-02-28', '2020-02-29', '0999', '0000-02-29', '0004-02-29'])(
    'accepts %s',
    (date) => {
      expect(isPartialDate(date)).toBe(true);
    },
  );
  it.each([
    '2019-02-29',
    '0100-02-29',
    '2019-00',
    '2019-13',
    '2019-04-31',
    '19',
    '2019-1-1',
    '2019-06-04T10:00',
    '',
  ])('rejects %s', (date) => expect(isPartialDate(date)).toBe(false));
});
