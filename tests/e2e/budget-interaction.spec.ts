/**
 * The budget view used as a reader would: tap, keyboard, back and forward, a phone, the tooltip,
 * reduced motion, and input while a transition runs. A settled view is always compared with a fresh load
 * of the same URL, never with a clock.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const RICP_ID = 'regional-innovation-cluster-program';
const SSM_ID = 'self-sustaining-management-program';
const RICP = /^Regional Innovation Cluster Program, 12,065 million yen, 82\.0% of/;
const SSM = /^Program for Promoting Self-Sustaining Management .*, 2,649 million yen, 18\.0% of/;
const GLOBAL = /^Global Type, 7,942 million yen, 65\.8% of Regional Innovation Cluster Program$/;
const FUNCTION = /^Function Support Type, 2,041 million yen, 77\.0% of/;

const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]`);

/** What a reader sees, rounded to 1/100 px: URL, heading, breadcrumb, tiles (name and geometry), table. */
async function viewState(page: Page) {
  return page.evaluate(() => {
    const round = (text: string | null) =>
      (text ?? '').replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(2));
    const tiles = [...document.querySelectorAll('[data-tile]')].map((g) => {
      const rect = g.querySelector('.tile-rect');
      return [
        g.getAttribute('aria-label'),
        round(g.getAttribute('transform')),
        round(rect?.getAttribute('width') ?? ''),
        round(rect?.getAttribute('height') ?? ''),
        g.querySelector('.tile-label')?.textContent ?? '',
        g.querySelector('.tile-label')?.getAttribute('opacity') ?? '',
      ].join(' | ');
    });
    return {
      hash: location.hash,
      heading: document.querySelector('h1')?.textContent,
      breadcrumb: document.querySelector('.breadcrumb')?.textContent,
      tiles,
      table: document.querySelector('table')?.textContent,
      notFound: document.querySelectorAll('.notice').length,
    };
  });
}

/** The state a fresh load of `hash` shows, in a new page of the same context. */
async function freshState(page: Page, hash: string) {
  const fresh = await page.context().newPage();
  await fresh.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
  await fresh.goto(`./${hash}`);
  await expect(fresh.locator('[data-tile]').first()).toBeVisible();
  const state = await viewState(fresh);
  await fresh.close();
  return state;
}

async function tabIntoChart(page: Page) {
  // Tabbing before the tiles exist would walk past the chart: wait for them first.
  await expect(page.locator('[data-tile]').first()).toBeVisible();
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-tile'))) return;
  }
  throw new Error('Tab never reached a tile');
}

test.describe('budget view: touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('drills in by tap and back by tapping the breadcrumb', async ({ page }) => {
    await page.goto('./#/budget');
    await page.getByRole('button', { name: RICP }).tap();
    await expect(page).toHaveURL(new RegExp(`#/budget/${RICP_ID}$`));
    await expect(page.getByRole('link', { name: GLOBAL })).toBeVisible();
    await page.getByRole('link', { name: 'Sum of the listed programs' }).tap();
    await expect(page).toHaveURL(/#\/budget$/);
    await expect(page.getByRole('button', { name: SSM })).toBeVisible();
  });

  test('at 360 px: no sideways scrolling, every tile at least 24 px to tap, slivers show their tooltip', async ({
    page,
  }) => {
    for (const hash of ['#/budget', `#/budget/${RICP_ID}`, `#/budget/${SSM_ID}`]) {
      for (const lang of ['en', 'ja']) {
        await page.goto(`./?lang=${lang}${hash}`);
        await expect(page.locator('[data-tile]').first()).toBeVisible();
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${lang}${hash}`).toBeLessThanOrEqual(clientWidth);
        const sides = await page
          .locator('[data-tile] .tile-hit')
          .evaluateAll((rects) =>
            rects.map((r) =>
              Math.min(r.getBoundingClientRect().width, r.getBoundingClientRect().height),
            ),
          );
        for (const side of sides) expect(side, `${lang}${hash}`).toBeGreaterThanOrEqual(24);
      }
    }
    // The 15 million yen sliver: tapping its hit area shows its tooltip, inside the viewport's width.
    await page.goto(`./#/budget/${SSM_ID}`);
    const sliver = tile(page, `${SSM_ID}--unitemized`);
    await sliver.locator('.tile-hit').tap();
    const tooltip = page.locator('.tooltip');
    await expect(tooltip).toContainText('Not itemized in the source');
    await expect(tooltip).toContainText('15 million yen');
    const box = await tooltip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  });
});

