import * as z from 'zod/mini';
import { isInYearZero, isPartialDate, SLUG } from '../../../lib/formats.ts';
import { endOf, startOf } from './dates.ts';

export { isPartialDate };

// No code generation: the page's Content-Security-Policy forbids eval, and zod would try it.
z.config({ jitless: true });

/**
 * The dataset contract. The app, the build (vite plugin) and `npm run data:check`
 * all validate with `validateDataset`, so there is exactly one definition of a valid file.
 * zod/mini: the same checks as zod's classic API at a third of the bundle.
 */

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A character that shows: not a space, a control, a format or other invisible character (U+2800,
 * the blank Braille pattern, is a favourite "empty" name), nor a combining mark, which has nothing
 * to sit on alone.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;
/** Characters that show as nothing, which a problem's value spells out (JSON leaves them as they are). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]/gu;
const text = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'must not be empty', abort: true }),
  // A title of only U+202E (a direction control) or U+200B (a zero-width space) shows as nothing.
  z.refine((value) => VISIBLE.test(value), {
    error: 'has only invisible characters: it would show as nothing',
  }),
);
/** The longest id: an event's id names its page's folder, and file systems take names of 255 bytes at most. */
const MAX_ID_LENGTH = 100;
const slug = z.string().check(
  z.regex(SLUG, { error: 'is not an id (lowercase letters, digits and single hyphens, e.g. "erdogan")' }),
  z.maxLength(MAX_ID_LENGTH, {
    error: (issue) =>
      `is ${String(issue.input).length} characters long: an id has ${MAX_ID_LENGTH} at most (an event's names its page's folder)`,
  }),
);
const partialDate = z.string().check(
  z.refine((value) => isPartialDate(value) && !isInYearZero(value), {
    error: (issue) =>
      isInYearZero(String(issue.input))
        ? 'is in year 0, which the calendar has not got (dates start at 0001)'
        : 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  }),
);
const httpUrl = z.string().check(
  z.refine(isHttpUrl, { error: 'is not an http(s) URL' }),
  // The browser drops them, but a reader copying the address from the data would copy them too.
  z.refine((value) => value === value.trim(), { error: 'has spaces at its start or end' }),
);

export const actorSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(['country', 'organization', 'person']),
  /** A person's role, e.g. "President of Turkey". */
  role: z.optional(text),
  /** For a person: the country or organisation actor whose lane their statements go in. */
  country: z.optional(slug),
});

export const sourceSchema = z.strictObject({
  id: slug,
  publisher: text,
  /** Its title as published; left out when it could not be seen (then `url` names the source). */
  title: z.optional(text),
  published: partialDate,
  /** Where the publication date comes from when the page does not show it, e.g. "From the URL". */
  publishedNote: z.optional(text),
  url: z.optional(httpUrl),
});

export const quoteSchema = z.strictObject({
  speaker: slug,
  text,
  kind: z.enum(['direct', 'paraphrase']),
  /** The source this wording comes from, when the event has several. */
  source: z.optional(slug),
  /** A note on the wording, e.g. "Translation by Reuters" or "Alternative translation". */
  note: z.optional(text),
  /** Language of the text when it is not English (BCP 47, e.g. "tr"), so it is read out right. */
  lang: z.optional(
    z.string().check(
      z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        error: 'is not a language tag (e.g. "tr" or "pt-BR")',
      }),
    ),
  ),
});

export const eventSchema = z.strictObject({
  id: slug,
  kind: z.enum(['event', 'statement']),
  date: partialDate,
  /** Last day (or month, or year) of a period; the event then spans date..end. */
  end: z.optional(partialDate),
  /** What is uncertain about the date, e.g. "Sources differ: 24 or 25 July". */
  dateNote: z.optional(text),
  /** Time of day on `date` as given by the source, "HH:MM" (24-hour, the source's local time). */
  time: z.optional(
    z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'is not a time (HH:MM, 24-hour)' })),
  ),
  title: text,
  summary: text,
  actors: z.array(slug).check(z.minLength(1, { error: 'must name at least one actor' })),
  sources: z.array(slug).check(z.minLength(1, { error: 'must name at least one source' })),
  quotes: z.array(quoteSchema),
  /** A photo, video or document about the event: shown as a link, never embedded. */
  media: z.optional(z.strictObject({ url: httpUrl, credit: z.optional(text), caption: z.optional(text) })),
});

