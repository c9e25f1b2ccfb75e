import { queryOptions, useQuery } from '@tanstack/react-query';
import datasetUrl from 'virtual:timeline-data-url';
import { buildIndex } from '../model/dataset-index';
import { parseDataset } from '../model/schema';

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
 * The only place that knows where the dataset lives. It is a static asset fetched at run time
 * (not imported into the JS): the bundle stays the same size whatever the dataset, the browser
 * fetches it in parallel with the JS (index.html preloads it), and a failed load can be retried.
 */
export async function fetchDataset(signal?: AbortSignal) {
  const response = await fetch(datasetUrl, signal ? { signal } : {});
  if (!response.ok) {
    throw new Error(`The timeline data could not be loaded (HTTP ${response.status}).`);
  }
  const result = await parseDataset(await response.text());
  if (!result.ok) throw new InvalidDatasetError(result.problems);
  return result.data;
}

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchDataset(signal),
  // The file cannot change while the page is open.
  staleTime: Infinity,
  retry: false,
});

export function useDatasetIndex() {
  return useQuery({ ...datasetQueryOptions, select: buildIndex });
}
