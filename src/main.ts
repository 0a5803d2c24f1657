import { mount } from 'svelte';
import App from './App.svelte';
import rawDataset from '../data/dataset.json';
import { loadDataset } from './lib/data/parse';
import { loadCatalogue } from './lib/i18n';
import { initialLocale } from './lib/state/locale.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// A Japanese reader's catalogue arrives before the first paint, so no English flashes first.
await loadCatalogue(initialLocale()).catch(() => undefined);
mount(App, { target, props: { loaded: loadDataset(rawDataset) } });
