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

function marked(text: string, terms: string[]): React.ReactNode {
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return text;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
