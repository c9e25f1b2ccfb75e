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
 * vis-timeline ships its Timeline and Graph2d in one ES module. We draw only the Timeline, but
 * Graph2d's classes are written as functions whose prototypes are filled by top-level statements
 * (`LineGraph.prototype = new Component()`), which a bundler must keep as side effects: about
 * 12 kB gzip of chart code we never run. This drops those statements; the functions, now unused,
 * are then tree-shaken with the rest of Graph2d. A build that imports Graph2d would fail loudly
 * (its prototype would be empty), and the build fails if the module no longer looks as expected.
 */
export function dropGraph2d(): Plugin {
  return {
    name: 'drop-graph2d',
    apply: 'build',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      const program = this.parse(code) as unknown as { body: Node[] };
      const dropped = program.body.filter((statement) => GRAPH2D_ONLY.has(assignedRoot(statement) ?? ''));
      if (!dropped.some((statement) => assignedRoot(statement) === 'Graph2d')) {
        this.error(`drop-graph2d: no Graph2d prototype statements found in ${id}; check the plugin`);
      }
      let out = '';
      let at = 0;
      for (const statement of dropped) {
        out += code.slice(at, statement.start);
        at = statement.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
