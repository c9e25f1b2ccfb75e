/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { trimVisTimeline } from './scripts/vite-plugin-trim-vis-timeline.ts';
import { eventPages } from './scripts/vite-plugin-event-pages.ts';
import { previewNotFound } from './scripts/vite-plugin-preview-404.ts';
import { timelineData } from './scripts/vite-plugin-timeline-data.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    trimVisTimeline(),
    timelineData(),
    contentSecurityPolicy(),
    eventPages(),
    previewNotFound(),
  ],
  // vis-timeline's HTML filter, for HTML it never gets from us: an escaping stand-in (see the file).
  resolve: { alias: { xss: fileURLToPath(new URL('./src/lib/vis-xss.ts', import.meta.url)) } },
  preview: { port: 4173 },
  // The one chunk is about 620 kB raw, 183 kB gzip, within the first-load budget of 200 kB gzip that
  // `npm run bench` reports on: Vite's 500 kB warning would only be noise on every build.
  build: { chunkSizeWarningLimit: 800 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