/** A named period drawn as a band behind all lanes, e.g. "Cold War". */
export const eraSchema = z.strictObject({
  title: text,
  start: partialDate,
  end: partialDate,
});

const datasetShape = z.strictObject({
  title: text,
  description: text,
  actors: z.array(actorSchema),
  sources: z.array(sourceSchema),
  events: z.array(eventSchema),
  eras: z.optional(z.array(eraSchema)),
});

/**
 * The outline of a dataset: what the timeline needs to draw it (and the panel its heading). The build writes it next to the
 * dataset; the app loads it first and draws the timeline from it while the rest (summaries, quotes,
 * sources) comes in.
 */
// Not strict, unlike the dataset: the build writes the outline, and a whole dataset passes as one.
export const outlineEventSchema = z.object(
  z.pick(eventSchema, {
    id: true,
    kind: true,
    date: true,
    end: true,
    dateNote: true,
    time: true,
    title: true,
    actors: true,
  }).def.shape,
);

const outlineShape = z.object({
  title: text,
  description: text,
  actors: z.array(actorSchema),
  events: z.array(outlineEventSchema),
  eras: z.optional(z.array(eraSchema)),
});

export type OutlineEvent = z.infer<typeof outlineEventSchema>;
export type Outline = z.infer<typeof outlineShape>;
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Era = z.infer<typeof eraSchema>;
export type Dataset = z.infer<typeof datasetShape>;

export const datasetSchema = datasetShape;

type Problem = { path: PropertyKey[]; message: string; value: unknown };
type Loose = Record<string, unknown>;

const entries = (value: unknown): Loose[] =>
  Array.isArray(value)
    ? value.map((item) => (item !== null && typeof item === 'object' ? (item as Loose) : {}))
    : [];
const strings = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Rules that span several fields: unique ids, references that resolve, ordered periods.
 * They read the raw input defensively so that they report even when the shape has errors.
 */
