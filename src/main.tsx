import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import {
  datasetQueryOptions,
  InvalidDatasetError,
  outlineQueryOptions,
  readDatasetAtOnce,
} from './features/timeline/api/get-dataset';
import { createQueryClient } from './lib/query-client';
import { dropStrayEvent, isEventPage } from './lib/url-state';
import './index.css';

// The panel decides what to show on Back/Forward; the browser's restored scroll would fight it.
history.scrollRestoration = 'manual';
dropStrayEvent();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The outline is on its way already (index.html preloads it). The app renders once it is in (or
// failed): meanwhile the page shows the header and loading line the build wrote into index.html.
// The whole dataset is asked for right after when it is small (index.html preloads it too), else
// once the timeline is drawn (see useDatasetIndex); even on a link to an event, whose quotes came no
// sooner when asked for at once (the download is most of their wait), while its heading and timeline
// came about 70 ms later at 10,000 events. An event's own page, whose HTML shows the event in full,
// waits for it: that HTML stays until the app can show the event too, or for good if it cannot (see
// keepEventPage).
const queryClient = createQueryClient();
await queryClient.prefetchQuery(outlineQueryOptions);
const dataset =
  readDatasetAtOnce || isEventPage() ? queryClient.prefetchQuery(datasetQueryOptions) : undefined;
if (isEventPage()) await dataset;

/** The first load error, if the outline or the dataset could not be had. */
const loadError = () =>
  queryClient.getQueryState(outlineQueryOptions.queryKey)?.error ??
  queryClient.getQueryState(datasetQueryOptions.queryKey)?.error;

/**
 * On an event's own page a failed load keeps the event, which its HTML shows in full, and says above
 * it why the explorer could not start, with a Retry (a reload). Text only, as everywhere.
 */
function keepEventPage(error: Error) {
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'panel border-red-300 dark:border-red-800';
  const message = document.createElement('p');
  message.textContent = `The interactive timeline could not be started. ${error.message}`;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'btn self-start';
  retry.textContent = 'Retry';
  retry.addEventListener('click', () => window.location.reload());
  alert.append(message, retry);
  if (error instanceof InvalidDatasetError) {
    const list = document.createElement('ul');
    list.className = 'list-disc pl-6 font-mono text-sm';
    for (const problem of error.problems)
      list.append(Object.assign(document.createElement('li'), { textContent: problem }));
    alert.append(list);
  }
  (root!.querySelector('.static-event') ?? root!).prepend(alert);
}

const failed = isEventPage() ? loadError() : null;
if (failed) keepEventPage(failed);
else
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
