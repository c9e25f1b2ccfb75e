import { createHash } from 'node:crypto';
import { escapeAttribute } from 'entities';
import type { Plugin } from 'vite';
import { THEME_KEY } from '../src/lib/theme.ts';

/**
 * The one inline script of the page, first in <head>. It applies a theme the reader chose before
 * anything is painted, so the header that index.html shows before the app runs does not flash the
 * other theme. And where a host answers a link to an event page that does not exist (a renamed or
 * removed event, or an address typed without its last slash) with the explorer's own index.html or
 * with 404.html, whose relative links do not work two folders down, it goes on to the explorer's
 * ?event=<id> link, which says "not found" (the pages the build writes for events are marked, so
 * they stay). Without the slash, only an id with no dot: not a file such as event/logo.png. The
 * policy below allows exactly this script, by its hash.
 */
export const HEAD_SCRIPT =
  `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==='dark'||t==='light')document.documentElement.classList.add(t)}catch(e){}` +
  String.raw`var m=/^(.*\/)event\/(?:([^/]+)\/(?:index\.html)?|([^/.]+))$/.exec(location.pathname);` +
  `if(m&&!document.documentElement.hasAttribute('data-event-page')){` +
  // A URL object, not a string: a path like //example.com/event/x/ must not lead to another site.
  // An ?event= already there names the event, as in the explorer (see parseView).
  `var u=new URL(location.href);u.pathname=m[1];` +
  `var id=m[2]||m[3];if(!u.searchParams.has('event'))try{u.searchParams.set('event',decodeURIComponent(id))}` +
  `catch(e){u.searchParams.set('event',id)}` +
  `location.replace(u.href)}`;

const HEAD_SCRIPT_HASH = `'sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`;

/**
 * The Content-Security-Policy of the built page. Scripts only from our own files (and the script
 * above; no other inline script, no eval), data only from our own origin, no plugins, no
 * <base>. Hosts that can send headers should send the same policy plus `frame-ancestors` (see
 * README), which a <meta> cannot carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${HEAD_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the policy (in a build; the dev server needs inline scripts for HMR) and the head script
 * into index.html, right after `<meta charset>`: before any stylesheet, because an inline script
 * after one waits for it to load, and the page's parsing (and the preload of the data) with it.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> for the policy to follow');
        const policy = ctx.server
          ? ''
          : `\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(CONTENT_SECURITY_POLICY)}">`;
        const script = `\n    <script>${HEAD_SCRIPT}</script>`;
        const at = charset.index + charset[0].length;
        return html.slice(0, at) + policy + script + html.slice(at);
      },
    },
  };
}
