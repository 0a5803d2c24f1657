/**
 * Vite config of the scale benchmark page (scripts/bench/scale/): the app's own components and layout
 * on a synthetic dataset. Built by scripts/bench.mjs into bench-results/scale/.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { datasetModules } from '../../../vite.config.ts';
import { benchPage } from '../page.ts';

const here = import.meta.dirname;
const root = resolve(here, '../../..');

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  // datasetModules: app components import `virtual:first-view-timeline-links` (from the real dataset).
  plugins: [
    benchPage('Treemap at scale (benchmark)'),
    svelte({ configFile: resolve(root, 'svelte.config.js') }),
    datasetModules(),
  ],
  build: {
    target: 'es2022',
    outDir: resolve(root, 'bench-results/scale'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
});