function crossCheck(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const root: Loose = input !== null && typeof input === 'object' ? (input as Loose) : {};
  const report = (path: PropertyKey[], message: string, value: unknown) =>
    problems.push({ path, message, value });

  const uniqueIds = (key: string) => {
    const seen = new Map<unknown, number>();
    entries(root[key]).forEach((item, i) => {
      if (typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else report([key, i, 'id'], `duplicates the id of ${key}[${first}]`, item.id);
    });
    return seen;
  };
  const actorIds = uniqueIds('actors');
  const sourceIds = uniqueIds('sources');
  uniqueIds('events');
  const resolve = (ids: Map<unknown, number>, path: PropertyKey[], value: unknown, what: string) => {
    if (typeof value === 'string' && !ids.has(value)) report(path, `is not the id of ${what}`, value);
  };

  const kinds = new Map(entries(root.actors).map((actor) => [actor.id, actor.kind]));
  entries(root.actors).forEach((actor, i) => {
    resolve(actorIds, ['actors', i, 'country'], actor.country, 'an actor');
    // A person's lane is their country's: another person has none to give.
    if (typeof actor.country === 'string' && kinds.get(actor.country) === 'person') {
      report(['actors', i, 'country'], 'is a person, not a country or organisation', actor.country);
    }
  });
  entries(root.sources).forEach((source, i) => {
    if (source.title === undefined && source.url === undefined) {
      report(
        ['sources', i, 'title'],
        'is missing, and so is url: a source needs one or the other',
        undefined,
      );
    }
  });
  entries(root.events).forEach((event, i) => {
    strings(event.actors).forEach((id, j) => resolve(actorIds, ['events', i, 'actors', j], id, 'an actor'));
    strings(event.sources).forEach((id, j) =>
      resolve(sourceIds, ['events', i, 'sources', j], id, 'a source'),
    );
    entries(event.quotes).forEach((quote, j) => {
      resolve(actorIds, ['events', i, 'quotes', j, 'speaker'], quote.speaker, 'an actor');
      resolve(sourceIds, ['events', i, 'quotes', j, 'source'], quote.source, 'a source');
    });
    if (event.kind === 'statement' && Array.isArray(event.quotes) && event.quotes.length === 0) {
      report(['events', i, 'quotes'], 'is empty, but a statement needs at least one quote', []);
    }
    // The period must not end before it starts: "2019-07-12" may end in "2019-07", not in "2019-06".
    const { date, end } = event;
    if (typeof date === 'string' && typeof end === 'string' && isPartialDate(date) && isPartialDate(end)) {
      if (endOf(end) <= startOf(date)) report(['events', i, 'end'], `is before the date "${date}"`, end);
    }
    if (typeof event.time === 'string' && typeof date === 'string' && date.length !== 10) {
      report(['events', i, 'time'], `needs a date with a day, not "${date}"`, event.time);
    }
    const repeated = (key: 'actors' | 'sources') =>
      strings(event[key]).forEach((id, j, all) => {
        if (all.indexOf(id) !== j) report(['events', i, key, j], 'is listed twice', id);
      });
    repeated('actors');
    repeated('sources');
    const eventSources = strings(event.sources);
    entries(event.quotes).forEach((quote, j) => {
      if (
        typeof quote.source === 'string' &&
        sourceIds.has(quote.source) &&
        !eventSources.includes(quote.source)
      ) {
        report(['events', i, 'quotes', j, 'source'], "is not one of the event's sources", quote.source);
      }
      // Which of them printed these words: else the panel names no source for them, and a
      // citation could only guess.
      const distinct = new Set(eventSources);
      if (quote.source === undefined && distinct.size > 1) {
        report(
          ['events', i, 'quotes', j, 'source'],
          `is missing: the event has ${distinct.size} sources (${[...distinct].join(', ')}), so a quote names the one its words come from`,
          undefined,
        );
      }
    });
  });
  entries(root.eras).forEach((era, i) => {
    const { start, end } = era;
    if (typeof start === 'string' && typeof end === 'string' && isPartialDate(start) && isPartialDate(end)) {
      if (endOf(end) <= startOf(start)) report(['eras', i, 'end'], `is before the start "${start}"`, end);
    }
  });
  return problems;
}

/** The outline of a valid dataset (see outlineEventSchema). */
export function toOutline({ title, description, actors, events, eras }: Dataset): Outline {
  return {
    title,
    description,
    actors,
    events: events.map(({ id, kind, date, end, dateNote, time, title, actors }) => ({
      id,
      kind,
      date,
      ...(end !== undefined && { end }),
      // The panel's heading shows it: from the outline, nothing moves when the rest arrives.
      ...(dateNote !== undefined && { dateNote }),
      ...(time !== undefined && { time }),
      title,
      actors,
    })),
    ...(eras !== undefined && { eras }),
  };
}

export type ValidationResult<T = Dataset> = { ok: true; data: T } | { ok: false; problems: string[] };

/** "events[3].date" from ["events", 3, "date"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  // Not the space itself; what JSON has escaped already (\n, \t, \u0000) is no longer a control.
  const json = JSON.stringify(value)?.replace(INVISIBLE, (char) => {
    const code = char.codePointAt(0)!;
    if (char === ' ') return char;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** Turns a zod issue into our wording: the offending value, then what is wrong with it. */
/** The fields of each kind of object, by the key its list (or it) sits under; the root's under "". */
const FIELDS: Record<string, string[]> = {
  '': Object.keys(datasetShape.def.shape),
  actors: Object.keys(actorSchema.def.shape),
  sources: Object.keys(sourceSchema.def.shape),
  events: Object.keys(eventSchema.def.shape),
  quotes: Object.keys(quoteSchema.def.shape),
  media: ['url', 'credit', 'caption'],
  eras: Object.keys(eraSchema.def.shape),
};
const looseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[-_\s]/g, '')
    .replace(/s$/, '');

