import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/chromium.ts';

const executablePath = systemChromium();
// Not 4173, so a running `npm start` is never mistaken for the test server.
const port = 4317;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  // Some tests walk many widths or links; on a slow or busy machine 30 s is too close.
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
      },
    },
  ],
  // Every build is served from a sub-path, which also proves the relative base works.
  webServer: {
    command: `npm run build:e2e && vite preview --outDir dist-e2e --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/s400/timeline/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
