/** Modules made at build time by vite.config.ts. */
declare module 'virtual:first-view-data' {
  import type { Fills, RawDataset } from './lib/data/types';
  /** The budget's part of the dataset (lib/data/firstViewDataset.ts). */
  const dataset: RawDataset;
  export default dataset;
  /** Each program's fills (lib/theme/programColours.ts), as [id, fills] pairs. */
  export const fills: readonly (readonly [string, Fills])[];
}

declare module 'virtual:first-view-timeline-links' {
  import type { FirstViewData } from './lib/data/firstViewDataset';
  /** The timeline step to link to from each budget level (lib/data/firstViewDataset.ts). */
  const timelineLinks: FirstViewData['timelineLinks'];
  export default timelineLinks;
}

declare module 'virtual:catalogue-urls' {
  import type { Locale } from './lib/data/types';
  /** The address of each language's catalogue chunk (src/lib/i18n/<locale>/index.ts), for src/boot.ts. */
  const urls: { readonly [L in Locale]: string };
  export default urls;
}
