import type { Source } from './schema';

const LONGEST = 90;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * What names a source where it is listed: its title, or, when its title could not be seen, its
 * address without the scheme ("reuters.com/article/…"), never a made-up title.
 */
export function sourceLabel(source: Source): string {
  return source.title ?? addressLabel(source.url ?? '');
}

/** An address as a reader reads it: without the scheme or "www.", decoded where safe, shortened. */
export function addressLabel(url: string): string {
  let address = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
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

/**
 * A web address written out in text ("Portrait (https://…)", as the importer keeps a caption's link),
 * with or without its scheme, or a bare host ("en.wikipedia.org/wiki/…", "reuters.com", "192.168.0.1",
 * the host of an e-mail address), less the punctuation after it. Generous: a word that only looks
 * like a host costs nothing but the caption's place in the link.
 */
const WRITTEN_ADDRESS =
  /(?:[a-z][a-z0-9+.-]*:\/\/|\/\/|www\.|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])|\d{1,3}(?:\.\d{1,3}){3})(?:[^\s()<>]*[^\s()<>.,;:!?'"])?/giu;

/** An address as compared: without scheme, "www." or a last slash, in lower case. */
const bare = (address: string) =>
  address
    .replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/(www\.)?|^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();

/** Whether the text writes out a web address other than `url`. */
function writesOtherAddress(text: string, url: string): boolean {
  return [...text.matchAll(WRITTEN_ADDRESS)].some(([address]) => bare(address) !== bare(url));
}

/**
 * What an event's media reads as (media stay a link; nothing from the data is embedded in a page):
 * `label` is the link's text, `before` any text before the link. The label is the caption, unless the
 * caption writes out an address other than the media's: the link would then show one and open another,
 * so the caption goes before it as text and the link reads the media's address. Without a caption,
 * the address. `linked` says whether the media's address becomes a link (only http and https do).
 */
export function mediaLabel(
  media: { url: string; caption?: string | undefined },
  linked: boolean,
): { before?: string; label: string } {
  const { caption } = media;
  if (caption === undefined) return { label: addressLabel(media.url) };
  if (linked && writesOtherAddress(caption, media.url))
    return { before: caption, label: addressLabel(media.url) };
  return { label: caption };
}
