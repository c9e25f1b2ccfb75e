import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** What `vite preview` does with an address (see previewNotFound). */
export type PreviewAnswer =
  { kind: 'file' } | { kind: 'redirect'; location: string } | { kind: 'not-found'; page: string | null };

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/**
 * How a static host answers `url` over the built site at `root`: a file is served; a folder with an
 * index.html, named without its last slash, is sent on to the address with it; anything else gets the
 * nearest 404.html at or above the folder it names (null when there is none: the server's own 404).
 */
export function answerFor(root: string, url: string): PreviewAnswer {
  // Appended, not resolved: as a relative URL "//a/b" would name the host "a".
  const { pathname, search } = new URL(`http://host${url.startsWith('/') ? '' : '/'}${url}`);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  // The URL parser has removed dot segments (%2e%2e too); an encoded slash or a backslash, decoded, may
  // still make one.
  const site = path.resolve(root);
  const target = path.resolve(site, `.${decoded}`);
  const inside = target === site || target.startsWith(site + path.sep);
  // A slash or backslash written encoded names no folder here (it would reach into another one).
  const encodedSlash = /%2f|%5c/i.test(pathname);
  if (inside && !encodedSlash) {
    // A file, but not as a folder ("index.html/").
    if (isFile(target) && !decoded.endsWith('/')) return { kind: 'file' };
    if (!decoded.endsWith('/') && isFile(path.join(target, 'index.html'))) {
      // One leading slash: "//host/…" would send the browser to another host.
      return { kind: 'redirect', location: `${pathname.replace(/^\/+/, '/')}/${search}` };
    }
    if (decoded.endsWith('/') && isFile(path.join(target, 'index.html'))) return { kind: 'file' };
  }
  // From the folder it names up to the site's own.
  let folder = inside && !encodedSlash ? (decoded.endsWith('/') ? target : path.dirname(target)) : site;
  while (!isFile(path.join(folder, '404.html'))) {
    if (folder === site) return { kind: 'not-found', page: null };
    folder = path.dirname(folder);
  }
  return { kind: 'not-found', page: path.join(folder, '404.html') };
}

/**
 * `vite preview` (`npm start`) answers as the static hosts the build is made for: an unknown address
 * gets the 404.html the build writes, with status 404. Vite's own single-page fallback answered it with
 * the explorer's index.html, whose relative links load nothing two folders down: a blank page.
 */
export function previewNotFound(): Plugin {
  return {
    name: 'preview-not-found',
    // "mpa": Vite serves folders' index.html files and no longer rewrites every other address to the root's.
    config: (_config, env) => (env.isPreview ? { appType: 'mpa' } : undefined),
    configurePreviewServer(server) {
      const root = path.resolve(server.config.root, server.config.build.outDir);
      // After Vite's static files and its rewrite of folder/ to folder/index.html.
      return () => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const answer = answerFor(root, req.url ?? '/');
          if (answer.kind === 'file') return next();
          if (answer.kind === 'redirect') {
            res.writeHead(301, { Location: answer.location }).end();
            return;
          }
          if (answer.page === null) return next();
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(req.method === 'HEAD' ? undefined : readFileSync(answer.page));
        });
      };
    },
  };
}
