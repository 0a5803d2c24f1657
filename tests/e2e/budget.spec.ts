import { test, expect, expectNoAxeViolations } from './fixtures';
import { test as baseTest } from '@playwright/test';

const RICP =
  /^Regional Innovation Cluster Program, 12,065 million yen, 82\.0% of Sum of the listed programs$/;

test.describe('budget view', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode, at the top and drilled in`, async ({
      page,
    }) => {
      test.setTimeout(90_000); // two full axe scans; slow on a loaded 2-core machine
      await page.emulateMedia({ colorScheme });
      await page.goto('./#/budget');
      await expect(page.getByRole('button', { name: RICP })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto('./#/budget/regional-innovation-cluster-program');
      await expect(page.getByRole('link', { name: /^Global Type/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

// Plain Playwright test: the failed request is the point, so the fixtures' console-error guard is off.
baseTest(
  'says so under the chart, with Try again, when the table and sources cannot be loaded',
  async ({ page }) => {
    let fail = true;
    await page.route('**/assets/below-the-fold-*.js', (route) =>
      fail ? route.abort() : route.continue(),
    );
    await page.goto('./#/budget');
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', {
        level: 2,
        name: 'The table and sources under the chart could not be loaded',
      }),
    ).toBeVisible();
    // The chart stays, and so does the footer.
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table')).toContainText('14,714 million yen');
    await expect(page.getByRole('alert')).toHaveCount(0);
  },
);
