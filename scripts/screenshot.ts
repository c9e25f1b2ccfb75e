/**
 * Screenshots of a served build, for looking at what we ship:
 *   npx tsx scripts/screenshot.ts http://localhost:4173/ out/prefix [?event=id]
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from './chromium.ts';

const [base = 'http://localhost:4173/', prefix = '/tmp/shot', query = ''] = process.argv.slice(2);
const executablePath = systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: chromiumArgs,
});
for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  const page = await browser.newPage({
    viewport,
    colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light',
  });
  page.on('console', (m) => console.log(`[${name}] console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  await page.goto(base + query);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${prefix}-${name}.png`, fullPage: process.env.FULL === '1' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${name}: horizontal overflow ${overflow}px -> ${prefix}-${name}.png`);
  await page.close();
}
await browser.close();
