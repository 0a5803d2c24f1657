/**
 * Frame pacing of a timeline play-through, for scripts/bench.mjs:
 * opens #/timeline/1, slows the CPU 4× (CDP Emulation.setCPUThrottlingRate), presses Play, records
 * requestAnimationFrame intervals and long tasks in the page until the last step is reached and Play has
 * stopped, then logs p50/p95/max frame interval, frame count, long-task count and total play time.
 */
const CPU_SLOWDOWN = 4;
const PLAY_LIMIT_MS = 90_000;

function percentile(sorted, share) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export default async function timeline({ browser, baseUrl, log }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}#/timeline/1`);
    await page.locator('svg[data-export-chart]').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    await page.evaluate(() => {
      const record = {
        frames: [],
        longTasks: 0,
        longTaskMs: 0,
        longTaskAt: [],
        start: 0,
        end: 0,
        stop: false,
      };
      window.__timelineBench = record;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          record.longTasks += 1;
          record.longTaskMs += entry.duration;
          // Where it happened: the step on screen when the task began.
          record.longTaskAt.push(`${location.hash} (${Math.round(entry.duration)} ms)`);
        }
      }).observe({ type: 'longtask' });
      let last = 0;
      const tick = (now) => {
        if (last) record.frames.push(now - last);
        last = now;
        if (!record.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

    const steps = Number(await page.getByRole('slider').getAttribute('max'));
    await page.evaluate(() => (window.__timelineBench.start = performance.now()));
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((last) => location.hash === `#/timeline/${last}`, steps, {
      timeout: PLAY_LIMIT_MS,
    });
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: PLAY_LIMIT_MS });
    // Let the last step's animation finish before stopping the recording.
    await page.waitForTimeout(1500);
    const record = await page.evaluate(() => {
      const r = window.__timelineBench;
      r.stop = true;
      r.end = performance.now();
      return r;
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const sorted = [...record.frames].sort((a, b) => a - b);
    const ms = (value) => `${value.toFixed(1)} ms`;
    log(`timeline play-through (CPU ${CPU_SLOWDOWN}× slower, ${steps} steps):`);
    log(
      `  frame interval p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted.at(-1) ?? NaN)}`,
    );
    log(
      `  frames ${record.frames.length}, long tasks ${record.longTasks} (${ms(record.longTaskMs)})`,
    );
    if (record.longTaskAt.length > 0) log(`  long tasks at: ${record.longTaskAt.join(', ')}`);
    log(
      `  play time ${((record.end - record.start) / 1000).toFixed(1)} s (including 1.5 s after the last step)`,
    );
  } finally {
    await context.close();
  }
}
