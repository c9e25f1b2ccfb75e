/**
 * A synthetic dataset in our format, for benchmarks:
 *   npm run data:synth -- N [--seed S] > file.json
 * N events spread over 2017-01-01..2019-12-31 in six lanes (four countries, two organisations) plus
 * people who speak for them, a mix of events and statements (one or two quotes, some paraphrased),
 * two or three sources per event from a shared pool. The same N and seed give the same file.
 */
import { pathToFileURL } from 'node:url';
import { countOf, formatNumber } from '../src/lib/numbers.ts';
import type { Actor, Dataset, Quote, Source, TimelineEvent } from '../src/features/timeline/model/schema.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS: Actor[] = [
  { id: 'turkey', name: 'Turkey', kind: 'country' },
  { id: 'russia', name: 'Russia', kind: 'country' },
  { id: 'united-states', name: 'United States', kind: 'country' },
  { id: 'china', name: 'China', kind: 'country' },
  { id: 'nato', name: 'NATO', kind: 'organization' },
  { id: 'european-union', name: 'European Union', kind: 'organization' },
  { id: 'ayse-demir', name: 'Ayşe Demir', kind: 'person', role: 'Minister of Defence', country: 'turkey' },
  { id: 'mehmet-kaya', name: 'Mehmet Kaya', kind: 'person', role: 'Foreign Minister', country: 'turkey' },
  {
    id: 'ivan-sokolov',
    name: 'Ivan Sokolov',
    kind: 'person',
    role: 'Deputy Foreign Minister',
    country: 'russia',
  },
  {
    id: 'laura-bennett',
    name: 'Laura Bennett',
    kind: 'person',
    role: 'State Department spokesperson',
    country: 'united-states',
  },
  {
    id: 'wei-zhang',
    name: 'Zhang Wei',
    kind: 'person',
    role: 'Foreign Ministry spokesperson',
    country: 'china',
  },
  {
    id: 'jan-de-vries',
    name: 'Jan de Vries',
    kind: 'person',
    role: 'NATO Deputy Secretary General',
    country: 'nato',
  },
  {
    id: 'elena-rossi',
    name: 'Elena Rossi',
    kind: 'person',
    role: 'EU foreign policy chief',
    country: 'european-union',
  },
];
const LANES = ACTORS.filter((a) => a.kind !== 'person');
const PEOPLE = ACTORS.filter((a) => a.kind === 'person');

const PUBLISHERS = [
  ['reuters', 'Reuters'],
  ['ap', 'Associated Press'],
  ['afp', 'Agence France-Presse'],
  ['bbc', 'BBC News'],
  ['dw', 'Deutsche Welle'],
  ['aa', 'Anadolu Agency'],
  ['tass', 'TASS'],
  ['xinhua', 'Xinhua'],
  ['politico', 'Politico Europe'],
  ['hurriyet', 'Hürriyet Daily News'],
] as const;

const VERBS = [
  'announces',
  'rejects',
  'confirms',
  'delays',
  'questions',
  'welcomes',
  'signs',
  'suspends',
  'defends',
  'reviews',
  'warns over',
  'proposes',
  'postpones',
  'criticises',
  'backs',
];
const OBJECTS = [
  'air-defence contract',
  'missile delivery schedule',
  'joint working group',
  'sanctions package',
  'fighter jet programme',
  'technology transfer',
  'loan agreement',
  'training mission',
  'radar deployment',
  'export licence',
  'summit agenda',
  'border patrol plan',
  'naval exercise',
  'maintenance deal',
  'pipeline project',
  'trade talks',
  'security guarantee',
  'inspection regime',
];
const PLACES = [
  'Ankara',
  'Moscow',
  'Washington',
  'Beijing',
  'Brussels',
  'Istanbul',
  'Sochi',
  'Geneva',
  'Vienna',
  'Helsinki',
  'Izmir',
  'Munich',
];
const SUBJECTS = [
  'The agreement',
  'Our position',
  'This decision',
  'The timetable',
  'The offer',
  'Cooperation',
  'The programme',
  'Dialogue',
];
const PREDICATES = [
  'is final and will not change',
  'remains open to discussion',
  'serves the security of our people',
  'was agreed after long negotiations',
  'does not threaten any ally',
  'must respect international commitments',
  'will be reviewed next month',
  'has the support of parliament',
  'depends on what our partners do',
  'is a sovereign matter',
];

