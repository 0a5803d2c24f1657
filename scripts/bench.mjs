#!/usr/bin/env node
/**
 * `npm run bench`: builds the app (unless --no-build), serves dist/ with scripts/serve.mjs on a free port,
 * launches Debian's Chromium, and runs every benchmark module in scripts/bench/*.mjs in name order.
 * Plug-in contract: each module's default export is awaited as `mod.default({ browser, baseUrl, log })`,
 * where `baseUrl` is the app under a nested sub-path (http://localhost:PORT/deep/sub/path/) and `log`
 * prints one line. Add a view's benchmark by adding a module; nothing here needs to change.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

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

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await freePort();
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], {
  cwd: root,
  stdio: 'ignore',
});
let browser;
let exitCode = 0;
try {
  const baseUrl = `http://localhost:${port}/deep/sub/path/`;
  await waitForServer(baseUrl);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  log(`Chromium ${browser.version()}, app at ${baseUrl}`);
  const benchDir = join(root, 'scripts/bench');
  const modules = (await readdir(benchDir)).filter((name) => name.endsWith('.mjs')).sort();
  for (const name of modules) {
    log();
    log(`== ${name} ==`);
    const mod = await import(pathToFileURL(join(benchDir, name)).href);
    await mod.default({ browser, baseUrl, log });
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser?.close();
  server.kill();
}
process.exit(exitCode);
