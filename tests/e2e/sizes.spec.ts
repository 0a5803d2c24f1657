/**
 * Issue 11: the timeline and the treemap read at every size a user meets them (phone, embed width,
 * projector, desktop): names whole (nothing ends in "…"), chart text legible, FY2010 on the axis, the
 * step's caption in view with the controls, markers that link, every tile named, no page scroll on drill.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/lib/data/parse';

const dataset = parseDataset(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/dataset.json'), 'utf8')),
);
const steps = dataset.milestones;

const sizes = [
  { width: 360, height: 740, desktop: false },
  { width: 390, height: 844, desktop: false },
  { width: 600, height: 800, desktop: false },
  { width: 1280, height: 720, desktop: true },
  { width: 1366, height: 768, desktop: true },
  { width: 1920, height: 1080, desktop: true },
  { width: 3840, height: 2160, desktop: true },
];

/** Text of every element whose own text ends in an ellipsis. */
const cutShort = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) =>
        [...el.childNodes].some((n) => n.nodeType === 3 && /…\s*$/.test(n.textContent ?? '')),
      )
      .map((el) => el.textContent),
  );
/** The smallest font size of any text drawn in the charts. */
const smallestChartFont = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('svg[data-export-chart] text')].map((t) =>
        parseFloat(getComputedStyle(t).fontSize),
      ),
    ),
  );

/**
 * Each lane's name (as drawn) beside its own band: how far it stands from the band's start (0 for a
 * name on its band; from its end for a name before the band, from its start for one over it), how far apart they are vertically, and every overlap of a name with
 * another name, another lane's band or a marker, all in font sizes.
 */
const laneNames = (page: Page) =>
  page.locator('.timeline-chart').evaluate((chart) => {
    const box = (element: Element) => element.getBoundingClientRect();
    const bands = [...chart.querySelectorAll('[data-lane] .lane-band')].map(box);
    const texts = [...chart.querySelectorAll('.lane-labels .lane-label')];
    const names = texts.map(box);
    const markers = [...chart.querySelectorAll('.marker circle, .marker rect')].map(box);
    const em = parseFloat(getComputedStyle(texts[0]!).fontSize);
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const overlaps: string[] = [];
    const lanes = names.map((name, i) => {
      const band = bands[i]!;
      const text = texts[i]!.textContent ?? '';
      names.forEach(
        (other, j) => j > i && hit(name, other) && overlaps.push(`${text} / name ${j}`),
      );
      bands.forEach(
        (other, j) => j !== i && hit(name, other) && overlaps.push(`${text} / band ${j}`),
      );
      markers.forEach((m, j) => hit(name, m) && overlaps.push(`${text} / marker ${j + 1}`));
      const onBand = name.left >= band.left - 1 && name.right <= band.right + 1;
      // Before the band: from its end to the band; over the band: from its start to the band's start.
      const apart =
        name.right <= band.left + 1 ? band.left - name.right : Math.abs(name.left - band.left);
      const vertical = Math.max(0, band.top - name.bottom, name.top - band.bottom);
      return { text, apart: onBand ? 0 : apart / em, vertical: vertical / em };
    });
    return { count: bands.length, lanes, overlaps };
  });

