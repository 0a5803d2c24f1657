import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/parse';
import { rawDataset } from '../fixtures/dataset';
import { parseRoute, presentHref } from '../../src/lib/routing/route';
import { buildSlides, resolveSlide, slideForRoute, viewHrefOf } from '../../src/lib/routing/slides';
import { exportSubjectOf } from '../../src/lib/routing/exportSubject';
import { exportFileName } from '../../src/lib/export/fileName';
import { BOM, csvField, toCsv } from '../../src/lib/export/csv';
import {
  budgetBreakdownRows,
  budgetCsvRows,
  budgetJson,
  budgetRows,
} from '../../src/lib/export/budgetData';
import { timelineCsvRows, timelineRows } from '../../src/lib/export/timelineData';
import { buildBudgetTree } from '../../src/lib/data/budgetTree';
import {
  embedUrl,
  fullAppUrl,
  canEmbedFrom,
  iframeSnippet,
  isEmbed,
} from '../../src/lib/share/embed';
import {
  buildCsp,
  HOSTED_CSP,
  inlineBlocks,
  insertCspMeta,
  sha256Source,
  standaloneCsp,
} from '../../scripts/csp';

const loaded = loadDataset(rawDataset);
if (!loaded.ok) throw new Error(loaded.error);
const dataset = loaded.dataset;

describe('presentation routes', () => {
  it.each([
    ['#/present', { view: 'present', slide: null }],
    ['#/present/4', { view: 'present', slide: '4' }],
    ['#/present/x', { view: 'present', slide: 'x' }],
    ['#/present/4/5', { view: 'not-found', path: '/present/4/5' }],
  ])('%s', (hash, expected) => expect(parseRoute(hash)).toEqual(expected));

  it('round-trips presentHref', () => {
    expect(parseRoute(presentHref(7))).toEqual({ view: 'present', slide: '7' });
    expect(presentHref()).toBe('#/present');
  });
});

describe('slides', () => {
  const slides = buildSlides(dataset);

  it('are the whole timeline, its steps, the whole budget, each program, years, regions', () => {
    const names = slides.map((s) =>
      s.kind === 'overview'
        ? `all:${s.step}`
        : s.kind === 'timeline'
          ? `t${s.step}`
          : s.kind === 'budget'
            ? `b:${s.programId}`
            : s.kind,
    );
    expect(names).toEqual([
      `all:${dataset.milestones.length}`,
      ...dataset.milestones.map((_, i) => `t${i + 1}`),
      'b:null',
      'b:regional-innovation-cluster-program',
      'b:self-sustaining-management-program',
      'years',
      'regions',
    ]);
    expect(slides.map((s) => s.number)).toEqual(slides.map((_, i) => i + 1));
  });

  it.each([
    ['3', 13, { number: 3, adjusted: false }],
    ['0', 13, { number: 1, adjusted: true }],
    ['99', 13, { number: 13, adjusted: true }],
    ['-2', 13, { number: 1, adjusted: true }],
    ['03', 13, { number: 3, adjusted: true }],
    [null, 13, { number: 1, adjusted: true }],
    ['two', 13, null],
    ['1.5', 13, null],
    ['1', 0, null],
  ])('resolveSlide(%s, %i)', (segment, count, expected) =>
    expect(resolveSlide(segment, count)).toEqual(expected),
  );

  it('maps views to slides and back', () => {
    const n = dataset.milestones.length;
    expect(slideForRoute(slides, { view: 'budget', programId: null })).toBe(n + 2);
    expect(
      slideForRoute(slides, { view: 'budget', programId: 'self-sustaining-management-program' }),
    ).toBe(n + 4);
    expect(slideForRoute(slides, { view: 'timeline', step: '4' })).toBe(5);
    expect(slideForRoute(slides, { view: 'timeline', step: null })).toBe(1);
    expect(slideForRoute(slides, { view: 'budget', programId: 'global-type' })).toBe(1);
    expect(viewHrefOf(slides[0]!)).toBe('#/timeline');
    expect(viewHrefOf(slides[4]!)).toBe('#/timeline/4');
    expect(viewHrefOf(slides[n + 2]!)).toBe('#/budget/regional-innovation-cluster-program');
    expect(slideForRoute(slides, { view: 'years' })).toBe(n + 5);
    expect(slideForRoute(slides, { view: 'regions' })).toBe(n + 6);
    expect(viewHrefOf(slides[n + 4]!)).toBe('#/years');
    expect(viewHrefOf(slides[n + 5]!)).toBe('#/regions');
  });
});

