/**
 * One cold load of a page at 4× CPU slowdown (and optionally slow 4G), traced: paint timings, layout
 * shift, DOM size from the page itself, main-thread work from the trace (trace.mjs). The load counts as
 * done once `ready` matches, the network is idle and one more second has passed (lazily loaded code
 * included). While tracing, the page is only polled with a one-line CDP evaluation: Playwright's
 * locators inject a large script of their own, whose compilation would count as the page's work.
 */
import { TRACE_CATEGORIES, analyseTrace } from './trace.mjs';
import { throttledPage } from './throttle.mjs';

const IN_PAGE = `new Promise((resolve) => {
  const out = { fcp: NaN, lcp: NaN, cls: 0, domNodes: document.getElementsByTagName('*').length };
  for (const entry of performance.getEntriesByType('paint')) {
    if (entry.name === 'first-contentful-paint') out.fcp = entry.startTime;
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) out.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) out.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(out), 100);
})`;

async function evaluate(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  return result.value;
}

async function waitForSelector(cdp, selector, timeout = 60_000) {
  const probe = `document.querySelector(${JSON.stringify(selector)}) !== null`;
  for (const start = Date.now(); Date.now() - start < timeout;) {
    if (await evaluate(cdp, probe)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector} did not appear`);
}

export async function measureLoad(browser, url, ready, { network = false } = {}) {
  const { context, page, cdp } = await throttledPage(browser, { network });
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    await waitForSelector(cdp, ready);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const inPage = await evaluate(cdp, IN_PAGE);
    return { ...inPage, ...analyseTrace(trace, url) };
  } finally {
    await context.close();
  }
}
