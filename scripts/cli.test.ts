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
    expect(output).toContain('not valid JSON at line 3, column 1');
  }, 30_000);
});
