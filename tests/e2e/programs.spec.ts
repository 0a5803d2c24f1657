import { test, expect, expectNoAxeViolations } from './fixtures';

test.describe('program pages', () => {
  test('the header leads to the programs index, and each entry to its page', async ({ page }) => {
    await page.goto('./#/budget');
    await page.getByRole('navigation').getByRole('link', { name: 'Programs' }).click();
    await expect(page).toHaveURL(/#\/programs$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programs and types');
    await expect(
      page.getByRole('navigation').getByRole('link', { name: 'Programs' }),
    ).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'Coordinator Support Type', exact: true }).click();
    await expect(page).toHaveURL(/#\/program\/coordinator-support-type$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordinator Support Type');
    // The paragraph the source places after this type, attributed as the source places it.
    await expect(page.getByRole('region', { name: 'What it does' })).toContainText(
      'serve as the core research centers',
    );
    await expect(page.getByRole('region', { name: 'What it does' })).toContainText(
      'in the source under “[Coordinator Support Type]”',
    );
    await expect(page.locator('body')).not.toContainText(/shared\/|seeds\/|\.txt\b/);
  });

  test('treemap tiles, table rows and the budget level link to the pages', async ({ page }) => {
    await page.goto('./#/budget/regional-innovation-cluster-program');
    await page.getByRole('link', { name: /^Global Type, 7,942 million yen/ }).click();
    await expect(page).toHaveURL(/#\/program\/global-type$/);
    await page.goBack();
    await page.getByRole('link', { name: 'About City Area Type' }).click();
    await expect(page).toHaveURL(/#\/program\/city-area-type$/);
    await page.goBack();
    await page.getByRole('link', { name: 'About Regional Innovation Cluster Program' }).click();
    await expect(page).toHaveURL(/#\/program\/regional-innovation-cluster-program$/);
  });

  test('a page gives the program’s sourced budgets by year and links to the budgets by year', async ({
    page,
  }) => {
    await page.goto('./#/program/knowledge-cluster-initiative');
    const budgets = page.getByRole('region', { name: 'Budgets by fiscal year' });
    await expect(budgets.getByRole('listitem')).toHaveCount(6);
    await expect(budgets).toContainText('Sourced budgets, million yen (6):');
    await expect(budgets).not.toContainText(/shared\/|seeds\/|\.txt\b/);
    await budgets.getByRole('link', { name: /Budgets by year$/ }).click();
    await expect(page).toHaveURL(/#\/years$/);
    // A type with no figure of its own says so, in the reader's language.
    await page.goto('./?lang=ja#/program/global-type');
    await expect(page.getByRole('region', { name: '年度別の予算' })).toContainText(
      'どの年度についても',
    );
  });

  for (const width of [1366, 360]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations at ${width} px in ${colorScheme} mode, English and Japanese`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        for (const url of [
          './#/programs',
          './#/program/self-sustaining-management-program',
          './?lang=ja#/programs',
          './?lang=ja#/program/accelerative-support',
        ]) {
          await page.goto(url);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
        }
      });
    }
  }
});
