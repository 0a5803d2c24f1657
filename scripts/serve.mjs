#!/usr/bin/env node
/**
 * A tiny static server for end-to-end tests and the benchmark: serves dist/ both at / and under a
 * nested sub-path (/deep/sub/path/), to prove the build works under any sub-path, and tests/fixtures/
 * at /fixtures/ (e.g. a host page that embeds the app in an iframe). No other behaviour: plain files.
 * Usage: node scripts/serve.mjs [port]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4173);
const mounts = [
  ['/fixtures/', join(root, 'tests/fixtures')],
  ['/deep/sub/path/', join(root, 'dist')],
  ['/', join(root, 'dist')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const [prefix, dir] = mounts.find(([p]) => path.startsWith(p)) ?? mounts[mounts.length - 1];
  let file = normalize(join(dir, path.slice(prefix.length)));
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving on http://localhost:${port}/`));
