import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, parseAst, type Rolldown } from 'vite';
import * as visUtil from 'vis-util/esnext/esm/vis-util.js';
import { describe, expect, it } from 'vitest';
import {
  trimVisTimeline,
  VIS_TIMELINE_MODULE,
  withoutGraph2d,
  withNamedUtils,
  withoutOptionTools,
} from './vite-plugin-trim-vis-timeline.ts';

const modulePath = fileURLToPath(import.meta.resolve('vis-timeline/esnext'));
const source = readFileSync(modulePath, 'utf8');

describe('withoutGraph2d', () => {
  const trimmed = withoutGraph2d(source);

  it('is given the module that `vis-timeline/esnext` resolves to', () => {
    expect(modulePath).toMatch(VIS_TIMELINE_MODULE);
  });

  it("blanks Graph2d's prototype and static assignments", () => {
    expect(source).toMatch(/^Graph2d\.prototype = new Core\(\);$/m);
    expect(trimmed).not.toMatch(/^(Graph2d|LineGraph|Legend|GraphGroup|Bargraph|Points|Line)\.[\w.]+ =/m);
  });

  it("keeps the Timeline's own code in place, and the module still parses", () => {
    expect(trimmed).toContain('class Timeline extends Core {');
    expect(trimmed).toMatch(/^ItemSet\.prototype\._onAdd = ItemSet\.prototype\._onUpdate;$/m);
    expect(trimmed).toMatch(/^BackgroundItem\.prototype\.show = RangeItem\.prototype\.show;$/m);
    expect(trimmed.split('\n')).toHaveLength(source.split('\n').length);
    expect(() => parseAst(trimmed)).not.toThrow();
  });

  it('fails loudly on a module it does not recognise', () => {
    expect(() => withoutGraph2d('export class Timeline {}')).toThrow(/no Graph2d/);
  });
});

describe('withoutOptionTools', () => {
  const trimmed = withoutOptionTools(source);

  it("cuts the Timeline's calls into the options checker and editor, and nothing else", () => {
    expect(source).toContain('let errorFound = Validator.validate(options, allOptions);');
    expect(trimmed).not.toContain('Validator.validate(options, allOptions)');
    expect(trimmed).not.toContain('new Configurator(this, this.dom.container, configureOptions)');
    // Graph2d's own calls are left for withoutGraph2d to drop with the rest of its code.
    expect(trimmed).toContain('Validator.validate(options, allOptions$1)');
    expect(trimmed).toHaveLength(source.length);
    expect(trimmed.split('\n')).toHaveLength(source.split('\n').length);
    expect(() => parseAst(trimmed)).not.toThrow();
  });

  it('fails loudly on a module it does not recognise', () => {
    expect(() => withoutOptionTools('export class Timeline {}')).toThrow(/expected one/);
  });
});

describe('withNamedUtils', () => {
  const trimmed = withNamedUtils(source);
  const spread = /^const availableUtils = \{\n {2}(.*),\n {2}convert,\n {2}setupXSSProtection,\n\};$/m;

  it('names each vis-util helper the module reads, in place of the spread of all of them', () => {
    expect(source).toMatch(/^ {2}\.\.\.util,$/m);
    const named = trimmed.match(spread)?.[1]?.split(', ') ?? [];
    const names = named.map((entry) => /^(\w+): util\.(\w+)$/.exec(entry)?.slice(1));
    expect(names.every((pair) => pair?.[0] === pair?.[1])).toBe(true);
    const read = new Set(Array.from(source.matchAll(/availableUtils\s*\.\s*(\w+)/g), (m) => m[1]));
    for (const own of ['convert', 'setupXSSProtection', 'xss']) read.delete(own);
    expect(new Set(names.map((pair) => pair?.[0]))).toEqual(read);
    for (const name of read) expect(visUtil).toHaveProperty(name!);
    expect(named.length).toBeGreaterThan(20);
    expect(() => parseAst(trimmed)).not.toThrow();
  });

  it('fails loudly on a module it does not recognise', () => {
    expect(() => withNamedUtils('const availableUtils = { ...util };')).toThrow(/spread of vis-util/);
    const readByKey = `${source}\navailableUtils[key]();`;
    expect(() => withNamedUtils(readByKey)).toThrow(/other than by .name/);
  });
});

describe('a build that imports the Timeline', () => {
  const bundle = async (plugins: ReturnType<typeof trimVisTimeline>[]) => {
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        ...plugins,
        {
          name: 'entry',
          enforce: 'pre',
          resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : null),
          load: (id) => (id === '\0entry' ? "export { Timeline } from 'vis-timeline/esnext';" : null),
        },
      ],
      build: {
        write: false,
        minify: false,
        rolldownOptions: { input: 'virtual:entry', preserveEntrySignatures: 'strict' },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    return [result].flat()[0]!.output[0].code;
  };

  it('leaves out the chart code and the options tools, and keeps the Timeline', async () => {
    const [plain, trimmed] = [await bundle([]), await bundle([trimVisTimeline()])];
    for (const code of [plain, trimmed]) expect(code).toMatch(/class Timeline extends Core/);
    const unused = ['function LineGraph(', 'function Bargraph(', 'vis-line-graph'].concat(
      // The options checker's, editor's and colour picker's (vis-timeline's copies and vis-util's).
      ['Unknown option detected', 'vis-configuration-wrapper', 'vis-color-picker'],
    );
    for (const chartCode of unused) {
      expect(plain).toContain(chartCode);
      expect(trimmed).not.toContain(chartCode);
    }
    expect(trimmed.length).toBeLessThan(plain.length * 0.8);
  }, 30_000);
});
