/**
 * A TimelineJS timeline (its JSON format, or a sheet read into the same shape by sheet-csv.ts) -> a
 * dataset in our format. Everything that cannot be mapped is reported as a warning that names the
 * slide and the field; nothing is dropped silently.
 */
import { endOf, startOf } from '../../src/features/timeline/model/dates.ts';
import type {
  Actor,
  Dataset,
  Era,
  Quote,
  Source,
  TimelineEvent,
} from '../../src/features/timeline/model/schema.ts';
import { isPartialDate } from '../../src/lib/formats.ts';
import { htmlToLine, htmlToText, isHtml, readBlockquote } from './html-text.ts';
import { IdAllocator, slugify } from './slug.ts';

/** The summary of an event whose text was empty: said plainly rather than repeating the title. */
const NO_TEXT = 'No text in the imported timeline.';

export type GroupKind = Actor['kind'];
export const GROUP_KINDS: readonly GroupKind[] = ['country', 'organization', 'person'];

export interface ImportOptions {
  /** The input's file name, for the source and for titles when the timeline has none. */
  fileName: string;
  /** When the input file was last modified: the source's date unless `published` is given. */
  modified: Date;
  /** The source's publication date (YYYY, YYYY-MM or YYYY-MM-DD), when it is known. */
  published?: string | undefined;
  /** Address of the published timeline, for the source. */
  sourceUrl?: string | undefined;
  /** The kind of actor each group becomes (default "organization"). */
  groupKind?: GroupKind | undefined;
}

export interface Warning {
  /** The slide: 'events[3] "Ada Lovelace"', 'row 5 (line 6) "Loan agreement"', "title slide". */
  where: string;
  /** The field as the input names it: "start_date.hour", or the sheet column "Time". */
  field: string;
  message: string;
  /** The whole slide (or sheet row) was left out. */
  dropped?: true;
}

export function formatWarning({ where, field, message }: Warning): string {
  return field === '' ? `${where}: ${message}` : `${where}, ${field}: ${message}`;
}

export type SlideKind = 'title' | 'event' | 'era';

/** How the input names its slides and fields, so that warnings speak the input's language. */
export interface Naming {
  slide(kind: SlideKind, index: number): string;
  field(path: string): string;
  /** Where a slide comes in the input (a sheet's row): warnings are listed in that order. */
  order(kind: SlideKind, index: number): number;
}

export const JSON_NAMING: Naming = {
  slide: (kind, index) => (kind === 'title' ? 'title slide' : `${kind}s[${index}]`),
  field: (path) => path,
  // The template's order: the title, the events, then the eras.
  order: (kind, index) => (kind === 'title' ? 0 : kind === 'event' ? 1 + index : 1e9 + index),
};

/** The input cannot be imported at all. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportResult {
  dataset: Dataset;
  warnings: Warning[];
}

type Loose = Record<string, unknown>;

const asObject = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 90 ? `${json.slice(0, 87)}..."` : json;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Anything with a value in it: a non-empty string, a number, or an object holding one. */
function hasContent(value: unknown): boolean {
  if (isBlank(value)) return false;
  if (Array.isArray(value)) return value.some(hasContent);
  const object = asObject(value);
  return object === undefined ? true : Object.values(object).some(hasContent);
}

/** Only http(s) addresses become links in the explorer. */
export function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "1815-12-10" from a Date, in UTC so that the result does not depend on the machine's time zone. */
export function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function ellipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Known fields of each object in the TimelineJS format; anything else is reported. */
const KNOWN = {
  timeline: ['events', 'title', 'eras', 'scale'],
  slide: [
    'start_date',
    'end_date',
    'text',
    'media',
    'group',
    'display_date',
    'background',
    'autolink',
    'unique_id',
  ],
  date: ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'],
  text: ['headline', 'text'],
  media: ['url', 'credit', 'caption', 'thumbnail', 'alt', 'title', 'link', 'link_target'],
};

interface MappedDate {
  date: string;
  time?: string;
}

interface PendingQuote {
  text: string;
  cite?: string;
  note?: string;
}

