import { matchRanges } from '../model/filter';

/**
 * Text from the data, with the words of the search marked; always text nodes, never HTML. Isolated
 * for bidirectional text: right-to-left text, or a stray direction override in the data, cannot
 * reorder what follows it on the line (the next actor's name, a role). In the page's direction, not
 * its first letter's (as a <bdi> would): an English sentence that starts with a Hebrew name still
 * reads left to right.
 */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return <span className="bidi-isolate">{marked(text, terms)}</span>;
}

/**
 * A short word with a hyphen before a number, "S-400", "F-35", "COVID-19": a browser may break a line
 * after any hyphen, and "S-" at a line's end and "400" at the next one's start read as two words.
 */
const DESIGNATION = /[\p{L}\p{N}]{1,8}-\p{N}[\p{L}\p{N}]{0,8}/gu;

/** The text from `from` to `to`, as it is drawn between designations and inside one. */
type Piece = (from: number, to: number) => React.ReactNode[];

/**
 * The text with each designation kept on one line (short: a line never has to overflow for one),
 * the search's marks inside it too.
 */
function unbroken(text: string, piece: Piece = (from, to) => [text.slice(from, to)]): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(DESIGNATION)) {
    if (match.index > at) parts.push(...piece(at, match.index));
    parts.push(
      <span key={`u${match.index}`} className="whitespace-nowrap">
        {piece(match.index, match.index + match[0].length)}
      </span>,
    );
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(...piece(at, text.length));
  return parts;
}

/** Text from the data with its designations kept on one line, where no search marks it (a source's title). */
export function Unbroken({ text }: { text: string }) {
  return unbroken(text);
}

/** A mark that a designation's edge cuts is drawn as two, one on each side of it. */
function marked(text: string, terms: string[]): React.ReactNode {
  const ranges = matchRanges(text, terms);
  return unbroken(text, (from, to) => {
    const parts: React.ReactNode[] = [];
    let at = from;
    for (const [start, end] of ranges) {
      const [markStart, markEnd] = [Math.max(start, from), Math.min(end, to)];
      if (markStart >= markEnd) continue;
      if (markStart > at) parts.push(text.slice(at, markStart));
      parts.push(<mark key={markStart}>{text.slice(markStart, markEnd)}</mark>);
      at = markEnd;
    }
    if (at < to) parts.push(text.slice(at, to));
    return parts;
  });
}
