import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Scripts only from our own files (no inline
 * script, no eval), data only from our own origin, no plugins, no <base>. Hosts that can send
 * headers should send the same policy plus `frame-ancestors` (see README), which a <meta> cannot carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Writes the policy into index.html at build time (the dev server needs inline scripts for HMR). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