for (const { width, height, desktop } of sizes) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, reducedMotion: 'reduce' });

    test('the timeline opens whole, names whole and legible, FY2010 on the axis, caption in view', async ({
      page,
    }) => {
      await page.goto('./#/timeline');
      const last = steps[steps.length - 1]!;
      const headline = page.getByRole('heading', { level: 2, name: last.title.en, exact: true });
      await expect(headline).toBeVisible();
      const chart = page.locator('svg[data-export-chart]');
      await expect(chart.locator('.lane-label-visible')).toHaveCount(
        await chart.locator('.lane-label').count(),
      );
      expect(await cutShort(page)).toEqual([]);
      expect(await smallestChartFont(page)).toBeGreaterThanOrEqual(desktop ? 14 : 12);
      await expect(chart.locator('.tick-label', { hasText: 'FY2010' })).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      if (desktop) {
        // Headline, its text and the controls all on screen without scrolling.
        await expect(headline).toBeInViewport({ ratio: 1 });
        await expect(page.locator('.caption-text')).toBeInViewport();
        await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
      } else {
        // On a phone the caption follows the chart directly.
        const chartBox = (await page.locator('.timeline-view .chart').boundingBox())!;
        const captionBox = (await page.locator('.caption-area').boundingBox())!;
        expect(captionBox.y - (chartBox.y + chartBox.height)).toBeLessThan(40);
      }
    });

    for (const lang of ['en', 'ja'])
      test(`every lane's name stands beside its own band, overlapping nothing (${lang})`, async ({
        page,
      }) => {
        await page.goto(lang === 'ja' ? './?lang=ja#/timeline' : './#/timeline');
        const chart = page.locator('svg[data-export-chart]');
        await expect(chart.locator('.lane-label-visible')).toHaveCount(dataset.programs.length);
        const { count, lanes, overlaps } = await laneNames(page);
        expect(lanes).toHaveLength(count);
        for (const lane of lanes) {
          // Its nearer end within 4 em of where its band begins (clear of the link that feeds the
          // band), on its band's row: never across the chart.
          expect(lane.apart, lane.text).toBeLessThanOrEqual(4);
          expect(lane.vertical, lane.text).toBeLessThanOrEqual(0.1);
        }
        expect(overlaps).toEqual([]);
      });

    test('every treemap tile is named in full, on the tile or in the key under the chart', async ({
      page,
    }) => {
      await page.goto('./#/budget');
      const chart = page.locator('svg[data-export-chart]');
      await expect(chart).toBeVisible();
      // The whole picture first: on a laptop or projector the treemap is on screen whole.
      if (desktop) await expect(chart).toBeInViewport({ ratio: 1 });
      expect(await cutShort(page)).toEqual([]);
      expect(await smallestChartFont(page)).toBeGreaterThanOrEqual(desktop ? 14 : 12);
      const names = await page.evaluate(() => {
        const drawn = [...document.querySelectorAll('svg[data-export-chart] text')]
          .map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '))
          .join(' | ')
          .replace(/\s+/g, ' ');
        const key = document.querySelector('.treemap-key')?.textContent?.replace(/\s+/g, ' ') ?? '';
        return { drawn, key };
      });
      // Every number in the key is on the chart (a tile too thin for its number is keyed by colour).
      const numbers = await page.evaluate(() => ({
        key: [...document.querySelectorAll('.treemap-key .key-number')]
          .map((n) => n.textContent ?? '')
          .filter((n) => n !== ''),
        drawn: [...document.querySelectorAll('svg[data-export-chart] .tile-number')].map(
          (n) => n.textContent ?? '',
        ),
      }));
      expect(numbers.key).toEqual(numbers.drawn);
      // Both levels at once: each program and each of its types.
      for (const line of dataset.budgetLines.filter((l) => l.fiscalYear === 2010)) {
        const program = dataset.programById.get(line.programId)!;
        const words = program.name.en.replace(/\s+/g, ' ');
        const onTile = names.drawn.replace(/- /g, '-').includes(words);
        expect(onTile || names.key.includes(words), program.name.en).toBe(true);
      }
    });

    test('the budget table fits: every column in view, none scrolled out of sight (en, ja)', async ({
      page,
    }) => {
      for (const [query, hash] of [
        ['', '#/budget'],
        ['?lang=ja', '#/budget'],
        ['', '#/budget/regional-innovation-cluster-program'],
      ] as const) {
        await page.goto(`./${query}${hash}`);
        const table = page.locator('table.figures');
        await expect(table).toBeAttached();
        const fit = await table.evaluate((element) => {
          const wrap = element.parentElement!;
          const caption = element.querySelector('caption')!;
          return {
            table: wrap.scrollWidth <= wrap.clientWidth + 1,
            caption:
              caption.getBoundingClientRect().right <= wrap.getBoundingClientRect().right + 1,
          };
        });
        expect(fit, `${query}${hash}`).toEqual({ table: true, caption: true });
      }
    });
  });
}

