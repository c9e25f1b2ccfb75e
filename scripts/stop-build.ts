/**
 * Ends a build over a mistake in its input (the dataset, SITE_URL) with the message alone. As a
 * plugin error it would come after "error during build:" and before the bundler's stack trace,
 * which says nothing to whoever wrote the dataset.
 */
export function stopBuild(message: string): never {
  console.error(`\n${message}\n\nThe build stopped; nothing was written.\n`);
  process.exit(1);
}
