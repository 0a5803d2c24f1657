import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function download(
  page: Page,
  choice: string,
  menu = 'Download',
): Promise<{ name: string; body: Buffer }> {
  await page.getByText(menu, { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

const LEVEL = './#/budget/regional-innovation-cluster-program';

test.describe('downloads', () => {
  test('PNG: a 2× slide at least 1920 px wide, named for the level', async ({ page }) => {
    await page.goto(LEVEL);
    await expect(page.getByRole('link', { name: /^Global Type/ })).toBeVisible();
    const { name, body } = await download(page, 'Image (PNG, 3840 × 2160)');
    expect(name).toBe('fy2010-budget-regional-innovation-cluster-program.png');
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(body.readUInt32BE(16)).toBe(3840);
    expect(body.readUInt32BE(20)).toBe(2160);
    await expect(page.getByRole('status')).toHaveText(`Downloaded ${name}`);
  });

  test('SVG: standalone XML with the labels as text, title and source line', async ({ page }) => {
    await page.goto('./#/budget');
    await expect(
      page.getByRole('button', { name: /^Regional Innovation Cluster Program/ }),
    ).toBeVisible();
    const { name, body } = await download(page, 'Vector image (SVG)');
    expect(name).toBe('fy2010-budget.svg');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        name: root.localName,
        ns: root.namespaceURI,
        width: root.getAttribute('width'),
        // Wrapped lines are separate <text>/<tspan> elements: read them as words, one space apart.
        text: [...doc.querySelectorAll('text, tspan')]
          .filter((node) => node.querySelector('tspan') === null)
          .map((node) => node.textContent)
          .join(' ')
          .replace(/\s+/g, ' '),
        classes: doc.querySelectorAll('[class]').length,
        hidden: doc.querySelectorAll('[visibility="hidden"]').length,
      };
    }, body.toString('utf8'));
    expect(parsed).toMatchObject({
      error: 0,
      name: 'svg',
      ns: 'http://www.w3.org/2000/svg',
      width: '1920',
      classes: 0,
      hidden: 0,
    });
    expect(parsed.text).toContain('Regional Innovation Cluster Program');
    expect(parsed.text).toContain('12,065 million yen');
    expect(parsed.text).toContain('FY2010 budget: Sum of the listed programs (14,714 million yen)');
    expect(parsed.text).toMatch(/Source: Cluster Policy of/);
    // A seed document by title and publisher, never by its file in the repository.
    expect(parsed.text).not.toMatch(/shared\/|seeds\//);
  });

  test('CSV: BOM, the figures, names in both languages, sources', async ({ page }) => {
    await page.goto(LEVEL);
    await expect(page.getByRole('link', { name: /^Global Type/ })).toBeVisible();
    const { name, body } = await download(page, 'Data (CSV)');
    expect(name).toBe('fy2010-budget-regional-innovation-cluster-program.csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = body.toString('utf8');
    expect(csv).toContain('Amount (million yen)');
    // The whole breakdown, each row with its parent, its source, the kind of source and its confidence.
    expect(csv).toContain(
      'global-type,regional-innovation-cluster-program,part,Global Type,グローバル型,7942,65.8,',
    );
    expect(csv).toMatch(
      /regional-innovation-cluster-program,root,program,Regional Innovation Cluster Program,地域イノベーションクラスタープログラム,12065,82,/,
    );
    expect(csv).toContain('function-support-type,self-sustaining-management-program,part');
    expect(csv).toContain('Not itemized in the source,出典で内訳なし,123');
    expect(csv).toContain(',MEXT,,primary document,primary,quote,');
    expect(csv).not.toMatch(/shared\/|seeds\/|\.txt/);
    expect(csv.split('\r\n').length).toBeGreaterThan(4);
  });

  test('JSON, in Japanese: parses, with the figures and sources; headers follow the language', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./?lang=ja#/budget');
    await expect(
      page.getByRole('button', { name: /^地域イノベーションクラスタープログラム/ }),
    ).toBeVisible();
    const json = await download(page, 'データ（JSON）', 'ダウンロード');
    expect(json.name).toBe('fy2010-budget.json');
    const data = JSON.parse(json.body.toString('utf8'));
    expect(data.total.amountMillionYen).toBe(14714);
    expect(data.tiles[0]).toMatchObject({
      id: 'regional-innovation-cluster-program',
      amountMillionYen: 12065,
    });
    expect(data.sources.length).toBeGreaterThan(0);
    const csv = await download(page, 'データ（CSV）', 'ダウンロード');
    expect(csv.body.toString('utf8')).toContain('金額（百万円）');
  });

  test('timeline: data of the steps, file named for the step', async ({ page }) => {
    await page.goto('./#/timeline/7');
    await expect(
      page.getByRole('heading', { level: 1, name: /^How the programs came together/ }),
    ).toBeVisible();
    const { name, body } = await download(page, 'Data (CSV)');
    expect(name).toBe('timeline-step-7-unification.csv');
    expect(body.toString('utf8')).toContain('2nd Science and Technology Basic Plan');
  });
});

test('timeline SVG: label halos stay under the text (paint-order kept)', async ({ page }) => {
  await page.goto('./#/timeline/7');
  await expect(
    page.getByRole('heading', { level: 1, name: /^How the programs came together/ }),
  ).toBeVisible();
  const { body } = await download(page, 'Vector image (SVG)');
  const haloed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    return [...doc.querySelectorAll('text')]
      .filter((node) => (node.getAttribute('stroke') ?? 'none') !== 'none')
      .map((node) => ({ text: node.textContent, paintOrder: node.getAttribute('paint-order') }));
  }, body.toString('utf8'));
  // The labels drawn beside their bands have a halo in the page's background colour.
  expect(haloed.map((label) => label.text)).toContainEqual(
    expect.stringMatching(/^Project for the Strategic Development/),
  );
  for (const label of haloed) expect(label).toMatchObject({ paintOrder: 'stroke' });
});