interface PendingEvent {
  where: string;
  date: string;
  end?: string;
  time?: string;
  dateNote?: string;
  title: string;
  summary: string;
  group?: string;
  quote?: PendingQuote;
  media?: NonNullable<TimelineEvent['media']>;
}

/** One slide being read: its label for warnings and the reading helpers that report as they go. */
class SlideReader {
  constructor(
    readonly where: string,
    private readonly naming: Naming,
    private readonly warnings: Warning[],
  ) {}

  warn(path: string, message: string, dropped = false) {
    const field = path === '' ? '' : this.naming.field(path);
    this.warnings.push({ where: this.where, field, message, ...(dropped && { dropped: true as const }) });
  }

  /** Reports the fields of `object` that the importer does not know. */
  unknown(object: Loose, known: readonly string[], prefix: string) {
    for (const [key, value] of Object.entries(object)) {
      if (!known.includes(key) && hasContent(value)) {
        this.warn(
          `${prefix}${key}`,
          `${describe(value)} is not a TimelineJS field the importer knows; not imported`,
        );
      }
    }
  }

  object(value: unknown, path: string): Loose | undefined {
    if (isBlank(value)) return undefined;
    const object = asObject(value);
    if (object === undefined) this.warn(path, `${describe(value)} is not an object; not imported`);
    return object;
  }

  /** A scalar field as trimmed text, or undefined when it is empty. */
  scalar(object: Loose | undefined, key: string, path: string): string | undefined {
    const value = object?.[key];
    if (isBlank(value)) return undefined;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.warn(path, `${describe(value)} is not text or a number; not imported`);
    return undefined;
  }

  private reportDropped(path: string, dropped: string[]) {
    for (const what of dropped) this.warn(path, `has ${what}, which is not imported`);
  }

  /** An HTML field as plain text with its paragraphs, or undefined when it has no text. */
  text(object: Loose | undefined, key: string, path: string): string | undefined {
    const html = this.scalar(object, key, path);
    if (html === undefined) return undefined;
    const { text, dropped } = htmlToText(html);
    this.reportDropped(path, dropped);
    return text || undefined;
  }

  /** An HTML field as one line of plain text. */
  line(object: Loose | undefined, key: string, path: string): string | undefined {
    const html = this.scalar(object, key, path);
    if (html === undefined) return undefined;
    const { text, dropped } = htmlToLine(html);
    this.reportDropped(path, dropped);
    return text || undefined;
  }

  /** Reports a field that is given but has no place in our format. */
  notImported(object: Loose | undefined, key: string, path: string, why: string) {
    const value = object?.[key];
    if (hasContent(value)) this.warn(path, `${describe(value)} is not imported (${why})`);
  }

