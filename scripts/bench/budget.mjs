/**
 * The first view (#/budget) side by side with the floor page (scripts/bench/floor/), for scripts/bench.mjs:
 * (a) gzip -9 bytes of every file each page loads, in English and in Japanese;
 * (b) 5 cold loads each at 4× CPU slowdown (no network throttling), medians: first contentful paint,
 *     total blocking time, long tasks, style and layout time, forced reflows, DOM elements, layout shift;
 * (c) 5 cold loads each on slow 4G with 4× CPU: first and largest contentful paint;
 * (d) the app's JS heap after a warm-up and after two rounds of 100 keyboard drill-in/drill-out cycles.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureLoad } from './lib/load.mjs';
import { count, kib, medians, ms, pad, padLeft } from './lib/stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARM_UP_CYCLES = 10;
const CYCLES = 100;
const FIRST_TILE = '[data-tile="regional-innovation-cluster-program"]';
const INNER_TILE = '[data-tile="global-type"]';
const FLOOR_TILE = 'svg g';

/**
 * The files a page loads, gzip -9 from disk: those it started to fetch before its first chart element
 * (`ready`) was in the document (what the first paint needs), and all of them once the network is idle
 * (the part below the fold, loaded after the first paint, included).
 */
async function loadedBytes(browser, url, ready, served) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(selector)) return;
      window.firstChartAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, ready);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const { firstChartAt, entries } = await page.evaluate(() => ({
    firstChartAt: window.firstChartAt,
    entries: performance
      .getEntriesByType('resource')
      .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  }));
  const html = { name: page.url(), startTime: 0 };
  await context.close();
  const files = [];
  for (const { name, startTime } of [html, ...entries]) {
    const address = name.split('#')[0].split('?')[0];
    const [prefix, dir] = served.find(([p]) => address.startsWith(p)) ?? [];
    if (!prefix) continue;
    const file = decodeURIComponent(address.slice(prefix.length)) || 'index.html';
    const body = await readFile(join(dir, file));
    files.push({
      file,
      gzip: gzipSync(body, { level: 9 }).length,
      firstPaint: startTime < firstChartAt,
    });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

async function bytes({ browser, baseUrl, floorUrl, log, report }) {
  const app = [[baseUrl, join(root, 'dist')]];
  const floor = [[floorUrl, join(root, 'bench-results/floor')]];
  log(
    '(a) Files loaded by the first view, gzip -9 (* = before the first chart element: the first paint)',
  );
  for (const lang of ['en', 'ja']) {
    const appFiles = await loadedBytes(browser, `${baseUrl}?lang=${lang}#/budget`, FIRST_TILE, app);
    const floorFiles = await loadedBytes(browser, `${floorUrl}?lang=${lang}`, FLOOR_TILE, floor);
    for (const [name, files] of [
      ['app', appFiles],
      ['floor', floorFiles],
    ]) {
      const listed = files.map((f) => `${f.file}${f.firstPaint ? '*' : ''} ${kib(f.gzip)}`);
      log(`  ${name} (${lang}): ${listed.join(', ')}`);
    }
    const total = (files) => files.reduce((sum, f) => sum + f.gzip, 0);
    const painting = (files) => files.filter((f) => f.firstPaint);
    report.row(
      'First view',
      `bytes to first paint, gzip -9 (${lang})`,
      total(painting(appFiles)),
      total(painting(floorFiles)),
      { format: kib, target: '≤ 2.2× floor', pass: (a, f) => a <= 2.2 * f },
    );
    report.row(
      'First view',
      `bytes, whole page, gzip -9 (${lang})`,
      total(appFiles),
      total(floorFiles),
      {
        format: kib,
      },
    );
  }
}

async function loads({ browser, baseUrl, floorUrl }, network) {
  const samples = { app: [], floor: [] };
  for (let run = 0; run < RUNS; run += 1) {
    samples.app.push(await measureLoad(browser, `${baseUrl}#/budget`, FIRST_TILE, { network }));
    samples.floor.push(await measureLoad(browser, floorUrl, FLOOR_TILE, { network }));
  }
  const app = medians(samples.app.map(({ forcedAt: _, ...numbers }) => numbers));
  const floor = medians(samples.floor.map(({ forcedAt: _, ...numbers }) => numbers));
  const forcedAt = [...new Set(samples.app.flatMap((s) => s.forcedAt))];
  return { app, floor, forcedAt };
}

async function cpuLoads(options) {
  const { log, report } = options;
  log(`(b) ${RUNS} cold loads each, CPU 4× slower, no network throttling (medians)`);
  const { app, floor, forcedAt } = await loads(options, false);
  const section = 'First view, 4× CPU';
  const row = (metric, key, format, extra) =>
    report.row(section, metric, app[key], floor[key], { format, ...extra });
  row('first contentful paint', 'fcp', ms);
  row('total blocking time', 'tbt', ms, {
    target: '≤ floor + 60 ms',
    pass: (a, f) => a <= f + 60,
  });
  row('long tasks (count)', 'longTasks', count);
  row('long tasks (total)', 'longTaskMs', ms);
  row('style and layout time', 'layoutStyleMs', ms);
  row('forced reflows (count)', 'forcedReflows', count, { target: '0', pass: (a) => a === 0 });
  row('forced reflows (time)', 'forcedReflowMs', ms);
  row('DOM elements', 'domNodes', count);
  row('cumulative layout shift', 'cls', (v) => v.toFixed(3), {
    target: '0',
    pass: (a) => a === 0,
  });
  if (forcedAt.length > 0) log(`  forced reflows at: ${forcedAt.join('; ')}`);
}

async function networkLoads(options) {
  const { log, report } = options;
  log(`(c) ${RUNS} cold loads each, slow 4G and CPU 4× slower (medians)`);
  const { app, floor } = await loads(options, true);
  const section = 'First view, slow 4G + 4× CPU';
  report.row(section, 'first contentful paint', app.fcp, floor.fcp, { format: ms });
  report.row(section, 'largest contentful paint', app.lcp, floor.lcp, {
    format: ms,
    target: '≤ 1.5× floor',
    pass: (a, f) => a <= 1.5 * f,
  });
}

async function heapAfterCycles({ browser, baseUrl, log }) {
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
  for (let i = 0; i < CYCLES; i += 1) await cycle();
  const again = await heap();
  await context.close();
  log(`(d) JS heap (used, after forced GC), drill in and out by keyboard`);
  log(`  ${pad(`after ${WARM_UP_CYCLES} warm-up cycles`, 30)}${padLeft(kib(before), 12)}`);
  log(`  ${pad(`after ${CYCLES} more cycles`, 30)}${padLeft(kib(after), 12)}`);
  log(`  ${pad(`after ${CYCLES} more again`, 30)}${padLeft(kib(again), 12)}`);
  // A leak grows by about as much in every round; the engine's warm-up (compiled code, caches) grows in
  // the first and much less after. Garbage collection is not exact to the byte: up to 2% is noise.
  const first = after - before;
  const second = again - after;
  const leaks = second > before * 0.02 && second > first / 2;
  const verdict = leaks ? 'GROWS in every round (a leak?)' : 'levels off (no leak)';
  log(`  growth ${kib(first)}, then ${kib(second)}: ${verdict}`);
}

export default async function budgetBench(options) {
  await bytes(options);
  await cpuLoads(options);
  await networkLoads(options);
  await heapAfterCycles(options);
}
