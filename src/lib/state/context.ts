/** Typed contexts shared by every view. */
import { createContext, getContext, hasContext, setContext } from 'svelte';
import type { Dataset } from '../data/types';
import { Labels } from '../text/labels';
import type { LocaleState } from './locale.svelte';
import type { Router } from './router.svelte';

export const [getDataset, setDataset] = createContext<Dataset>();
export const [getLocale, setLocale] = createContext<LocaleState>();
/** The dataset's words in the current language (lib/text/labels.ts). */
export const [getLabels, setLabels] = createContext<Labels>();
export const [getRouter, setRouter] = createContext<Router>();

/** Gives the components below a dataset and its labels, in the language from context. */
export function provideDataset(dataset: Dataset): void {
  setDataset(dataset);
  setLabels(new Labels(dataset, getLocale()));
}

/**
 * How the views are shown: on a page of their own, embedded in another page (`?embed`), or as
 * presentation slides. App sets it for the page; the presentation sets it for its slides.
 */
export type ViewMode = 'ordinary' | 'embed' | 'presentation';
const MODE = Symbol('view mode');

export function setViewMode(mode: ViewMode): void {
  setContext(MODE, mode);
}

/** The view mode from context, as the flags the views test (a page of its own where none was set). */
export function viewMode(): {
  readonly mode: ViewMode;
  readonly presenting: boolean;
  readonly embedded: boolean;
} {
  const mode: ViewMode = hasContext(MODE) ? getContext<ViewMode>(MODE) : 'ordinary';
  return { mode, presenting: mode === 'presentation', embedded: mode === 'embed' };
}

/** A copy of a component's contexts in which the views are shown as slides (for exports). */
export function asSlides(contexts: ReadonlyMap<unknown, unknown>): Map<unknown, unknown> {
  return new Map(contexts).set(MODE, 'presentation' satisfies ViewMode);
}