  /**
   * A TimelineJS date object -> our partial date at the precision it gives, plus its time of day.
   * `undefined` when there is no date at all; `null` when there is one we cannot use (reported).
   */
  date(value: unknown, prefix: 'start_date' | 'end_date', keepTime: boolean): MappedDate | undefined | null {
    const object = this.object(value, prefix);
    if (object === undefined) return undefined;
    this.unknown(object, KNOWN.date, `${prefix}.`);
    const part = (key: string) => this.scalar(object, key, `${prefix}.${key}`);
    const [year, month, day] = [part('year'), part('month'), part('day')];
    const [hour, minute, second, millisecond] = [
      part('hour'),
      part('minute'),
      part('second'),
      part('millisecond'),
    ];
    this.notImported(object, 'format', `${prefix}.format`, 'dates are shown in the explorer’s own format');
    const timeGiven = [hour, minute, second, millisecond].some((v) => v !== undefined);
    if (year === undefined) {
      if (month !== undefined || day !== undefined || timeGiven) {
        this.warn(`${prefix}.year`, 'is empty, but the date has other parts; the date is not imported');
        return null;
      }
      return undefined;
    }
    const y = /^-?\d+$/.test(year) ? Number(year) : NaN;
    if (!(y >= 1 && y <= 9999)) {
      this.warn(`${prefix}.year`, `${describe(year)} is not a year (a whole number from 1 to 9999)`);
      return null;
    }
    let date = pad(y, 4);
    if (month !== undefined) {
      const m = /^\d{1,2}$/.test(month) ? Number(month) : NaN;
      if (m >= 1 && m <= 12) date += `-${pad(m)}`;
      else
        this.warn(
          `${prefix}.month`,
          `${describe(month)} is not a month (1 to 12); the date is kept as ${date}`,
        );
    }
    if (day !== undefined) {
      const withDay = date.length === 7 && /^\d{1,2}$/.test(day) ? `${date}-${pad(Number(day))}` : '';
      if (isPartialDate(withDay)) date = withDay;
      else if (date.length === 4 && month === undefined) {
        this.warn(`${prefix}.day`, `${describe(day)} is given without a month; the date is kept as ${date}`);
      } else if (date.length === 7) {
        const inMonth = MONTHS.format(startOf(date));
        this.warn(
          `${prefix}.day`,
          `${describe(day)} is not a day of ${inMonth}; the date is kept as ${date}`,
        );
      } else this.warn(`${prefix}.day`, `${describe(day)} is not imported, since the month is not usable`);
    }
    const mapped: MappedDate = { date };
    if (!timeGiven) return mapped;
    const timeField = `${prefix}.${hour !== undefined ? 'hour' : minute !== undefined ? 'minute' : 'second'}`;
    const given = [hour ?? '', minute ?? '00'].join(':');
    if (!keepTime) {
      this.warn(
        timeField,
        `the time ${describe(given)} is not imported (the explorer keeps one time, on the start date)`,
      );
      return mapped;
    }
    if (date.length !== 10) {
      this.warn(
        timeField,
        `a time (${given}) is given for "${date}", a date without a day; the time is not kept`,
      );
      return mapped;
    }
    const h = hour !== undefined && /^\d{1,2}$/.test(hour) ? Number(hour) : NaN;
    const min = minute === undefined ? 0 : /^\d{1,2}$/.test(minute) ? Number(minute) : NaN;
    if (!(h >= 0 && h <= 23) || !(min >= 0 && min <= 59)) {
      this.warn(
        timeField,
        `${describe(given)} is not a time of day (hour 0 to 23, minute 0 to 59); not imported`,
      );
      return mapped;
    }
    mapped.time = `${pad(h)}:${pad(min)}`;
    if (
      (second !== undefined && Number(second) !== 0) ||
      (millisecond !== undefined && Number(millisecond) !== 0)
    ) {
      this.warn(
        `${prefix}.second`,
        `seconds are not kept (the explorer keeps hours and minutes: ${mapped.time})`,
      );
    }
    return mapped;
  }
}

interface Timeline {
  title?: Loose;
  events: unknown[];
  eras: unknown[];
}

function readTimeline(input: unknown, naming: Naming, warnings: Warning[]): Timeline {
  const root = asObject(input);
  if (root === undefined) {
    throw new ImportError('not a TimelineJS timeline: expected a JSON object with an "events" list');
  }
  if (!Array.isArray(root.events)) {
    throw new ImportError('not a TimelineJS timeline: it has no "events" list');
  }
  const reader = new SlideReader('timeline', naming, warnings);
  reader.unknown(root, KNOWN.timeline, '');
  if (!isBlank(root.scale) && root.scale !== 'human') {
    reader.warn('scale', `${describe(root.scale)} is not imported (the explorer shows years 1 to 9999 only)`);
  }
  let eras: unknown[] = [];
  if (Array.isArray(root.eras)) eras = root.eras;
  else if (!isBlank(root.eras)) reader.warn('eras', `${describe(root.eras)} is not a list; not imported`);
  const title = asObject(root.title);
  if (title === undefined && !isBlank(root.title)) {
    reader.warn('title', `${describe(root.title)} is not a slide; not imported`);
  }
  return { events: root.events, eras, ...(title === undefined ? {} : { title }) };
}

/** 'events[3] "Ada Lovelace"': a slide's place in the input and its headline, for warnings. */
export function slideLabel(place: string, headline: unknown): string {
  const text = typeof headline === 'string' ? htmlToLine(headline).text : '';
  return text === '' ? place : `${place} "${ellipsis(text, 60)}"`;
}

