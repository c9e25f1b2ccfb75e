import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { withoutGraph2d, type Program } from './vite-plugin-drop-graph2d.ts';

// The module `vis-timeline/esnext` resolves to in a build.
const visTimeline = readFileSync(
  path.resolve('node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js'),
  'utf8',
);
const parse = (code: string) => parseAst(code) as unknown as Program;

describe('withoutGraph2d', () => {
  const trimmed = withoutGraph2d(visTimeline, parse);

  it("drops Graph2d's prototype and static assignments", () => {
    expect(visTimeline).toMatch(/^Graph2d\.prototype = new Core\(\);$/m);
    expect(trimmed).not.toMatch(/^(Graph2d|LineGraph|Legend|GraphGroup|Bargraph|Points|Line)\.[\w.]+ =/m);
  });

  it("keeps the Timeline's own code, and the module still parses", () => {
    expect(trimmed).toContain('class Timeline extends Core {');
    expect(trimmed).toMatch(/^ItemSet\.prototype\._onAdd = ItemSet\.prototype\._onUpdate;$/m);
    expect(trimmed).toMatch(/^BackgroundItem\.prototype\.show = RangeItem\.prototype\.show;$/m);
    expect(() => parseAst(trimmed)).not.toThrow();
    expect(trimmed.split('\n')).toHaveLength(visTimeline.split('\n').length);
  });

  it('fails loudly on a module it does not recognise', () => {
    expect(() => withoutGraph2d('export class Timeline {}', parse)).toThrow(/no Graph2d/);
  });
});
