import type { Source } from './schema';

const LONGEST = 90;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * What names a source where it is listed: its title, or, when its title could not be seen, its
 * address without the scheme ("reuters.com/article/…"), never a made-up title.
 */
export function sourceLabel(source: Source): string {
  if (source.title !== undefined) return source.title;
  let address = (source.url ?? '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  try {
    const decoded = decodeURI(address);
    // Readable, unless decoding brings out invisible or direction-changing characters.
    if (!INVISIBLE.test(decoded)) address = decoded;
  } catch {
    // not valid percent-encoding: shown as it is
  }
  const characters = [...address]; // whole characters, so that the cut never splits one
  return characters.length > LONGEST ? `${characters.slice(0, LONGEST - 1).join('')}…` : address;
}
