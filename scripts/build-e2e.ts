/**
 * Builds the explorer once per test dataset into dist-e2e/<sub-path>/, which the e2e tests serve
 * from one static server: every build is reached through a sub-path, as on a real static host.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { synthDataset } from './synth.ts';

// Generated datasets, for what only shows at size (list paging, clusters, drawing 10,000 events).
mkdirSync('dist-e2e', { recursive: true });
writeFileSync('dist-e2e/synth-1000.json', JSON.stringify(synthDataset(1000)));
writeFileSync('dist-e2e/synth-10000.json', JSON.stringify(synthDataset(10000)));

export const E2E_BUILDS: Record<string, string> = {
  's400/timeline': 'data/events.json',
  small: 'e2e/data/small.json',
  hostile: 'e2e/data/hostile.json',
  empty: 'e2e/data/empty.json',
  imported: 'e2e/data/imported-women-in-computing.json',
  synth: 'dist-e2e/synth-1000.json',
  synth10k: 'dist-e2e/synth-10000.json',
};

for (const [subPath, dataset] of Object.entries(E2E_BUILDS)) {
  process.env.TIMELINE_DATA = dataset;
  await build({ logLevel: 'warn', build: { outDir: `dist-e2e/${subPath}`, emptyOutDir: true } });
  console.log(`built dist-e2e/${subPath}/ over ${dataset}`);
}
