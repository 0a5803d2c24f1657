/**
 * The budget treemap at scale, for scripts/bench.mjs: the scale page (scripts/bench/scale/) with 1,000 and
 * 10,000 synthetic leaves at 4× CPU slowdown, medians of 5 cold loads: treemap layout time, render time
 * (mount to the first frame with every tile drawn), DOM elements in the treemap and in the page.
 */
import { throttledPage } from './lib/throttle.mjs';
import { count, medians, ms } from './lib/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function measure(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' }); // the page awaits its own render
    await page.waitForFunction(() => window.scaleResult !== undefined, null, { timeout: 300_000 });
    return await page.evaluate(() => window.scaleResult);
  } finally {
    await context.close();
  }
}

export default async function scale({ browser, scaleUrl, log, report }) {
  for (const leaves of [1000, 10000]) {
    const samples = [];
    for (let run = 0; run < RUNS; run += 1)
      samples.push(await measure(browser, `${scaleUrl}?leaves=${leaves}`));
    const m = medians(samples);
    log(
      `${count(leaves)} leaves: layout ${ms(m.layoutMs)}, render ${ms(m.renderMs)}, treemap ${count(m.treemapNodes)} elements, page ${count(m.domNodes)}`,
    );
    const section = `Treemap, ${count(leaves)} synthetic leaves, 4× CPU`;
    report.row(section, 'layout (squarified treemap)', m.layoutMs, null, { format: ms });
    report.row(section, 'render (mount to drawn frame)', m.renderMs, null, { format: ms });
    report.row(section, 'DOM elements in the treemap', m.treemapNodes, null, { format: count });
    report.row(section, 'DOM elements in the page', m.domNodes, null, { format: count });
  }
}
