import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset } from '../../src/features/timeline/model/schema.ts';
import { importText, type ImportTextOptions } from './import-text.ts';
import { formatWarning, ImportError } from './timelinejs.ts';

const WOMEN = 'e2e/data/timelinejs/women_in_computing.json';
const women = readFileSync(WOMEN, 'utf8');
const options: ImportTextOptions = {
  fileName: 'women_in_computing.json',
  modified: new Date('2024-05-01T12:00:00Z'),
};

const run = (text: string, extra: Partial<ImportTextOptions> = {}) =>
  importText(text, { ...options, ...extra });

function event(dataset: Dataset, id: string) {
  const found = dataset.events.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event ${id} in ${dataset.events.map((e) => e.id).join(', ')}`);
  return found;
}

/** A minimal TimelineJS file around some events. */
const timeline = (events: unknown[], more: Record<string, unknown> = {}) =>
  JSON.stringify({ title: { text: { headline: 'T', text: 'D' } }, events, ...more });
const slide = (headline: string, start: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  start_date: start,
  text: { headline, text: `About ${headline}.` },
  ...more,
});

describe('women_in_computing.json (the TimelineJS3 sample)', async () => {
  const { dataset, warnings, format } = await run(women);
  const messages = warnings.map(formatWarning);

  it('is read as TimelineJS JSON and gives a valid dataset', () => {
    expect(format).toBe('timelinejs');
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.events).toHaveLength(10);
  });

  it('takes the title slide as the dataset title and plain-text description', () => {
    expect(dataset.title).toBe('Women in Computing');
    expect(dataset.description).toBe(
      "In this sample timeline, we'll walk you through what TimelineJS can do by looking at some of the " +
        'more important contributions women have made to computer science.',
    );
  });

  it('puts the events, which have no group, in one lane named after the timeline', () => {
    expect(dataset.actors[0]).toEqual({
      id: 'women-in-computing',
      name: 'Women in Computing',
      kind: 'organization',
    });
    for (const e of dataset.events) expect(e.actors[0]).toBe('women-in-computing');
  });

  it('describes the imported file as the one source, dated by its modification date', () => {
    expect(dataset.sources).toEqual([
      {
        id: 'women-in-computing',
        publisher: 'TimelineJS timeline',
        title: 'Women in Computing',
        published: '2024-05-01',
        publishedNote: 'Date the imported file was last modified, not a publication date',
      },
    ]);
    for (const e of dataset.events) expect(e.sources).toEqual(['women-in-computing']);
  });

  it('keeps the events in date order, with ids from date and headline', () => {
    expect(dataset.events.map((e) => e.id)).toEqual([
      '1815-12-10-ada-lovelace',
      '1943-06-05-the-first-computer',
      '1943-07-and-the-women-who-made-it-work',
      '1948-03-14-edith-clarke-bucking-the-trend',
      '1951-rozsa-peter-writes-recursion',
      '1952-grace-hopper-invents-the-compiler',
      '1956-contributions-to-space-exploration',
      '1958-the-first-phd-in-computer-science',
      '1972-karen-sparck-jones-makes-search-possible',
      '1985-the-mother-of-the-internet',
    ]);
  });

  it('maps Ada Lovelace: day-precise period, summary as text with its links, image media', () => {
    expect(event(dataset, '1815-12-10-ada-lovelace')).toEqual({
      id: '1815-12-10-ada-lovelace',
      kind: 'event',
      date: '1815-12-10',
      end: '1852-11-27',
      title: 'Ada Lovelace',
      summary:
        'Women have been programming since before it was a thing. Take Ada Lovelace ' +
        "(https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron, she's often credited as the " +
        "first computer programmer. Her work on Charles Babbage's Analytical Engine " +
        '(https://en.wikipedia.org/wiki/Analytical_Engine) contains notes of the first machine-implemented ' +
        'algorithm.\n\nThis slide demonstrates a simple "image" media type.',
      actors: ['women-in-computing'],
      sources: ['women-in-computing'],
      quotes: [],
      media: {
        url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
        credit: 'Wikimedia Commons',
        caption:
          'Portrait by Alfred Edward Chalon (https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg)',
      },
    });
  });

  it('turns the Edith Clarke blockquote into a statement, its <cite> into the speaker', () => {
    const edith = event(dataset, '1948-03-14-edith-clarke-bucking-the-trend');
    expect(edith).toMatchObject({
      kind: 'statement',
      date: '1948-03-14',
      title: 'Edith Clarke: Bucking the Trend',
      summary: 'No text in the imported timeline.',
      actors: ['women-in-computing', 'edith-clarke'],
      quotes: [
        {
          speaker: 'edith-clarke',
          kind: 'direct',
          text:
            'There is no demand for women engineers, as such, as there are for women doctors; but ' +
            "there's always a demand for anyone who can do a good piece of work.",
        },
      ],
    });
    expect(edith.media).toBeUndefined();
    expect(dataset.actors).toContainEqual({
      id: 'edith-clarke',
      name: 'Edith Clarke',
      kind: 'person',
      role: 'first female professor of electrical engineering in the United States',
      country: 'women-in-computing',
    });
    expect(messages).toContain(
      'events[1] "Edith Clarke: Bucking the Trend", text.text: is empty; the summary says "No text in the imported timeline."',
    );
  });

  it('keeps month and year precision from empty month and day strings', () => {
    const eniac = event(dataset, '1943-07-and-the-women-who-made-it-work');
    expect(eniac).toMatchObject({ date: '1943-07', end: '1946', title: '...And the women who made it work' });
    expect(eniac.summary).toMatch(
      /^The ENIAC programmers included .* discovered their story in 1985\.\n\nYou can add/,
    );
    expect(eniac.media).toEqual({
      url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
      credit: 'Computer History Museum (https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg)',
      caption: 'Jean Bartik talks about the ENIAC women',
    });
    const rozsa = event(dataset, '1951-rozsa-peter-writes-recursion');
    expect(rozsa).toMatchObject({ date: '1951', title: 'Rózsa Péter writes recursion' });
    expect(rozsa.end).toBeUndefined();
    expect(rozsa.media).toEqual({
      url: 'https://en.wikipedia.org/wiki/Reduction_(recursion_theory)',
      credit: 'Wikipedia',
    });
  });

  it('keeps text outside paragraphs and decodes entities in headlines', () => {
    expect(event(dataset, '1943-06-05-the-first-computer').summary).toBe(
      'Code named "Project PX" and funded by the United States Army, the first general-purpose computer ' +
        'was the Electronic Numerical Integrator And Computer (ENIAC). It was developed at the University of ' +
        "Pennsylvania's Moore School of Electrical Engineering.\n\nTimeline can easily embed Google Maps",
    );
    expect(event(dataset, '1985-the-mother-of-the-internet').title).toBe('"The Mother of the Internet"');
  });

  it('leaves no markup in any text', () => {
    const texts = [
      dataset.title,
      dataset.description,
      ...dataset.events.flatMap((e) => [e.title, e.summary]),
    ];
    const media = dataset.events.flatMap((e) => [e.media?.credit ?? '', e.media?.caption ?? '']);
    for (const text of [...texts, ...media]) expect(text).not.toMatch(/<\/?[a-z]|&[a-z]+;|&#/i);
  });

  it('warns about the slide backgrounds it cannot keep, naming slide and field', () => {
    expect(messages).toEqual([
      expect.stringMatching(
        /^title slide, background: \{"url":"https:\/\/upload\.wikimedia\.org\/.*is not imported/,
      ),
      'events[1] "Edith Clarke: Bucking the Trend", text.text: is empty; the summary says "No text in the imported timeline."',
      expect.stringMatching(
        /^events\[2\] "\.\.\.And the women who made it work", background: .*ARL_ENIAC_02\.png.* is not imported/,
      ),
    ]);
  });

  it('gives the same ids every time', async () => {
    const again = await run(women);
    expect(again.dataset).toEqual(dataset);
  });

  it('matches the committed e2e dataset (regenerate it with npm run data:import if this fails)', async () => {
    const committed = JSON.parse(
      readFileSync('e2e/data/imported-women-in-computing.json', 'utf8'),
    ) as Dataset;
    const source = committed.sources[0]!;
    const fresh = await run(women, {
      modified: new Date(`${source.published}T12:00:00Z`),
      sourceUrl: source.url,
    });
    expect(committed).toEqual(fresh.dataset);
  });

  it.skipIf(!existsSync('../shared/fixtures/timelinejs'))('is an exact copy of the shared fixture', () => {
    for (const name of ['women_in_computing.json', 'sheet.csv']) {
      expect(readFileSync(`e2e/data/timelinejs/${name}`, 'utf8')).toBe(
        readFileSync(`../shared/fixtures/timelinejs/${name}`, 'utf8'),
      );
    }
  });
});

describe('options', () => {
  it('uses --published and --source-url for the source, without a note', async () => {
    const { dataset } = await run(women, { published: '2016-03', sourceUrl: 'https://example.org/timeline' });
    expect(dataset.sources[0]).toEqual({
      id: 'women-in-computing',
      publisher: 'TimelineJS timeline',
      title: 'Women in Computing',
      published: '2016-03',
      url: 'https://example.org/timeline',
    });
  });

  it('makes groups lanes of the kind asked for, with stable slugs, in order of appearance', async () => {
    const json = timeline([
      slide('A', { year: 2001 }, { group: 'Société Générale' }),
      slide('B', { year: 2000 }),
      slide('C', { year: 2002 }, { group: 'Société Générale' }),
      slide('D', { year: 2003 }, { group: 'société générale' }),
      slide('E', { year: 2004 }, { group: 'société générale' }),
      // The same letters, its accents written as combining marks (NFD), as some tools save them.
      slide('F', { year: 2005 }, { group: 'Société Générale'.normalize('NFD') }),
    ]);
    const { dataset, warnings } = await run(json, { groupKind: 'country' });
    expect(dataset.actors).toEqual([
      { id: 'societe-generale', name: 'Société Générale', kind: 'country' },
      { id: 't', name: 'T', kind: 'organization' },
    ]);
    expect(dataset.events.map((e) => [e.title, e.actors[0]])).toEqual([
      ['B', 't'],
      ['A', 'societe-generale'],
      ['C', 'societe-generale'],
      ['D', 'societe-generale'],
      ['E', 'societe-generale'],
      ['F', 'societe-generale'],
    ]);
    // Two lanes whose names differ only in case would read as one actor twice. Once per spelling.
    expect(warnings.map(formatWarning)).toEqual([
      'events[3] "D", group: "société générale" is taken as the group "Société Générale", which differs only in case',
      `events[5] "F", group: "${'Société Générale'.normalize('NFD')}" is taken as the group "Société Générale", which differs only in case or Unicode form (how its accents are encoded)`,
    ]);
  });

  it('makes one speaker of cites that differ only in case, and says so', async () => {
    const said = (headline: string, cite: string) =>
      slide(
        headline,
        { year: 2019 },
        { media: { url: `<blockquote>Yes.<cite>${cite}</cite></blockquote>` } },
      );
    const json = timeline([said('A', 'Jane Doe, Minister'), said('B', 'jane doe')]);
    const { dataset, warnings } = await run(json);
    expect(dataset.actors.filter((a) => a.kind === 'person')).toEqual([
      { id: 'jane-doe', name: 'Jane Doe', kind: 'person', country: 't', role: 'Minister' },
    ]);
    expect(dataset.events.map((e) => e.quotes[0]?.speaker)).toEqual(['jane-doe', 'jane-doe']);
    expect(warnings.map(formatWarning)).toEqual([
      'events[1] "B", media.url: "jane doe" is taken as the speaker "Jane Doe", which differs only in case',
    ]);
  });

  it('names the lane of ungrouped events "Timeline" when the timeline has no title', async () => {
    const { dataset, warnings } = await run(JSON.stringify({ events: [slide('A', { year: 2001 })] }));
    expect(dataset.title).toBe('women_in_computing.json');
    expect(dataset.description).toBe('Imported from women_in_computing.json.');
    expect(dataset.actors).toEqual([{ id: 'timeline', name: 'Timeline', kind: 'organization' }]);
    expect(dataset.sources[0]?.title).toBe('women_in_computing.json');
    expect(warnings.map(formatWarning)).toEqual([
      'timeline: has no title slide with a headline; the dataset is titled "women_in_computing.json" after the file',
      'timeline: has no title slide with text; the description is "Imported from women_in_computing.json."',
    ]);
  });
});

describe('mapping details', () => {
  it('de-duplicates ids with -2, -3 in input order, and keeps input order for ties', async () => {
    const json = timeline([
      slide('Talks', { year: '2019', month: '7' }),
      slide('Talks', { year: '2019', month: '7' }),
      slide('Earlier', { year: '2018' }),
      slide('Talks', { year: '2019', month: '07' }),
    ]);
    const first = await run(json);
    expect(first.dataset.events.map((e) => e.id)).toEqual([
      '2018-earlier',
      '2019-07-talks',
      '2019-07-talks-2',
      '2019-07-talks-3',
    ]);
    expect((await run(json)).dataset.events.map((e) => e.id)).toEqual(first.dataset.events.map((e) => e.id));
  });

  it('makes ids of headlines without Latin letters from the date', async () => {
    const json = timeline([slide('東京', { year: 2019 }, { group: '東京' }), slide('Ада', { year: 2019 })]);
    const { dataset } = await run(json);
    expect(dataset.events.map((e) => [e.id, e.title])).toEqual([
      ['2019-event', '東京'],
      ['2019-event-2', 'Ада'],
    ]);
    expect(dataset.actors.map((a) => [a.id, a.name])).toEqual([
      ['actor', '東京'],
      ['t', 'T'],
    ]);
  });

  it('keeps a time on a day-precise date and warns about one on a less precise date', async () => {
    const json = timeline([
      slide('Day', { year: 2019, month: 6, day: 4, hour: 9, minute: 5 }),
      slide('Month', { year: 2019, month: 6, hour: '10', minute: '30' }),
      slide('Seconds', { year: 2019, month: 6, day: 5, hour: '23', minute: '59', second: '30' }),
      slide(
        'End time',
        { year: 2019, month: 6, day: 6 },
        { end_date: { year: 2019, month: 6, day: 7, hour: 8 } },
      ),
    ]);
    const { dataset, warnings } = await run(json);
    expect(event(dataset, '2019-06-04-day')).toMatchObject({ date: '2019-06-04', time: '09:05' });
    expect(event(dataset, '2019-06-month').time).toBeUndefined();
    expect(event(dataset, '2019-06-05-seconds').time).toBe('23:59');
    expect(event(dataset, '2019-06-06-end-time')).toMatchObject({ end: '2019-06-07' });
    expect(warnings.map(formatWarning)).toEqual([
      'events[1] "Month", start_date.hour: a time (10:30) is given for "2019-06", a date without a day; the time is not kept',
      'events[2] "Seconds", start_date.second: seconds are not kept (the explorer keeps hours and minutes: 23:59)',
      'events[3] "End time", end_date.hour: the time "8:00" is not imported (the explorer keeps one time, on the start date)',
    ]);
  });

  it('keeps display_date as the date note', async () => {
    const json = timeline([
      slide('Slide note', { year: 1990, display_date: 'ignored' }, { display_date: 'Around 1990' }),
      slide(
        'Date notes',
        { year: 1991, display_date: 'Spring 1991' },
        { end_date: { year: 1992, display_date: 'Early 1992' } },
      ),
    ]);
    const { dataset, warnings } = await run(json);
    expect(event(dataset, '1990-slide-note').dateNote).toBe('Around 1990');
    expect(event(dataset, '1991-date-notes').dateNote).toBe('Spring 1991 – Early 1992');
    expect(warnings.map(formatWarning)).toEqual([
      'events[0] "Slide note", start_date.display_date: "ignored" is not imported (the slide’s display_date replaces it)',
    ]);
  });

  it('reports year 0, which the explorer has not got, instead of making a dataset it refuses', async () => {
    const json = timeline([slide('Year zero', { year: 0 }), slide('Kept', { year: 1 })]);
    const { dataset, warnings } = await run(json);
    expect(dataset.events.map((e) => [e.title, e.date])).toEqual([['Kept', '0001']]);
    expect(warnings.map(formatWarning)).toEqual([
      'events[0] "Year zero", start_date.year: "0" is not a year (a whole number from 1 to 9999)',
      'events[0] "Year zero", start_date: has no usable date; the event is not imported',
    ]);
  });

  it('reports dates it cannot use, and keeps what it can', async () => {
    const json = timeline([
      slide('No year', { month: 3 }),
      slide('BC', { year: -500 }),
      slide('Bad day', { year: 2019, month: 2, day: 30 }),
      slide('Bad month', { year: 2019, month: 13, day: 1 }),
      slide('Backwards', { year: 2019 }, { end_date: { year: 2018 } }),
      { text: { headline: 'Undated' } },
    ]);
    const { dataset, warnings } = await run(json);
    expect(dataset.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ['Bad month', '2019', undefined],
      ['Backwards', '2019', undefined],
      ['Bad day', '2019-02', undefined],
    ]);
    expect(warnings.map(formatWarning)).toEqual([
      'events[0] "No year", start_date.year: is empty, but the date has other parts; the date is not imported',
      'events[0] "No year", start_date: has no usable date; the event is not imported',
      'events[1] "BC", start_date.year: "-500" is not a year (a whole number from 1 to 9999)',
      'events[1] "BC", start_date: has no usable date; the event is not imported',
      'events[2] "Bad day", start_date.day: "30" is not a day of February 2019; the date is kept as 2019-02',
      'events[3] "Bad month", start_date.month: "13" is not a month (1 to 12); the date is kept as 2019',
      'events[3] "Bad month", start_date.day: "1" is not imported, since the month is not usable',
      'events[4] "Backwards", end_date: "2018" is before the start date "2019"; the end date is not imported',
      'events[5] "Undated", start_date.year: is missing; the event is not imported',
    ]);
    // The warnings that left a slide out say so (the command's summary counts them).
    expect(warnings.filter((w) => w.dropped).map((w) => w.where)).toEqual([
      'events[0] "No year"',
      'events[1] "BC"',
      'events[5] "Undated"',
    ]);
  });

  it('attributes a blockquote without <cite> to the lane, and says so', async () => {
    const json = timeline([
      slide(
        'Said',
        { year: 2019 },
        { group: 'Ministry', media: { url: '<blockquote>“We have it.”</blockquote>' } },
      ),
    ]);
    const { dataset, warnings } = await run(json);
    expect(dataset.events[0]).toMatchObject({
      kind: 'statement',
      actors: ['ministry'],
      quotes: [{ speaker: 'ministry', kind: 'direct', text: 'We have it.' }],
    });
    expect(warnings.map(formatWarning)).toEqual([
      'events[0] "Said", media.url: the <blockquote> has no <cite>; the quote is attributed to the lane "Ministry"',
    ]);
  });

  it('keeps one person actor per cite, and a blockquote caption as the quote note', async () => {
    const quote = (credit = '') => ({ url: '<blockquote>Yes.<cite>Ana Ruiz</cite></blockquote>', credit });
    const json = timeline([
      slide('One', { year: 2019 }, { media: quote('Radio Alpha') }),
      slide('Two', { year: 2020 }, { media: quote() }),
    ]);
    const { dataset } = await run(json);
    expect(dataset.actors.filter((a) => a.kind === 'person')).toEqual([
      { id: 'ana-ruiz', name: 'Ana Ruiz', kind: 'person', country: 't' },
    ]);
    expect(dataset.events.map((e) => e.quotes)).toEqual([
      [{ speaker: 'ana-ruiz', kind: 'direct', text: 'Yes.', note: 'Credit: Radio Alpha' }],
      [{ speaker: 'ana-ruiz', kind: 'direct', text: 'Yes.' }],
    ]);
  });

  it('takes a person cited with and without a role as one actor, with the role', async () => {
    const cite = (who: string) => ({ url: `<blockquote>Yes.<cite>${who}</cite></blockquote>` });
    const json = timeline([
      slide('One', { year: 2019 }, { media: cite('Jane Doe') }),
      slide('Two', { year: 2020 }, { media: cite('Jane Doe, Minister of Trade') }),
    ]);
    const { dataset } = await run(json);
    expect(dataset.actors.filter((a) => a.kind === 'person')).toEqual([
      { id: 'jane-doe', name: 'Jane Doe', kind: 'person', role: 'Minister of Trade', country: 't' },
    ]);
    expect(dataset.events.map((e) => e.quotes[0]?.speaker)).toEqual(['jane-doe', 'jane-doe']);
  });

  it('says when a person is cited with another role, which the actor does not keep', async () => {
    const cite = (who: string) => ({ url: `<blockquote>Yes.<cite>${who}</cite></blockquote>` });
    const json = timeline([
      slide('One', { year: 2019 }, { media: cite('Jane Doe, Minister of Trade') }),
      slide('Two', { year: 2020 }, { media: cite('Jane Doe, Ambassador') }),
    ]);
    const { dataset, warnings } = await run(json);
    expect(dataset.actors.find((a) => a.id === 'jane-doe')?.role).toBe('Minister of Trade');
    expect(warnings.map(formatWarning)).toEqual([
      'events[1] "Two", media.url: "Jane Doe" is cited as "Ambassador" here and as "Minister of Trade" before; the actor keeps the first role',
    ]);
  });

  it('says which names in another script got a generic id, and keeps the names', async () => {
    const json = timeline([
      slide(
        'Москва встреча',
        { year: 2019 },
        { group: 'Россия', media: { url: '<blockquote>Да.<cite>Иван Петров</cite></blockquote>' } },
      ),
    ]);
    const { dataset, warnings } = await run(json);
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.actors.map((a) => [a.id, a.name])).toEqual([
      ['actor', 'Россия'],
      ['actor-2', 'Иван Петров'],
    ]);
    expect(dataset.events[0]).toMatchObject({ id: '2019-event', title: 'Москва встреча' });
    expect(warnings.map(formatWarning)).toEqual([
      'events[0] "Москва встреча", group: "Россия" has no Latin letters or digits to make an id of; its id is "actor" (rename it in the file if you like)',
      'events[0] "Москва встреча", media.url: "Иван Петров" has no Latin letters or digits to make an id of; its id is "actor-2" (rename it in the file if you like)',
      'events[0] "Москва встреча", text.headline: "Москва встреча" has no Latin letters or digits to make an id of; its id is "2019-event" (rename it in the file if you like)',
    ]);
  });

  it('keeps only http(s) media, and reports the fields it cannot keep', async () => {
    const json = timeline([
      slide('Script', { year: 2001 }, { media: { url: 'javascript:alert(1)', caption: 'Click' } }),
      slide('Iframe', { year: 2002 }, { media: { url: '<iframe src="https://e.org"></iframe>' } }),
      slide(
        'Thumb',
        { year: 2003 },
        { media: { url: 'https://e.org/a.png', thumbnail: 'https://e.org/t.png' } },
      ),
      slide(
        'Odd',
        { year: 2004 },
        { unique_id: 'odd-one', colour: 'red', text: { headline: 'Odd', text: 'x', sub: 'y' } },
      ),
    ]);
    const { dataset, warnings } = await run(json);
    expect(dataset.events.map((e) => e.media)).toEqual([
      undefined,
      undefined,
      { url: 'https://e.org/a.png' },
      undefined,
    ]);
    expect(warnings.map(formatWarning)).toEqual([
      'events[0] "Script", media.url: "javascript:alert(1)" is not an http(s) address; the media (caption "Click") is not imported',
      'events[1] "Iframe", media.url: "<iframe src=\\"https://e.org\\"></iframe>" is HTML but not a <blockquote>; not imported',
      'events[2] "Thumb", media.thumbnail: "https://e.org/t.png" is not imported (the explorer shows media as a link with its caption and credit)',
      'events[3] "Odd", colour: "red" is not a TimelineJS field the importer knows; not imported',
      'events[3] "Odd", text.sub: "y" is not a TimelineJS field the importer knows; not imported',
      'events[3] "Odd", unique_id: "odd-one" is not imported (ids are made from the date and the headline)',
    ]);
  });

  it('maps eras, and reports those it cannot', async () => {
    const era = (headline: string, start: unknown, end: unknown) => ({
      start_date: start,
      end_date: end,
      text: { headline },
    });
    const json = timeline([slide('A', { year: 1950 })], {
      eras: [
        era('Cold War', { year: '1947' }, { year: '1991', month: '12', day: '26' }),
        era('Open', { year: '1990' }, undefined),
        era('', { year: '1990' }, { year: '1991' }),
      ],
    });
    const { dataset, warnings } = await run(json);
    expect(dataset.eras).toEqual([{ title: 'Cold War', start: '1947', end: '1991-12-26' }]);
    expect(warnings.map(formatWarning)).toEqual([
      'eras[1] "Open", end_date.year: is missing or not usable; an era needs a start and an end, so it is not imported',
      'eras[2], text.headline: is empty; an era needs a title, so it is not imported',
    ]);
  });

  it('takes a title from the text when the headline is empty', async () => {
    const json = timeline([
      { start_date: { year: 2001 }, text: { text: '<p>A long first paragraph.</p><p>More.</p>' } },
    ]);
    const { dataset, warnings } = await run(json);
    expect(dataset.events[0]).toMatchObject({
      id: '2001-a-long-first-paragraph',
      title: 'A long first paragraph.',
    });
    expect(warnings.map(formatWarning)).toEqual([
      'events[0], text.headline: is empty; the title is "A long first paragraph."',
    ]);
  });
});

describe('unreadable input', () => {
  it('names line and column of malformed JSON', async () => {
    await expect(
      run('{\n  "events": [\n    { "text": { "headline": "x" } }\n  ]\n  "title": {}\n}'),
    ).rejects.toThrow(new ImportError('not valid JSON at line 5, column 3: comma expected'));
  });

  it('refuses JSON that is not a timeline', async () => {
    await expect(run('[1, 2]')).rejects.toThrow('not a TimelineJS timeline');
    await expect(run('{"title": {}}')).rejects.toThrow('it has no "events" list');
  });
});
