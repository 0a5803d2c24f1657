#!/usr/bin/env node
/**
 * `npm run bench`: builds the app (unless --no-build) and, in the same run, the floor page (the lightest
 * page showing the same FY2010 treemap: scripts/bench/floor/) and the scale page (the app's treemap with
 * synthetic budgets: scripts/bench/scale/), serves them gzipped with scripts/serve.mjs on a free port,
 * launches Debian's Chromium, and runs every benchmark module in scripts/bench/*.mjs in name order.
 * Plug-in contract: each module's default export is awaited as
 * `mod.default({ browser, baseUrl, floorUrl, scaleUrl, log, report })`, where `baseUrl` is the app under a
 * nested sub-path (http://localhost:PORT/deep/sub/path/), `log` prints one line and `report.row(...)` adds
 * a line to the summary (lib/report.mjs), printed at the end and written to bench-results/summary.md.
 * Add a view's benchmark by adding a module; nothing here needs to change. BENCH_RUNS (default 5) sets
 * the number of cold loads each measure takes its median of.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { Report } from './bench/lib/report.mjs';

const root = resolve(import.meta.dirname, '..');
const log = (line = '') => console.log(line);

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start at ${url}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const building = !process.argv.includes('--no-build');
if (building) run('npm', ['run', 'build']);
for (const page of building ? ['floor', 'scale'] : []) {
  run('npx', ['vite', 'build', '--config', `scripts/bench/${page}/${page}.config.ts`]);
}

const port = await freePort();
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port), '--gzip'], {
  cwd: root,
  stdio: 'ignore',
});
let browser;
let exitCode = 0;
const report = new Report();
try {
  const baseUrl = `http://localhost:${port}/deep/sub/path/`;
  const floorUrl = `http://localhost:${port}/bench/floor/`;
  const scaleUrl = `http://localhost:${port}/bench/scale/`;
  await waitForServer(baseUrl);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  log(`Chromium ${browser.version()}, app at ${baseUrl}, floor at ${floorUrl}`);
  const benchDir = join(root, 'scripts/bench');
  // `npm run bench -- --only=timeline` runs one module (while working on it).
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const modules = (await readdir(benchDir))
    .filter((name) => name.endsWith('.mjs') && (!only || name === `${only}.mjs`))
    .sort();
  for (const name of modules) {
    log();
    log(`== ${name} ==`);
    try {
      const mod = await import(pathToFileURL(join(benchDir, name)).href);
      await mod.default({ browser, baseUrl, floorUrl, scaleUrl, log, report });
    } catch (error) {
      console.error(error);
      exitCode = 1;
    }
  }
  const summary = report.markdown();
  log();
  log('== summary (medians; ratio = app / floor) ==');
  log(summary);
  await mkdir(join(root, 'bench-results'), { recursive: true });
  await writeFile(join(root, 'bench-results/summary.md'), `${summary}\n`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser?.close();
  server.kill();
}
process.exit(exitCode);
