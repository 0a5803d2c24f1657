/**
 * How the component tests render: the whole app at an address, or one component with the contexts App
 * provides (tests/component/WithContexts.svelte), in English or (with `search` "?lang=ja") Japanese.
 */
import type { Component } from 'svelte';
import { render, screen } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { loadDataset } from '../../src/lib/data/parse';
import type { Dataset } from '../../src/lib/data/types';
import type { ViewMode } from '../../src/lib/state/context';
import { LocaleState } from '../../src/lib/state/locale.svelte';
import { Router } from '../../src/lib/state/router.svelte';
import { dataset, rawDataset } from '../fixtures/dataset';
import { catalogues } from '../fixtures/words';
import WithContexts from './WithContexts.svelte';

/** The whole app at `hash` (and `search`, e.g. "?lang=ja"), or, with no `hash`, at the current address. */
export function renderApp(hash?: string, search = '') {
  if (hash !== undefined) window.history.replaceState(null, '', `/${search}${hash}`);
  return render(App, { loaded: loadDataset(rawDataset), catalogues });
}

/** The whole app at `hash`, once its view (loaded on demand) shows its title; resolves to the title. */
export async function openApp(hash: string, search = '') {
  renderApp(hash, search);
  return screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
}

/** One component with the app's contexts, shown in `mode`, the address at `search` and `hash`. */
export function renderPart<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  {
    search = '',
    hash = '',
    data = dataset,
    mode,
  }: { search?: string; hash?: string; data?: Dataset; mode?: ViewMode } = {},
) {
  window.history.replaceState(null, '', `/${search}${hash}`);
  return render(WithContexts<Props>, {
    props: {
      component,
      props,
      dataset: data,
      locale: new LocaleState(window, catalogues),
      router: new Router(),
      mode,
    },
  });
}

/** Timeout for whole-app renders that load a view and its data on demand: slower than one component. */
export const SLOW = 30_000;