function label(naming: Naming, kind: SlideKind, index: number, slide: unknown): string {
  return slideLabel(naming.slide(kind, index), asObject(asObject(slide)?.text)?.headline);
}

function readTitleSlide(slide: Loose, reader: SlideReader) {
  reader.unknown(slide, KNOWN.slide, '');
  const text = reader.object(slide.text, 'text');
  if (text !== undefined) reader.unknown(text, KNOWN.text, 'text.');
  const why = 'the title slide gives only the title and description';
  for (const key of ['start_date', 'end_date', 'media', 'group', 'display_date', 'background', 'unique_id']) {
    reader.notImported(slide, key, key, key === 'background' ? 'the explorer has no slide backgrounds' : why);
  }
  return {
    title: reader.line(text, 'headline', 'text.headline'),
    description: reader.text(text, 'text', 'text.text'),
  };
}

function readMedia(slide: Loose, reader: SlideReader): Pick<PendingEvent, 'quote' | 'media'> {
  const media = reader.object(slide.media, 'media');
  if (media === undefined) return {};
  reader.unknown(media, KNOWN.media, 'media.');
  const url = reader.scalar(media, 'url', 'media.url');
  const credit = reader.line(media, 'credit', 'media.credit');
  const caption = reader.line(media, 'caption', 'media.caption');
  for (const key of ['thumbnail', 'alt', 'title', 'link', 'link_target']) {
    reader.notImported(
      media,
      key,
      `media.${key}`,
      'the explorer shows media as a link with its caption and credit',
    );
  }
  const lost = [caption && `caption ${describe(caption)}`, credit && `credit ${describe(credit)}`]
    .filter(Boolean)
    .join(', ');
  if (url === undefined) {
    if (lost !== '') reader.warn('media.url', `is empty, so the media ${lost} is not imported`);
    return {};
  }
  if (isHtml(url)) {
    const quote = readBlockquote(url);
    if (quote === undefined) {
      reader.warn('media.url', `${describe(url)} is HTML but not a <blockquote>; not imported`);
      return {};
    }
    for (const what of quote.dropped) reader.warn('media.url', `has ${what}, which is not imported`);
    if (quote.outside !== '') {
      reader.warn('media.url', `text outside the <blockquote> is not imported: ${describe(quote.outside)}`);
    }
    if (quote.text === '') {
      reader.warn('media.url', 'the <blockquote> has no text; no quote is imported');
      return {};
    }
    const note = [caption, credit && `Credit: ${credit}`].filter(Boolean).join(' — ');
    return {
      quote: {
        text: quote.text,
        ...(quote.cite === undefined ? {} : { cite: quote.cite }),
        ...(note === '' ? {} : { note }),
      },
    };
  }
  if (!isHttpUrl(url)) {
    reader.warn(
      'media.url',
      `${describe(url)} is not an http(s) address; the media${lost === '' ? '' : ` (${lost})`} is not imported`,
    );
    return {};
  }
  return {
    media: {
      url,
      ...(credit === undefined ? {} : { credit }),
      ...(caption === undefined ? {} : { caption }),
    },
  };
}

