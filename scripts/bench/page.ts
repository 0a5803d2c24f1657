/**
 * The HTML page of a benchmark page (floor/, scale/): the same minimal document for both, with its own
 * title, given to Vite as the page's index.html (a module of the build: no file to keep twice). Its
 * script is the page's main.ts.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function benchPage(title: string): Plugin {
  let page = '';
  return {
    name: 'bench:page',
    enforce: 'pre',
    configResolved(config) {
      page = resolve(config.root, 'index.html');
    },
    resolveId: (id) => (id === page ? id : undefined),
    load: (id) =>
      id === page
        ? `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="./main.ts"></script>
  </body>
</html>
`
        : undefined,
  };
}