function unknownField(path: PropertyKey[], key: string): Problem {
  // "did you mean" among the fields of this object only: events[0].Sources is an event's "sources".
  const under = path.findLast((part) => typeof part === 'string') ?? '';
  const fields = FIELDS[String(under)] ?? [];
  const like = fields.find((known) => known !== key && looseName(known) === looseName(key));
  return {
    path: [...path, key],
    value: undefined,
    message: `is not a known field${like ? ` (did you mean "${like}"?)` : ''}`,
  };
}

function fromIssue(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownField(path, key));
  return [fromKnownIssue(issue, path, valueAt(root, path))];
}

function fromKnownIssue(issue: z.core.$ZodIssue, path: PropertyKey[], value: unknown): Problem {
  if (issue.code === 'invalid_type') {
    const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
    return {
      path,
      value,
      message: value === undefined ? 'is missing' : `is not ${article} ${issue.expected}`,
    };
  }
  if (issue.code === 'invalid_value') {
    if (value === undefined) return { path, value, message: 'is missing' };
    return { path, value, message: `is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return { path, value, message: 'must not be empty' };
  }
  return { path, value, message: issue.message };
}

function describe({ path, value, message }: Problem): string {
  const where = formatPath(path) || 'dataset';
  return value === undefined ? `${where}: ${message}` : `${where}: ${describeValue(value)} ${message}`;
}

function validateWith<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input);
  const problems = [
    ...(result.success ? [] : result.error.issues.flatMap((issue) => fromIssue(issue, input))),
    ...crossCheck(input),
  ];
  if (result.success && problems.length === 0) return { ok: true, data: result.data };
  return { ok: false, problems: problems.map(describe) };
}

/** Validates parsed JSON and lists every problem as "path: value message". */
export function validateDataset(input: unknown): ValidationResult {
  return validateWith(datasetShape, input);
}

/** The same for an outline: its fields obey the same rules (a whole dataset passes too). */
export function validateOutline(input: unknown): ValidationResult<Outline> {
  return validateWith(outlineShape, input);
}

/** JSON.parse, with an error that names line and column (engines word their own errors differently). */
export async function parseJson(
  source: string,
): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
  // A byte-order mark, which Windows editors write, is not JSON but says nothing wrong about the data.
  if (source.startsWith('\uFEFF')) source = source.slice(1);
  if (source.trim() === '')
    return { ok: false, problem: 'the file is empty: a dataset is a JSON object, { … }' };
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const { parse, printParseErrorCode } = await import('jsonc-parser');
    const errors: import('jsonc-parser').ParseError[] = [];
    parse(source, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) return { ok: false, problem: `not valid JSON: ${String(error)}` };
    let { offset } = first;
    const code = printParseErrorCode(first.error);
    let reason = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    // The commonest slip, which the parser words as what it missed after it: a comma before } or ].
    const before = source.slice(0, offset).trimEnd();
    const expected = code === 'PropertyNameExpected' || code === 'ValueExpected';
    if (expected && before.endsWith(',') && /^[}\]]/.test(source.slice(offset))) {
      offset = before.length - 1;
      reason = 'a comma after the last item (JSON allows none there)';
    }
    const lines = source.slice(0, offset).split('\n');
    const column = (lines.at(-1)?.length ?? 0) + 1;
    return { ok: false, problem: `not valid JSON at line ${lines.length}, column ${column}: ${reason}` };
  }
}

/** Text of a dataset file -> a validated dataset, or every problem found. */
export async function parseDataset(source: string): Promise<ValidationResult> {
  const json = await parseJson(source);
  return json.ok ? validateDataset(json.value) : { ok: false, problems: [json.problem] };
}

/** Text of an outline file -> a validated outline, or every problem found. */
export async function parseOutline(source: string): Promise<ValidationResult<Outline>> {
  const json = await parseJson(source);
  return json.ok ? validateOutline(json.value) : { ok: false, problems: [json.problem] };
}
