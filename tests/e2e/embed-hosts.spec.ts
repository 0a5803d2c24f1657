/**
 * The embed in the host pages people really use: Pym.js and iframe-resizer (v5 and v4) parents, the npm
 * packages themselves served from node_modules (never from the network), and the look a host asks for
 * (theme, transparent background).
 */
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { pixelAt } from './pixel';

const modules = join(import.meta.dirname, '../../node_modules');
const vendor: Record<string, string> = {
  'pym.v1.js': 'pym.js/dist/pym.v1.js',
  'iframe-resizer.parent.js': '@iframe-resizer/parent/index.umd.js',
  'iframeResizer.js': 'iframe-resizer/js/iframeResizer.js',
};

async function serveVendor(page: Page) {
  await page.route('**/fixtures/vendor/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return vendor[name]
      ? route.fulfill({ path: join(modules, vendor[name]), contentType: 'text/javascript' })
      : route.fulfill({ status: 404 });
  });
}

const heightOf = (iframe: Locator) =>
  iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
const contentHeight = (frame: FrameLocator) =>
  frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));

/** The frame is as tall as its content, and follows it when a drill-down adds a note. */
async function expectSizedToContent(iframe: Locator, frame: FrameLocator) {
  const program = frame.getByRole('button', { name: /^Regional Innovation Cluster Program/ });
  await expect(program).toBeVisible();
  await expect.poll(async () => (await heightOf(iframe)) - (await contentHeight(frame))).toBe(0);
  const before = await heightOf(iframe);
  expect(before).toBeGreaterThan(300);
  await program.click();
  await expect(frame.getByText(/exceeds the sum of its itemized parts/)).toBeVisible();
  await expect.poll(() => heightOf(iframe)).not.toBe(before);
  await expect.poll(async () => (await heightOf(iframe)) - (await contentHeight(frame))).toBe(0);
  const credit = await frame
    .getByRole('link', { name: 'Open in the full app' })
    .evaluate((el) => el.getBoundingClientRect().bottom);
  expect(credit).toBeLessThanOrEqual(await heightOf(iframe));
}

test.describe('embedded in a host page', () => {
  test('a Pym.js host (npm pym.js) sizes the frame to its content', async ({ page }) => {
    await serveVendor(page);
    await page.goto('/fixtures/pym-host.html');
    const iframe = page.locator('#chart iframe');
    await expect(iframe).toHaveAttribute('src', /[?&]childId=chart\b/);
    await expectSizedToContent(iframe, page.frameLocator('#chart iframe'));
  });

  for (const version of ['5', '4'] as const) {
    test(`an iframe-resizer v${version} host sizes the frame to its content`, async ({ page }) => {
      await serveVendor(page);
      const sent: string[] = [];
      page.on('console', (message) => sent.push(message.text()));
      await page.goto(`/fixtures/host.html?resizer=${version}`);
      const iframe = page.locator('#chart');
      await expectSizedToContent(iframe, page.frameLocator('#chart'));
      // The parent took the frame for one of its own: no "no response" or "legacy child" warning.
      expect(sent.filter((text) => /not responded|No response|Legacy version/i.test(text))).toEqual(
        [],
      );
    });
  }
});

/** Every element's colours, as the reader sees them. */
const paint = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('html, body, body *')]
      .map((el) => {
        const s = getComputedStyle(el);
        return `${s.color}|${s.backgroundColor}|${s.fill}|${s.stroke}|${s.borderTopColor}`;
      })
      .join('\n'),
  );

