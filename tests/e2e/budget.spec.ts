import { test, expect, expectNoAxeViolations } from './fixtures';
import { test as baseTest } from '@playwright/test';

const RICP =
  /^Regional Innovation Cluster Program, 12,065 million yen, 82\.0% of Sum of the listed programs$/;

test.describe('budget view', () => {
  test('opens on the FY2010 treemap by default, served under a sub-path', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/FY2010 budgets/);
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('14,714 million yen');
  });

  test('drills into a program by click and back by breadcrumb', async ({ page }) => {
    await page.goto('./#/budget');
    await page.getByRole('button', { name: RICP }).click();
    await expect(page).toHaveURL(/#\/budget\/regional-innovation-cluster-program$/);
    await expect(
      page.getByRole('link', {
        name: /^Global Type, 7,942 million yen, 65\.8% of Regional Innovation Cluster Program$/,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('img', { name: /^Not itemized in the source, 123 million yen/ }),
    ).toBeAttached();
    await expect(
      page.getByText(
        /exceeds the sum of its itemized parts \(11,942 million yen\) by 123 million yen/,
      ),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Budget level' })
      .getByRole('link', { name: 'Sum of the listed programs' })
      .click();
    await expect(page).toHaveURL(/#\/budget$/);
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
  });

  test('shows exactly the linked level on reload, and an unknown id as not found', async ({
    page,
  }) => {
    await page.goto('./#/budget/self-sustaining-management-program');
    await expect(
      page.getByRole('link', { name: /^Coordinator Support Type, 593 million yen/ }),
    ).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('link', { name: /^Function Support Type, 2,041 million yen/ }),
    ).toBeVisible();
    await page.goto('./#/budget/no-such-program');
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the FY2010 budget' }).click();
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
  });

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
