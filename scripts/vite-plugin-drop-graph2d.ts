import type { Plugin } from 'vite';

/** The function-style constructors that only vis-timeline's Graph2d (line and bar charts) uses. */
const GRAPH2D_ONLY = new Set(['Points', 'Bargraph', 'Line', 'GraphGroup', 'Legend', 'LineGraph', 'Graph2d']);

const MODULE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export interface Program {
  body: Node[];
}

/** `Legend.prototype.redraw = …` → "Legend"; `Points.draw = …` → "Points". */
function assignedRoot(statement: Node): string | null {
  if (statement.type !== 'ExpressionStatement') return null;
  const expression = statement.expression as Node;
  if (expression.type !== 'AssignmentExpression') return null;
  let target = expression.left as Node;
  while (target.type === 'MemberExpression') target = target.object as Node;
  return target.type === 'Identifier' ? (target.name as string) : null;
}

/**
 * The source with Graph2d's top-level statements blanked out (spaces, newlines kept, so every
 * other line and column stays where it was and the source map needs no change). `parse` is the
 * bundler's ESTree parser. Throws when there are none: the module has changed and this needs a look.
 */
export function withoutGraph2d(code: string, parse: (code: string) => Program): string {
  const dropped = parse(code).body.filter((statement) => GRAPH2D_ONLY.has(assignedRoot(statement) ?? ''));
  if (!dropped.some((statement) => assignedRoot(statement) === 'Graph2d')) {
    throw new Error('drop-graph2d: no Graph2d prototype statements found; check the plugin');
  }
  let out = '';
  let at = 0;
  for (const statement of dropped) {
    out +=
      code.slice(at, statement.start) + code.slice(statement.start, statement.end).replace(/[^\n]/g, ' ');
    at = statement.end;
  }
  return out + code.slice(at);
}

/**
 * vis-timeline ships its Timeline and Graph2d in one ES module. We draw only the Timeline, but
 * Graph2d's classes are written as functions whose prototypes are filled by top-level statements
 * (`LineGraph.prototype = new Component()`), which a bundler must keep as side effects: about
 * 13 kB gzip of chart code we never run. This drops those statements; the functions, now unused,
 * are then tree-shaken with the rest of Graph2d. Only in builds: the dev server serves the module
 * as it is.
 */
export function dropGraph2d(): Plugin {
  return {
    name: 'drop-graph2d',
    apply: 'build',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      const parse = (source: string) => this.parse(source) as unknown as Program;
      return { code: withoutGraph2d(code, parse), map: null };
    },
  };
}
