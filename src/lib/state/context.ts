/** Typed contexts shared by every view. */
import { createContext } from 'svelte';
import type { Dataset } from '../data/types';
import type { LocaleState } from './locale.svelte';
import type { Router } from './router.svelte';

export const [getDataset, setDataset] = createContext<Dataset>();
export const [getLocale, setLocale] = createContext<LocaleState>();
export const [getRouter, setRouter] = createContext<Router>();
