/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { hostedCsp, insertCspMeta, standaloneCsp } from './scripts/csp.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from './src/lib/data/validate.ts';
import { firstViewData } from './src/lib/data/firstViewDataset.ts';
import { parseDataset } from './src/lib/data/parse.ts';
import { programColours } from './src/lib/theme/programColours.ts';
import type { RawDataset } from './src/lib/data/types.ts';
// These modules, and those they import, name their imports with the file extension (`.ts`), as Node's
// own module loader needs (Vite's native config loader, planned to become its default).

export const OFFLINE_FILE = 'cluster-policy-explorer-offline.html';

/**
 * The hosted page: the first view's stylesheet (the CSS of the chunks index.html loads) goes into
 * index.html as <style>, so that no stylesheet request blocks the first paint, and the strict policy
 * allows exactly that style by its hash (build only: the dev server injects inline code of its own).
 * The CSS is taken from those chunks before Vite writes the page and the lazy chunks' preload lists
 * (so that nothing links it), and put into the page once Vite has written it.
 */
function hostedPage(): Plugin[] {
  const firstViewCss = new Set<string>();
  const take: Plugin = {
    name: 'cpe:hosted-page-css',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const entry of Object.values(bundle)) {
          if (entry.type !== 'chunk' || !entry.isEntry) continue;
          for (const name of [entry.fileName, ...entry.imports]) {
            const chunk = bundle[name];
            const css = chunk?.type === 'chunk' ? chunk.viteMetadata?.importedCss : undefined;
            css?.forEach((file) => firstViewCss.add(file));
            css?.clear();
          }
        }
      },
    },
  };
  const inline: Plugin = {
    name: 'cpe:hosted-page',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return this.error('index.html was not produced');
        let styles = '';
        for (const file of firstViewCss) {
          const css = bundle[file];
          if (css?.type !== 'asset') return this.error(`${file} was not produced`);
          styles += `<style>${String(css.source)}</style>`;
          delete bundle[file];
        }
        const html = String(page.source).replace('</head>', `  ${styles}\n  </head>`);
        page.source = insertCspMeta(html, hostedCsp(html));
      },
    },
  };
  return [take, inline];
}

/**
 * The first view's chunk exports what the lazily loaded chunks import from it (the Svelte runtime, shared
 * modules) under names of their own: `export{Qi as $,lt as $t,…}`, about a hundred names. This exports
 * each under its local name instead (`export{Qi,lt,…}`) and rewrites the other chunks' imports of it to
 * match (`import{Qi as e,…}from"./app-….js"`): about 0.25 KiB less to load (gzip) before the first paint,
 * and the same code. After minification (generateBundle); the build has no source maps (they would be
 * off by the rewritten import at the start of a lazy chunk).
 */
function localExportNames(): Plugin {
  return {
    name: 'cpe:local-export-names',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const app = Object.values(bundle).find(
          (file) => file.type === 'chunk' && file.name === 'app',
        );
        if (app?.type !== 'chunk') return this.error('the first view has no chunk of its own');
        const clause = /export\{([^}]*)\};?\s*(\/\/# sourceMappingURL=\S*\s*)?$/.exec(app.code);
        if (!clause) return this.error(`${app.fileName}: no export list at its end`);
        // Each exported name's new name: its local one (a default export stays the default, and a
        // local exported twice keeps its second name).
        const renamed = new Map<string, string>();
        const taken = new Set<string>();
        const list = clause[1]!.split(',').map((item) => {
          const [local = '', exported = local] = item.trim().split(/\s+as\s+/);
          const name = exported === 'default' || taken.has(local) ? exported : local;
          if (taken.has(name)) this.error(`${app.fileName} exports two things as ${name}`);
          taken.add(name);
          renamed.set(exported, name);
          return name === local ? local : `${local} as ${name}`;
        });
        app.code = `${app.code.slice(0, clause.index)}export{${list.join(',')}};${clause[2] ?? ''}`;
        const name = app.fileName.split('/').pop()!.replace(/[.$]/g, '\\$&');
        const imports = new RegExp(`import\\{([^}]*)\\}from"\\./${name}"`, 'g');
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || chunk === app) continue;
          if (new RegExp(`export\\{[^}]*\\}from"\\./${name}"`).test(chunk.code))
            return this.error(`${chunk.fileName} re-exports from ${app.fileName}`);
          chunk.code = chunk.code.replace(imports, (_match, names: string) => {
            const list = names.split(',').map((item) => {
              const [exported = '', local = exported] = item.trim().split(/\s+as\s+/);
              const own = renamed.get(exported);
              if (!own)
                this.error(`${chunk.fileName} imports ${exported}, which ${app.fileName} lacks`);
              return own === local ? own : `${own} as ${local}`;
            });
            return `import{${list.join(',')}}from"./${app.fileName.split('/').pop()}"`;
          });
        }
      },
    },
  };
}

