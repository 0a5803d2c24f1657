/** Modules made at build time by vite.config.ts. */
declare module 'virtual:first-view-data' {
  import type { FirstViewData } from './lib/data/firstViewDataset';
  const data: FirstViewData;
  export default data;
}
