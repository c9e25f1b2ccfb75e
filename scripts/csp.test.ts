import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './vite-plugin-csp.ts';

describe('Content-Security-Policy', () => {
  it('is the one the README tells hosts to send, with frame-ancestors', () => {
    const readme = readFileSync('README.md', 'utf8');
    const header = /^Content-Security-Policy: (.*)$/m.exec(readme)?.[1];
    expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
