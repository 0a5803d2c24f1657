/**
 * Budgets by year (#/years) and regions (#/regions), as a user meets them: from the header, by deep
 * link, by keyboard, at phone width, in both languages, axe-clean in light and dark.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, spillingNumbers } from './fixtures';

const chart = (page: Page) => page.locator('.years-chart');

test.describe('budgets by year', () => {
  test('opens from the header and shows every program row, bars, requests and gaps', async ({
    page,
  }) => {
    await page.goto('./#/budget');
    await page.getByRole('navigation').getByRole('link', { name: 'Budgets by year' }).click();
    await expect(page).toHaveURL(/#\/years$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Budgets by fiscal year, FY2002–FY2011',
    );
    await expect(chart(page)).toBeVisible();
    await expect(chart(page).locator('.bar-request')).toHaveCount(5);
    await expect(chart(page).getByText('request').first()).toBeVisible();
    await expect(chart(page).locator('.gap').first()).toBeVisible();
    await expect(page.getByText(/1億円 = 100 million yen/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Every figure, with its note and page' });
    await expect(table.getByRole('row')).toHaveCount(1 + 24);
    await expect(table.getByText('Phase I only').first()).toBeVisible();
    await expect(
      table
        .getByText('Recorded from MEXT policy evaluation of the City Area Program: ', {
          exact: false,
        })
        .first(),
    ).toBeVisible();
  });

  test('arrow keys move between figures; Enter on an FY2010 bar opens its treemap', async ({
    page,
  }) => {
    await page.goto('./#/years');
    const first = chart(page).locator('[tabindex="0"]');
    await first.focus();
    await expect(first).toHaveAccessibleName(
      /^Knowledge Cluster Initiative, FY2003: 6\.9 billion yen/,
    );
    await expect(page.locator('.figure-tooltip')).toContainText('it-cluster.jp/english/');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName(
      /FY2004: 9 billion yen \(9,000 million yen\), government budget/,
    );
    const link = chart(page).getByRole('link', {
      name: /^Regional Innovation Cluster Program, FY2010: 12,065 million yen/,
    });
    await expect(link).toHaveAccessibleName(/the same figure is given by 函館新聞/);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/budget\/regional-innovation-cluster-program$/);
  });

  test('offers Present, Embed and the Download menu', async ({ page }) => {
    for (const view of ['years', 'regions']) {
      await page.goto(`./#/${view}`);
      await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
      await expect(page.getByText('Download', { exact: true })).toBeVisible();
    }
  });

  test('fits a 360 px phone; Japanese names and untranslated marks', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./?lang=ja#/years');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '年度別予算（2002〜2011年度）',
    );
    await expect(chart(page)).toContainText('知的クラスター創成事業');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('budgets by year: labels', () => {
  // Amounts on a phone are ≥ 12 px, larger on a laptop and a 4K screen; every bar keeps its amount.
  for (const [width, height, min, lang] of [
    [360, 800, 12, 'en'],
    [390, 844, 12, 'ja'],
    [1280, 720, 14, 'en'],
    [3840, 2160, 20, 'en'],
  ] as const) {
    test(`every bar's label is drawn, legible and clear of the others at ${width} px (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(lang === 'ja' ? './?lang=ja#/years' : './#/years');
      await expect(chart(page).locator('.bar').first()).toBeVisible({ timeout: 15_000 });
      const found = await page.evaluate(() => {
        const svg = document.querySelector('.years-chart')!;
        const bars = [...svg.querySelectorAll('.bar')];
        const labels = [...svg.querySelectorAll('text')].filter((t) => t.getBBox().width > 0);
        const boxes = labels.map((t) => t.getBoundingClientRect());
        let overlaps = 0;
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > 0.5 && y > 2) overlaps += 1;
          }
        }
        return {
          bars: bars.length,
          amounts: bars.map((bar) => bar.querySelector('.bar-amount')?.textContent ?? null),
          names: bars.map((bar) => bar.getAttribute('aria-label') ?? ''),
          smallest: Math.min(
            ...[...svg.querySelectorAll('.bar-label, .span-label, .tick-label')].map((t) =>
              parseFloat(getComputedStyle(t).fontSize),
            ),
          ),
          overlaps,
        };
      });
      expect(found.bars).toBe(16);
      found.amounts.forEach((amount, index) => {
        expect(amount).not.toBeNull();
        // The drawn amount is the one the bar's name gives in million yen.
        expect(found.names[index]).toContain(amount!);
      });
      expect(found.smallest).toBeGreaterThanOrEqual(min);
      expect(found.overlaps).toBe(0);
      // A label lifted over another has a leader from under its amount to its bar's top, through no
      // other text, bar or gap (at 1280 px: FY2009 of the Strategic Development row, "request 1,000"
      // over "request 4,940").
      const leaders = await page.evaluate(() => {
        const crosses = (s: number[], b: DOMRect) => {
          const [x1, y1, x2, y2] = s as [number, number, number, number];
          const dx = x2 - x1;
          const dy = y2 - y1;
          let t0 = 0;
          let t1 = 1;
          for (const [p, q] of [
            [-dx, x1 - b.x],
            [dx, b.x + b.width - x1],
            [-dy, y1 - b.y],
            [dy, b.y + b.height - y1],
          ] as const) {
            if (p === 0) {
              if (q <= 0) return false;
              continue;
            }
            const t = q / p;
            if (p < 0) t0 = Math.max(t0, t);
            else t1 = Math.min(t1, t);
            if (t0 >= t1) return false;
          }
          return true;
        };
        const svg = document.querySelector('.years-chart')!;
        const others = [...svg.querySelectorAll('tspan, text:not(.bar-label), .bar-rect, .gap')];
        const problems: string[] = [];
        const lifted: string[] = [];
        for (const bar of svg.querySelectorAll<SVGGElement>('.bar')) {
          const leader = bar.querySelector('.bar-leader');
          if (!leader) continue;
          const id = bar.dataset.figure ?? '';
          lifted.push(id);
          const points = leader
            .getAttribute('points')!
            .split(' ')
            .map((p) => p.split(',').map(Number) as [number, number]);
          const amount = bar.querySelector<SVGGraphicsElement>('.bar-amount')!.getBBox();
          const rect = bar.querySelector<SVGGraphicsElement>('.bar-rect')!.getBBox();
          const [topX, topY] = points[0]!;
          const [footX, footY] = points.at(-1)!;
          if (topX < amount.x || topX > amount.x + amount.width) problems.push(`${id}: top aside`);
          if (Math.abs(topY - (amount.y + amount.height)) > 4) problems.push(`${id}: top apart`);
          if (footX < rect.x || footX > rect.x + rect.width) problems.push(`${id}: foot aside`);
          if (Math.abs(footY - rect.y) > 0.6) problems.push(`${id}: foot apart`);
          for (const [index, point] of points.slice(1).entries()) {
            const segment = [...points[index]!, ...point];
            for (const other of others) {
              if (bar.contains(other)) continue;
              const box = (other as SVGGraphicsElement).getBBox();
              if (crosses(segment, box))
                problems.push(`${id} crosses ${other.textContent || 'a mark'}`);
            }
          }
        }
        const unlifted = [...svg.querySelectorAll('.bar')].filter(
          (bar) => !bar.querySelector('.bar-leader'),
        ).length;
        return { problems, lifted, unlifted };
      });
      expect(leaders.problems).toEqual([]);
      expect(leaders.unlifted).toBeGreaterThan(0);
      if (width === 1280) expect(leaders.lifted).toContain('sd-fy2009-hubs-request');
    });
  }
});

test('timeline lanes give their sourced budgets and link to the budgets by year', async ({
  page,
}) => {
  await page.goto('./#/timeline/10');
  const lane = page.locator('[data-lane="city-area-program"]');
  await expect(lane).toHaveAccessibleName(/\. 5 sourced budget figures \(see Budgets by year\)/);
  await lane.hover();
  const tip = page.locator('.lane-tooltip');
  await expect(tip).toContainText('Sourced budgets, million yen (5):');
  await expect(tip).toContainText('FY2009: 5,500 (request) — MEXT');
  await expect(tip).toContainText('FY2005–FY2008: 8,400 (advanced type (発展型) only) — MEXT');
  await page
    .getByRole('link', { name: 'Budgets by fiscal year, each figure with its source' })
    .click();
  await expect(page).toHaveURL(/#\/years$/);
});

test.describe('axe', () => {
  const pages = [
    ['./#/years', 'light', 1366],
    ['./?lang=ja#/years', 'dark', 1366],
    ['./?lang=ja#/years', 'light', 360],
    ['./#/years', 'dark', 360],
    ['./?lang=ja#/regions', 'light', 1366],
    ['./#/regions', 'dark', 1366],
    ['./#/regions', 'light', 360],
    ['./?lang=ja#/regions', 'dark', 360],
  ] as const;
  for (const [url, colorScheme, width] of pages) {
    test(`${url} has no axe violations, ${colorScheme}, ${width} px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect(page.locator('table').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('regions', () => {
  test('opens from the header: City Area chart, 69 as the page words it, counts, map and table', async ({
    page,
  }) => {
    await page.goto('./#/timeline');
    await page.getByRole('navigation').getByRole('link', { name: 'Regions' }).click();
    await expect(page).toHaveURL(/#\/regions$/);
    await expect(
      page.getByRole('img', { name: /City Area Program regions newly selected, FY2002 to FY2007/ }),
    ).toBeVisible();
    await expect(
      page.getByText('これまでに69地域で事業を実施している', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('Phase I: 18 regions')).toBeVisible();
    await expect(
      page.getByText(
        /Phase II: 13 regions listed below \(6 from FY2007, 3 from FY2008, 4 from FY2009\)/,
      ),
    ).toBeVisible();
    const map = page.getByRole('img', {
      name: /Map of Japan’s prefectures: 13 .* and 7 FY2010 regions/,
    });
    await expect(map).toBeVisible();
    await expect(map.locator('.marker')).toHaveCount(20);
    // Each number inside its marker (a circle round a two-digit number is drawn larger).
    const spilling = await map.locator('.marker').evaluateAll(spillingNumbers);
    expect(spilling).toEqual([]);
    await expect(page.getByText(/MapSVG .*CC BY 4\.0/).first()).toBeVisible();
    const table = page.getByRole('table', { name: 'The numbered regions, each with its page' });
    await expect(table.getByRole('row')).toHaveCount(21);
    await expect(table.getByRole('rowheader', { name: /^米子・境/ })).toContainText('name cut off');
  });

  test('the map is loaded only with this view', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('./#/budget');
    await expect(page.locator('[data-tile]').first()).toBeVisible();
    expect(requested.filter((url) => /japan|history|RegionsView|YearsView/.test(url))).toEqual([]);
    await page.goto('./#/regions');
    await expect(page.locator('.region-map .marker').first()).toBeVisible();
    expect(requested.some((url) => /japan-.*\.js$/.test(url))).toBe(true);
  });
});
