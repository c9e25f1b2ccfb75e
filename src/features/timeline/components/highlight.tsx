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

/** Plain text, with each designation kept on one line (short: a line never has to overflow for one). */
function unbroken(text: string, key: number): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(DESIGNATION)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(
      <span key={`${key}-${match.index}`} className="whitespace-nowrap">
        {match[0]}
      </span>,
    );
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Text from the data with its designations kept on one line, where no search marks it (a source's title). */
export function Unbroken({ text }: { text: string }) {
  return unbroken(text, 0);
}

function marked(text: string, terms: string[]): React.ReactNode {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parts.push(...unbroken(text.slice(at, start), at));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(...unbroken(text.slice(at), at));
  return parts;
}