test.describe('budget view: phone accessibility', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations at 360 px in ${colorScheme} mode, with a tooltip open`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`./?lang=ja#/budget/${SSM_ID}`);
      await tile(page, 'function-support-type').focus();
      await expect(page.locator('.tooltip')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('budget view: keyboard', () => {
  test('Tab reaches the chart; arrows move between siblings; Enter and Space open; Escape and Backspace return focus', async ({
    page,
  }) => {
    await page.goto('./#/budget');
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await tabIntoChart(page);
    await expect(page.getByRole('button', { name: RICP })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: SSM })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('button', { name: RICP })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/budget/${RICP_ID}$`));
    await expect(page.getByRole('link', { name: GLOBAL })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(
      page.getByRole('link', { name: /^City Area Type, 3,000 million yen/ }),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/budget$/);
    await expect(page.getByRole('button', { name: RICP })).toBeFocused();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(new RegExp(`#/budget/${SSM_ID}$`));
    await expect(page.getByRole('link', { name: FUNCTION })).toBeFocused();
    await page.keyboard.press('Backspace');
    await expect(page).toHaveURL(/#\/budget$/);
    await expect(page.getByRole('button', { name: SSM })).toBeFocused();
  });

  test('the breadcrumb goes back by keyboard and focus returns to the tile you came from', async ({
    page,
  }) => {
    await page.goto('./#/budget');
    await tabIntoChart(page);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: FUNCTION })).toBeFocused();
    await page.getByRole('link', { name: 'Sum of the listed programs' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/budget$/);
    await expect(page.getByRole('button', { name: SSM })).toBeFocused();
  });

  test('every tile shows a visible focus ring', async ({ page }) => {
    for (const hash of ['#/budget', `#/budget/${RICP_ID}`]) {
      await page.goto(`./${hash}`);
      await tabIntoChart(page);
      const count = await page.locator('[data-tile]').count();
      for (let i = 0; i < count; i += 1) {
        const ring = await page.evaluate(() => {
          const rect = document.activeElement?.querySelector('.tile-rect');
          const style = rect ? getComputedStyle(rect) : null;
          return { width: style?.strokeWidth, stroke: style?.stroke };
        });
        expect(ring.width).toBe('4px');
        expect(ring.stroke).toBe('rgb(179, 38, 30)');
        await page.keyboard.press('ArrowRight');
      }
    }
  });
});

test.describe('budget view: tooltip', () => {
  const expectTooltipOfGlobalType = async (page: Page) => {
    const tooltip = page.locator('.tooltip');
    await expect(tooltip).toContainText('Global Type');
    await expect(tooltip).toContainText('7,942 million yen');
    await expect(tooltip).toContainText(/Share of Regional Innovation Cluster Program\s*65\.8%/);
    await expect(tooltip).toContainText(
      /Share of the listed programs’ sum \(14,714 million yen\)\s*54\.0%/,
    );
    await expect(tooltip).toContainText('Source: 【Global Type】 7,942 million yen');
    await expect(tooltip).toContainText('Cluster Policy of Ministry of Education');
  };

  test('appears on hover with name, amount, both shares and the source', async ({ page }) => {
    await page.goto(`./#/budget/${RICP_ID}`);
    await tile(page, 'global-type').hover();
    await expectTooltipOfGlobalType(page);
    await page.mouse.move(0, 0);
    await expect(page.locator('.tooltip')).toHaveCount(0);
  });

  test('appears on keyboard focus, beside the focused tile', async ({ page }) => {
    await page.goto(`./#/budget/${RICP_ID}`);
    await tabIntoChart(page);
    await expectTooltipOfGlobalType(page);
    await page.keyboard.press('ArrowRight');
    const tooltip = page.locator('.tooltip');
    await expect(tooltip).toContainText('3,000 million yen');
    const tip = (await tooltip.boundingBox())!;
    const focused = (await tile(page, 'city-area-type').boundingBox())!;
    const overlapsTile =
      tip.x < focused.x + focused.width &&
      tip.x + tip.width > focused.x &&
      tip.y < focused.y + focused.height &&
      tip.y + tip.height > focused.y;
    expect(overlapsTile).toBe(false);
  });
});

