/**
 * The whole dataset, loaded once on demand (its own chunk) by the views that need more than the first
 * view's part of it (lib/data/firstViewDataset.ts): the timeline, presentation mode.
 */
import type { LoadResult } from './types';

let whole: Promise<LoadResult> | undefined;

export function loadWholeDataset(): Promise<LoadResult> {
  // The run-time check (parse.ts) comes with the data it checks, not with the first view.
  whole ??= Promise.all([import('../../../data/dataset.json'), import('./parse')]).then(
    ([module, { loadDataset }]) => loadDataset(module.default),
  );
  return whole;
}
