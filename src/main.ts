import { mount } from 'svelte';
import App from './App.svelte';
import firstView, { fills } from 'virtual:first-view-data';
import { indexDataset } from './lib/data/indexDataset';
import { loadWholeDataset } from './lib/data/wholeDataset';
import { loadCatalogue } from './lib/i18n';
import { initialLocale } from './lib/i18n/localePreference';
import { isEmbed } from './lib/share/embed';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// A Japanese reader's catalogue arrives before the first paint, so no English flashes first; so does,
// in embed mode, the code that gives the frame the host's look and tells the host its height.
const locale = initialLocale();
const [catalogue] = await Promise.all([
  loadCatalogue(locale).catch(() => undefined),
  isEmbed(window.location.search)
    ? import('./lib/share/embedFrame')
        .then((embed) => embed.startEmbed(window))
        .catch(() => undefined)
    : undefined,
]);
// The first view gets the budget's part of the dataset, checked when it was cut at build time (vite.config.ts),
// so only indexed here, with the programs' fills computed there; other views load the whole of it when they open, and check it then.
mount(App, {
  target,
  props: {
    loaded: { ok: true, dataset: indexDataset(firstView, new Map(fills)) },
    loadWhole: loadWholeDataset,
    catalogues: { [locale]: catalogue },
  },
});
