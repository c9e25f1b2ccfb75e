import type { Source } from './schema';

const LONGEST = 90;

/**
 * What names a source where it is listed: its title, or, when its title could not be seen, its
 * address without the scheme ("reuters.com/article/…"), never a made-up title.
 */
export function sourceLabel(source: Source): string {
  if (source.title !== undefined) return source.title;
  let address = (source.url ?? '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  try {
    address = decodeURI(address);
  } catch {
    // not valid percent-encoding: shown as it is
  }
  return address.length > LONGEST ? `${address.slice(0, LONGEST - 1)}…` : address;
}
