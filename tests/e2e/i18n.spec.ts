import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Locator } from '@playwright/test';
import { wrapUnits } from '../../src/lib/layout/labels';

/** The text of `element`, the line each of its characters stands on (its top), and whether it overflows. */
const lineTops = (element: Locator) =>
  element.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const tops: number[] = [];
    let text = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      text += node.data;
      for (let i = 0; i < node.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.push(Math.round(range.getBoundingClientRect().top));
      }
    }
    return { text, tops, overflows: root.scrollWidth > root.clientWidth + 1 };
  });

test.describe('Japanese and English', () => {
  test('?lang=ja shows the verified Japanese names, Japanese units, and marks untranslated names', async ({
    page,
  }) => {
    await page.goto('./?lang=ja#/budget/regional-innovation-cluster-program');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(
      page.getByRole('link', {
        name: /^グローバル型、7,942百万円、地域イノベーションクラスタープログラムの65\.8%$/,
      }),
    ).toBeVisible();
    const table = page.getByRole('table');
    // Both names in the table, whichever the language.
    await expect(table.getByRole('rowheader', { name: /グローバル型/ })).toContainText(
      'Global Type',
    );
    // No verified Japanese name: English name with an "untranslated" marker.
    await expect(table.getByRole('rowheader', { name: /Accelerative Support/ })).toContainText(
      '未翻訳',
    );
    await expect(table).toContainText('12,065百万円');
    // …and in its tile, under the English name.
    await expect(page.locator('[data-tile="accelerative-support"] .tile-marker')).toHaveText(
      '未翻訳',
    );
    await expect(page.getByRole('navigation', { name: '予算の階層' })).toContainText(
      '掲載プログラムの合計',
    );
    // …and where it sits nested inside its program, at the top level.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('link', { name: '掲載プログラムの合計' }).click();
    const nested = page.locator('.nested-label', { hasText: 'Accelerative Support' });
    await expect(nested.locator('.tile-marker')).toHaveText('未翻訳');
  });

  test('on a phone, a Japanese heading breaks between phrases: its date range on one line, a name between its words', async ({
    page,
  }) => {
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const [hash, keep] of [
        ['#/timeline', '（2001年3月〜2011年度）'],
        ['#/years', '（2002〜2011年度）'],
      ] as const) {
        await page.goto(`./?lang=ja${hash}`);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toContainText(keep);
        const { text, tops, overflows } = await lineTops(heading);
        const at = text.indexOf(keep);
        // The parenthesis on one line, whole (after a break where the heading wraps); nothing overflows.
        expect(new Set(tops.slice(at, at + keep.length)).size, `${width} px ${hash}`).toBe(1);
        expect(overflows, `${width} px ${hash}`).toBe(false);
      }
      // A program's name breaks between its words (大学等産学官連携自立化促進|プログラム).
      await page.goto('./?lang=ja#/program/self-sustaining-management-program');
      const name = '大学等産学官連携自立化促進プログラム';
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(name);
      const { tops, overflows } = await lineTops(heading);
      expect(overflows).toBe(false);
      let end = 0;
      const ends = new Set(wrapUnits(name).map((word) => (end += word.text.length)));
      tops.forEach((top, i) => {
        if (i > 0 && top !== tops[i - 1])
          expect(ends.has(i), `${width} px: break at ${i}`).toBe(true);
      });
      expect(new Set(tops).size, `${width} px`).toBeGreaterThan(1);
    }
  });

  test('on a phone, the Japanese lane names break only between words (地域|イノベーション|クラスター|プログラム)', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('./?lang=ja#/timeline');
      const chart = page.locator('svg[data-export-chart]');
      await expect(chart.locator('.lane-labels .lane-label-visible').first()).toBeVisible();
      const names = await chart
        .locator('.lane-labels .lane-label')
        .evaluateAll((texts) =>
          texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent)),
        );
      // The Japanese names that take more than one line (the untranslated ones break at spaces).
      const wrapped = names.filter((lines) => lines.length > 1 && !/[A-Za-z]/.test(lines.join('')));
      expect(wrapped.length, `${width} px`).toBeGreaterThan(0);
      for (const lines of wrapped) {
        const name = lines.join('');
        // Where each word ends (Node's dictionary, as the unit tests see it): every line ends there.
        let end = 0;
        const ends = new Set(wrapUnits(name).map((word) => (end += word.text.length)));
        let at = 0;
        for (const line of lines)
          expect(ends.has((at += line!.length)), `${width} px: ${lines.join('|')}`).toBe(true);
      }
      // The browser's dictionary finds the same words as Node's.
      const segments = (text: string) =>
        [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map((s) => s.index);
      const inBrowser = await page.evaluate(
        (texts) =>
          texts.map((text) =>
            [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map(
              (s) => s.index,
            ),
          ),
        names.map((lines) => lines.join('')),
      );
      expect(inBrowser).toEqual(names.map((lines) => segments(lines.join(''))));
    }
  });

  test('the Japanese treemap tile names break only between words (大学等産学官|連携|自立化|促進|プログラム), at 600, 1280 and 1366 px', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const width of [600, 1280, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./?lang=ja#/budget');
      await expect(page.locator('[data-tile="regional-innovation-cluster-program"]')).toBeVisible();
      // A name's lines: the tspans of a tile label without a class (its amount and marker have one).
      const names = await page
        .locator('.tile-label')
        .evaluateAll((texts) =>
          texts.map((text) =>
            [...text.querySelectorAll('tspan:not([class])')].map((line) => line.textContent ?? ''),
          ),
        );
      const wrapped = names.filter((lines) => lines.length > 1 && !/[A-Za-z]/.test(lines.join('')));
      expect(wrapped.length, `${width} px`).toBeGreaterThan(0);
      for (const lines of wrapped) {
        let end = 0;
        const ends = new Set(wrapUnits(lines.join('')).map((word) => (end += word.text.length)));
        let at = 0;
        for (const line of lines)
          expect(ends.has((at += line.length)), `${width} px: ${lines.join('|')}`).toBe(true);
      }
    }
  });

  test('on a phone, the site name breaks only between 「クラスター政策」 and 「エクスプローラー」', async ({
    page,
  }) => {
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('./?lang=ja#/timeline');
      const title = page.locator('.brand-title');
      await expect(title).toHaveText('クラスター政策エクスプローラー');
      // The line each character stands on (its top), in order.
      const tops = await title.evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const lines: number[] = [];
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          for (let i = 0; i < node.length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            lines.push(Math.round(range.getBoundingClientRect().top));
          }
        }
        return lines;
      });
      const split = 'クラスター政策'.length;
      // One line, or two that part exactly there.
      expect(new Set(tops.slice(0, split)).size, `${width} px`).toBe(1);
      expect(new Set(tops.slice(split)).size, `${width} px`).toBe(1);
      // The whole header is two rows: the name and the language, then the views.
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, `${width} px`).toBeLessThanOrEqual(120);
    }
  });

  test('the header switch keeps the route and is remembered on the next visit', async ({
    page,
  }) => {
    await page.goto('./#/budget/self-sustaining-management-program');
    await expect(
      page.getByRole('link', { name: /^Function Support Type, 2,041 million yen/ }),
    ).toBeVisible();
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '日本語' })
      .click();
    await expect(page).toHaveURL(/#\/budget\/self-sustaining-management-program$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'イノベーションシステム整備事業の2010年度予算',
    );
    await expect(
      page.getByRole('link', { name: /^Function Support Type（未翻訳）、2,041百万円/ }),
    ).toBeVisible();
    await page.goto('./#/budget');
    await expect(
      page.getByRole('button', { name: /^地域イノベーションクラスタープログラム、12,065百万円/ }),
    ).toBeVisible();
    await page
      .getByRole('group', { name: '言語' })
      .getByRole('button', { name: 'English' })
      .click();
    await expect(
      page.getByRole('button', {
        name: /^Regional Innovation Cluster Program, 12,065 million yen/,
      }),
    ).toBeVisible();
  });

  test('a Japanese name from a medium-confidence source says who reported it, and is cited', async ({
    page,
  }) => {
    // The NAIST page (high confidence) names the Self-Sustaining Management program in full: no marker.
    await page.goto('./?lang=ja#/budget');
    await expect(
      page.getByRole('button', {
        name: /^大学等産学官連携自立化促進プログラム、2,649百万円/,
      }),
    ).toBeVisible();
    await page.goto('./?lang=ja#/timeline/8');
    await expect(page.locator('#timeline-sources-title').locator('..')).toContainText(
      "match to the seed's name is likely, not certain",
    );
  });

  test('follows the browser language when nothing else says', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'ja-JP', baseURL });
    const page = await context.newPage();
    await page.goto('./#/budget');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('link', { name: '2010年度予算' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.goto('./?lang=en#/budget');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in Japanese, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./?lang=ja#/budget/self-sustaining-management-program');
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
