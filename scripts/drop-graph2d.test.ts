import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, parseAst, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropGraph2d, VIS_TIMELINE_MODULE, withoutGraph2d } from './vite-plugin-drop-graph2d.ts';

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

describe('a build that imports the Timeline', () => {
  const bundle = async (plugins: ReturnType<typeof dropGraph2d>[]) => {
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

  it('leaves out the chart code, and keeps the Timeline', async () => {
    const [plain, trimmed] = [await bundle([]), await bundle([dropGraph2d()])];
    for (const code of [plain, trimmed]) expect(code).toMatch(/class Timeline extends Core/);
    for (const chartCode of ['function LineGraph(', 'function Bargraph(', 'vis-line-graph']) {
      expect(plain).toContain(chartCode);
      expect(trimmed).not.toContain(chartCode);
    }
    expect(trimmed.length).toBeLessThan(plain.length * 0.9);
  }, 30_000);
});
