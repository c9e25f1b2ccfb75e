/// <reference types="vite/client" />

declare module 'virtual:timeline-data-url' {
  /** URL of the dataset's outline (see toOutline), resolved against the module. */
  export const outlineUrl: string;
  /** URL of the whole dataset. */
  export const datasetUrl: string;
  /** Whether index.html preloads the whole dataset too (a small one). */
  export const datasetPreloaded: boolean;
}
