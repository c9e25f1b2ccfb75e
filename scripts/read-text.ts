import { readFileSync } from 'node:fs';

/**
 * A dataset file's text. It must be UTF-8: read any other way (Latin-1, UTF-16) its accented letters
 * would become U+FFFD without a word, so that is an error which says how to fix it.
 */
export function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file} is not UTF-8 text: save it as UTF-8 (an editor's "Save with encoding").`);
  }
}
