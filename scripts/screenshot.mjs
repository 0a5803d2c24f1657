#!/usr/bin/env node
/**
 * `npm run screenshot`: writes docs/screenshot.png, the budget view at 1280 × 800 in the light theme, for
 * the README. Builds first unless --no-build; serves dist/ with scripts/serve.mjs on a free port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const output = join(root, 'docs/screenshot.png');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await new Promise((resolvePort, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolvePort(free));
  });
});
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], {
  cwd: root,
  stdio: 'ignore',
});
let browser;
try {
  const url = `http://localhost:${port}/deep/sub/path/?lang=en#/budget`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (attempt > 100) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  await page.goto(url);
  await page.locator('[data-tile]').first().waitFor();
  await mkdir(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser?.close();
  server.kill();
}
