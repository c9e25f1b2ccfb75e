/**
 * Before the e2e tests: use Debian's Chromium (or $CHROMIUM_PATH) when there is one, else make sure
 * Playwright's own Chromium is installed, so `npm test` works on any machine.
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { systemChromium } from './chromium.ts';

const system = systemChromium();
if (system) {
  console.log(`e2e browser: ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e browser: ${chromium.executablePath()}`);
} else {
  console.log("No Chromium found: installing Playwright's (npx playwright install chromium)…");
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
