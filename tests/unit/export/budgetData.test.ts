import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import { words } from '../../fixtures/words';
import {
  budgetBreakdownRows,
  budgetCsvRows,
  budgetJson,
  budgetRows,
} from '../../../src/lib/export/budgetData';
import { buildBudgetTree } from '../../../src/lib/data/budgetTree';

describe('budget data', () => {
  const root = buildBudgetTree(dataset, 2010);

  it('holds the tiles, the residual and the stated total, in both languages', () => {
    const rows = budgetRows(root, 'regional-innovation-cluster-program', dataset, words)!;
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
    expect(budgetRows(root, 'global-type', dataset, words)).toBeNull();
  });

  it('writes app-text values (kinds, confidence) in Japanese in a Japanese CSV, data as it is', () => {
    const rows = budgetRows(root, null, dataset, words)!;
    const [header, first, ...rest] = budgetCsvRows(rows, words.ja);
    const column = (name: string) => header!.indexOf(name);
    expect(first![column('種別')]).toBe('プログラム');
    expect(first![column('出典の種類')]).toBe('一次資料（文書）');
    expect(first![column('確度')]).toBe('一次資料');
    expect(first![column('引用か記録か')]).toBe('引用');
    expect(rest.at(-1)![column('種別')]).toBe('掲載プログラムの合計');
    expect(first![column('ID')]).toBe(rows[0]!.id);
    expect(first![column('名称（英語）')]).toBe(rows[0]!.nameEn);
    // English keeps the values the JSON has.
    const [enHeader, enFirst] = budgetCsvRows(rows, words.en);
    expect(enFirst![enHeader!.indexOf('Kind of source')]).toBe('primary document');
  });

  it('has headers in the interface language and plain numbers', () => {
    const rows = budgetRows(root, null, dataset, words)!;
    const [en] = budgetCsvRows(rows, words.en);
    const [ja] = budgetCsvRows(rows, words.ja);
    expect(en).toContain('Amount (million yen)');
    expect(ja).toContain('金額（百万円）');
    expect(budgetCsvRows(rows, words.en).at(-1)?.slice(0, 7)).toEqual([
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
    const rows = budgetBreakdownRows(root, dataset, words);
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
    const [header] = budgetCsvRows(rows, words.en);
    expect(header).toEqual(
      expect.arrayContaining(['Parent ID', 'Kind of source', 'Confidence', 'Quote or note']),
    );
  });

  it('as JSON: level, tiles, total and sources', () => {
    const json = budgetJson(root, null, 2010, dataset, words) as Record<string, unknown>;
    expect(json).toMatchObject({
      fiscalYear: 2010,
      unit: 'million yen',
      total: { amountMillionYen: 14714 },
    });
    expect((json.tiles as unknown[]).length).toBe(2);
    expect((json.sources as { id: string }[]).map((s) => s.id)).toContain('seed-cluster-policy');
  });
});