test.describe('the header on a phone', () => {
  for (const width of [360, 390])
    test(`two rows at ${width} px: the views on one row that scrolls, every name whole, the current one in sight`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      for (const [query, hash] of [
        ['', '#/programs'],
        ['?lang=ja', '#/regions'],
        ['', '#/budget'],
      ] as const) {
        await page.goto(`./${query}${hash}`);
        await expect(page.locator('main h1')).toBeVisible();
        const nav = page.getByRole('navigation', { name: query ? '表示' : 'Views' });
        const links = nav.getByRole('link');
        await expect(links).toHaveCount(5);
        const boxes = await links.evaluateAll((all) =>
          all.map((link) => {
            const box = link.getBoundingClientRect();
            return { top: box.top, whole: link.scrollWidth <= link.clientWidth + 1 };
          }),
        );
        expect(new Set(boxes.map((box) => Math.round(box.top))).size, hash).toBe(1);
        expect(boxes.every((box) => box.whole)).toBe(true);
        await expect(nav.locator('[aria-current="page"]')).toBeInViewport({ ratio: 1 });
        expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(120);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      }
    });
});

test.describe('markers and drilling', () => {
  test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });

  test('a marker is a link to its step, named on hover and focus; a legend explains the shapes', async ({
    page,
  }) => {
    await page.goto('./#/timeline');
    const marker = page.getByRole('link', { name: new RegExp(`^Step 3, .*${steps[2]!.title.en}`) });
    await marker.hover();
    await expect(page.locator('.marker-tooltip')).toContainText(steps[2]!.title.en);
    await marker.click();
    await expect(page).toHaveURL(/#\/timeline\/3$/);
    await expect(
      page.getByRole('heading', { level: 2, name: steps[2]!.title.en, exact: true }),
    ).toBeVisible();
    await page.getByRole('link', { name: /^Step 4, / }).focus();
    await expect(page.locator('.marker-tooltip')).toContainText(steps[3]!.title.en);
    await expect(page.getByText('Numbered circle: a step with an exact date')).toBeVisible();
    await expect(
      page.getByText(/Numbered square: a step known by its fiscal year only/),
    ).toBeVisible();
  });

  test('drilling into a program and back never scrolls the page', async ({ page }) => {
    await page.goto('./#/budget');
    const tile = (await page.locator('[data-tile]').first().boundingBox())!;
    await page.mouse.click(tile.x + 20, tile.y + 20);
    await expect(page).toHaveURL(/#\/budget\/.+/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/budget$/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe('no layout shift', () => {
  // Every view, opened fresh: its code and data arrive after the first paint, and nothing already on
  // screen moves when they render (issue 13: CLS 0). Each view waits for what it draws last.
  const views = [
    { hash: '#/budget', ready: '[data-tile]' },
    { hash: '#/timeline', ready: 'svg[data-export-chart]' },
    { hash: '#/years', ready: 'svg[data-export-chart]' },
    { hash: '#/regions', ready: '.city-area svg[data-export-chart]' },
    { hash: '#/programs', ready: 'main h1' },
    { hash: '#/program/knowledge-cluster-initiative', ready: 'main h1' },
  ];
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 720 },
  ]) {
    test(`no view moves what is on screen while it loads, at ${viewport.width} px`, async ({
      browser,
      baseURL,
    }) => {
      test.slow(); // six fresh loads
      const context = await browser.newContext({ viewport, baseURL });
      const shifts: string[] = [];
      for (const { hash, ready } of views) {
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number };
          w.shifts = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
              w.shifts += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`./${hash}`);
        await expect(page.locator(ready).first()).toBeVisible({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        // Two frames, so that a shift of the last render is reported.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        const value = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
        if (value > 0) shifts.push(`${hash}: ${value.toFixed(3)}`);
        await page.close();
      }
      await context.close();
      expect(shifts).toEqual([]);
    });
  }
});

test('the navigation stays put when the view changes (the current one is marked, not made wider)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/budget');
  const nav = page.getByRole('navigation');
  const boxes = () =>
    nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => JSON.stringify(link.getBoundingClientRect().toJSON())),
      );
  await expect(nav.getByRole('link', { name: 'FY2010 budget' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const before = await boxes();
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
  expect(await boxes()).toEqual(before);
});
