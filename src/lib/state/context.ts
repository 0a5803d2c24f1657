/** Typed contexts shared by every view. */
import { createContext } from 'svelte';
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