describe('export file names', () => {
  it('say what is in them', () => {
    const subject = exportSubjectOf(
      { view: 'budget', programId: 'regional-innovation-cluster-program' },
      dataset,
    );
    expect(subject && exportFileName(subject, 'png')).toBe(
      'fy2010-budget-regional-innovation-cluster-program.png',
    );
    expect(exportFileName({ kind: 'budget', fiscalYear: 2010, programId: null }, 'csv')).toBe(
      'fy2010-budget.csv',
    );
    const step = exportSubjectOf({ view: 'timeline', step: '7' }, dataset);
    expect(step && exportFileName(step, 'svg')).toBe('timeline-step-7-unification.svg');
    expect(exportSubjectOf({ view: 'timeline', step: 'x' }, dataset)).toBeNull();
    const years = exportSubjectOf({ view: 'years' }, dataset);
    expect(years && exportFileName(years, 'json')).toBe('budgets-by-year.json');
    const regions = exportSubjectOf({ view: 'regions' }, dataset);
    expect(regions && exportFileName(regions, 'png')).toBe('regions.png');
    expect(exportSubjectOf({ view: 'not-found', path: '/x' }, dataset)).toBeNull();
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [12065, '12065'],
    [null, ''],
    ['グローバル型', 'グローバル型'],
  ])('quotes %j as RFC 4180 says', (cell, expected) => expect(csvField(cell)).toBe(expected));

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe(`${BOM}a,b\r\n1,\r\n`);
  });
});

describe('budget data', () => {
  const root = buildBudgetTree(dataset, 2010);

  it('holds the tiles, the residual and the stated total, in both languages', () => {
    const rows = budgetRows(root, 'regional-innovation-cluster-program', dataset)!;
    expect(rows.map((r) => [r.id, r.kind, r.amountMillionYen, r.sharePercent])).toEqual([
      ['global-type', 'part', 7942, 65.8],
      ['city-area-type', 'part', 3000, 24.9],
      ['accelerative-support', 'part', 1000, 8.3],
      ['regional-innovation-cluster-program--unitemized', 'unitemized', 123, 1],
      ['regional-innovation-cluster-program', 'stated-total', 12065, 100],
    ]);
    expect(rows[0]).toMatchObject({ nameEn: 'Global Type', nameJa: 'グローバル型' });
    expect(rows[2]).toMatchObject({ nameEn: 'Accelerative Support', nameJa: null });
    expect(rows[3]).toMatchObject({
      nameEn: 'Not itemized in the source',
      nameJa: '出典で内訳なし',
    });
    expect(rows[0]?.sourceTitle).toMatch(/^Cluster Policy of/);
    expect(rows[0]?.quote).toMatch(/7,942/);
    expect(rows[0]).toMatchObject({
      parentId: 'regional-innovation-cluster-program',
      sourceKind: 'primary document',
      confidence: 'primary',
      citationKind: 'quote',
    });
    expect(budgetRows(root, 'global-type', dataset)).toBeNull();
  });

  it('has headers in the interface language and plain numbers', () => {
    const rows = budgetRows(root, null, dataset)!;
    const [en] = budgetCsvRows(rows, 'en');
    const [ja] = budgetCsvRows(rows, 'ja');
    expect(en).toContain('Amount (million yen)');
    expect(ja).toContain('金額（百万円）');
    expect(budgetCsvRows(rows, 'en').at(-1)?.slice(0, 7)).toEqual([
      'root',
      null,
      'sum-of-listed-programs',
      'Sum of the listed programs',
      '掲載プログラムの合計',
      14714,
      100,
    ]);
  });

  it('offers the whole breakdown: every level, each row with its parent', () => {
    const rows = budgetBreakdownRows(root, dataset);
    expect(rows.map((r) => [r.id, r.parentId, r.amountMillionYen])).toEqual([
      ['root', null, 14714],
      ['regional-innovation-cluster-program', 'root', 12065],
      ['global-type', 'regional-innovation-cluster-program', 7942],
      ['city-area-type', 'regional-innovation-cluster-program', 3000],
      ['accelerative-support', 'regional-innovation-cluster-program', 1000],
      [
        'regional-innovation-cluster-program--unitemized',
        'regional-innovation-cluster-program',
        123,
      ],
      ['self-sustaining-management-program', 'root', 2649],
      ['function-support-type', 'self-sustaining-management-program', 2041],
      ['coordinator-support-type', 'self-sustaining-management-program', 593],
      ['self-sustaining-management-program--unitemized', 'self-sustaining-management-program', 15],
    ]);
    const [header] = budgetCsvRows(rows, 'en');
    expect(header).toEqual(
      expect.arrayContaining(['Parent ID', 'Kind of source', 'Confidence', 'Quote or note']),
    );
  });

  it('as JSON: level, tiles, total and sources', () => {
    const json = budgetJson(root, null, 2010, dataset) as Record<string, unknown>;
    expect(json).toMatchObject({
      fiscalYear: 2010,
      unit: 'million yen',
      total: { amountMillionYen: 14714 },
    });
    expect((json.tiles as unknown[]).length).toBe(2);
    expect((json.sources as { id: string }[]).map((s) => s.id)).toContain('seed-cluster-policy');
  });
});

