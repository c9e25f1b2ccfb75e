import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'timeline-cli-'));
const small = JSON.parse(readFileSync('e2e/data/small.json', 'utf8'));

function write(name: string, content: unknown) {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const broken = structuredClone(small);
broken.events[3].date = '2019-02-30';
broken.events[1].actors = ['nobody'];
delete broken.events[0].title;

/** One of each kind of problem, all in one file: every one must be reported. */
const everything = structuredClone(small);
everything.events[0].id = '<img src=x onerror="window.__pwned=1">';
everything.events[1].date = '2019-13';
everything.events[2].date = '2019-02-30';
everything.events[2].summary = 42;
delete everything.events[3].title;
everything.events.push({ ...small.events[4] }); // events[5] repeats the id "talks-period"
everything.events[3].quotes = []; // a statement without a quote
everything.events[1].sources = ['missing-source'];
everything.actors[0].name = '';
const EVERY_PROBLEM = [
  'events[0].id: "<img src=x onerror=\\"window.__pwned=1\\">" is not an id',
  'events[1].date: "2019-13" is not a date',
  'events[2].date: "2019-02-30" is not a date',
  'events[2].summary: 42 is not a string',
  'events[3].title: is missing',
  'events[5].id: "talks-period" duplicates the id of events[4]',
  'events[1].sources[0]: "missing-source" is not the id of a source',
  'events[3].quotes: [] is empty, but a statement needs at least one quote',
  'actors[0].name: "" must not be empty',
];

describe('vite build over TIMELINE_DATA', () => {
  it('builds another dataset into --outDir, as a hashed asset the page preloads', () => {
    const outDir = path.join(dir, 'out');
    const { status, output } = run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      TIMELINE_DATA: write('good.json', small),
    });
    expect(status, output).toBe(0);
    const asset = readdirSync(path.join(outDir, 'assets')).find((f) => /^events-.*\.json$/.test(f));
    expect(asset).toBeDefined();
    expect(JSON.parse(readFileSync(path.join(outDir, 'assets', asset!), 'utf8')).title).toBe(small.title);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain(`href="./assets/${asset}"`);
  }, 60_000);

  it('fails on an invalid dataset, naming every field and value', () => {
    const { status, output } = run('npx', ['vite', 'build', '--outDir', path.join(dir, 'bad-out')], {
      TIMELINE_DATA: write('broken.json', broken),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('3 problems');
    expect(output).toContain('events[3].date: "2019-02-30" is not a date');
    expect(output).toContain('events[0].title: is missing');
    expect(output).toContain('events[1].actors[0]: "nobody" is not the id of an actor');
  }, 60_000);
});

describe('every kind of problem at once', () => {
  const file = write('everything.json', everything);
  it.each([
    ['vite build', ['vite', 'build', '--outDir', path.join(dir, 'everything-out')]],
    ['data:check', ['tsx', 'scripts/data-check.ts', file]],
  ])(
    '%s lists each one and exits non-zero',
    (_name, args) => {
      const { status, output } = run('npx', args, { TIMELINE_DATA: file });
      expect(status).not.toBe(0);
      for (const problem of EVERY_PROBLEM) expect(output).toContain(problem);
    },
    60_000,
  );
});

describe('npm run data:check', () => {
  it('passes a valid file and summarises it', () => {
    const { status, output } = run('npx', ['tsx', 'scripts/data-check.ts', write('ok.json', small)]);
    expect(status, output).toBe(0);
    expect(output).toContain('valid — 5 events (2 statements)');
  }, 30_000);

  it('lists every problem and exits non-zero', () => {
    const { status, output } = run('npx', ['tsx', 'scripts/data-check.ts', write('broken2.json', broken)]);
    expect(status).toBe(1);
    expect(output).toContain('3 problems');
    expect(output).toContain('events[3].date: "2019-02-30" is not a date');
  }, 30_000);

  it('names line and column of invalid JSON', () => {
    const { status, output } = run('npx', [
      'tsx',
      'scripts/data-check.ts',
      write('bad.json', '{\n  "title": "x",\n}'),
    ]);
    expect(status).toBe(1);
    expect(output).toContain('not valid JSON at line 2, column 15: a comma after the last item');
  }, 30_000);
});
