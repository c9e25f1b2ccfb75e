import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset } from '../../src/features/timeline/model/schema.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'timeline-import-'));
const SHEET = 'e2e/data/timelinejs/sheet.csv';
const WOMEN = 'e2e/data/timelinejs/women_in_computing.json';

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/import/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string) {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run data:import', () => {
  it('prints the dataset on stdout and the warnings on stderr', () => {
    const { status, stdout, stderr } = run(SHEET);
    expect(status, stderr).toBe(0);
    const dataset = JSON.parse(stdout) as Dataset;
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.title).toBe('A small test sheet');
    expect(stderr).toContain(
      'warning: row 7 (line 8) "First deliveries", Background: "#224466" is not imported (the explorer has no slide backgrounds)',
    );
    expect(stderr).toContain('(sheet CSV): 5 events (0 statements), 3 actors, 1 era, 1 warning');
  }, 60_000);

  it('says how many rows it left out', () => {
    const file = write('dropped.csv', 'Year,Headline,Text\n2019,Kept,a\nc. 1950,Dropped,b\n,No date,c\n');
    const { status, stderr } = run(file);
    expect(status, stderr).toBe(0);
    expect(stderr).toContain('"Dropped", Year: "c. 1950" is not a year (a whole number from 1 to 9999)');
    expect(stderr).toMatch(/\(sheet CSV\): 1 event \(0 statements\), .*\(2 rows not imported\)$/m);
  }, 60_000);

  it('writes --out (making its folder), which data:check accepts; the source is dated by the file', () => {
    const input = path.join(dir, 'women.json');
    copyFileSync(WOMEN, input);
    utimesSync(input, new Date('2015-06-30T12:00:00Z'), new Date('2015-06-30T12:00:00Z'));
    const out = path.join(dir, 'nested', 'women-imported.json');
    const { status, stdout, stderr } = run(input, '--out', out);
    expect(status, stderr).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`; wrote ${out}`);
    expect(stderr).toContain('(TimelineJS JSON): 10 events (1 statement), 2 actors, 0 eras, 3 warnings');
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.sources[0]).toMatchObject({
      published: '2015-06-30',
      publishedNote: 'Date the imported file was last modified, not a publication date',
    });
    const check = spawnSync('npx', ['tsx', 'scripts/data-check.ts', out], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('valid — 10 events (1 statement), 1 quote');
  }, 60_000);

  it('takes --published, --source-url and --group-kind', () => {
    const { status, stdout, stderr } = run(
      SHEET,
      '--from',
      'csv',
      '--published',
      '2020-01',
      '--source-url',
      'https://example.org/sheet',
      '--group-kind',
      'country',
    );
    expect(status, stderr).toBe(0);
    const dataset = JSON.parse(stdout) as Dataset;
    expect(dataset.sources[0]).toEqual({
      id: 'a-small-test-sheet',
      publisher: 'sheet.csv',
      title: 'A small test sheet',
      published: '2020-01',
      url: 'https://example.org/sheet',
    });
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(new Set(['country']));
  }, 60_000);

  it('exits 1 and writes nothing when nothing can be imported', () => {
    const out = path.join(dir, 'nothing.json');
    // The explorer's own dataset, given by mistake: no slide has a TimelineJS start_date.
    const mistaken = run('e2e/data/small.json', '--out', out);
    expect(mistaken.status).toBe(1);
    expect(mistaken.stderr).toMatch(/nothing to import: no event or era could be read \(\d+ slides left out/);
    expect(existsSync(out)).toBe(false);

    const empty = run(write('empty.json', '{ "events": [] }'), '--out', out);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('empty.json: nothing to import: no event or era could be read');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('exits 1 naming line and column when the file cannot be read', () => {
    const json = run(write('broken.json', '{\n  "events": [],\n}'), '--out', path.join(dir, 'never.json'));
    expect(json.status).toBe(1);
    expect(json.stderr).toContain(
      'broken.json: not valid JSON at line 2, column 15: a comma after the last item (JSON allows none there)',
    );
    expect(existsSync(path.join(dir, 'never.json'))).toBe(false);

    const csv = run(write('broken.csv', 'Year,Headline,Text\n2019,"Open,x\n2020,b,c\n'));
    expect(csv.status).toBe(1);
    expect(csv.stderr).toContain(
      'broken.csv: not valid CSV at line 2, column 6 (sheet row 2): a quoted field is never closed',
    );
    expect(csv.stdout).toBe('');

    // Forced to read JSON as a sheet, it finds no template columns.
    const forced = run(WOMEN, '--from', 'csv');
    expect(forced.status).toBe(1);
    expect(forced.stderr).toContain('not a TimelineJS sheet');

    const missing = run(path.join(dir, 'no-such-file.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such-file.json: cannot be read');
  }, 120_000);

  it.each([
    [[], 'no input file given'],
    [[SHEET, '--from', 'xml'], '--from must be one of timelinejs, csv, not "xml"'],
    [[SHEET, '--group-kind', 'city'], '--group-kind must be one of country, organization, person'],
    [[SHEET, '--published', '2019-02-30'], '--published must be a date'],
    [[SHEET, '--source-url', 'javascript:alert(1)'], '--source-url must be an http(s) address'],
    [[SHEET, '--bogus'], "Unknown option '--bogus'"],
  ])(
    'exits 2 on wrong usage: %j',
    (args, message) => {
      const { status, stderr } = run(...args);
      expect(status).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).toContain('usage: npm run data:import -- FILE [options]');
    },
    60_000,
  );
});
