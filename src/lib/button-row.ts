import type { KeyboardEvent } from 'react';

/**
 * ← and → move focus to the previous and next button of a row (Home and End to its first and last),
 * as in a toolbar, rather than walk the events (the page's shortcut); each button stays a tab stop.
 */
export function moveAmongButtons(e: KeyboardEvent<HTMLElement>) {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: buttons.length - 1 }[e.key];
  if (at === -1 || to === undefined) return;
  e.preventDefault();
  buttons[Math.max(0, Math.min(to, buttons.length - 1))]?.focus();
}
