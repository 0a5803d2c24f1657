import { test, expect, expectNoAxeViolations } from './fixtures';

const RICP = /^Regional Innovation Cluster Program, 12,065 million yen/;
// 10 timeline steps, then the whole budget (11) and its two programs (12, 13).
const TOTAL = 13;

test.describe('presentation mode', () => {
  test('P enters at the matching slide; keys walk the slides; Escape leaves', async ({ page }) => {
    await page.goto('./#/budget');
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await page.keyboard.press('p');
    await expect(page).toHaveURL(/#\/present\/11$/);
    await expect(page.getByText(`11 / ${TOTAL}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByText(/^Source: /)).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/present\/12$/);
    await expect(page.getByText(`12 / ${TOTAL}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Global Type, 7,942 million yen/ })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/present\/13$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#\/present\/12$/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#\/present\/10$/);
    await expect(
      page.getByRole('heading', { level: 1, name: /^How the programs came together/ }),
    ).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/timeline\/10$/);
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('the Present button enters, and the same slide comes back on reload', async ({ page }) => {
    await page.goto('./#/budget/self-sustaining-management-program');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page).toHaveURL(/#\/present\/\d+$/);
    const url = page.url();
    const counter = await page.locator('.slide-counter [aria-hidden]').textContent();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(page.getByText(counter ?? '', { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Function Support Type, 2,041/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
  });

  test('a timeline slide has its own URL, counter and title', async ({ page }) => {
    await page.goto('./#/present/4');
    await expect(page.getByText(`4 / ${TOTAL}`, { exact: true })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: /^How the programs came together/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(page).toHaveURL(/#\/present\/5$/);
  });

  test('an out-of-range slide goes to the nearest one; a malformed one says so', async ({
    page,
  }) => {
    await page.goto('./#/present/99');
    await expect(page).toHaveURL(new RegExp(`#/present/${TOTAL}$`));
    await expect(page.getByText(`${TOTAL} / ${TOTAL}`, { exact: true })).toBeVisible();
    await page.goto('./#/present/zero');
    await expect(page.getByRole('alert')).toContainText('There is no slide “zero”.');
    await page.getByRole('link', { name: 'Go to the first slide' }).click();
    await expect(page).toHaveURL(/#\/present\/1$/);
  });

  test('a timeline slide fits one 1920 × 1080 screen with projector-sized labels and caption', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const slide of [1, 7, 10]) {
      await page.goto(`./#/present/${slide}`);
      const chart = page.locator('svg[data-export-chart]');
      await expect(chart).toBeVisible();
      // Between slides the old caption fades out: measure once only the new one is left.
      await expect(page.locator('.caption-area .caption')).toHaveCount(1);
      const fontSize = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await fontSize('svg[data-export-chart] .lane-label')).toBeGreaterThanOrEqual(28);
      expect(await fontSize('.caption-area .caption-text')).toBeGreaterThanOrEqual(28);
      expect(await fontSize('.caption-area .caption-when')).toBeGreaterThanOrEqual(28);
      const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
      expect(height).toBeLessThanOrEqual(1080);
    }
  });

  test('type is projector-sized at 1920 × 1080', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./#/present/11');
    const label = page.locator('[data-tile="regional-innovation-cluster-program"] .tile-label');
    await expect(label).toBeVisible();
    const size = async (locator: typeof label) =>
      parseFloat(await locator.evaluate((el) => getComputedStyle(el).fontSize));
    expect(await size(label)).toBeGreaterThanOrEqual(28);
    expect(await size(page.locator('.presentation .note').first())).toBeGreaterThanOrEqual(28);
    // The whole slide fits the screen: no scrolling to see the source line.
    const sourceBottom = await page
      .locator('.source-line')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(sourceBottom).toBeLessThanOrEqual(1080);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./#/present/12');
      await expect(page.getByRole('img', { name: /^Global Type/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
