import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/features/timeline/model/schema.ts';
import { ExplorerPage } from './pages/explorer-page.ts';

export const S400 = 's400/timeline/';
export const SMALL = 'small/';

export function loadDataset(file: string): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

/** Every test gets a page object and fails on any page error, console error or cut-short redraw. */
export const test = base.extend<{ explorer: ExplorerPage }>({
  explorer: async ({ page }, use) => {
    const errors: string[] = [];
    const explorer = new ExplorerPage(page);
    await page.addInitScript(() => {
      const log: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: log });
      document.addEventListener('securitypolicyviolation', (e) =>
        log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
      // vis-timeline's own warning (a plain log) that it stopped redrawing, leaving a draw half done.
      else if (message.text().includes('infinite loop in redraw'))
        errors.push(`vis-timeline: ${message.text()}`);
    });
    await use(explorer);
    if (!page.isClosed()) {
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    }
    const unexpected = errors.filter(
      (error) => !explorer.allowedErrors.some((allowed) => allowed.test(error)),
    );
    expect(unexpected, 'errors in the page').toEqual([]);
  },
});

export { expect };
