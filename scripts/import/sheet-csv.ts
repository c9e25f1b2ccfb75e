/**
 * A CSV in the column layout of TimelineJS's Google Sheets template -> the same shape as TimelineJS's
 * JSON (as TimelineJS itself reads a sheet), so that one mapping serves both. CSV is read with papaparse.
 */
import Papa from 'papaparse';
import { ImportError, slideLabel, type Naming, type SlideKind, type Warning } from './timelinejs.ts';

/** The template's columns, by their name without spaces or case ("End Year" -> "endyear"). */
const COLUMNS = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  endyear: 'End Year',
  endmonth: 'End Month',
  endday: 'End Day',
  endtime: 'End Time',
  displaydate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  mediacredit: 'Media Credit',
  mediacaption: 'Media Caption',
  mediathumbnail: 'Media Thumbnail',
  type: 'Type',
  group: 'Group',
  background: 'Background',
} as const;
type Column = keyof typeof COLUMNS;

/** Field paths of the TimelineJS format -> the column they come from. */
const FIELD_COLUMNS: Record<string, Column> = {
  start_date: 'year',
  'start_date.year': 'year',
  'start_date.month': 'month',
  'start_date.day': 'day',
  'start_date.hour': 'time',
  'start_date.minute': 'time',
  'start_date.second': 'time',
  end_date: 'endyear',
  'end_date.year': 'endyear',
  'end_date.month': 'endmonth',
  'end_date.day': 'endday',
  'end_date.hour': 'endtime',
  'end_date.minute': 'endtime',
  'end_date.second': 'endtime',
  display_date: 'displaydate',
  'text.headline': 'headline',
  'text.text': 'text',
  'media.url': 'media',
  'media.credit': 'mediacredit',
  'media.caption': 'mediacaption',
  'media.thumbnail': 'mediathumbnail',
  group: 'group',
  background: 'background',
};

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const isColumn = (key: string): key is Column => Object.hasOwn(COLUMNS, key);

/** "A", "B", … "AA": how a spreadsheet names the column at `index`. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** "14:30", "2:30 PM", "10:30:15 am", "2pm" -> hour, minute and second; undefined if it is not a time. */
export function parseSheetTime(value: string): { hour: string; minute: string; second: string } | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(value.trim());
  if (!match) return undefined;
  const [, h = '', minute = '00', second = '00', half] = match;
  let hour = Number(h);
  if (half === undefined) {
    if (match[2] === undefined) return undefined; // "14" alone is not a time
  } else {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  return { hour: String(hour), minute, second };
}

export interface Sheet {
  /** The rows as a TimelineJS timeline: { title, events, eras }. */
  timeline: {
    title?: Record<string, unknown>;
    events: Record<string, unknown>[];
    eras: Record<string, unknown>[];
  };
  naming: Naming;
  warnings: Warning[];
}

interface Row {
  cells: string[];
  /** The row's number in the spreadsheet: the column names are row 1. */
  row: number;
  /** The line of the file it starts on (a cell may span several lines). */
  line: number;
}

function readRows(csv: string): Row[] {
  // One kind of line break: CRLF rows with LF inside cells (as Google Sheets writes them) read alike.
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const count = (d: string) => header.split(d).length;
  const delimiter = [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));

  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const rows: Row[] = [];
  const problems = new Map<number, string>();
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result) => {
      for (const error of result.errors) {
        if (error.type !== 'Quotes') continue;
        // papaparse points just past the quote that opens the faulty field.
        const at = Math.max(0, (error.index ?? start + 1) - 1);
        if (problems.has(at)) continue; // one report per faulty field
        const line = lineAt(at);
        const column = at - text.lastIndexOf('\n', at - 1);
        const what =
          error.code === 'MissingQuotes'
            ? 'a quoted field is never closed (a " is missing)'
            : 'a quoted field has text after its closing quote (a " inside a quoted field must be written "")';
        problems.set(
          at,
          `not valid CSV at line ${line}, column ${column} (sheet row ${rows.length + 1}): ${what}`,
        );
      }
      rows.push({ cells: result.data, row: rows.length + 1, line: lineAt(start) });
      start = result.meta.cursor;
    },
  });
  if (problems.size > 0) throw new ImportError([...problems.values()].join('\n'));
  return rows;
}

