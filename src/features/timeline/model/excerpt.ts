import { matchRanges } from './filter';
import type { TimelineEvent } from './schema';

/** An excerpt's length, in UTF-16 units, before "…". */
const LENGTH = 140;
/** How much of the text before a match an excerpt keeps, so that the match reads in its sentence. */
const LEAD = 40;

export interface Excerpt {
  text: string;
  /** A direct quote, to be shown in quotation marks. */
  quote: boolean;
}

/** An index moved off the second half of a surrogate pair, so that no emoji is cut in two. */
const whole = (text: string, at: number) => (/[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at);

/** The text from `from` (moved to the next word when one starts soon), cut at a word, "…" where cut. */
function cut(text: string, from: number): string {
  let start = from;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = whole(text, space !== -1 && space - start <= 20 ? space + 1 : start);
  }
  let end = text.length;
  if (end - start > LENGTH) {
    const space = text.lastIndexOf(' ', start + LENGTH);
    end = whole(text, space > start + LENGTH - 20 ? space : start + LENGTH - 20);
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * A list entry's excerpt: its first quote, or else its summary. While searching, the first of its
 * quotes and summary with a match, cut around the match when it would fall outside the excerpt, so
 * that the entry shows why it is listed.
 */
export function excerptOf(event: TimelineEvent, terms: string[]): Excerpt {
  const texts = [
    ...event.quotes.map((q) => ({ text: q.text, quote: q.kind === 'direct' })),
    { text: event.summary, quote: false },
  ];
  for (const { text, quote } of terms.length > 0 ? texts : []) {
    const [match] = matchRanges(text, terms);
    if (!match) continue;
    const fits = match[1] <= LENGTH - 20;
    return { text: cut(text, fits ? 0 : Math.max(0, match[0] - LEAD)), quote };
  }
  const { text, quote } = texts[0]!;
  return { text: cut(text, 0), quote };
}
