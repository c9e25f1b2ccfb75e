import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset, type Dataset } from '../src/features/timeline/model/schema.ts';

const MODULE_ID = 'virtual:timeline-data-url';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_URL = '/__timeline-data.json';

/** The dataset file this build is over: $TIMELINE_DATA, else data/events.json. */
export function datasetPath(root = process.cwd()): string {
  return path.resolve(root, process.env.TIMELINE_DATA || 'data/events.json');
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the dataset ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The dataset this build is over, validated; an error lists every problem. */
export async function loadDataset(file = datasetPath()): Promise<Dataset> {
  // Both plugins of a build need it: parse each version of the file once.
  const key = `${file}@${statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0}`;
  if (loaded?.key === key) return loaded.data;
  const result = await parseDataset(read(file));
  if (result.ok) {
    loaded = { key, data: result.data };
    return result.data;
  }
  const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
  throw new Error(`${file} is not a valid dataset (${count}):\n  ${result.problems.join('\n  ')}`);
}

let loaded: { key: string; data: Dataset } | undefined;

/**
 * Validates the dataset at build time and ships it as a hashed static asset that the app
 * fetches at run time (`import url from 'virtual:timeline-data-url'`). The index.html gets
 * a preload for it, so the fetch starts in parallel with the JS.
 */
export function timelineData(): Plugin {
  let file = '';
  let isBuild = false;
  let referenceId = '';
  let assetFileName = '';

  return {
    name: 'timeline-data',
    configResolved(config) {
      file = datasetPath(config.root);
      isBuild = config.command === 'build';
    },
    async buildStart() {
      if (!isBuild) return;
      try {
        await loadDataset(file);
      } catch (error) {
        this.error((error as Error).message);
      }
      this.addWatchFile(file);
      referenceId = this.emitFile({ type: 'asset', name: 'events.json', source: read(file) });
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // Resolved relative to the module at run time, so the build works under any sub-path.
      if (isBuild) return `export default import.meta.ROLLUP_FILE_URL_${referenceId};`;
      return `export default ${JSON.stringify(DEV_URL)};`;
    },
    renderStart() {
      if (referenceId) assetFileName = this.getFileName(referenceId);
    },
    configureServer(server) {
      server.middlewares.use(DEV_URL, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(read(file));
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const href = ctx.bundle ? `./${assetFileName}` : DEV_URL;
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href,
              as: 'fetch',
              type: 'application/json',
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
