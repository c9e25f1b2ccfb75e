import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { datasetQueryOptions, outlineQueryOptions } from './features/timeline/api/get-dataset';
import { createQueryClient } from './lib/query-client';
import { isEventPage } from './lib/url-state';
import './index.css';

// The panel decides what to show on Back/Forward; the browser's restored scroll would fight it.
history.scrollRestoration = 'manual';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The outline is on its way already (index.html preloads it). The app renders once it is in (or
// failed): meanwhile the page shows the header and loading line the build wrote into index.html.
// The whole dataset is asked for right after; the timeline does not wait for it, except on an
// event's own page, whose HTML shows the event in full: that stays until the app can too.
const queryClient = createQueryClient();
await queryClient.prefetchQuery(outlineQueryOptions);
const dataset = queryClient.prefetchQuery(datasetQueryOptions);
if (isEventPage()) await dataset;

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
