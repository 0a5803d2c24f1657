import { test, expect } from './fixtures';

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page ("/Pages" is the tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.describe('print', () => {
  for (const [name, url, heading] of [
    ['the budget', './#/budget', /FY2010 budgets/],
    ['a program', './#/budget/regional-innovation-cluster-program', /FY2010 budgets/],
    ['a timeline step', './#/timeline/7', /How the programs came together/],
    ['a Japanese timeline step', './?lang=ja#/timeline/7', /プログラムの統合の歩み/],
  ] as const) {
    test(`${name} prints on one A4 landscape page, with its title and sources`, async ({
      page,
    }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.emulateMedia({ media: 'print' });
      // Sources: the budget's list, or the quotes cited under the timeline step's caption.
      await expect(page.locator('.sources, .caption-sources').first()).toBeVisible();
      await expect(page.getByRole('button', { name: /Download|ダウンロード/ })).toBeHidden();
      // preferCSSPageSize: the stylesheet's @page { size: A4 landscape } decides the paper.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf)).toBe(1);
    });
  }
});

test.describe('print: budgets by year and regions', () => {
  for (const [view, chart, table] of [
    ['years', '.years-chart', 'Every figure, with its note and page'],
    ['regions', '.region-map .map', 'The numbered regions, each with its page'],
  ] as const) {
    test(`#/${view} prints its chart across the page and its whole table`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`./#/${view}`);
      await expect(page.getByRole('table', { name: table })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(chart)).toBeVisible();
      await expect(page.getByRole('table', { name: table })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
      await expect(page.getByText('Download', { exact: true })).toBeHidden();
      await expect(page.getByRole('navigation')).toBeHidden();
      const fit = await page.evaluate((selector) => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const svg = document.querySelector(selector)!.getBoundingClientRect();
        const clipped = [...document.querySelectorAll('.table-scroll')].filter(
          (box) => box.scrollWidth > box.clientWidth + 1,
        ).length;
        const smallest = Math.min(
          ...[...document.querySelectorAll('table td, table th')].map((cell) =>
            parseFloat(getComputedStyle(cell).fontSize),
          ),
        );
        return {
          inside: svg.left >= main.left - 1 && svg.right <= main.right + 1,
          clipped,
          smallest,
        };
      }, chart);
      // The chart within the page, the table neither scrolled nor cut, its type ≥ 7.5 pt (10 px).
      expect(fit).toMatchObject({ inside: true, clipped: 0 });
      expect(fit.smallest).toBeGreaterThanOrEqual(9);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    });
  }
});