describe('timeline data', () => {
  it('has every step with citations', () => {
    const rows = timelineRows(dataset);
    expect(rows).toHaveLength(dataset.milestones.length);
    expect(rows[0]).toMatchObject({
      step: 1,
      id: 'second-basic-plan',
      date: '2001-03-30',
      titleJa: null,
    });
    const csv = timelineCsvRows(rows, 'en');
    expect(csv[0]).toContain('Citations');
    expect(csv[1]?.slice(8, 10)).toEqual(['primary document; recorded note', 'high']);
    expect(String(csv[1]?.[10])).toMatch(
      /^Cluster Policy of .* \(primary document, primary\): “The Second Science/,
    );
  });
});

describe('embed', () => {
  it('detects ?embed', () => {
    expect(isEmbed('?embed')).toBe(true);
    expect(isEmbed('?lang=ja&embed=1')).toBe(true);
    expect(isEmbed('?lang=ja')).toBe(false);
  });

  it('puts the look in the embed address, and leaves it out of the full app', () => {
    const href = 'https://example.org/a/?lang=en#/timeline/3';
    expect(embedUrl(href, 'en', { theme: 'dark', background: 'transparent' })).toBe(
      'https://example.org/a/?embed&lang=en&theme=dark&background=transparent#/timeline/3',
    );
    expect(embedUrl(href, 'ja', { theme: 'light', background: 'page' })).toBe(
      'https://example.org/a/?embed&lang=ja&theme=light#/timeline/3',
    );
    expect(embedUrl(href, 'en', { theme: 'auto', background: 'transparent' })).toBe(
      'https://example.org/a/?embed&lang=en&background=transparent#/timeline/3',
    );
    expect(
      fullAppUrl('https://example.org/a/?embed&lang=en&theme=dark&background=transparent#/budget'),
    ).toBe('https://example.org/a/?lang=en#/budget');
  });

  it('builds the embed and full-app addresses', () => {
    const href =
      'https://example.org/a/index.html?embed&childId=x&initialWidth=600&lang=ja#/budget/p';
    expect(embedUrl('https://example.org/a/?lang=en#/timeline/3', 'ja')).toBe(
      'https://example.org/a/?embed&lang=ja#/timeline/3',
    );
    expect(fullAppUrl(href)).toBe('https://example.org/a/index.html?lang=ja#/budget/p');
    expect(fullAppUrl('file:///media/usb/app.html?embed#/budget')).toBe(
      'file:///media/usb/app.html#/budget',
    );
  });

  it('escapes the snippet attributes; the script is embed.js beside the app', () => {
    expect(iframeSnippet('https://x/sub/?embed&lang=en#/budget', 'A "B"', 500)).toBe(
      '<iframe src="https://x/sub/?embed&amp;lang=en#/budget" title="A &quot;B&quot;" width="100%" height="500" style="border:0;width:100%" data-cluster-policy-explorer></iframe>\n' +
        '<script src="https://x/sub/embed.js" async></script>',
    );
  });

  it('gives a transparent frame the colour scheme of its content', () => {
    const src = 'https://x/sub/?embed&lang=en&theme=dark&background=transparent#/budget';
    expect(iframeSnippet(src, 'T', 500, { theme: 'dark', background: 'transparent' })).toContain(
      'style="border:0;width:100%;color-scheme:dark"',
    );
    expect(iframeSnippet(src, 'T', 500, { theme: 'auto', background: 'transparent' })).toContain(
      'style="border:0;width:100%;color-scheme:light dark"',
    );
    expect(iframeSnippet(src, 'T', 500, { theme: 'light', background: 'page' })).toContain(
      'style="border:0;width:100%"',
    );
  });

  it('is offered only from an address another page can load', () => {
    expect(canEmbedFrom('https://x/sub/index.html#/budget')).toBe(true);
    expect(canEmbedFrom('file:///home/me/cluster-policy-explorer-offline.html#/budget')).toBe(
      false,
    );
  });
});

describe('Content-Security-Policy', () => {
  it('hosted: no inline script, no eval, same-origin connections, no plugins', () => {
    expect(HOSTED_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
    expect(buildCsp({ a: ["'x'"], b: [] })).toBe("a 'x'; b");
  });

  it('standalone: allows exactly its own inline script and style by hash', () => {
    const html =
      '<html><head><meta charset="UTF-8" /><script type="module">go()</script><style>a{}</style><script src="x.js"></script></head></html>';
    expect(inlineBlocks(html)).toEqual({ scripts: ['go()'], styles: ['a{}'] });
    expect(sha256Source('go()')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const policy = standaloneCsp(html);
    expect(policy).toContain(`script-src ${sha256Source('go()')};`);
    expect(policy).toContain(`style-src ${sha256Source('a{}')};`);
    expect(policy).not.toMatch(/unsafe/);
    expect(insertCspMeta(html, "a 'b'")).toContain(
      '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="a \'b\'" />',
    );
  });
});
