import type { DatasetIndex } from './dataset-index';
import { formatDate, formatWhen } from './dates';
import type { Quote, TimelineEvent } from './schema';

/**
 * A plain-text citation of one quote: speaker, role, date, the words (in quotation marks only when
 * they are verbatim), then publisher, title (if known), publication date and URL of its source.
 */
export function citeQuote(index: DatasetIndex, event: TimelineEvent, quote: Quote): string {
  const speaker = index.actorsById.get(quote.speaker);
  const who = [speaker?.name ?? quote.speaker, speaker?.role].filter(Boolean).join(', ');
  const words =
    quote.kind === 'direct' ? `“${quote.text}”` : `${quote.text} (paraphrase, not a verbatim quote)`;
  const source = index.sourcesById.get(quote.source ?? event.sources[0] ?? '');
  const cited = source
    ? [source.publisher, source.title && `“${source.title}”`, formatDate(source.published), source.url]
        .filter(Boolean)
        .join(', ')
    : '';
  return `${who}, ${formatWhen(event.date, event.end)}: ${words}${cited ? ` Source: ${cited}.` : ''}`;
}
