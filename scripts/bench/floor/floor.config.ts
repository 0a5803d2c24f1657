/**
 * Vite config of the benchmark's floor page (scripts/bench/floor/): the same FY2010 figures as the app's
 * first view (the listed programs: FY2010 lines whose program's parent has no FY2010 line), taken from
 * data/dataset.json at build time as a tiny virtual module, so the floor carries nothing but the figures.
 * Built by scripts/bench.mjs into bench-results/floor/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
// The app's budget year, read here at build time: the floor's own bundle carries only the figures.
import { BUDGET_YEAR } from '../../../src/lib/data/fiscalYear.ts';
import { benchPage } from '../page.ts';

const here = import.meta.dirname;
const root = resolve(here, '../../..');
const MODULE = 'virtual:fy2010-figures';

interface RawDataset {
  programs: { id: string; parentId: string | null; name: { en: string; ja: string | null } }[];
  budgetLines: { programId: string; fiscalYear: number; amountMillionYen: number }[];
}

function fy2010Figures(): Plugin {
  return {
    name: 'floor:fy2010-figures',
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
    load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      const raw = JSON.parse(
        readFileSync(resolve(root, 'data/dataset.json'), 'utf8'),
      ) as RawDataset;
      const lines = raw.budgetLines.filter((line) => line.fiscalYear === BUDGET_YEAR);
      const hasLine = new Set(lines.map((line) => line.programId));
      const figures = lines.flatMap((line) => {
        const program = raw.programs.find((p) => p.id === line.programId);
        if (!program || (program.parentId !== null && hasLine.has(program.parentId))) return [];
        return [{ id: program.id, ...program.name, amount: line.amountMillionYen }];
      });
      return `export default ${JSON.stringify(figures)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [
    benchPage('FY2010 budget (floor)'),
    svelte({ configFile: false, compilerOptions: { runes: true } }),
    fy2010Figures(),
  ],
  build: {
    target: 'es2022',
    outDir: resolve(root, 'bench-results/floor'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
});
