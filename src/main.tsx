import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, storedTheme } from './lib/theme';
import './index.css';

// The panel decides what to show on Back/Forward; the browser's restored scroll would fight it.
history.scrollRestoration = 'manual';

// Before the first paint, so a remembered theme does not flash the other one.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
