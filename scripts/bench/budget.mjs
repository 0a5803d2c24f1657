/**
 * Benchmark of the budget view (the first view): (a) the gzip -9 size of every file Chromium loads for
 * #/budget, read from dist/, against the 50 KiB budget; (b) first paint and first contentful paint,
 * median of 5 cold loads; (c) the JS heap after a warm-up and after 100 drill-in/drill-out cycles done
 * with the keyboard, each after a forced garbage collection. Plug-in of scripts/bench.mjs.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../../dist');
const BUDGET_BYTES = 50 * 1024;
const COLD_LOADS = 5;
const WARM_UP_CYCLES = 10;
const CYCLES = 100;
const FIRST_TILE = '[data-tile="regional-innovation-cluster-program"]';
const INNER_TILE = '[data-tile="global-type"]';

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

async function firstViewSizes(browser, baseUrl, log) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set();
  page.on('response', (response) => {
    const url = response.url().split('#')[0];
    if (url.startsWith(baseUrl)) urls.add(url);
  });
  await page.goto(`${baseUrl}#/budget`, { waitUntil: 'networkidle' });
  await page.locator(FIRST_TILE).waitFor();
  await context.close();

  const rows = [];
  for (const url of urls) {
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
    const file = path === '' ? 'index.html' : path;
    const bytes = await readFile(join(dist, file));
    rows.push({ file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  rows.sort((a, b) => a.file.localeCompare(b.file));
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const width = Math.max(24, ...rows.map((row) => row.file.length + 2));
  log('(a) Files the first view (#/budget) loads, gzip -9');
  log(`${pad('file', width)}${padLeft('raw', 12)}${padLeft('gzip', 12)}`);
  for (const row of rows) {
    log(`${pad(row.file, width)}${padLeft(kib(row.raw), 12)}${padLeft(kib(row.gzip), 12)}`);
  }
  const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
  log(`${pad('total', width)}${padLeft('', 12)}${padLeft(kib(total), 12)}`);
  log(`budget ${kib(BUDGET_BYTES)}: ${verdict} (${kib(BUDGET_BYTES - total)} left)`);
}

async function firstPaint(browser, baseUrl, log) {
  const samples = { 'first-paint': [], 'first-contentful-paint': [] };
  for (let load = 0; load < COLD_LOADS; load += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/budget`);
    await page.locator(FIRST_TILE).waitFor();
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime]),
    );
    for (const [name, startTime] of entries) samples[name]?.push(startTime);
    await context.close();
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
  };
  log();
  log(`(b) Paint timing, ${COLD_LOADS} cold loads (new context each), milliseconds`);
  for (const [name, values] of Object.entries(samples)) {
    const all = values.map((v) => v.toFixed(0)).join(', ');
    log(`${pad(name, 24)}median ${padLeft(median(values).toFixed(0), 5)} ms   (${all})`);
  }
}

async function heapAfterCycles(browser, baseUrl, log) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseUrl}#/budget`);
  const outer = page.locator(FIRST_TILE);
  const inner = page.locator(INNER_TILE);
  await outer.focus();
  const cycle = async () => {
    await page.keyboard.press('Enter');
    await inner.waitFor();
    await page.keyboard.press('Escape');
    await outer.waitFor();
    await page.waitForFunction((selector) => document.activeElement?.matches(selector), FIRST_TILE);
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  for (let i = 0; i < WARM_UP_CYCLES; i += 1) await cycle();
  const before = await heap();
  for (let i = 0; i < CYCLES; i += 1) await cycle();
  const after = await heap();
  await context.close();
  const growth = after - before;
  log();
  log(`(c) JS heap (used, after forced GC), drill in and out by keyboard`);
  log(`${pad(`after ${WARM_UP_CYCLES} warm-up cycles`, 32)}${padLeft(kib(before), 12)}`);
  log(`${pad(`after ${CYCLES} more cycles`, 32)}${padLeft(kib(after), 12)}`);
  log(
    `${pad('difference', 32)}${padLeft(kib(growth), 12)}  (${((growth / before) * 100).toFixed(1)}%, ${(growth / CYCLES).toFixed(0)} bytes per cycle)`,
  );
  // Garbage collection is not exact to the byte: up to 2% is noise, more is a leak.
  log(growth <= before * 0.02 ? 'heap: does not grow' : 'heap: GROWS (a leak?)');
}

export default async function budgetBench({ browser, baseUrl, log }) {
  await firstViewSizes(browser, baseUrl, log);
  await firstPaint(browser, baseUrl, log);
  await heapAfterCycles(browser, baseUrl, log);
}
