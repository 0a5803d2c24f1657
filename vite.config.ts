/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { HOSTED_CSP, insertCspMeta, standaloneCsp } from './scripts/csp.ts';

export const OFFLINE_FILE = 'cluster-policy-explorer-offline.html';

/** The hosted build's strict policy (build only: the dev server injects inline code of its own). */
function hostedCsp(): Plugin {
  return {
    name: 'cpe:hosted-csp',
    apply: 'build',
    transformIndexHtml: (html) => insertCspMeta(html, HOSTED_CSP),
  };
}

/** The offline file's policy: computed after vite-plugin-singlefile has inlined everything. */
function standaloneCspPlugin(): Plugin {
  return {
    name: 'cpe:standalone-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle[OFFLINE_FILE];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') {
          this.error(`${OFFLINE_FILE} was not produced`);
        }
        html.source = insertCspMeta(html.source, standaloneCsp(html.source));
      },
    },
  };
}

/**
 * Modules only some visits need: the timeline, presentation, the program pages, the Embed dialog, the exporter, the Japanese
 * catalogue, and the D3 modules only the timeline uses. Everything else is the first view, bundled as one
 * chunk (one request, and one gzip stream compresses better than several small ones).
 */
const LAZY =
  /\/src\/(components\/(timeline|present|programs)\/|components\/share\/EmbedDialog|lib\/export\/|lib\/i18n\/(ja\/|programs|en\/programs)|lib\/layout\/(timeline|truncate)|lib\/text\/(timelineLabels|programFacts))|\/node_modules\/d3-(shape|path|scale|array|interpolate|format|time|time-format|color)\//;

// Relative base: dist/ works when copied under any sub-path of any static host.
// `vite build` writes the hosted app; `vite build --mode standalone` adds the one-file offline copy.
export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    base: './',
    plugins: [
      svelte(),
      svelteTesting(),
      ...(standalone
        ? [viteSingleFile({ outputFileName: OFFLINE_FILE }), standaloneCspPlugin()]
        : [hostedCsp()]),
    ],
    build: {
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: true,
      ...(standalone ? { emptyOutDir: false } : {}),
      rolldownOptions: standalone
        ? {}
        : {
            output: {
              codeSplitting: {
                groups: [{ name: 'app', test: (id: string) => !LAZY.test(id), priority: 1 }],
              },
            },
          },
    },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
      setupFiles: ['tests/component/setup.ts'],
    },
  };
});