test('timeline SVG is the slide: title and caption whole, chart type ≥ 20 px, no guide line', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./#/timeline/7');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { body } = await download(page, 'Vector image (SVG)');
  const slide = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = doc.documentElement;
    const chart = root.querySelector('svg')!;
    const box = {
      width: Number(chart.getAttribute('width')),
      height: Number(chart.getAttribute('height')),
    };
    const [, , vbWidth, vbHeight] = chart.getAttribute('viewBox')!.split(/\s+/).map(Number);
    const scale = Math.min(box.width / vbWidth!, box.height / vbHeight!);
    const outer = [...root.children].filter((node) => node.localName === 'text');
    return {
      words: outer.map((node) => node.textContent).join(' '),
      outerSmallest: Math.min(...outer.map((node) => Number(node.getAttribute('font-size')))),
      chartSmallest: Math.min(
        ...[...chart.querySelectorAll('text')]
          .filter((node) => node.getAttribute('display') !== 'none' && node.textContent?.trim())
          .map((node) => parseFloat(node.getAttribute('font-size') ?? '0') * scale),
      ),
      lines: chart.querySelectorAll('line').length,
    };
  }, body.toString('utf8'));
  // The title and the whole caption, every word, in order (lines joined with a space).
  expect(slide.words).toContain(
    'FY2010: Programs unified under the Project for Developing Innovation Systems',
  );
  expect(slide.words).toContain(
    'to strengthen collaboration and promote the self-sustainability of the regions.',
  );
  expect(slide.words).toMatch(/Source: /);
  expect(slide.outerSmallest).toBeGreaterThanOrEqual(20);
  expect(slide.chartSmallest).toBeGreaterThanOrEqual(20);
});

