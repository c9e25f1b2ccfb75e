/// <reference types="vite/client" />

declare module 'virtual:timeline-data-url' {
  /** URL of the dataset JSON, relative to the page or absolute in dev. */
  const url: string;
  export default url;
}
