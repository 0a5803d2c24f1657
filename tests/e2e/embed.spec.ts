import { test, expect, expectNoAxeViolations } from './fixtures';

test.describe('embed mode', () => {
  test('shows the chart alone, with a source line and a link to the full app', async ({ page }) => {
    await page.goto('./index.html?embed#/budget');
    await expect(
      page.getByRole('button', { name: /^Regional Innovation Cluster Program/ }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    await expect(page.getByText(/^Source: /)).toBeVisible();
    const link = page.getByRole('link', { name: 'Open in the full app' });
    await expect(link).toHaveAttribute('target', '_blank');
    expect(await link.getAttribute('href')).toMatch(/\/deep\/sub\/path\/index\.html#\/budget$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`embedded views pass axe (${colorScheme}), the credit line included`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('./index.html?embed#/budget/regional-innovation-cluster-program');
      await expect(page.getByRole('link', { name: /^Global Type/ })).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText('Open in the full app');
      await expectNoAxeViolations(page);
      await page.goto('./index.html?embed&lang=ja#/timeline/7');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('folds the long tables of the years and regions views under their caption, at chart height', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 600, height: 800 });
    for (const [hash, caption] of [
      ['#/years', 'Every figure, with its note and page'],
      ['#/regions', 'The numbered regions, each with its page'],
    ] as const) {
      await page.goto(`./index.html?embed${hash}`);
      const table = page.getByRole('table', { name: caption });
      const summary = page.locator('summary', { hasText: caption });
      await expect(summary).toBeVisible();
      await expect(table).toBeHidden();
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const folded = await height();
      await summary.press('Enter');
      await expect(table).toBeVisible();
      // Folded, the embed was thousands of pixels shorter at this width (a row per figure or region).
      expect(await height()).toBeGreaterThan(folded + 1000);
    }
    // On a page of its own, the table is shown as it is.
    await page.goto('./index.html#/years');
    await expect(
      page.getByRole('table', { name: 'Every figure, with its note and page' }),
    ).toBeVisible();
    await expect(
      page.locator('summary', { hasText: 'Every figure, with its note and page' }),
    ).toHaveCount(0);
  });

  test('resizes its iframe in a host page as its content changes', async ({ page }) => {
    await page.goto('/fixtures/host.html');
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await expect(
      frame.getByRole('button', { name: /^Regional Innovation Cluster Program/ }),
    ).toBeVisible();
    const heightOf = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = () =>
      frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(heightOf).toBe(await contentHeight());
    const wide = await heightOf();

    // Drilling in adds the "not itemized" note: the frame grows with it.
    await frame.getByRole('button', { name: /^Regional Innovation Cluster Program/ }).click();
    await expect(frame.getByText(/exceeds the sum of its itemized parts/)).toBeVisible();
    await expect.poll(heightOf).toBe(await contentHeight());

    // A narrower column: the chart is shorter (its height follows its width).
    await page.locator('#frame-box').evaluate((el) => (el.style.width = '360px'));
    await expect.poll(heightOf).not.toBe(wide);
    await expect.poll(heightOf).toBe(await contentHeight());
  });

  for (const view of ['#/budget', '#/timeline/3', '#/years', '#/regions']) {
    test(`sends its first height only once the view is there, never the empty frame (${view})`, async ({
      page,
    }) => {
      // Every height the host hears, from the very first message on.
      await page.addInitScript(() => {
        if (window.top !== window) return;
        const heights: number[] = [];
        Object.assign(window, { heights });
        window.addEventListener('message', (event) => {
          if (event.data?.type === 'cluster-policy-explorer:height')
            heights.push(event.data.height);
        });
      });
      await page.goto('/fixtures/plain.html');
      await page.evaluate((hash) => {
        const frame = document.createElement('iframe');
        frame.src = `../deep/sub/path/?embed&lang=en${hash}`;
        frame.title = 'Embedded view';
        frame.style.cssText = 'border:0;width:100%';
        frame.setAttribute('data-cluster-policy-explorer', '');
        const script = document.createElement('script');
        script.src = '../deep/sub/path/embed.js';
        document.getElementById('pasted')!.append(frame, script);
      }, view);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(frame.locator('main svg').first()).toBeVisible();
      const content = () =>
        frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      const heights = () =>
        page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      await expect.poll(async () => (await heights()).at(-1)).toBe(await content());
      // The first height is the view's, chart drawn: title, chart, source and credit, and no other.
      expect(await heights()).toEqual([await content()]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Embed dialog gives a ready snippet, copies it, and passes axe (${colorScheme})`, async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.emulateMedia({ colorScheme });
      await page.goto('./?lang=en#/budget/regional-innovation-cluster-program');
      const open = page.getByRole('button', { name: 'Embed' });
      await open.click();
      const dialog = page.getByRole('dialog', { name: 'Embed this view' });
      await expect(dialog).toBeVisible();
      const code = dialog.getByRole('textbox', { name: 'Embed code' });
      await expect(code).toHaveValue(
        /^<iframe src="http:\/\/localhost:\d+\/deep\/sub\/path\/\?embed&amp;lang=en#\/budget\/regional-innovation-cluster-program" title="FY2010 budget, Cluster Policy Explorer"[^\n]*><\/iframe>\n<script src="http:\/\/localhost:\d+\/deep\/sub\/path\/embed\.js" async><\/script>$/,
      );
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Copy' }).click();
      await expect(dialog.getByRole('status')).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await code.inputValue(),
      );
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(open).toBeFocused();
    });
  }

  test('the Embed dialog snippet, pasted as given into a plain page, keeps the frame as tall as its content at every step', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?lang=en#/timeline/1');
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page
      .getByRole('dialog', { name: 'Embed this view' })
      .getByRole('textbox', { name: 'Embed code' })
      .inputValue();
    // Every height the host page hears, from the first message on.
    await page.addInitScript(() => {
      if (window.top !== window) return;
      const heights: number[] = [];
      Object.assign(window, { heights });
      window.addEventListener('message', (event) => {
        if (event.data?.type === 'cluster-policy-explorer:height') heights.push(event.data.height);
      });
    });
    await page.goto('/fixtures/plain.html');
    // As a page author pastes it: parsed as HTML, so its <script> runs.
    await page.evaluate((html) => {
      const box = document.getElementById('pasted')!;
      box.append(document.createRange().createContextualFragment(html));
    }, snippet);
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    const heightOf = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const contentHeight = () =>
      frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const count = Number(await frame.getByRole('slider').getAttribute('max'));
    expect(count).toBeGreaterThan(1);
    const heights: number[] = [];
    for (let step = 1; step <= count; step += 1) {
      const caption = frame.getByRole('article');
      await expect(caption).toContainText(`Step ${step} of ${count}`);
      await expect.poll(async () => (await heightOf()) - (await contentHeight())).toBe(0);
      const height = await heightOf();
      heights.push(height);
      // The caption with its sources, and the credit line (the last thing in the frame), are inside it.
      await expect(caption.getByRole('list', { name: 'Source' })).toBeVisible();
      for (const part of [caption, frame.getByRole('link', { name: 'Open in the full app' })]) {
        const bottom = await part.evaluate((el) => el.getBoundingClientRect().bottom);
        expect(bottom).toBeLessThanOrEqual(height);
      }
      if (step < count) await frame.getByRole('button', { name: 'Next step' }).click();
    }
    // One height for the whole story (the tallest step's), and the host never heard another.
    expect(new Set(heights).size, `heights per step: ${heights.join(', ')}`).toBe(1);
    expect(heights[0]).not.toBe(640);
    expect(await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).toEqual(
      [heights[0]],
    );
  });
});