function readEvent(slide: Loose, reader: SlideReader): PendingEvent | undefined {
  reader.unknown(slide, KNOWN.slide, '');
  const text = reader.object(slide.text, 'text');
  if (text !== undefined) reader.unknown(text, KNOWN.text, 'text.');
  const headline = reader.line(text, 'headline', 'text.headline');
  const start = reader.date(slide.start_date, 'start_date', true);
  if (!start) {
    if (start === undefined) reader.warn('start_date.year', 'is missing; the event is not imported', true);
    else reader.warn('start_date', 'has no usable date; the event is not imported', true);
    return undefined;
  }
  const summaryText = reader.text(text, 'text', 'text.text');
  let end = reader.date(slide.end_date, 'end_date', false)?.date;
  if (end !== undefined && endOf(end) <= startOf(start.date)) {
    reader.warn(
      'end_date',
      `"${end}" is before the start date "${start.date}"; the end date is not imported`,
    );
    end = undefined;
  }
  const slideNote = reader.line(slide, 'display_date', 'display_date');
  const startDate = asObject(slide.start_date);
  const endDate = asObject(slide.end_date);
  let dateNote = slideNote;
  if (slideNote !== undefined) {
    // TimelineJS shows the slide's display_date instead of those of its dates, and so do we.
    reader.notImported(
      startDate,
      'display_date',
      'start_date.display_date',
      'the slide’s display_date replaces it',
    );
    reader.notImported(
      endDate,
      'display_date',
      'end_date.display_date',
      'the slide’s display_date replaces it',
    );
  } else {
    const from = reader.line(startDate, 'display_date', 'start_date.display_date');
    const to = reader.line(endDate, 'display_date', 'end_date.display_date');
    dateNote = from !== undefined && to !== undefined ? `${from} – ${to}` : (from ?? (to && `End: ${to}`));
  }
  const group = reader.line(slide, 'group', 'group');
  reader.notImported(slide, 'background', 'background', 'the explorer has no slide backgrounds');
  reader.notImported(slide, 'unique_id', 'unique_id', 'ids are made from the date and the headline');
  const { quote, media } = readMedia(slide, reader);

  let title = headline;
  if (title === undefined) {
    const from = summaryText ?? quote?.text ?? media?.caption;
    title = from === undefined ? 'Untitled' : ellipsis(from.split('\n')[0] ?? '', 80);
    reader.warn('text.headline', `is empty; the title is "${title}"`);
  }
  let summary = summaryText;
  if (summary === undefined) {
    summary = NO_TEXT;
    reader.warn('text.text', `is empty; the summary says "${NO_TEXT}"`);
  }
  return {
    where: reader.where,
    date: start.date,
    ...(end === undefined ? {} : { end }),
    ...(start.time === undefined ? {} : { time: start.time }),
    ...(dateNote === undefined ? {} : { dateNote }),
    title,
    summary,
    ...(group === undefined ? {} : { group }),
    ...(quote === undefined ? {} : { quote }),
    ...(media === undefined ? {} : { media }),
  };
}

function readEra(slide: Loose, reader: SlideReader): Era | undefined {
  reader.unknown(slide, KNOWN.slide, '');
  const text = reader.object(slide.text, 'text');
  if (text !== undefined) reader.unknown(text, KNOWN.text, 'text.');
  const title = reader.line(text, 'headline', 'text.headline');
  const why = 'an era has only a title, a start and an end';
  reader.notImported(text, 'text', 'text.text', why);
  for (const key of ['media', 'group', 'display_date', 'background', 'unique_id']) {
    reader.notImported(slide, key, key, why);
  }
  const start = reader.date(slide.start_date, 'start_date', false);
  const end = reader.date(slide.end_date, 'end_date', false);
  if (title === undefined) {
    reader.warn('text.headline', 'is empty; an era needs a title, so it is not imported', true);
    return undefined;
  }
  if (!start || !end) {
    const field = start ? 'end_date' : 'start_date';
    reader.warn(
      `${field}.year`,
      'is missing or not usable; an era needs a start and an end, so it is not imported',
      true,
    );
    return undefined;
  }
  if (endOf(end.date) <= startOf(start.date)) {
    reader.warn(
      'end_date',
      `"${end.date}" is before the start "${start.date}"; the era is not imported`,
      true,
    );
    return undefined;
  }
  return { title, start: start.date, end: end.date };
}

export interface ImportInput {
  /** The timeline: parsed TimelineJS JSON, or what sheet-csv.ts made of a sheet. */
  timeline: unknown;
  naming: Naming;
  /** "TimelineJS timeline", or the sheet's file name. */
  publisher: string;
  /** Warnings found while reading the input (a sheet's cells), reported before the others. */
  warnings?: Warning[];
}

