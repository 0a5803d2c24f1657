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
