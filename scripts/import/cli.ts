/**
 * npm run data:import -- FILE [--out data/my.json] [--from timelinejs|csv] [--group-kind KIND]
 *   [--published YYYY-MM-DD] [--source-url URL]
 *
 * Writes the dataset to --out (or to stdout), and every warning to stderr.
 * Exit codes: 0 imported (possibly with warnings), 1 the input cannot be imported (or yields no
 * event or era), 2 wrong usage.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isPartialDate } from '../../src/lib/formats.ts';
import { importText, INPUT_FORMATS, type InputFormat } from './import-text.ts';
import { formatWarning, GROUP_KINDS, ImportError, isHttpUrl, type GroupKind } from './timelinejs.ts';

const USAGE = `usage: npm run data:import -- FILE [options]

Imports a TimelineJS JSON file, or a CSV in the layout of TimelineJS's Google Sheets template.

  --out FILE           write the dataset to FILE (default: print it)
  --from FORMAT        timelinejs or csv (default: detected from the content)
  --group-kind KIND    what each group becomes: organization (default), country or person
  --published DATE     publication date of the timeline, for its source (YYYY, YYYY-MM or YYYY-MM-DD);
                       without it, the file's modification date is used, and said to be so
  --source-url URL     address of the published timeline, for its source
  --help               show this help`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  out: { type: 'string' },
  from: { type: 'string' },
  'group-kind': { type: 'string' },
  published: { type: 'string' },
  'source-url': { type: 'string' },
  help: { type: 'boolean' },
} as const;

let args;
try {
  args = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) usage(positionals.length === 0 ? 'no input file given' : 'give one input file');
const file = positionals[0] ?? '';

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string) => {
  if (value !== undefined && !allowed.includes(value as T)) {
    usage(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T | undefined;
};
const from = oneOf<InputFormat>(values.from, INPUT_FORMATS, 'from');
const groupKind = oneOf<GroupKind>(values['group-kind'], GROUP_KINDS, 'group-kind');
if (values.published !== undefined && !isPartialDate(values.published)) {
  usage(`--published must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not "${values.published}"`);
}
const sourceUrl = values['source-url'];
if (sourceUrl !== undefined && !isHttpUrl(sourceUrl)) {
  usage(`--source-url must be an http(s) address, not "${sourceUrl}"`);
}

let text: string;
let modified: Date;
try {
  text = readFileSync(file, 'utf8');
  modified = statSync(file).mtime;
} catch (error) {
  console.error(`${file}: cannot be read (${(error as Error).message})`);
  process.exit(1);
}

try {
  const { dataset, warnings, format } = await importText(text, {
    fileName: path.basename(file),
    modified,
    from,
    groupKind,
    published: values.published,
    sourceUrl,
  });
  for (const warning of warnings) console.error(`warning: ${formatWarning(warning)}`);
  // An empty timeline is a valid dataset, but an import that yields one is a mistake (another
  // kind of file, every slide left out): said, and nothing written.
  if (dataset.events.length === 0 && (dataset.eras ?? []).length === 0) {
    const dropped = warnings.filter((warning) => warning.dropped).length;
    const unit = format === 'csv' ? 'row' : 'slide';
    console.error(
      `${file}: nothing to import: no event or era could be read` +
        (dropped > 0
          ? ` (${dropped} ${unit}${dropped === 1 ? '' : 's'} left out, see the warnings above)`
          : ''),
    );
    process.exit(1);
  }
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(json);
  else {
    mkdirSync(path.dirname(values.out), { recursive: true });
    writeFileSync(values.out, json);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const statements = dataset.events.filter((event) => event.kind === 'statement').length;
  const dropped = warnings.filter((warning) => warning.dropped).length;
  console.error(
    `${file} (${format === 'csv' ? 'sheet CSV' : 'TimelineJS JSON'}): ` +
      `${plural(dataset.events.length, 'event')} (${plural(statements, 'statement')}), ` +
      `${plural(dataset.actors.length, 'actor')}, ${plural(dataset.eras?.length ?? 0, 'era')}, ` +
      `${plural(warnings.length, 'warning')}` +
      `${dropped > 0 ? ` (${plural(dropped, format === 'csv' ? 'row' : 'slide')} not imported)` : ''}` +
      `${values.out === undefined ? '' : `; wrote ${values.out}`}`,
  );
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  for (const line of error.message.split('\n')) console.error(`${file}: ${line}`);
  process.exit(1);
}