/** Reads a sheet CSV into the TimelineJS shape; throws ImportError when it is not one. */
export function readSheet(csv: string): Sheet {
  const [head, ...rows] = readRows(csv);
  const names = (head?.cells ?? []).map((name) => name.trim());
  const columns = new Map<Column, number>();
  names.forEach((name, i) => {
    const key = normalize(name);
    if (isColumn(key) && !columns.has(key)) columns.set(key, i);
  });
  if (!columns.has('year') || !columns.has('headline')) {
    throw new ImportError(
      'not a TimelineJS sheet: its first row must name the template’s columns ' +
        `(${Object.values(COLUMNS).join(', ')}), but it reads ${JSON.stringify(names.join(',').slice(0, 120))}`,
    );
  }
  const columnName = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? COLUMNS[column] : names[index] || COLUMNS[column];
  };

  const warnings: Warning[] = [];
  const labels: Record<SlideKind, string[]> = { title: [], event: [], era: [] };
  const rowsOf: Record<SlideKind, number[]> = { title: [], event: [], era: [] };
  const timeline: Sheet['timeline'] = { events: [], eras: [] };

  for (const { cells, row, line } of rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const place = `row ${row} (line ${line})`;
    const where = slideLabel(place, cell('headline'));
    const warn = (field: string, message: string) => warnings.push({ where, field, message });

    cells.forEach((value, i) => {
      if (value.trim() === '') return;
      const key = normalize(names[i] ?? '');
      if (i < names.length && isColumn(key) && columns.get(key) === i) return;
      const field = names[i] ? `column ${columnLetter(i)} "${names[i]}"` : `column ${columnLetter(i)}`;
      const why = !names[i]
        ? 'has no column name'
        : isColumn(key)
          ? 'repeats another column'
          : 'is not a column of the TimelineJS template';
      warn(field, `${JSON.stringify(value.trim().slice(0, 80))} is not imported: the column ${why}`);
    });

    // "1,950" and "1 950" are 1950; anything else stays as written, so that a warning quotes it so.
    const integer = (column: Column) => {
      const value = cell(column);
      const digits = value.replace(/[\s,]+/g, '');
      return /^-?\d+$/.test(digits) ? digits : value;
    };
    const time = (column: 'time' | 'endtime') => {
      const value = cell(column);
      if (value === '') return {};
      const parsed = parseSheetTime(value);
      if (parsed === undefined) {
        warn(
          columnName(column),
          `${JSON.stringify(value)} is not a time (e.g. 14:30 or 2:30 PM); not imported`,
        );
        return {};
      }
      return parsed;
    };
    const slide: Record<string, unknown> = {
      start_date: { year: integer('year'), month: integer('month'), day: integer('day'), ...time('time') },
      end_date: {
        year: integer('endyear'),
        month: integer('endmonth'),
        day: integer('endday'),
        ...time('endtime'),
      },
      display_date: cell('displaydate'),
      text: { headline: cell('headline'), text: cell('text') },
      media: {
        url: cell('media'),
        credit: cell('mediacredit'),
        caption: cell('mediacaption'),
        thumbnail: cell('mediathumbnail'),
      },
      group: cell('group'),
      background: cell('background'),
    };

    const type = cell('type').toLowerCase();
    if (type === 'title' && timeline.title === undefined) {
      timeline.title = slide;
      labels.title.push(place);
      rowsOf.title.push(row);
    } else if (type === 'era') {
      timeline.eras.push(slide);
      labels.era.push(place);
      rowsOf.era.push(row);
    } else {
      if (type === 'title') warn(columnName('type'), 'a second title row is imported as an event');
      else if (type !== '' && type !== 'event') {
        warn(
          columnName('type'),
          `${JSON.stringify(cell('type'))} is not "title" or "era"; the row is an event`,
        );
      }
      timeline.events.push(slide);
      labels.event.push(place);
      rowsOf.event.push(row);
    }
  }

  const naming: Naming = {
    slide: (kind, index) => labels[kind][index] ?? `${kind} ${index + 1}`,
    field: (path) => {
      const column = FIELD_COLUMNS[path];
      return column === undefined ? path : columnName(column);
    },
    order: (kind, index) => rowsOf[kind][index] ?? 0,
  };
  return { timeline, naming, warnings };
}