test.describe('downloads of the budgets by year and the regions', () => {
  test('years CSV and JSON: every figure with kind, confidence, unit, million yen and document', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./#/years');
    await expect(page.locator('.years-chart')).toBeVisible();
    const csv = await download(page, 'Data (CSV)');
    expect(csv.name).toBe('budgets-by-year.csv');
    const text = csv.body.toString('utf8');
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain(
      'Amount as the source writes it,Unit in the source,Amount (million yen)',
    );
    expect(text).toContain(
      'kci-fy2005,knowledge-cluster-initiative,Knowledge Cluster Initiative,知的クラスター創成事業,2005,,budget,予算額,,,high,100億円,億円,10000,',
    );
    expect(text).toContain(
      'MEXT web page: outline of the Knowledge Cluster Initiative,MEXT,mext.go.jp/a_menu/kagaku/chiiki/cluster/outline.htm',
    );
    expect(text).toContain(',request,');
    expect(text).toContain('Phase I only');
    expect(text).not.toMatch(/shared\/seeds/);
    const json = await download(page, 'Data (JSON)');
    expect(json.name).toBe('budgets-by-year.json');
    const data = JSON.parse(json.body.toString('utf8'));
    expect(data.figures.length).toBe(text.trim().split('\r\n').length - 1);
    for (const figure of data.figures) {
      expect(figure).toMatchObject({
        kind: expect.any(String),
        confidence: expect.stringMatching(/^(primary|high|med)$/),
        sourceUnit: expect.any(String),
        amountMillionYen: expect.any(Number),
        source: { title: expect.any(String), publisher: expect.any(String) },
      });
    }
    expect(data.figures.find((f: { id: string }) => f.id === 'cap-fy2009-request')).toMatchObject({
      kind: 'request',
      sourceAmount: '5,500百万円',
      amountMillionYen: 5500,
      source: { address: 'mext.go.jp/a_menu/hyouka/kekka/08100105/071.htm' },
    });
  });

  test('regions CSV and JSON: counts, totals and the 20 regions with their pages', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./?lang=ja#/regions');
    await expect(page.locator('.region-map .marker').first()).toBeVisible();
    const csv = await download(page, 'データ（CSV）', 'ダウンロード');
    expect(csv.name).toBe('regions.csv');
    const text = csv.body.toString('utf8');
    expect(text).toContain('city-area-selected,city-area-fy2002,,city-area-program,2002,19,');
    expect(text).toContain('city-area-total,city-area-total,,city-area-program,,69,');
    expect(text).toContain(
      'region,tottori-cut,20,ricp-fy2010-priority,2010,,米子・境,true,鳥取県,鳥取県,',
    );
    expect(text).toContain('出典資料');
    const json = await download(page, 'データ（JSON）', 'ダウンロード');
    const data = JSON.parse(json.body.toString('utf8'));
    expect(data.records.filter((r: { record: string }) => r.record === 'region')).toHaveLength(20);
    expect(data.map).toMatch(/CC BY 4\.0/);
  });

  for (const [view, name, words] of [
    ['years', 'budgets-by-year', ['Budgets by fiscal year, FY2002–FY2011', '12,065', 'request']],
    [
      'regions',
      'regions',
      ['Knowledge Cluster Phase II and FY2010 regions on a map', '19', 'CC BY 4.0'],
    ],
  ] as const) {
    test(`${view} SVG and PNG are the slide: title, chart, source line`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`./#/${view}`);
      await expect(page.locator('svg[data-export-chart]').first()).toBeVisible();
      const svg = await download(page, 'Vector image (SVG)');
      expect(svg.name).toBe(`${name}.svg`);
      const slide = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          width: root.getAttribute('width'),
          text: [...doc.querySelectorAll('text')].map((n) => n.textContent).join(' '),
          charts: root.querySelectorAll('svg').length,
          classes: doc.querySelectorAll('[class]').length,
          // The chart is drawn off screen for the export: none of it may arrive hidden.
          hidden: doc.querySelectorAll('[visibility="hidden"]').length,
        };
      }, svg.body.toString('utf8'));
      expect(slide).toMatchObject({ error: 0, width: '1920', classes: 0, hidden: 0 });
      expect(slide.charts).toBeGreaterThan(0);
      for (const word of words) expect(slide.text).toContain(word);
      // The regions' map keyed as on the slide: every numbered region by name, the cut one marked.
      if (view === 'regions') {
        for (const name of [
          '札幌周辺を核とする道央地域',
          '久留米地域',
          'いわて県央・釜石地域',
          '米子・境',
        ]) {
          expect(slide.text).toContain(name);
        }
        expect(slide.text).toContain('name cut off in the stored page');
      }
      expect(slide.text).toMatch(/Sources \(\d+ documents/);
      const png = await download(page, 'Image (PNG, 3840 × 2160)');
      expect(png.name).toBe(`${name}.png`);
      expect(png.body.readUInt32BE(16)).toBe(3840);
      expect(png.body.readUInt32BE(20)).toBe(2160);
    });
  }
});
