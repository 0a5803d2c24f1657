#!/usr/bin/env node
/**
 * A tiny static server for end-to-end tests and the benchmark: serves dist/ both at / and under a
 * nested sub-path (/deep/sub/path/), to prove the build works under any sub-path, and tests/fixtures/
 * at /fixtures/ (e.g. a host page that embeds the app in an iframe), and the benchmark's pages
 * (bench-results/, built by scripts/bench.mjs) at /bench/. No other behaviour: plain files, gzipped
 * (-9, as a static host would) only when started with --gzip and the browser accepts it.
 * Usage: node scripts/serve.mjs [port] [--gzip]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const gzip = args.includes('--gzip');
const port = Number(args.find((arg) => /^\d+$/.test(arg)) ?? process.env.E2E_PORT ?? 4317);
const mounts = [
  ['/fixtures/', join(root, 'tests/fixtures')],
  ['/bench/', join(root, 'bench-results')],
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
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      res.end(gzipSync(body, { level: 9 }));
    } else {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    }
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving on http://localhost:${port}/`));
