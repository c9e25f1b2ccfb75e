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
    throw new Error(
      'trim-vis-timeline: no Graph2d prototype statements found in vis-timeline; check the plugin',
    );
  }
  let out = '';
  let at = 0;
  for (const { start, end } of dropped) {
    out += code.slice(at, start) + code.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}

/** The Timeline's two calls into its options checker and its options editor, and what stands in. */
const OPTION_TOOLS: [string, string][] = [
  ['let errorFound = Validator.validate(options, allOptions);', 'let errorFound = false;'],
  [
    'return new Configurator(this, this.dom.container, configureOptions);',
    "throw new Error('configure: not in this build');",
  ],
];

/**
 * The module's source without the Timeline's calls into vis-util's options checker (`Validator`,
 * which only logs misspelt options to the console) and its options editor (`Configurator`, drawn
 * for the `configure` option, which we never set). Each stand-in is padded to the call's length,
 * so columns stay put. Throws when a call is not found: the module has changed.
 */
export function withoutOptionTools(code: string): string {
  return OPTION_TOOLS.reduce((out, [call, standIn]) => {
    const at = out.indexOf(call);
    if (at < 0 || out.indexOf(call, at + 1) >= 0)
      throw new Error(`trim-vis-timeline: expected one \`${call}\` in vis-timeline; check the plugin`);
    return out.slice(0, at) + standIn.padEnd(call.length) + out.slice(at + call.length);
  }, code);
}

/** The spread of vis-util's whole namespace into vis-timeline's helper object. */
const UTIL_SPREAD = '\nconst availableUtils = {\n  ...util,\n';

/**
 * The module's source with the spread of vis-util (`{ ...util, convert, … }`) narrowed to the helpers
 * the module reads from that object. The spread keeps all of vis-util alive, its own copies of the
 * options checker, options editor and colour picker among them; named reads let the bundler drop the
 * rest. Throws when the spread is not found or the object is read by other than a plain `.name`.
 */
export function withNamedUtils(code: string): string {
  const at = code.indexOf(UTIL_SPREAD);
  if (at < 0 || code.includes(UTIL_SPREAD, at + 1))
    throw new Error('trim-vis-timeline: expected one spread of vis-util in vis-timeline; check the plugin');
  const reads = [...code.matchAll(/\bavailableUtils\b(\s*\.\s*(\w+))?/g)];
  const other = reads.filter((read) => !read[2]).length;
  // The declaration, and the `Object.defineProperty(availableUtils, "xss", …)` after it.
  if (other !== 2)
    throw new Error(`trim-vis-timeline: availableUtils used ${other - 2} times other than by .name`);
  const own = new Set(['convert', 'setupXSSProtection', 'xss']);
  const names = [...new Set(reads.flatMap((read) => (read[2] && !own.has(read[2]) ? [read[2]] : [])))];
  const named = names.map((name) => `${name}: util.${name}`).join(', ');
  return (
    code.slice(0, at) + `\nconst availableUtils = {\n  ${named},\n` + code.slice(at + UTIL_SPREAD.length)
  );
}

/**
 * vis-timeline ships its Timeline and Graph2d (line and bar charts) in one ES module, and brings all
 * of vis-util with it. We draw only the Timeline. In a build this plugin cuts, from that module:
 * - Graph2d (`withoutGraph2d`): its classes are functions whose prototypes are filled by top-level
 *   statements (`LineGraph.prototype = new Component()`), which a bundler must keep as side effects;
 *   with them blanked, the functions are tree-shaken. About 13 kB gzip. So in a build Graph2d (and the
 *   chart parts of the module's `timeline` export) are empty shells: import only `Timeline`.
 * - The options checker and editor (`withoutOptionTools`, `withNamedUtils`): the Timeline's calls to
 *   them, and the spread of vis-util that kept that package's own copies alive. With their colour
 *   picker and their tables of every option, about 19 kB gzip. A build takes its options unchecked
 *   and cannot draw the `configure` editor.
 * The dev server serves the module as it is, so a misspelt option still shows in its console. Each
 * step throws on a module it does not recognise, and a build in which the module never came by
 * fails, so a new vis-timeline or a moved file cannot make this a silent no-op.
 */
export function trimVisTimeline(): Plugin {
  let seen = false;
  return {
    name: 'trim-vis-timeline',
    apply: 'build',
    transform(code, id) {
      if (!VIS_TIMELINE_MODULE.test(id)) return null;
      seen = true;
      return { code: withNamedUtils(withoutOptionTools(withoutGraph2d(code))), map: null };
    },
    buildEnd(error) {
      if (!error && !seen)
        this.error('trim-vis-timeline: vis-timeline/esnext was not in the build; check the plugin');
    },
  };
}
