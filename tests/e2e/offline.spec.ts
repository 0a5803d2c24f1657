import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { test } from './fixtures';
import { hostedCsp } from '../../scripts/csp';

const offlineFile = resolve(import.meta.dirname, '../../dist/cluster-policy-explorer-offline.html');

base('the offline file works alone from file://, with no network', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  await page.goto(`${pathToFileURL(offlineFile).href}#/budget`);
  const program = page.getByRole('button', {
    name: /^Regional Innovation Cluster Program, 12,065/,
  });
  await expect(program).toBeVisible();
  await program.click();
  await expect(page.getByRole('link', { name: /^Global Type, 7,942 million yen/ })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByText('13 / 16', { exact: true })).toBeVisible();
  // Embedding needs an address another page can load: the offline file says so, no file:// snippet.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toContainText('open the hosted copy');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  // The budgets by year and the regions, with their data and the map, are in the file too.
  await page.goto(`${pathToFileURL(offlineFile).href}#/present/15`);
  await expect(page.locator('.years-chart')).toBeVisible();
  await page.goto(`${pathToFileURL(offlineFile).href}#/regions`);
  await expect(page.locator('.region-map .marker')).toHaveCount(20);
  expect(problems).toEqual([]);
});

test('the hosted build runs under exactly its strict Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  await page.goto('./#/budget');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  // The first view's stylesheet is in the page (no request blocks the first paint), allowed by its hash.
  const html = await (await page.request.get('./')).text();
  expect(html).not.toMatch(/<link[^>]+stylesheet/);
  expect(policy).toBe(hostedCsp(html));
  expect(policy).toMatch(
    /^default-src 'self'; script-src 'self'; style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'$/,
  );
  await page.getByRole('button', { name: /^Regional Innovation Cluster Program/ }).click();
  await expect(page.getByRole('link', { name: /^Global Type/ })).toBeVisible();
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Image (PNG, 3840 × 2160)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^How the programs came together/ }),
  ).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
  // The regions' export: the map's shading and patterns drawn into a PNG under the same policy.
  await page.goto('./#/regions');
  await expect(page.locator('.region-map .marker').first()).toBeVisible();
  await page.getByText('Download', { exact: true }).click();
  const [map] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Image (PNG, 3840 × 2160)' }).click(),
  ]);
  expect(map.suggestedFilename()).toBe('regions.png');
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});