const START = Date.UTC(2017, 0, 1);
const DAYS = 1095; // 2017-01-01 .. 2019-12-31
const DAY = 86_400_000;

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A dataset of `count` events, the same for the same count and seed. */
export function synthDataset(count: number, seed = 1): Dataset {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

  // The pool of sources, in date order; an event cites sources published around its date.
  const poolSize = Math.max(8, Math.ceil(count / 3));
  const sourceDays = Array.from({ length: poolSize }, () => int(DAYS)).sort((a, b) => a - b);
  const sources: Source[] = sourceDays.map((day, i) => {
    const [slug, publisher] = pick(PUBLISHERS);
    const published = iso(START + day * DAY);
    const source: Source = {
      id: `${slug}-${published}-${i + 1}`,
      publisher,
      title: `${pick(LANES).name} ${pick(VERBS)} ${pick(OBJECTS)} in ${pick(PLACES)}`,
      published: random() < 0.08 ? published.slice(0, 7) : published,
      url: `https://news.example.org/${slug}/${published}/${i + 1}`,
    };
    if (source.published.length === 7) source.publishedNote = 'Month from the URL; day not shown';
    return source;
  });

  const days = Array.from({ length: count }, () => int(DAYS)).sort((a, b) => a - b);
  const events: TimelineEvent[] = days.map((day, i) => {
    const isStatement = random() < 0.45;
    const speaker = isStatement ? pick(PEOPLE) : undefined;
    const lane = speaker ? (LANES.find((a) => a.id === speaker.country) as Actor) : pick(LANES);
    const other = pick(LANES.filter((a) => a.id !== lane.id));
    const actors = speaker ? [speaker.id, lane.id, other.id] : [lane.id, other.id];

    // Mostly days; some months and years, and a few periods of a few months.
    const full = iso(START + day * DAY);
    const precision = random();
    const date = precision < 0.03 ? full.slice(0, 4) : precision < 0.1 ? full.slice(0, 7) : full;
    const end =
      date.length === 7 && random() < 0.3
        ? iso(Math.min(START + (day + 30 + int(120)) * DAY, Date.UTC(2019, 11, 31))).slice(0, 7)
        : undefined;

    const title = speaker
      ? `${speaker.name}: ${lane.name} ${pick(VERBS)} ${pick(OBJECTS)}`
      : `${lane.name} ${pick(VERBS)} ${pick(OBJECTS)} with ${other.name}`;
    const near = Math.min(poolSize - 1, Math.round((i / Math.max(1, count - 1)) * (poolSize - 1)));
    const cited = new Set<string>();
    const wanted = 2 + int(2);
    while (cited.size < wanted) {
      const at = Math.min(poolSize - 1, Math.max(0, near + int(9) - 4));
      cited.add((sources[at] as Source).id);
    }
    const eventSources = [...cited];
    const quotes: Quote[] = speaker
      ? Array.from({ length: 1 + int(2) }, (_, q) => {
          const kind = random() < 0.25 ? 'paraphrase' : 'direct';
          const words = `${pick(SUBJECTS)} ${pick(PREDICATES)}`;
          const quote: Quote = {
            speaker: speaker.id,
            kind,
            source: eventSources[q % eventSources.length] as string,
            text:
              kind === 'direct'
                ? `${words}, and we said so clearly in ${pick(PLACES)}`
                : `${speaker.name} said that ${words.charAt(0).toLowerCase()}${words.slice(1)}`,
          };
          return quote;
        })
      : [];
    const event: TimelineEvent = {
      id: `${date}-${slugify(title).split('-').slice(0, 6).join('-')}-${i + 1}`,
      kind: isStatement ? 'statement' : 'event',
      date,
      title,
      summary: `${lane.name} and ${other.name} met in ${pick(PLACES)}; reports describe the ${pick(
        OBJECTS,
      )} as ${pick(['routine', 'contested', 'urgent', 'long delayed', 'unexpected'])}.`,
      actors,
      sources: eventSources,
      quotes,
    };
    if (end !== undefined && end > date) event.end = end;
    if (date.length < 10) event.dateNote = date.length === 4 ? 'Year only' : 'Month only';
    return event;
  });

  // In date order, as in a hand-written file: a month or a year sorts at its start.
  const startOf = (date: string) => Date.parse(`${date}-01-01`.slice(0, 10));
  events.sort((a, b) => startOf(a.date) - startOf(b.date));

  return {
    title: `Synthetic timeline (${countOf(count, 'event')})`,
    description: `${formatNumber(count)} generated events between 2017 and 2019, for benchmarks (seed ${seed}). Not real events.`,
    actors: ACTORS,
    sources,
    events,
  };
}

function usage(): never {
  console.error('usage: npm run data:synth -- N [--seed S]');
  process.exit(2);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  let count: number | undefined;
  let seed = 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--seed') seed = Number(args[++i]);
    else if (arg.startsWith('--seed=')) seed = Number(arg.slice(7));
    else if (count === undefined) count = Number(arg);
    else usage();
  }
  if (count === undefined || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) usage();
  process.stdout.write(`${JSON.stringify(synthDataset(count, seed), null, 2)}\n`);
}
