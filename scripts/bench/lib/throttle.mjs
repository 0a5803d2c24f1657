/**
 * Throttling through the Chrome DevTools Protocol, as Lighthouse's "devtools" throttling does:
 * CPU slowed 4×, and "slow 4G" (DevTools preset: 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s up).
 */
export const CPU_SLOWDOWN = 4;
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

/** A new page in a new context, throttled before it loads anything. */
export async function throttledPage(browser, { network = false, viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  return { context, page, cdp };
}