test.describe('the host chooses the look', () => {
  for (const view of ['#/budget/regional-innovation-cluster-program', '#/timeline/3']) {
    test(`theme=light|dark wins over the reader's system setting (${view})`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const ready = page.getByRole('heading', { level: 1 });
      const looks: Record<string, string> = {};
      for (const [system, theme] of [
        ['dark', 'auto'],
        ['light', 'dark'],
        ['light', 'auto'],
        ['dark', 'light'],
      ] as const) {
        await page.emulateMedia({ colorScheme: system });
        await page.goto(`./index.html?embed&theme=${theme}${view}`);
        await expect(ready).toBeVisible();
        await expect(page.locator('main svg').first()).toBeVisible();
        looks[`${system}/${theme}`] = await paint(page);
      }
      // A forced theme paints every element (lazily loaded views' styles included) as that system
      // setting does, whatever the reader's system says.
      expect(looks['light/dark']).toBe(looks['dark/auto']);
      expect(looks['dark/light']).toBe(looks['light/auto']);
      expect(looks['dark/auto']).not.toBe(looks['light/auto']);
    });
  }

  test('a dark embed on a light system passes axe', async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./index.html?embed&theme=dark#/budget');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 20, 24)');
    await expect(page.locator('[data-tile]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const { system, theme, transparent, host, expected } of [
    {
      system: 'light',
      theme: 'Dark',
      transparent: true,
      host: 'rgb(32, 48, 64)',
      expected: 'host',
    },
    {
      system: 'dark',
      theme: 'Light',
      transparent: true,
      host: 'rgb(250, 235, 200)',
      expected: 'host',
    },
    {
      system: 'dark',
      theme: "The reader's system setting",
      transparent: true,
      host: 'rgb(250, 235, 200)',
      expected: 'host',
    },
    {
      system: 'light',
      theme: 'Dark',
      transparent: false,
      host: 'rgb(250, 235, 200)',
      expected: 'rgb(18, 20, 24)',
    },
  ] as const) {
    test(`the dialog's snippet, ${theme}${transparent ? ', transparent' : ''}, on a ${system} system`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.goto('./?lang=en#/budget');
      await page.getByRole('button', { name: 'Embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this view' });
      await dialog.getByRole('radio', { name: theme }).check();
      if (transparent) {
        await dialog.getByRole('checkbox', { name: /^Transparent background/ }).check();
      }
      const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
      await page.goto('/fixtures/plain.html');
      await page.evaluate(
        ({ html, background }) => {
          document.body.style.background = background;
          const box = document.getElementById('pasted')!;
          box.append(document.createRange().createContextualFragment(html));
        },
        { html: snippet, background: host as string },
      );
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('[data-tile]').first()).toBeVisible();
      const box = (await page.locator('iframe').boundingBox())!;
      // A point of the frame's own margin, where only its background (or the host's) shows.
      await expect
        .poll(() => pixelAt(page, box.x + 3, box.y + 3))
        .toBe(expected === 'host' ? host : expected);
    });
  }
});

test.describe('a host of another origin', () => {
  test('sizes frames far below the fold before the reader scrolls to them (an off-screen frame is not rendered)', async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // three frames load in full before any is scrolled to
    // The app at 127.0.0.1, the host at localhost: another site, whose off-screen frames Chromium does
    // not render (no ResizeObserver, no animation frames) until they are scrolled into view.
    const app = new URL(baseURL ?? '').href.replace('//localhost', '//127.0.0.1');
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(new URL('/fixtures/plain.html', baseURL).href);
    const views = ['budget', 'timeline/3', 'years'];
    await page.evaluate(
      ({ app, views }) => {
        const pasted = document.getElementById('pasted')!;
        for (const view of views) {
          const gap = document.createElement('div');
          gap.style.height = '2000px';
          const frame = document.createElement('iframe');
          frame.src = `${app}index.html?embed#/${view}`;
          frame.title = view;
          frame.height = '640';
          frame.style.cssText = 'border:0;width:100%';
          frame.setAttribute('data-cluster-policy-explorer', '');
          pasted.append(gap, frame);
        }
        const script = document.createElement('script');
        script.src = `${app}embed.js`;
        document.body.append(script);
      },
      { app, views },
    );
    const frames = page.locator('iframe');
    for (let index = 0; index < views.length; index += 1) {
      // Sized to its content (not the snippet's 640 px) while still off screen.
      await expect
        .poll(() => frames.nth(index).evaluate((el) => el.style.height), { timeout: 15_000 })
        .toMatch(/^\d+px$/);
      const offScreen = await frames
        .nth(index)
        .evaluate((el) => el.getBoundingClientRect().top > window.innerHeight);
      expect(offScreen).toBe(true);
    }
    // Scrolled to, each frame keeps that height: it was its content's.
    for (let index = 0; index < views.length; index += 1) {
      const iframe = frames.nth(index);
      const sent = await iframe.evaluate((el) => el.style.height);
      await iframe.scrollIntoViewIfNeeded();
      const frame = page.frameLocator('iframe').nth(index);
      await expect(frame.locator('svg').first()).toBeVisible();
      await expect
        .poll(() =>
          frame
            .locator('html')
            .evaluate((el) => `${Math.ceil(el.getBoundingClientRect().height)}px`),
        )
        .toBe(sent);
    }
    await context.close();
  });
});
