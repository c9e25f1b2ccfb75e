/**
 * Text from data that can change the direction of what follows it: a right-to-left letter, or a
 * bidi control (an override, embedding or isolate) that it may leave open.
 */
const DIRECTIONAL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u061c\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Text from data as one isolated run (U+2068 … U+2069) where it could reorder what comes after it,
 * as `<bdi>` does in the page: for plain text such as a page's title, where there is no element to
 * isolate it. Text without right-to-left letters or bidi controls is left as it is.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text}\u2069` : text;
}

/** A page's title from its parts (an event's title, the timeline's), each isolated from the next. */
export function pageTitle(...parts: string[]): string {
  return parts.map(isolate).join(' · ');
}