const FIRST_VIEW_DATA = 'virtual:first-view-data';
const TIMELINE_LINKS = 'virtual:first-view-timeline-links';

/**
 * data/dataset.json passes the full check (schema and rules, src/lib/data/validate.ts) or the build fails
 * with the problem; the app itself only checks the shape it reads (src/lib/data/parse.ts). The first
 * view imports `virtual:first-view-data`, the budget's part of it (src/lib/data/firstViewDataset.ts),
 * which also passes the app's run-time check here, so that the app need not carry that check in its first
 * view, and each program's fills (`fills`: theme/programColours.ts, so that it carries no palette either);
 * the whole file is loaded only by the views that need it, and checked when it loads. The budget
 * view's links into the timeline, computed from the whole file, are `virtual:first-view-timeline-links`
 * (imported by the part of the view below the fold only).
 */
export function datasetModules(): Plugin {
  const file = resolve(import.meta.dirname, 'data/dataset.json');
  const ids = new Set([FIRST_VIEW_DATA, TIMELINE_LINKS]);
  return {
    name: 'cpe:dataset',
    buildStart() {
      this.addWatchFile(file);
    },
    resolveId: (source) => (ids.has(source) ? `\0${source}` : undefined),
    load(id) {
      if (!id.startsWith('\0') || !ids.has(id.slice(1))) return undefined;
      const raw = JSON.parse(readFileSync(file, 'utf8')) as RawDataset;
      try {
        const part = firstViewData(raw, validateDataset(raw));
        if (id === `\0${TIMELINE_LINKS}`)
          return `export default ${JSON.stringify(part.timelineLinks)};`;
        // The app indexes this part without checking it again (main.ts): check it here, as it would.
        parseDataset(part.dataset);
        const fills = [...programColours(raw)].map(([id, { light, dark }]) => [
          id,
          { light, dark },
        ]);
        return `export default ${JSON.stringify(part.dataset)};\nexport const fills = ${JSON.stringify(fills)};`;
      } catch (error) {
        return this.error(`data/dataset.json: ${error instanceof Error ? error.message : error}`);
      }
    },
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
 * Vite's helper for dynamic imports (`\0vite/preload-helper.js`), smaller: before a lazily loaded chunk
 * runs, its stylesheets load (a <link rel="stylesheet"> each; a stylesheet that fails to load fails the
 * import, so the view says it could not be loaded, and the next try loads it again) and its imports start
 * loading (<link rel="modulepreload">). Vite's own also supports browsers without modulepreload, CSP nonces
 * and the vite:preloadError event, none of which this app uses; it weighs about 0.45 KiB more (gzip) in
 * the first view. Build only (the dev server loads modules itself).
 */
function preloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  const code = `const loaded = {};
export const __vitePreload = (load, deps, base) =>
  Promise.all(
    (deps || []).map((dep) => {
      const href = new URL(dep, base).href;
      return (loaded[href] ??= new Promise((resolve, reject) => {
        const link = document.createElement('link');
        const css = href.endsWith('.css');
        link.rel = css ? 'stylesheet' : 'modulepreload';
        link.href = href;
        link.onload = resolve;
        link.onerror = () => {
          delete loaded[href];
          link.remove();
          reject(new Error('Unable to preload ' + href));
        };
        document.head.append(link);
        if (!css) resolve();
      }));
    }),
  ).then(load);
`;
  return {
    name: 'cpe:preload-helper',
    apply: 'build',
    enforce: 'pre',
    load: (source) => (source === id ? code : undefined),
  };
}

/** Whether a module is one of `roots` or imported statically, however deeply, by one of them. */
function staticClosure(isRoot: (id: string, ctx: ChunkingContext) => boolean) {
  const reached = new Map<string, boolean>();
  const inClosure = (id: string, ctx: ChunkingContext): boolean => {
    const known = reached.get(id);
    if (known !== undefined) return known;
    reached.set(id, false); // an import cycle does not reach a root through itself
    const info = ctx.getModuleInfo(id);
    const result = !!info && (isRoot(id, ctx) || info.importers.some((by) => inClosure(by, ctx)));
    reached.set(id, result);
    return result;
  };
  return inClosure;
}

const BELOW_THE_FOLD = resolve(import.meta.dirname, 'src/components/budget/BudgetDetails.svelte');
/**
 * The strings and global styles of what loads after the first view's paint (lib/i18n/laterMessages.ts,
 * later.css): one chunk, `later`, that the part below the fold, the budget's tooltip and the other views
 * share, so that none of the latter loads the former for them.
 */
const LATER = new Set(
  [
    'src/lib/i18n/laterMessages.ts',
    'src/lib/i18n/en/later.ts',
    'src/lib/i18n/ja/later.ts',
    'src/later.css',
  ].map((file) => resolve(import.meta.dirname, file)),
);

const MAIN = resolve(import.meta.dirname, 'src/main.ts');
const BOOT = resolve(import.meta.dirname, 'src/boot.ts');
/**
 * The first view is one chunk, `app`: src/main.ts and every module it imports statically, however deeply
 * (one request, and one gzip stream compresses better than several small ones), but those src/boot.ts
 * imports too (bootChunk). The part of the first view below the fold (the budget view's table, links
 * and sources, loaded after the first paint) is one chunk too, `below-the-fold`, with whatever it needs
 * that `app` has not. Everything else is lazy because the code imports it with a dynamic `import()` (the
 * other views, each language's catalogue, the whole dataset, the dialogs and the exporter), in the
 * chunks Rolldown makes of it.
 */
function firstViewChunks(): (id: string, ctx: ChunkingContext) => string | null {
  const fromEntry = staticClosure((id) => id === MAIN);
  const belowTheFold = staticClosure((id) => id === BELOW_THE_FOLD);
  return (id, ctx) =>
    fromEntry(id, ctx) ? 'app' : belowTheFold(id, ctx) ? 'below-the-fold' : null;
}

/**
 * src/boot.ts and what it imports (which language to start in, which `app` imports too): the `boot` chunk.
 * An entry of its own, so that Rolldown keeps it out of `app`; bootScript() puts it into index.html.
 */
function bootChunk(): (id: string, ctx: ChunkingContext) => string | null {
  const fromBoot = staticClosure((id) => id === BOOT);
  return (id, ctx) => (fromBoot(id, ctx) ? 'boot' : null);
}

const CATALOGUE_URLS = 'virtual:catalogue-urls';
const CATALOGUES = {
  en: resolve(import.meta.dirname, 'src/lib/i18n/en/index.ts'),
  ja: resolve(import.meta.dirname, 'src/lib/i18n/ja/index.ts'),
};
/**
 * src/boot.ts, in the hosted build, runs first: index.html loads its chunk (`boot`) before the app's, as a
 * module script of its own, so that it runs as soon as it arrives, and it preloads the reader's catalogue
 * while `app` downloads (`virtual:catalogue-urls` gives it each catalogue chunk's address). Rolldown makes
 * a one-line facade of the boot entry (`import "./boot-….js"`); the page does not need it.
 */
function bootScript(): Plugin {
  const refs: Partial<Record<keyof typeof CATALOGUES, string>> = {};
  return {
    name: 'cpe:boot',
    apply: 'build',
    buildStart() {
      for (const [locale, id] of Object.entries(CATALOGUES))
        refs[locale as keyof typeof CATALOGUES] = this.emitFile({ type: 'chunk', id });
    },
    resolveId: (source) => (source === CATALOGUE_URLS ? `\0${source}` : undefined),
    load(id) {
      if (id !== `\0${CATALOGUE_URLS}`) return undefined;
      const urls = Object.entries(refs).map(
        ([locale, ref]) => `${locale}: import.meta.ROLLUP_FILE_URL_${ref}`,
      );
      return `export default { ${urls.join(', ')} };`;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const boot = chunks.find((chunk) => chunk.moduleIds.includes(BOOT));
        if (page?.type !== 'asset' || !boot)
          return this.error('index.html or boot was not produced');
        for (const facade of chunks)
          if (facade.isEntry && facade.name === 'boot' && facade !== boot)
            delete bundle[facade.fileName];
        const file = `./${boot.fileName}`;
        const html = String(page.source).replace(
          new RegExp(
            `\\s*<(script|link)[^>]*"${file.replace(/[.$]/g, '\\$&')}"[^>]*>(</script>)?`,
            'g',
          ),
          '',
        );
        const at = html.indexOf('<script type="module"');
        if (at < 0) return this.error('index.html has no module script');
        const tag = `<script type="module" crossorigin src="${file}"></script>\n    `;
        page.source = html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}

// Relative base: dist/ works when copied under any sub-path of any static host.
// `vite build` writes the hosted app; `vite build --mode standalone` adds the one-file offline copy.
export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    base: './',
    plugins: [
      svelte(),
      svelteTesting(),
      datasetModules(),
      preloadHelper(),
      ...(standalone
        ? [viteSingleFile({ outputFileName: OFFLINE_FILE }), standaloneCspPlugin()]
        : [bootScript(), ...hostedPage(), localExportNames()]),
    ],
    build: {
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: true,
      ...(standalone ? { emptyOutDir: false } : {}),
      rolldownOptions: standalone
        ? {}
        : {
            // boot.ts is an entry of its own, so that index.html can run it before `app` has arrived.
            input: { index: resolve(import.meta.dirname, 'index.html'), boot: BOOT },
            output: {
              codeSplitting: {
                groups: [
                  // First, so that `below-the-fold` does not take these along with its own modules.
                  {
                    name: 'later',
                    test: (id: string) => LATER.has(id),
                    priority: 2,
                    includeDependenciesRecursively: false,
                  },
                  {
                    name: bootChunk(),
                    debugName: 'boot',
                    priority: 3,
                    includeDependenciesRecursively: false,
                  },
                  { name: firstViewChunks(), debugName: 'first view', priority: 1 },
                ],
              },
            },
          },
    },
    test: {
      // Tests run in node (no DOM to set up: about half the time of jsdom); a test that needs a DOM
      // (every component test, and the unit tests of modules that use the page) says so in its first
      // line: `// @vitest-environment jsdom`.
      environment: 'node',
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
      setupFiles: ['tests/component/setup.ts'],
      // Says once when ../shared (the source documents) is missing and its tests are skipped.
      globalSetup: ['tests/fixtures/sharedDir.ts'],
      // Two cores shared by a whole team: rendering a view in jsdom can take seconds.
      testTimeout: 20_000,
    },
  };
});
