#!/usr/bin/env node
/**
 * `npm run screenshot`: writes the README's pictures, in the light theme: docs/screenshot.png (the budget
 * view at 1280 × 800) and the budget and timeline views at 1366 × 768 (a laptop or projector) and
 * 390 × 844 (a phone). Builds first unless --no-build; serves dist/ with scripts/serve.mjs on a free port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const shots = [
  { file: 'screenshot.png', route: 'budget', width: 1280, height: 800 },
  { file: 'budget-1366x768.png', route: 'budget', width: 1366, height: 768 },
  { file: 'timeline-1366x768.png', route: 'timeline', width: 1366, height: 768 },
  { file: 'budget-390x844.png', route: 'budget', width: 390, height: 844 },
  { file: 'timeline-390x844.png', route: 'timeline', width: 390, height: 844 },
];

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
  const base = `http://localhost:${port}/deep/sub/path/?lang=en`;
  const url = `${base}#/budget`;
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
  await mkdir(join(root, 'docs'), { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.goto(`${base}#/${shot.route}`);
    await page
      .locator(shot.route === 'budget' ? '[data-tile]' : '.timeline-view svg')
      .first()
      .waitFor();
    await page.evaluate(() => document.fonts.ready);
    const output = join(root, 'docs', shot.file);
    await page.screenshot({ path: output });
    console.log(`wrote ${output}`);
    await page.close();
  }
} finally {
  await browser?.close();
  server.kill();
}
