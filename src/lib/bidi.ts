/**
 * Text from data that can change the direction of what follows it: a right-to-left letter, or a
 * bidi control (an override, embedding or isolate) that it may leave open.
 */
const DIRECTIONAL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u061c\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

const PDF = '\u202c'; // pops an embedding or override
const PDI = '\u2069'; // pops an isolate
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']); // LRE, RLE, LRO, RLO
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI

/**
 * The text with every embedding, override and isolate it opens closed at its end, and the closers
 * that close nothing it opened taken out (as the bidi algorithm reads them: a PDI closes the
 * isolate it matches and what was opened inside it; a PDF only an embedding opened inside the
 * innermost isolate). A stray PDI would otherwise close the isolate put around the text.
 */
function balanced(text: string): string {
  const closers: string[] = [];
  let out = '';
  for (const char of text) {
    if (EMBEDDINGS.has(char)) closers.push(PDF);
    else if (ISOLATES.has(char)) closers.push(PDI);
    else if (char === PDF) {
      if (closers.at(-1) !== PDF) continue;
      closers.pop();
    } else if (char === PDI) {
      const isolate = closers.lastIndexOf(PDI);
      if (isolate === -1) continue;
      closers.length = isolate;
    }
    out += char;
  }
  return out + closers.reverse().join('');
}

/**
 * Text from data as one isolated run (U+2068 … U+2069) where it could reorder what comes after it,
 * as `<bdi>` does in the page: for plain text such as a page's title, where there is no element to
 * isolate it. Text without right-to-left letters or bidi controls is left as it is.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${balanced(text)}\u2069` : text;
}

/** A page's title from its parts (an event's title, the timeline's), each isolated from the next. */
export function pageTitle(...parts: string[]): string {
  return parts.map(isolate).join(' · ');
}
