import { statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset, toOutline, type Dataset } from '../src/features/timeline/model/schema.ts';
import { readUtf8 } from './read-text.ts';
import { stopBuild } from './stop-build.ts';

const MODULE_ID = 'virtual:timeline-data-url';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_URL = '/__timeline-data.json';
const DEV_OUTLINE_URL = '/__timeline-outline.json';
/** Below this size the whole dataset is preloaded too: fetched early it costs nothing; a big one would hold up the JS. */
const PRELOAD_ALL_BELOW = 256 * 1024;

/** The dataset file this build is over: $TIMELINE_DATA, else data/events.json. */
export function datasetPath(root = process.cwd()): string {
  return path.resolve(root, process.env.TIMELINE_DATA || 'data/events.json');
}

function read(file: string): string {
  try {
    return readUtf8(file);
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    throw new Error(code ? `Cannot read the dataset ${file}: ${message}` : message, { cause: error });
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
 * Validates the dataset at build time and ships it as hashed static assets that the app fetches at
 * run time (`import { outlineUrl, datasetUrl } from 'virtual:timeline-data-url'`): the outline, which
 * the timeline is drawn from first, and the whole dataset. index.html preloads the outline (and the
 * dataset when it is small), so the fetch starts in parallel with the JS.
 */
export function timelineData(): Plugin {
  let file = '';
  let isBuild = false;
  const references = { outline: '', dataset: '' };
  const fileNames = { outline: '', dataset: '' };
  let preloadAll = false;

  return {
    name: 'timeline-data',
    configResolved(config) {
      file = datasetPath(config.root);
      isBuild = config.command === 'build';
    },
    async buildStart() {
      if (!isBuild) return;
      let outline = '';
      try {
        outline = JSON.stringify(toOutline(await loadDataset(file)));
      } catch (error) {
        stopBuild(this, (error as Error).message);
      }
      this.addWatchFile(file);
      const source = read(file);
      preloadAll = Buffer.byteLength(source) < PRELOAD_ALL_BELOW;
      references.outline = this.emitFile({ type: 'asset', name: 'events-outline.json', source: outline });
      references.dataset = this.emitFile({ type: 'asset', name: 'events.json', source });
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // Resolved relative to the module at run time, so the build works under any sub-path.
      if (isBuild) {
        return [
          `export const outlineUrl = import.meta.ROLLUP_FILE_URL_${references.outline};`,
          `export const datasetUrl = import.meta.ROLLUP_FILE_URL_${references.dataset};`,
          `export const datasetPreloaded = ${preloadAll};`,
        ].join('\n');
      }
      return [
        `export const outlineUrl = ${JSON.stringify(DEV_OUTLINE_URL)};`,
        `export const datasetUrl = ${JSON.stringify(DEV_URL)};`,
        'export const datasetPreloaded = true;',
      ].join('\n');
    },
    renderStart() {
      if (references.outline) fileNames.outline = this.getFileName(references.outline);
      if (references.dataset) fileNames.dataset = this.getFileName(references.dataset);
    },
    configureServer(server) {
      // The file as it is, at both addresses (the outline's rules take a whole dataset too): an
      // invalid file then shows its problems in the page, as a build would list them.
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== DEV_URL && path !== DEV_OUTLINE_URL) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(read(file));
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const hrefs = ctx.bundle
          ? [fileNames.outline, ...(preloadAll ? [fileNames.dataset] : [])].map((name) => `./${name}`)
          : [DEV_OUTLINE_URL, DEV_URL];
        return hrefs.map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', type: 'application/json', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
