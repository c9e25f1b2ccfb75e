import { matchRanges } from '../model/filter';

/**
 * Text from the data, with the words of the search marked; always text nodes, never HTML. Isolated
 * for bidirectional text (a <bdi>): right-to-left text, or a stray direction override in the data,
 * cannot reorder what follows it on the line (the next actor's name, a role).
 */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return <bdi>{marked(text, terms)}</bdi>;
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
