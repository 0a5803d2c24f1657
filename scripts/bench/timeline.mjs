/**
 * The timeline, for scripts/bench.mjs, at 4× CPU slowdown:
 * (a) play-through: opens #/timeline/1, presses Play (the first Play of the page, so its cost counts),
 *     records requestAnimationFrame intervals and long tasks until the last step is reached and Play has
 *     stopped: frame p50/p95/max, long tasks (and the step each began in), medians of the runs;
 * (b) layout shift when the lazily loaded timeline renders: a cold load of #/timeline, and a click on
 *     "Timeline" from the budget view (every shift counted there, even those right after the click).
 */
import { throttledPage } from './lib/throttle.mjs';
import { count, median, medians, ms, percentile } from './lib/stats.mjs';

const RUNS = Number(process.env.BENCH_PLAY_RUNS ?? process.env.BENCH_RUNS ?? 5);
const PLAY_LIMIT_MS = 120_000;
/** The chart (its layers are each an svg[data-export-chart]). */
const CHART = '.timeline-chart';

const RECORD = () => {
  const record = { frames: [], longTasks: [], stop: false };
  window.__timelineBench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Where it happened: the step on screen when the task began.
      record.longTasks.push({ at: location.hash, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
  let last = 0;
  const tick = (now) => {
    if (last) record.frames.push(now - last);
    last = now;
    if (!record.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/**
 * While the play is recorded, the page is only clicked (a real mouse click, at a place found before the
 * recording began) and polled with a one-line CDP evaluation four times a second: Playwright's locators
 * and `waitForFunction` run a large script of their own in the page (every frame, for the latter), whose
 * work would count as the page's.
 */
async function playOnce(browser, baseUrl) {
  const { context, page, cdp } = await throttledPage(browser, {
    viewport: { width: 1280, height: 800 },
  });
  const poll = async (expression) => {
    for (const start = Date.now(); Date.now() - start < PLAY_LIMIT_MS;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      if (result.value === true) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`timed out waiting for ${expression}`);
  };
  try {
    await page.goto(`${baseUrl}#/timeline/1`);
    await page.locator(CHART).waitFor();
    await page.waitForLoadState('networkidle');
    const steps = Number(await page.getByRole('slider').getAttribute('max'));
    const play = await page.getByRole('button', { name: 'Play' }).boundingBox();
    if (!play) throw new Error('no Play button on screen');
    await page.waitForTimeout(1000); // what the locators' own script left to do
    await page.evaluate(RECORD);
    await page.mouse.click(play.x + play.width / 2, play.y + play.height / 2);
    await poll(`location.hash === '#/timeline/${steps}'`);
    // Play stops at the last step (its button says Play again).
    await poll(`document.querySelector('button.play')?.textContent.includes('Play') === true`);
    await page.waitForTimeout(1500); // the last step's animation
    const record = await page.evaluate(() => {
      window.__timelineBench.stop = true;
      return window.__timelineBench;
    });
    return {
      steps,
      p50: percentile(record.frames, 0.5),
      p95: percentile(record.frames, 0.95),
      max: Math.max(...record.frames),
      frames: record.frames.length,
      longTasks: record.longTasks.length,
      longTaskMs: record.longTasks.reduce((sum, t) => sum + t.duration, 0),
      longTaskAt: record.longTasks.map((t) => `${t.at} (${Math.round(t.duration)} ms)`),
    };
  } finally {
    await context.close();
  }
}

const SHIFTS = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

async function shiftOnColdLoad(browser, baseUrl) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(`${baseUrl}#/timeline`);
    await page.locator(CHART).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 100);
        }),
    );
  } finally {
    await context.close();
  }
}

async function shiftOnNavigation(browser, baseUrl) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(`${baseUrl}#/budget`);
    await page.locator('[data-tile]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.evaluate(SHIFTS);
    await page.waitForTimeout(100);
    await page.evaluate(() => (window.__shift = 0));
    await page.getByRole('navigation').getByRole('link', { name: 'Timeline' }).click();
    await page.locator(CHART).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    return await page.evaluate(() => window.__shift);
  } finally {
    await context.close();
  }
}

export default async function timeline({ browser, baseUrl, log, report }) {
  const plays = [];
  for (let run = 0; run < RUNS; run += 1) plays.push(await playOnce(browser, baseUrl));
  const m = medians(plays.map(({ longTaskAt: _, ...numbers }) => numbers));
  log(`(a) play-through, ${m.steps} steps, ${RUNS} runs (medians), CPU 4× slower:`);
  log(`  frame p50 ${ms(m.p50)}, p95 ${ms(m.p95)}, max ${ms(m.max)}, frames ${count(m.frames)}`);
  log(`  long tasks ${m.longTasks} (${ms(m.longTaskMs)})`);
  const at = plays.flatMap((p) => p.longTaskAt);
  if (at.length > 0) log(`  long tasks at (all runs): ${at.join(', ')}`);
  const section = 'Timeline play at 4× CPU, first Play included';
  report.row(section, 'frame interval p95', m.p95, null, {
    format: (v) => `${v.toFixed(1)} ms`,
    target: '≤ 20 ms',
    pass: (a) => a <= 20,
  });
  report.row(section, 'long tasks (count)', m.longTasks, null, {
    format: count,
    target: '0',
    pass: (a) => a === 0,
  });

  const cold = [];
  const navigation = [];
  for (let run = 0; run < RUNS; run += 1) {
    cold.push(await shiftOnColdLoad(browser, baseUrl));
    navigation.push(await shiftOnNavigation(browser, baseUrl));
  }
  log(
    `(b) layout shift as the lazy timeline renders: cold load ${cold.map((v) => v.toFixed(3)).join(', ')}; from the budget view ${navigation.map((v) => v.toFixed(3)).join(', ')}`,
  );
  const shift = (v) => v.toFixed(3);
  const zero = { format: shift, target: '0', pass: (a) => a === 0 };
  report.row(section, 'layout shift, cold load of #/timeline', median(cold), null, zero);
  report.row(section, 'layout shift, Budget → Timeline', median(navigation), null, zero);
}
