import { parseAst, type Plugin } from 'vite';

/** The function-style constructors that only vis-timeline's Graph2d (line and bar charts) uses. */
const GRAPH2D_ONLY = new Set(['Points', 'Bargraph', 'Line', 'GraphGroup', 'Legend', 'LineGraph', 'Graph2d']);

/** The module `vis-timeline/esnext` resolves to (.mjs for imports, .js for requires). */
export const VIS_TIMELINE_MODULE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

type Statement = ReturnType<typeof parseAst>['body'][number];

/** True for a top-level `Legend.prototype.redraw = …` or `Points.draw = …` and the like. */
function assignsToGraph2d(statement: Statement): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const { expression } = statement;
  if (expression.type !== 'AssignmentExpression') return false;
  let target: { type: string; object?: unknown; name?: string } = expression.left;
  while (target.type === 'MemberExpression') target = target.object as typeof target;
  return target.type === 'Identifier' && GRAPH2D_ONLY.has(target.name ?? '');
}

/**
 * The module's source with Graph2d's top-level statements blanked out (spaces, newlines kept, so
 * every other line and column stays where it was and the source map needs no change). Throws when
 * there are none: the module has changed and this needs a look.
 */
export function withoutGraph2d(code: string): string {
  const dropped = parseAst(code).body.filter(assignsToGraph2d);
  if (!dropped.some((statement) => code.startsWith('Graph2d.prototype', statement.start))) {
    throw new Error('drop-graph2d: no Graph2d prototype statements found in vis-timeline; check the plugin');
  }
  let out = '';
  let at = 0;
  for (const { start, end } of dropped) {
    out += code.slice(at, start) + code.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}

/**
 * vis-timeline ships its Timeline and Graph2d in one ES module. We draw only the Timeline, but
 * Graph2d's classes are written as functions whose prototypes are filled by top-level statements
 * (`LineGraph.prototype = new Component()`), which a bundler must keep as side effects: about
 * 13 kB gzip of chart code we never run. This drops those statements; the functions, now unused,
 * are then tree-shaken with the rest of Graph2d. So in a build, Graph2d (and the chart parts of the
 * module's `timeline` export) are empty shells: import only `Timeline` from vis-timeline. The dev
 * server serves the module as it is. A build in which the module never came by fails, so a moved
 * file cannot make this a silent no-op.
 */
export function dropGraph2d(): Plugin {
  let seen = false;
  return {
    name: 'drop-graph2d',
    apply: 'build',
    transform(code, id) {
      if (!VIS_TIMELINE_MODULE.test(id)) return null;
      seen = true;
      return { code: withoutGraph2d(code), map: null };
    },
    buildEnd(error) {
      if (!error && !seen)
        this.error('drop-graph2d: vis-timeline/esnext was not in the build; check the plugin');
    },
  };
}