/** Maps a TimelineJS timeline to a dataset and lists everything it could not map. */
export function importTimeline(input: ImportInput, options: ImportOptions): ImportResult {
  const warnings: Warning[] = [...(input.warnings ?? [])];
  const { naming } = input;
  const timeline = readTimeline(input.timeline, naming, warnings);
  // Each slide's label, with where it comes in the input, to list the warnings in that order.
  const orderOf = new Map<string, number>();
  const labelled = (kind: SlideKind, index: number, slide: unknown) => {
    const where = label(naming, kind, index, slide);
    orderOf.set(where, naming.order(kind, index));
    return where;
  };

  let heading: { title?: string | undefined; description?: string | undefined } = {};
  if (timeline.title !== undefined) {
    // Its reader names it by its place; a sheet's own warnings on its row add the headline.
    orderOf.set(naming.slide('title', 0), naming.order('title', 0));
    labelled('title', 0, timeline.title);
    heading = readTitleSlide(timeline.title, new SlideReader(naming.slide('title', 0), naming, warnings));
  }
  const general = new SlideReader('timeline', naming, warnings);
  let title = heading.title;
  if (title === undefined) {
    title = options.fileName;
    general.warn('', `has no title slide with a headline; the dataset is titled "${title}" after the file`);
  }
  let description = heading.description;
  if (description === undefined) {
    description = `Imported from ${options.fileName}.`;
    general.warn('', `has no title slide with text; the description is "${description}"`);
  }

  const pending: PendingEvent[] = [];
  timeline.events.forEach((slide, i) => {
    const reader = new SlideReader(labelled('event', i, slide), naming, warnings);
    const object = asObject(slide);
    if (object === undefined) reader.warn('', `${describe(slide)} is not a slide; not imported`, true);
    else {
      const event = readEvent(object, reader);
      if (event !== undefined) pending.push(event);
    }
  });
  const eras: Era[] = [];
  timeline.eras.forEach((slide, i) => {
    const reader = new SlideReader(labelled('era', i, slide), naming, warnings);
    const object = asObject(slide);
    if (object === undefined) reader.warn('', `${describe(slide)} is not an era; not imported`, true);
    else {
      const era = readEra(object, reader);
      if (era !== undefined) eras.push(era);
    }
  });
  if (pending.length === 0) general.warn('', 'has no event that could be imported');

  // One source stands for the imported timeline itself: it is where every event comes from.
  const sourceTitle = heading.title ?? options.fileName;
  const source: Source = {
    id: slugify(sourceTitle) || 'imported-timeline',
    publisher: input.publisher,
    title: sourceTitle,
    published: options.published ?? isoDay(options.modified),
    ...(options.published === undefined
      ? { publishedNote: 'Date the imported file was last modified, not a publication date' }
      : {}),
    ...(options.sourceUrl === undefined ? {} : { url: options.sourceUrl }),
  };

  /** Ids are ASCII slugs: a name in another script gets a generic one, which the author may rename. */
  const genericId = (where: string, field: string, name: string, id: string) => {
    if (slugify(name) !== '') return;
    warnings.push({
      where,
      field: naming.field(field),
      message: `${JSON.stringify(name)} has no Latin letters or digits to make an id of; its id is "${id}" (rename it in the file if you like)`,
    });
  };

  // Lanes, then speakers, in the order they first appear in the input.
  const actorIds = new IdAllocator('actor');
  /**
   * Names that differ only in case are one actor ("NATO" and "Nato"): two lanes or speakers of the same
   * name would read as a mistake. The first spelling is kept; each other one is named in a warning.
   */
  const sameName = (name: string) => name.normalize('NFC').toLowerCase();
  /** Each other spelling is named once, where it first comes. */
  const spellings = new Set<string>();
  const otherSpelling = (where: string, field: string, what: string, name: string, kept: string) => {
    if (name === kept || spellings.has(`${what}\n${name}`)) return;
    spellings.add(`${what}\n${name}`);
    const how =
      name.toLowerCase() === kept.toLowerCase()
        ? 'case'
        : 'case or Unicode form (how its accents are encoded)';
    warnings.push({
      where,
      field: naming.field(field),
      message: `${JSON.stringify(name)} is taken as the ${what} ${JSON.stringify(kept)}, which differs only in ${how}`,
    });
  };
  const lanes = new Map<string | undefined, Actor>();
  const laneOf = (group: string | undefined, where?: string): Actor => {
    const key = group === undefined ? undefined : sameName(group);
    let lane = lanes.get(key);
    if (lane === undefined) {
      const name = group ?? heading.title ?? 'Timeline';
      const kind = group === undefined ? 'organization' : (options.groupKind ?? 'organization');
      lane = { id: actorIds.next(name), name, kind };
      if (where !== undefined && group !== undefined) genericId(where, 'group', name, lane.id);
      lanes.set(key, lane);
    } else if (where !== undefined && group !== undefined) {
      otherSpelling(where, 'group', 'group', group, lane.name);
    }
    return lane;
  };
  pending.forEach((event) => laneOf(event.group, event.where));
  // By name: "Jane Doe" and "Jane Doe, Minister" are one person, with the role where one is given.
  const speakers = new Map<string, Actor>();
  const speakerFor = (cite: string, lane: Actor, where: string): Actor => {
    // A cite reads "Name, who they are": the name becomes the actor, the rest their role.
    const comma = cite.indexOf(',');
    const name = comma > 0 ? cite.slice(0, comma).trim() : cite;
    const role = comma > 0 ? cite.slice(comma + 1).trim() : '';
    let speaker = speakers.get(sameName(name));
    if (speaker === undefined) {
      speaker = { id: actorIds.next(name), name, kind: 'person', country: lane.id };
      genericId(where, 'media.url', name, speaker.id);
      speakers.set(sameName(name), speaker);
    } else otherSpelling(where, 'media.url', 'speaker', name, speaker.name);
    if (role !== '' && speaker.role === undefined) speaker.role = role;
    else if (role !== '' && role !== speaker.role) {
      warnings.push({
        where,
        field: naming.field('media.url'),
        message: `${JSON.stringify(name)} is cited as ${JSON.stringify(role)} here and as ${JSON.stringify(speaker.role)} before; the actor keeps the first role`,
      });
    }
    return speaker;
  };

  const eventIds = new IdAllocator('event');
  const events = pending.map((event, order): { event: TimelineEvent; order: number } => {
    const lane = laneOf(event.group);
    const actors = [lane.id];
    const quotes: Quote[] = [];
    if (event.quote !== undefined) {
      let speaker = lane;
      if (event.quote.cite !== undefined) speaker = speakerFor(event.quote.cite, lane, event.where);
      else {
        warnings.push({
          where: event.where,
          field: naming.field('media.url'),
          message: `the <blockquote> has no <cite>; the quote is attributed to the lane "${lane.name}"`,
        });
      }
      if (!actors.includes(speaker.id)) actors.push(speaker.id);
      quotes.push({
        speaker: speaker.id,
        kind: 'direct',
        text: event.quote.text,
        ...(event.quote.note === undefined ? {} : { note: event.quote.note }),
      });
    }
    const id = eventIds.next(
      `${event.date} ${slugify(event.title) === '' ? 'event' : event.title}`,
      event.date.length + 51,
    );
    genericId(event.where, 'text.headline', event.title, id);
    return {
      order,
      event: {
        id,
        kind: quotes.length > 0 ? 'statement' : 'event',
        date: event.date,
        ...(event.end === undefined ? {} : { end: event.end }),
        ...(event.dateNote === undefined ? {} : { dateNote: event.dateNote }),
        ...(event.time === undefined ? {} : { time: event.time }),
        title: event.title,
        summary: event.summary,
        actors,
        sources: [source.id],
        quotes,
        ...(event.media === undefined ? {} : { media: event.media }),
      },
    };
  });
  // Our files keep events in date order; the input's order breaks ties.
  events.sort(
    (a, b) => startOf(a.event.date).getTime() - startOf(b.event.date).getTime() || a.order - b.order,
  );

  const dataset: Dataset = {
    title,
    description,
    actors: [...lanes.values(), ...speakers.values()],
    sources: [source],
    events: events.map(({ event }) => event),
    ...(eras.length > 0 ? { eras } : {}),
  };
  // In the input's order (the whole timeline's first), each slide's in the order they were found.
  const at = (warning: Warning) => orderOf.get(warning.where) ?? -1;
  return { dataset, warnings: warnings.toSorted((a, b) => at(a) - at(b)) };
}
