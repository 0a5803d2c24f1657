import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/lib/data/parse';
import type { Citation } from '../../src/lib/data/types';

const dataset = parseDataset(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/dataset.json'), 'utf8')),
);

const steps = dataset.milestones;
const quoteOf = (c: Citation) => ('quote' in c ? c.quote : c.note);
const count = steps.length;
const unification = steps.findIndex((m) => m.id === 'unification') + 1;
/** The caption of a step (an outgoing caption may still be fading out beside it). */
const captionTitle = (page: Page, title: string) =>
  page.getByRole('heading', { level: 2, name: title, exact: true });
/** The live region: one element, always the current step. */
const announced = (page: Page) => page.locator('[aria-live="polite"]');
const stepUrl = (n: number) => new RegExp(`#/timeline/${n}$`);
/** Where the reveal window is now (its computed transform) and whether it is moving. */
const reveal = (page: Page) =>
  page.locator('.timeline-chart .reveal').evaluate((element) => ({
    at: getComputedStyle(element).transform,
    moving: element.getAnimations().length > 0,
  }));

/** Fake timers, paused: Play and the animations move only when the test advances the clock. */
async function pausedClock(page: Page) {
  await page.clock.install({ time: new Date('2030-01-01T00:00:00Z') });
}

test.describe('timeline view', () => {
  test('every milestone is reachable by stepping, each with its caption and source', async ({
    page,
  }) => {
    await page.goto('./#/timeline/1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/How the programs came/);
    for (let n = 1; n <= count; n += 1) {
      const milestone = steps[n - 1]!;
      await expect(page).toHaveURL(stepUrl(n));
      await expect(captionTitle(page, milestone.title.en)).toBeVisible();
      await expect(announced(page)).toContainText(milestone.caption.en);
      // A quote stands in quotation marks; a recorded note does not.
      const first = milestone.citations[0]!;
      await expect(
        page
          .locator(`.caption-sources ${'quote' in first ? 'q' : '.cited-note'}`, {
            hasText: quoteOf(first),
          })
          .first(),
      ).toBeVisible();
      await expect(page.getByText(`Step ${n} of ${count}`, { exact: false }).first()).toBeVisible();
      if (n < count) await page.getByRole('button', { name: 'Next step' }).click();
    }
    await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  test('the chart is an exportable SVG with a lane per program and a marker per milestone', async ({
    page,
  }) => {
    await page.goto('./#/timeline/10');
    const chart = page.locator('.timeline-chart');
    await expect(chart).toHaveCount(1);
    // Drawn in layers (axis, bands, cursor, names and markers), each an SVG the export puts together.
    await expect(chart.locator('svg[data-export-chart]')).toHaveCount(4);
    await expect(chart.locator('[data-lane]')).toHaveCount(dataset.programs.length);
    await expect(chart.locator('.marker')).toHaveCount(count);
    await expect(chart.locator('path.link')).toHaveCount(13);
  });

  test('the keys step, jump to the ends and play or pause', async ({ page }) => {
    await page.goto('./#/timeline/3');
    await expect(captionTitle(page, steps[2]!.title.en)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(stepUrl(4));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(stepUrl(2));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(stepUrl(count));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(stepUrl(1));
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('the slider is a real slider with a spoken value, and scrubs through the steps', async ({
    page,
  }) => {
    await page.goto('./#/timeline/1');
    const slider = page.getByRole('slider', { name: 'Step' });
    await expect(slider).toHaveAttribute('aria-valuetext', /^30 March 2001: 2nd Science/);
    await slider.fill(String(unification));
    await expect(page).toHaveURL(stepUrl(unification));
    await expect(slider).toHaveAttribute(
      'aria-valuetext',
      'FY2010: Programs unified under the Project for Developing Innovation Systems',
    );
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(stepUrl(unification + 1));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(stepUrl(1));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(stepUrl(count));
  });

  test('Play moves at once, advances step by step, Pause stops, Play stops at the end', async ({
    page,
  }) => {
    await pausedClock(page);
    await page.goto('./#/timeline/1');
    // Far enough ahead that a slow page load cannot have passed it already.
    await page.clock.pauseAt(new Date('2030-01-01T00:01:00Z'));
    await expect(captionTitle(page, steps[0]!.title.en)).toBeVisible();
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Play' }).click();
    // The first change needs no timer at all.
    await expect(page).toHaveURL(stepUrl(2));
    await page.clock.runFor(2700);
    await expect(page).toHaveURL(stepUrl(3));
    await expect(captionTitle(page, steps[2]!.title.en)).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(20_000);
    await expect(page).toHaveURL(stepUrl(3));
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    // A play-through replaces the history entry: one Back leaves it.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page
      .getByRole('region', { name: 'All steps' })
      .getByRole('link', { name: new RegExp(steps[count - 2]!.title.en) })
      .click();
    await expect(page).toHaveURL(stepUrl(count - 1));
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(stepUrl(count));
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.clock.runFor(20_000);
    await expect(page).toHaveURL(stepUrl(count));
  });

  test('deep links open their step; back and forward move between steps', async ({ page }) => {
    await page.goto(`./#/timeline/${unification}`);
    await expect(captionTitle(page, steps[unification - 1]!.title.en)).toBeVisible();
    await page.reload();
    await expect(captionTitle(page, steps[unification - 1]!.title.en)).toBeVisible();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(stepUrl(unification + 2));
    await page.goBack();
    await expect(page).toHaveURL(stepUrl(unification + 1));
    await expect(captionTitle(page, steps[unification]!.title.en)).toBeVisible();
    await page.goForward();
    await expect(captionTitle(page, steps[unification + 1]!.title.en)).toBeVisible();
  });

  test('steps animate, and land at once under reduced motion', async ({ page }) => {
    await page.goto(`./#/timeline/${unification}`);
    await expect(captionTitle(page, steps[unification - 1]!.title.en)).toBeVisible();
    const landed = (await reveal(page)).at;
    await page.goto(`./#/timeline/${unification - 1}`);
    await expect(captionTitle(page, steps[unification - 2]!.title.en)).toBeVisible();
    // That step's own move played to its end first: held at its start, it would leave the picture
    // where the next step rests, and the next step would have nowhere to move.
    await page
      .locator('.timeline-chart')
      .evaluate((chart) => chart.getAnimations({ subtree: true }).forEach((a) => a.finish()));
    await expect.poll(async () => (await reveal(page)).moving).toBe(false);
    // Animations held where they start, so that the move can be seen mid-way.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(stepUrl(unification));
    // With motion, the picture has not reached the step yet: it moves there by an animation.
    await expect.poll(async () => (await reveal(page)).moving).toBe(true);
    expect((await reveal(page)).at).not.toBe(landed);
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
    await cdp.send('Animation.disable');
    // Played to its end, the move lands where the step's picture rests.
    await page
      .locator('.timeline-chart')
      .evaluate((chart) => chart.getAnimations({ subtree: true }).forEach((a) => a.finish()));
    await expect.poll(() => reveal(page)).toEqual({ at: landed, moving: false });

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Previous step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(stepUrl(unification));
    expect(await reveal(page)).toEqual({ at: landed, moving: false });
    await expect(page.locator('.caption')).toHaveCount(1);
  });

  test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./#/timeline/${unification}`);
    await expect(page.locator('.timeline-chart')).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await expect(page.locator('.caption-text')).toBeVisible();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(stepUrl(unification + 1));
  });

  test('on a 360 × 640 phone the chart starts on the first screen; the introduction follows it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./#/timeline/${unification}`);
    const chart = page.locator('.timeline-chart');
    await expect(chart).toBeVisible();
    // Its top well above the fold (at most 360 of 640 px), its first bands in sight.
    const top = (await chart.boundingBox())!.y;
    expect(top).toBeLessThanOrEqual(360);
    await expect(page.locator('[data-lane="knowledge-cluster-initiative"] rect')).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
    // Nothing dropped: the introduction and the key hint come after the chart and its caption, in
    // the page's order (for a screen reader) still before the controls.
    const intro = page.locator('.timeline-view > .note');
    await expect(intro).toContainText('Each band is a program.');
    const below = (await page.locator('.caption-area').boundingBox())!;
    expect((await intro.boundingBox())!.y).toBeGreaterThan(below.y + below.height);
    await expect(page.locator('.keys')).toBeVisible();
    const order = await page.evaluate(() => {
      const intro = document.querySelector('.timeline-view > .note')!;
      const controls = document.querySelector('.controls')!;
      return intro.compareDocumentPosition(controls) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await expectNoAxeViolations(page);
  });

  test('with a touch screen and no hover the key hint is not shown', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`./#/timeline/${unification}`);
    await expect(page.locator('.timeline-chart')).toBeVisible();
    await expect(page.locator('.keys')).toBeHidden();
    expect((await page.locator('.timeline-chart').boundingBox())!.y).toBeLessThanOrEqual(360);
    await context.close();
  });

  test('hovering or focusing a lane shows its names, years and source', async ({ page }) => {
    await page.goto(`./#/timeline/${unification}`);
    await page.locator('[data-lane="knowledge-cluster-initiative"] rect').hover();
    const tooltip = page.locator('.lane-tooltip');
    await expect(tooltip).toContainText('Knowledge Cluster Initiative');
    await expect(tooltip).toContainText('知的クラスター創成事業');
    await expect(tooltip).toContainText('from FY2002; unified under');
    await expect(tooltip).toContainText('Cluster Policy of Ministry of Education');
    await page.mouse.move(0, 0);
    await expect(tooltip).toHaveCount(0);

    const lane = page.getByRole('link', {
      name: /^Regional Innovation Cluster Program: FY2010 only; no source covers later years/,
    });
    await lane.focus();
    await expect(tooltip).toContainText('地域イノベーションクラスタープログラム');
    await page.keyboard.press('ArrowDown');
    await expect(tooltip).toContainText('Global Type');
    await expect(tooltip).toContainText('in the FY2010 budget');

    await page.goto(`./?lang=ja#/timeline/${count}`);
    await page.locator('[data-lane="seeds-and-needs-support-program"] rect').hover();
    await expect(tooltip).toContainText('未翻訳');
    await expect(tooltip).toContainText('2011年度から掲載');
  });

  test('a lane opens its program page, which links to its budget and back to the timeline', async ({
    page,
  }) => {
    await page.goto(`./#/timeline/${unification}`);
    // Click the band's left end: at this step it is revealed to the end of FY2010 only.
    await page
      .getByRole('link', {
        name: /^Regional Innovation Cluster Program: FY2010 only; no source covers later years/,
      })
      .click({ position: { x: 8, y: 8 } });
    await expect(page).toHaveURL(/#\/program\/regional-innovation-cluster-program$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Regional Innovation Cluster Program',
    );
    await page
      .getByRole('link', { name: 'Open Regional Innovation Cluster Program in the FY2010 budget' })
      .click();
    await expect(page).toHaveURL(/#\/budget\/regional-innovation-cluster-program$/);
    await expect(page.getByRole('link', { name: /^Global Type, 7,942 million yen/ })).toBeVisible();
    await page
      .getByRole('link', { name: 'See Regional Innovation Cluster Program on the timeline' })
      .click();
    await expect(page).toHaveURL(stepUrl(unification));
    await expect(captionTitle(page, steps[unification - 1]!.title.en)).toBeVisible();
    await page.getByRole('link', { name: /^Regional Innovation Cluster Program/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/program\/regional-innovation-cluster-program$/);
  });

  test('draws FY2010-only programs through FY2010 only, and marks the years no source covers', async ({
    page,
  }) => {
    await page.goto(`./#/timeline/${count}`);
    const band = page.locator('[data-lane="regional-innovation-cluster-program"] rect');
    const unsourced = page.locator('[data-unsourced="regional-innovation-cluster-program"]');
    await expect(unsourced).toBeAttached();
    const bandBox = (await band.boundingBox())!;
    const boxAfter = (await unsourced.boundingBox())!;
    expect(boxAfter.x).toBeGreaterThanOrEqual(bandBox.x + bandBox.width);
    await expect(
      page.locator('[data-unsourced="regional-innovation-strategy-support-program"]'),
    ).toHaveCount(0);
    await expect(
      page.getByText(/A dotted box after a band marks years no source covers/),
    ).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode, in English and Japanese`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(`./#/timeline/${unification}`);
      await expect(announced(page)).toContainText('Step');
      await expectNoAxeViolations(page);
      await page.goto(`./?lang=ja#/timeline/${count}`);
      await expect(announced(page)).toContainText('ステップ');
      await expectNoAxeViolations(page);
    });
  }
});
