/**
 * npm run data:check [FILE]: validates a dataset (data/events.json by default) with the schema the
 * app uses, and lists every problem with its path and value.
 */
import { parseDataset } from '../src/features/timeline/model/schema.ts';
import { readUtf8 } from './read-text.ts';

const file = process.argv[2] ?? 'data/events.json';
let source: string;
try {
  source = readUtf8(file);
} catch (error) {
  const { message, code } = error as NodeJS.ErrnoException;
  console.error(code ? `${file}: cannot be read (${message})` : message);
  process.exit(1);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const result = await parseDataset(source);
if (result.ok) {
  const { events, actors, sources } = result.data;
  const statements = events.filter((e) => e.kind === 'statement').length;
  const quotes = events.flatMap((e) => e.quotes);
  const paraphrases = quotes.filter((q) => q.kind === 'paraphrase').length;
  console.log(
    `${file}: valid — ${plural(events.length, 'event')} (${plural(statements, 'statement')}), ` +
      `${plural(quotes.length, 'quote')} (${plural(paraphrases, 'paraphrase')}), ` +
      `${plural(actors.length, 'actor')}, ${plural(sources.length, 'source')}`,
  );
} else {
  console.error(`${file}: ${plural(result.problems.length, 'problem')}`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  process.exit(1);
}
