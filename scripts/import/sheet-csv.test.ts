import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset } from '../../src/features/timeline/model/schema.ts';
import { importText, type ImportTextOptions } from './import-text.ts';
import { parseSheetTime, readSheet } from './sheet-csv.ts';
import { formatWarning, type Warning } from './timelinejs.ts';

const sheet = readFileSync('e2e/data/timelinejs/sheet.csv', 'utf8');
const options: ImportTextOptions = { fileName: 'sheet.csv', modified: new Date('2024-05-01T12:00:00Z') };
const run = (text: string, extra: Partial<ImportTextOptions> = {}) =>
  importText(text, { ...options, ...extra });
/** Warnings about rows (those about a missing title row are tested with the JSON). */
const rowWarnings = (warnings: Warning[]) =>
  warnings.filter((w) => w.where !== 'timeline').map(formatWarning);

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,' +
  'Media Caption,Media Thumbnail,Type,Group,Background';
/** A sheet with these rows, each given as its non-empty cells by column name. */
function csv(...rows: Record<string, string>[]): string {
  const names = HEADER.split(',');
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [HEADER, ...rows.map((row) => names.map((name) => quote(row[name] ?? '')).join(','))].join('\n');
}

function event(dataset: Dataset, id: string) {
  const found = dataset.events.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event ${id} in ${dataset.events.map((e) => e.id).join(', ')}`);
  return found;
}

describe('sheet.csv (the TimelineJS sheet template layout)', async () => {
  const { dataset, warnings, format } = await run(sheet);

  it('is read as a sheet and gives a valid dataset', () => {
    expect(format).toBe('csv');
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.events).toHaveLength(5);
  });

  it('takes the title row as title and plain-text description', () => {
    expect(dataset.title).toBe('A small test sheet');
    expect(dataset.description).toBe('Rows in the TimelineJS sheet layout, for import tests.');
  });

  it('takes the era row as an era', () => {
    expect(dataset.eras).toEqual([{ title: 'Negotiation years', start: '2017', end: '2019' }]);
  });

  it('makes each group a lane, an organization by default', () => {
    expect(dataset.actors).toEqual([
      { id: 'buyer', name: 'Buyer', kind: 'organization' },
      { id: 'seller', name: 'Seller', kind: 'organization' },
      { id: 'third-party', name: 'Third party', kind: 'organization' },
    ]);
  });

  it('names the file as the publisher of the one source', () => {
    expect(dataset.sources).toEqual([
      {
        id: 'a-small-test-sheet',
        publisher: 'sheet.csv',
        title: 'A small test sheet',
        published: '2024-05-01',
        publishedNote: 'Date the imported file was last modified, not a publication date',
      },
    ]);
  });

  it('reads a quoted headline with a comma, and a quoted text with a line break', () => {
    expect(event(dataset, '2017-09-12-deal-announced-deposit-paid')).toEqual({
      id: '2017-09-12-deal-announced-deposit-paid',
      kind: 'event',
      date: '2017-09-12',
      title: 'Deal announced, deposit paid',
      summary: 'The buyer says the contract is signed.\nA second line, after a line break.',
      actors: ['buyer'],
      sources: ['a-small-test-sheet'],
      quotes: [],
    });
  });

  it('reads doubled quotes, HTML with a link, Display Date and the media columns', () => {
    expect(event(dataset, '2017-12-29-loan-agreement')).toEqual({
      id: '2017-12-29-loan-agreement',
      kind: 'event',
      date: '2017-12-29',
      dateNote: 'Late December 2017',
      title: 'Loan agreement',
      summary: 'Financing signed; see the report (https://example.org/loan).',
      actors: ['buyer'],
      sources: ['a-small-test-sheet'],
      quotes: [],
      media: {
        url: 'https://example.org/photo.jpg',
        credit: 'Example Agency',
        caption: 'A caption with a comma, and more',
      },
    });
  });

  it('keeps month and year precision from empty cells', () => {
    expect(event(dataset, '2018-04-deliveries-to-be-sped-up')).toMatchObject({
      date: '2018-04',
      title: 'Deliveries to be sped up',
      summary: 'Leaders agree to accelerate.',
      actors: ['seller'],
    });
    expect(event(dataset, '2019-undated-within-2019')).toMatchObject({
      date: '2019',
      actors: ['third-party'],
    });
  });

  it('keeps the Time column on a day-precise date, with the end date', () => {
    const first = event(dataset, '2019-07-12-first-deliveries');
    expect(first).toMatchObject({ date: '2019-07-12', time: '10:30', end: '2019-07-25', actors: ['buyer'] });
    // A blockquote in the Text column is part of the text; only one in the Media column is a quote.
    expect(first).toMatchObject({
      kind: 'event',
      quotes: [],
      summary: '"We have received the first parts," the ministry said.',
    });
  });

  it('sorts by date (a year-only date at the start of its year) and keeps input order for ties', () => {
    expect(dataset.events.map((e) => e.date)).toEqual([
      '2017-09-12',
      '2017-12-29',
      '2018-04',
      '2019',
      '2019-07-12',
    ]);
  });

  it('warns about the Background it cannot keep, naming row, line and column', () => {
    expect(warnings.map(formatWarning)).toEqual([
      'row 7 (line 8) "First deliveries", Background: "#224466" is not imported (the explorer has no slide backgrounds)',
    ]);
  });

  it('gives the same ids every time', async () => {
    expect((await run(sheet)).dataset).toEqual(dataset);
  });
});

describe('sheet details', () => {
  it('attributes a Media blockquote without <cite> to the row’s group, with a warning', async () => {
    const { dataset, warnings } = await run(
      csv({
        Year: '2019',
        Headline: 'Said',
        Text: 'x',
        Media: '<blockquote>"We will."</blockquote>',
        Group: 'Buyer',
      }),
    );
    expect(dataset.events[0]).toMatchObject({
      kind: 'statement',
      quotes: [{ speaker: 'buyer', kind: 'direct', text: 'We will.' }],
    });
    expect(rowWarnings(warnings)).toEqual([
      'row 2 (line 2) "Said", Media: the <blockquote> has no <cite>; the quote is attributed to the lane "Buyer"',
    ]);
  });

  it('names rows and lines apart when cells span lines, and the column of each warning', async () => {
    const text = csv(
      { Year: '2019', Headline: 'Two\nlines', Text: 'a' },
      {
        Year: '2019',
        Month: '5',
        Time: '2:30 PM',
        Headline: 'Monthly',
        Text: 'b',
        'Media Thumbnail': 'https://e.org/t.png',
      },
      { Year: '2019', Month: '5', Day: '6', Time: 'noonish', Headline: 'Odd time', Text: 'c', Type: 'slide' },
    );
    const { dataset, warnings } = await run(`${text.replace(/\n(?=2019|$)/g, '\r\n')},extra\r\n`);
    expect(dataset.events.map((e) => [e.title, e.time])).toEqual([
      ['Two lines', undefined],
      ['Monthly', undefined],
      ['Odd time', undefined],
    ]);
    // In the sheet's order.
    expect(rowWarnings(warnings)).toEqual([
      'row 3 (line 4) "Monthly", Time: a time (14:30) is given for "2019-05", a date without a day; the time is not kept',
      'row 3 (line 4) "Monthly", Media Thumbnail: "https://e.org/t.png" is not imported (the explorer shows media as a link with its caption and credit)',
      'row 4 (line 5) "Odd time", column S: "extra" is not imported: the column has no column name',
      'row 4 (line 5) "Odd time", Time: "noonish" is not a time (e.g. 14:30 or 2:30 PM); not imported',
      'row 4 (line 5) "Odd time", Type: "slide" is not "title" or "era"; the row is an event',
    ]);
  });

  it('lists the warnings in the order of the rows, eras and events alike', async () => {
    const text = csv(
      { Year: '2019', Headline: 'First', Text: 'a', Background: '#000' },
      { Year: '2017', 'End Year': '2019', Headline: 'An era', Type: 'era', Background: '#fff' },
      { Year: '2018', Month: '13', Headline: 'Bad month', Text: 'b' },
      { Year: '2020', Headline: 'Cited', Text: 'c', Media: '<blockquote>Q</blockquote>' },
    );
    const { warnings } = await run(text);
    expect(rowWarnings(warnings).map((warning) => warning.slice(0, 5))).toEqual([
      'row 2',
      'row 3',
      'row 4',
      'row 5',
    ]);
    // The title row too, wherever it is.
    const titled = await run(
      csv(
        { Year: '2019', Headline: 'First', Text: 'a', Background: '#000' },
        { Headline: 'The title', Text: 'About', Type: 'title', Time: 'noonish' },
      ),
    );
    expect(rowWarnings(titled.warnings).map((warning) => warning.slice(0, 5))).toEqual(['row 2', 'row 3']);
  });

  it('reports cells of columns that are not in the template', async () => {
    const { warnings } = await run('Year,Headline,Text,Notes\n2019,A,b,"keep me, please"\n');
    expect(rowWarnings(warnings)).toEqual([
      'row 2 (line 2) "A", column D "Notes": "keep me, please" is not imported: the column is not a column of the TimelineJS template',
    ]);
  });

  it('reads a semicolon-separated sheet with a byte order mark', async () => {
    const { dataset } = await run('\uFEFFYear;Headline;Text;Group\n2019;"A; B";"x";G\n');
    expect(dataset.events[0]).toMatchObject({ title: 'A; B', actors: ['g'] });
  });

  it('reads "1,950" as a year, and quotes a year it cannot read as written', async () => {
    const { dataset, warnings } = await run(
      csv({ Year: '1,950', Headline: 'A', Text: 'a' }, { Year: 'c. 1950', Headline: 'B', Text: 'b' }),
    );
    expect(dataset.events.map((e) => [e.title, e.date])).toEqual([['A', '1950']]);
    expect(rowWarnings(warnings)).toEqual([
      'row 3 (line 3) "B", Year: "c. 1950" is not a year (a whole number from 1 to 9999)',
      'row 3 (line 3) "B", Year: has no usable date; the event is not imported',
    ]);
  });

  it('reads the times TimelineJS accepts', () => {
    expect(parseSheetTime('10:30 AM')).toEqual({ hour: '10', minute: '30', second: '00' });
    expect(parseSheetTime('12:05 am')).toEqual({ hour: '0', minute: '05', second: '00' });
    expect(parseSheetTime('2pm')).toEqual({ hour: '14', minute: '00', second: '00' });
    expect(parseSheetTime('23:59:30')).toEqual({ hour: '23', minute: '59', second: '30' });
    expect(parseSheetTime('14')).toBeUndefined();
    expect(parseSheetTime('13:00 PM')).toBeUndefined();
  });
});

describe('unreadable sheets', () => {
  it('names the line and column of a quoted field that is never closed', async () => {
    const text = `${HEADER}\n2019,,,,,,,,,Fine,"ok",,,,,,,\n2020,,,,,,,,,"Broken,"no end,,,,,,,\n2021,,,,,,,,,Next,x,,,,,,,\n`;
    await expect(run(text)).rejects.toThrow(
      'not valid CSV at line 3, column 14 (sheet row 3): a quoted field has text after its closing quote',
    );
    await expect(run(`${HEADER}\n2019,,,,,,,,,"Never closed,x\n2020,,,\n`)).rejects.toThrow(
      'not valid CSV at line 2, column 14 (sheet row 2): a quoted field is never closed (a " is missing)',
    );
  });

  it('refuses a CSV whose first row is not the template’s column names', async () => {
    await expect(run('Date,Title\n2019,A\n')).rejects.toThrow(
      /^not a TimelineJS sheet: its first row must name/,
    );
    expect(() => readSheet('')).toThrow('not a TimelineJS sheet');
  });
});