test.describe('budget view: URL', () => {
  test('browser back and forward move between levels', async ({ page }) => {
    await page.goto('./#/budget');
    await page.getByRole('button', { name: RICP }).click();
    await expect(page.getByRole('link', { name: GLOBAL })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/#\/budget$/);
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`#/budget/${RICP_ID}$`));
    await expect(page.getByRole('link', { name: GLOBAL })).toBeVisible();
  });

  // Which addresses are not found is checked in tests/component/App.svelte.test.ts; here, that the
  // app keeps working after one, back and forward included.
  test('#/budget/global-type shows not found, and the app keeps working', async ({ page }) => {
    await page.goto('./#/budget/global-type');
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the FY2010 budget' }).click();
    await page.getByRole('button', { name: RICP }).click();
    await expect(page.getByRole('link', { name: GLOBAL })).toBeVisible();
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});

test.describe('budget view: motion', () => {
  test('under reduced motion the new level lands at once, without intermediate frames', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const fresh = await freshState(page, `#/budget/${RICP_ID}`);
    await page.goto('./#/budget');
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await page.evaluate(() => {
      const moves: string[] = [];
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName === 'transform') moves.push('moved');
      }).observe(document.querySelector('svg.treemap')!, { subtree: true, attributes: true });
      Object.assign(window, { moves });
    });
    await page.getByRole('button', { name: RICP }).click();
    await expect(page.getByRole('link', { name: GLOBAL })).toBeVisible();
    expect(await viewState(page)).toEqual(fresh);
    expect(await page.evaluate(() => (window as unknown as { moves: string[] }).moves)).toEqual([]);
  });

  test('a transition only updates attributes: each tile is created once, not rebuilt per frame', async ({
    page,
  }) => {
    const fresh = await freshState(page, `#/budget/${RICP_ID}`);
    // The page's clock held, so that the zoom's frames come as the test advances it, not as a loaded
    // machine manages to draw them.
    await page.clock.install();
    await page.goto('./#/budget');
    await expect(page.getByRole('button', { name: RICP })).toBeVisible();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.evaluate(() => {
      const log = { added: 0, moves: 0 };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'childList') log.added += r.addedNodes.length;
          if (r.attributeName === 'transform') log.moves += 1;
        }
      }).observe(document.querySelector('svg.treemap')!, {
        subtree: true,
        childList: true,
        attributes: true,
      });
      Object.assign(window, { log });
    });
    await page.getByRole('button', { name: RICP }).click();
    await page.clock.runFor(1000);
    await expect.poll(() => viewState(page)).toEqual(fresh);
    const { added, moves } = await page.evaluate(
      () => (window as unknown as { log: { added: number; moves: number } }).log,
    );
    const nodesInLevel = await page.evaluate(
      () => document.querySelector('svg.treemap')!.querySelectorAll('*').length,
    );
    expect(moves).toBeGreaterThan(4); // it did animate, over several frames
    expect(added).toBeLessThanOrEqual(nodesInLevel);
  });
});

test.describe('budget view: rapid input', () => {
  test('clicks and keys during a running transition leave exactly the view of a fresh load', async ({
    page,
  }) => {
    await page.goto('./#/budget');
    await page.getByRole('button', { name: RICP }).click();
    await page.keyboard.press('Escape');
    await tile(page, SSM_ID).click({ force: true });
    await page.keyboard.press('Backspace');
    await tile(page, RICP_ID).click({ force: true });
    await page.keyboard.press('Escape');
    await tile(page, SSM_ID).click({ force: true });
    await expect(page).toHaveURL(new RegExp(`#/budget/${SSM_ID}$`));
    const fresh = await freshState(page, `#/budget/${SSM_ID}`);
    await expect.poll(() => viewState(page)).toEqual(fresh);
  });

  test('back and forward in quick succession leave exactly the view of a fresh load', async ({
    page,
  }) => {
    await page.goto('./#/budget');
    await page.getByRole('button', { name: RICP }).click();
    await expect(page.getByRole('link', { name: GLOBAL })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: SSM }).click();
    await expect(page.getByRole('link', { name: FUNCTION })).toBeVisible();
    // History: #/budget, RICP, #/budget, SSM. Back ×3 then forward lands on RICP.
    // Each call returns once the URL changed, while the previous level's transition is still running.
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`#/budget/${RICP_ID}$`));
    const fresh = await freshState(page, `#/budget/${RICP_ID}`);
    await expect.poll(() => viewState(page)).toEqual(fresh);
  });
});

test.describe('budget view: labels', () => {
  for (const width of [360, 1280, 1920]) {
    test(`labels stay inside their tiles at ${width} px, in English and Japanese`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ['en', 'ja']) {
        for (const hash of ['#/budget', `#/budget/${RICP_ID}`, `#/budget/${SSM_ID}`]) {
          await page.goto(`./?lang=${lang}${hash}`);
          await expect(page.locator('[data-tile]').first()).toBeVisible();
          const overflowing = await page.locator('[data-tile]').evaluateAll((tiles) =>
            tiles.flatMap((g) => {
              const label = g.querySelector('.tile-label');
              if (!label) return [];
              const box = g.querySelector('.tile-rect')!.getBoundingClientRect();
              const text = label.getBoundingClientRect();
              const inside =
                text.left >= box.left &&
                text.top >= box.top &&
                text.right <= box.right &&
                text.bottom <= box.bottom;
              return inside ? [] : [g.getAttribute('data-tile')];
            }),
          );
          expect(overflowing, `${lang}${hash}`).toEqual([]);
        }
      }
      if (width === 1920) {
        const size = await page.locator('.tile-label').first().getAttribute('font-size');
        expect(Number(size)).toBeGreaterThanOrEqual(20);
      }
    });
  }
});
