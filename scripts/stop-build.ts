import type { Rollup } from 'vite';

/**
 * Ends a build over a mistake in its input (the dataset, SITE_URL) with the message alone. As a
 * plugin error it would come after "error during build:" and before the bundler's stack trace,
 * which says nothing to whoever wrote the dataset. In watch mode it stays a plugin error, which
 * reports and keeps watching for the fix.
 */
export function stopBuild(context: Rollup.PluginContext, message: string): never {
  if (context.meta.watchMode) context.error(message);
  console.error(`\n${message}\n\nThe build stopped; nothing was written.\n`);
  process.exit(1);
}
