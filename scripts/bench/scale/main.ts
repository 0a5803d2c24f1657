/**
 * The scale benchmark's page: `?leaves=N` builds a synthetic budget of N programs, times the treemap
 * layout (lib/layout/treemap, median of 5 calls at 1280 × 720), then mounts the app on it and times the
 * render until the first frame after all N tiles are in the DOM. Results land in `window.scaleResult`.
 */
import { mount } from 'svelte';
import App from '../../../src/App.svelte';
import { loadDataset } from '../../../src/lib/data/parse';
import { buildBudgetTree } from '../../../src/lib/data/budgetTree';
import { BUDGET_YEAR } from '../../../src/lib/data/fiscalYear';
import { layoutTreemap } from '../../../src/lib/layout/treemap';
import { syntheticDataset } from './syntheticDataset';
import '../../../src/app.css';

declare global {
  interface Window {
    scaleResult?: Record<string, number | string>;
  }
}

const leaves = Number(new URLSearchParams(location.search).get('leaves') ?? 1000);
const loaded = loadDataset(syntheticDataset(leaves));
if (!loaded.ok) throw new Error(loaded.error);
const root = buildBudgetTree(loaded.dataset, BUDGET_YEAR);
const layoutTimes = Array.from({ length: 5 }, () => {
  const start = performance.now();
  layoutTreemap(root, 1280, 720);
  return performance.now() - start;
}).sort((a, b) => a - b);

const target = document.getElementById('app') as HTMLElement;
const renderStart = performance.now();
mount(App, { target, props: { loaded } });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
while (document.querySelectorAll('svg [data-tile]').length < leaves) await frame();
await frame();
const renderMs = performance.now() - renderStart;
window.scaleResult = {
  leaves,
  layoutMs: layoutTimes[2] ?? NaN,
  renderMs,
  treemapNodes: document.querySelector('svg')?.querySelectorAll('*').length ?? 0,
  domNodes: document.getElementsByTagName('*').length,
};
