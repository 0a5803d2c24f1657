/**
 * The whole dataset, loaded once on demand (its own chunk) by the views that need more than the first
 * view's part of it (lib/data/firstViewDataset.ts): the timeline, presentation mode.
 */
import { loadDataset } from './parse';
import type { LoadResult } from './types';

let whole: Promise<LoadResult> | undefined;

export function loadWholeDataset(): Promise<LoadResult> {
  whole ??= import('../../../data/dataset.json').then((module) => loadDataset(module.default));
  return whole;
}
