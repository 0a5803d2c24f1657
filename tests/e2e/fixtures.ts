/**
 * Shared end-to-end fixtures: every test fails on a console error, a page error, or a request that
 * leaves the app's own origin.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost/').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`request outside the app's origin: ${url}`);
        }
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe-core on the page and expects no violations. Only violations are collected, and axe runs in
 * the page itself ("legacy mode": no blank page opened per scan to merge frame results). No page
 * under test has a cross-origin frame, so this scans the same nodes, in about 60 % of the time.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * The numbers (of `markers`: map or key markers, each a shape then a text) wider than their marker: for
 * a circle, than its width at the digits' cap height; for a square, an oblong or a pill, than its width.
 * Runs in the page: `locator.evaluateAll(spillingNumbers)`.
 */
export function spillingNumbers(markers: Element[]): string[] {
  return markers
    .filter((marker) => {
      const shape = marker.firstElementChild as SVGGraphicsElement;
      const text = marker.querySelector('text')!;
      const size = parseFloat(getComputedStyle(text).fontSize);
      const { width } = shape.getBBox();
      const room =
        shape.tagName === 'circle' ? 2 * Math.sqrt((width / 2) ** 2 - (0.365 * size) ** 2) : width;
      return text.getComputedTextLength() > room - 0.1 * size;
    })
    .map((marker) => marker.textContent!.trim());
}
