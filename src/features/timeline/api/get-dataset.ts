import { useCallback } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { datasetPreloaded, datasetUrl, outlineUrl } from 'virtual:timeline-data-url';
import { buildIndex, buildOutlineIndex } from '../model/dataset-index';
import { parseDataset, parseOutline, type ValidationResult } from '../model/schema';

/** The dataset could be fetched but is not valid: retrying will not help. */
export class InvalidDatasetError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The timeline data is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`);
    this.name = 'InvalidDatasetError';
    this.problems = problems;
  }
}

/**
 * The only place that knows where the data lives: static assets fetched at run time (not imported
 * into the JS), so the bundle stays the same size whatever the dataset, the browser fetches them in
 * parallel with the JS (index.html preloads the outline, and the dataset when it is small), and a
 * failed load can be retried. The outline comes first and is enough to draw the timeline; the
 * whole dataset (summaries, quotes, sources) follows, a big one once the timeline is drawn (see
 * useDatasetIndex): for 10,000 events it is most of the bytes.
 */
async function fetchValid<T>(
  url: string,
  what: string,
  parse: (source: string) => Promise<ValidationResult<T>>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    // The browser's own words ("Failed to fetch", "NetworkError when…") say neither what nor why.
    throw new Error(`${what} could not be loaded: the connection failed. Check that you are online.`, {
      cause: error,
    });
  }
  if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status}).`);
  const result = await parse(await response.text());
  if (!result.ok) throw new InvalidDatasetError(result.problems);
  return result.data;
}

export const outlineQueryOptions = queryOptions({
  queryKey: ['outline'],
  queryFn: ({ signal }) => fetchValid(outlineUrl, 'The timeline', parseOutline, signal),
  // The files cannot change while the page is open; a failed load is retried by the reader.
  staleTime: Infinity,
  retry: false,
  retryOnMount: false,
});

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchValid(datasetUrl, 'The summaries, quotes and sources', parseDataset, signal),
  staleTime: Infinity,
  retry: false,
  retryOnMount: false,
});

export function useOutlineIndex() {
  return useQuery({ ...outlineQueryOptions, select: buildOutlineIndex });
}

/**
 * Whether the whole dataset is read as soon as the outline is (see main.tsx) whatever the page shows:
 * when it is small, and index.html preloads it. Read then, it costs little, and the first render has it.
 */
export const readDatasetAtOnce = datasetPreloaded;

/**
 * The whole dataset, once `load` is called or main.tsx asked for it: a big one not when the page
 * mounts but once the timeline is on screen (see main.tsx). At 10,000 events,
 * fetching and reading its 7.6 MB took the CPU (two cores) from the timeline's first draw, which came
 * about 70 ms later. `refetch` retries a failed load.
 */
export function useDatasetIndex() {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...datasetQueryOptions,
    select: buildIndex,
    // Not on mount; once asked for, as any query (a failed load is tried again on reconnecting).
    enabled: ({ state }) => state.status !== 'pending' || state.fetchStatus !== 'idle',
  });
  const load = useCallback(() => void queryClient.prefetchQuery(datasetQueryOptions), [queryClient]);
  return { query, load };
}
