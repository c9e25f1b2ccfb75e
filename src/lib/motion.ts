/** Whether the reader asked for less motion: then zooms, pans and scrolls jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
