import { describe, expect, it } from 'vitest';
import {
  BLANK_RECORD,
  cityAreaRecords,
  fy2010SelectionRecord,
  historyCsvRows,
  historyJson,
  knowledgeClusterRecords,
  regionRecords,
  regionsCsvRows,
  regionsJson,
  regionsRows,
  yearsCsvRows,
  yearsJson,
  yearsRows,
  type DocumentRef,
} from '../../../src/lib/export/historyData';
import { laneBudgets, yearFigures } from '../../../src/lib/data/history/yearFigures';
import { dataset } from '../../fixtures/dataset';
import { history } from '../../fixtures/history';

describe('budgets-by-year data', () => {
  const rows = yearsRows(dataset, history);

  it('carries every figure with its kind, confidence, unit, amount and document', () => {
    expect(rows).toHaveLength(
      dataset.budgetLines.filter((l) => l.role === 'stated-total').length + history.budgets.length,
    );
    for (const row of rows) {
      expect(row.kind).toMatch(/^(budget|government-budget|government-draft|request)$/);
      expect(row.confidence).toMatch(/^(primary|high|med)$/);
      expect(row.sourceUnit).not.toBeNull();
      expect(row.amountMillionYen).toBeGreaterThan(0);
      expect(row.source.title.length).toBeGreaterThan(0);
      expect(row.source.publisher.length).toBeGreaterThan(0);
      // Documents are cited by title, publisher and address, never by a file of this repository.
      expect(row.source.address ?? '').not.toMatch(/shared\/|seeds\//);
    }
    expect(rows.find((r) => r.id === 'kci-fy2005')).toMatchObject({
      sourceAmount: '100億円',
      sourceUnit: '億円',
      amountMillionYen: 10000,
      kind: 'budget',
      confidence: 'high',
      source: {
        publisher: 'MEXT',
        address: 'mext.go.jp/a_menu/kagaku/chiiki/cluster/outline.htm',
      },
    });
    expect(rows.find((r) => r.id === 'kci-fy2008-phase1')?.partOfProgram?.en).toBe('Phase I only');
    const seed = rows.find(
      (r) => r.programId === 'regional-innovation-cluster-program' && r.confidence === 'primary',
    );
    expect(seed).toMatchObject({ amountMillionYen: 12065, sourceUnit: 'million yen' });
    expect(seed?.source.address).toBeNull();
  });

  it('CSV: a header in the screen language, then a line per figure', () => {
    const en = yearsCsvRows(rows, 'en');
    expect(en[0]).toContain('Amount (million yen)');
    expect(en[0]).toContain('Confidence');
    expect(yearsCsvRows(rows, 'ja')[0]).toContain('金額（百万円）');
    expect(en).toHaveLength(rows.length + 1);
  });

  it('CSV: a figure’s kind and confidence in Japanese in a Japanese CSV, as the JSON has them in English', () => {
    const index = rows.findIndex((r) => r.kind === 'government-budget');
    const [header, ...lines] = yearsCsvRows(rows, 'ja');
    const [enHeader, ...enLines] = yearsCsvRows(rows, 'en');
    expect(lines[index]?.[header!.indexOf('種別')]).toBe('政府予算');
    expect(enLines[index]?.[enHeader!.indexOf('Kind')]).toBe('government-budget');
    const confidence = lines.map((line) => line[header!.indexOf('確度')]);
    expect(new Set(confidence)).toEqual(new Set(['一次資料', '高', '中']));
  });

  it('CSV: the part of the program a figure covers in the screen language', () => {
    const index = rows.findIndex((r) => r.id === 'kci-fy2008-phase1');
    const column = yearsCsvRows(rows, 'en')[0]?.indexOf('Covers part of the program') ?? -1;
    const part = (locale: 'en' | 'ja') => yearsCsvRows(rows, locale)[index + 1]?.[column];
    expect(column).toBeGreaterThan(0);
    expect(part('en')).toBe('Phase I only');
    expect(part('ja')).toBe(rows[index]?.partOfProgram?.ja);
    expect(part('ja')).not.toBe(part('en'));
  });

  it('JSON lists the programs, figures and the documents they cite', () => {
    const json = yearsJson(dataset, history) as { figures: unknown[]; sources: { id: string }[] };
    expect(json.figures).toHaveLength(rows.length);
    expect(new Set(json.sources.map((s) => s.id))).toEqual(new Set(rows.map((r) => r.source.id)));
  });
});

describe('regions data', () => {
  const rows = regionsRows(dataset, history);

  it('has the yearly City Area counts, the totals and the 20 regions', () => {
    expect(rows.filter((r) => r.record === 'city-area-selected').map((r) => r.count)).toEqual([
      19, 9, 9, 13, 9, 10,
    ]);
    expect(rows.find((r) => r.record === 'city-area-total')?.count).toBe(69);
    expect(rows.find((r) => r.record === 'kc-phase1')?.count).toBe(18);
    expect(rows.filter((r) => r.record === 'region')).toHaveLength(20);
    expect(rows.find((r) => r.id === 'tottori-cut')).toMatchObject({
      name: '米子・境',
      nameCut: true,
    });
    for (const row of rows) expect(row.source.title.length).toBeGreaterThan(0);
    expect(regionsCsvRows(rows, 'en')).toHaveLength(rows.length + 1);
    const json = regionsJson(dataset, history) as { records: unknown[]; map: string };
    expect(json.records).toHaveLength(rows.length);
    expect(json.map).toMatch(/CC BY 4\.0/);
  });
});

const doc = (id: string): DocumentRef => ({ id, title: `T ${id}`, publisher: 'P', address: null });
const blank = BLANK_RECORD;
const cited = (sourceId: string) => ({ sourceId, confidence: 'high' as const, verbatim: 'v' });

describe('historyCsvRows and historyJson', () => {
  it('give the years or the regions view', () => {
    expect(historyCsvRows('years', dataset, history, 'en')).toEqual(
      yearsCsvRows(yearsRows(dataset, history), 'en'),
    );
    expect(historyCsvRows('regions', dataset, history, 'ja')).toEqual(
      regionsCsvRows(regionsRows(dataset, history), 'ja'),
    );
    expect(historyJson('years', dataset, history)).toEqual(yearsJson(dataset, history));
    expect(historyJson('regions', dataset, history)).toEqual(regionsJson(dataset, history));
  });
});

describe('cityAreaRecords', () => {
  it('gives a line per fiscal year of selections, then the total', () => {
    const cityArea = {
      selections: { ...cited('s'), years: [{ fiscalYear: 2002, count: 19 }] },
      total: { ...cited('t'), count: 69, wording: { en: 'in all', ja: '計' } },
    };
    expect(cityAreaRecords(cityArea, doc)).toEqual([
      {
        ...blank,
        record: 'city-area-selected',
        id: 'city-area-fy2002',
        scheme: 'city-area-program',
        fiscalYear: 2002,
        count: 19,
        confidence: 'high',
        verbatim: 'v',
        source: doc('s'),
      },
      {
        ...blank,
        record: 'city-area-total',
        id: 'city-area-total',
        scheme: 'city-area-program',
        count: 69,
        noteEn: 'in all',
        noteJa: '計',
        confidence: 'high',
        verbatim: 'v',
        source: doc('t'),
      },
    ]);
  });
});

describe('knowledgeClusterRecords', () => {
  it('gives Phase I, FY2002 and the start of Phase II', () => {
    const note = { en: 'e', ja: 'j' };
    const kc = {
      phase1: { ...cited('a'), count: 18, note },
      fy2002: { ...cited('b'), regions: 12, clusters: 10, trialRegions: 6, note },
      phase2Start: { ...cited('c'), count: 9, fiscalYear: 2007 },
    };
    expect(knowledgeClusterRecords(kc, doc)).toEqual([
      {
        ...blank,
        record: 'kc-phase1',
        id: 'knowledge-cluster-phase-1',
        scheme: 'knowledge-cluster-phase-1',
        count: 18,
        noteEn: 'e',
        noteJa: 'j',
        confidence: 'high',
        verbatim: 'v',
        source: doc('a'),
      },
      {
        ...blank,
        record: 'kc-fy2002',
        id: 'knowledge-cluster-fy2002',
        scheme: 'knowledge-cluster-phase-1',
        fiscalYear: 2002,
        count: 12,
        noteEn: 'e',
        noteJa: 'j',
        confidence: 'high',
        verbatim: 'v',
        source: doc('b'),
      },
      {
        ...blank,
        record: 'kc-phase2-start',
        id: 'knowledge-cluster-phase-2-start',
        scheme: 'knowledge-cluster-phase-2',
        fiscalYear: 2007,
        count: 9,
        confidence: 'high',
        verbatim: 'v',
        source: doc('c'),
      },
    ]);
  });
});

describe('fy2010SelectionRecord', () => {
  it('counts the regions selected, with the proposals in both languages’ note', () => {
    const record = fy2010SelectionRecord(
      { sourceId: 's', confidence: 'med', selected: 3, proposals: 7 },
      doc,
    );
    expect(record).toEqual({
      ...blank,
      noteEn: expect.stringMatching(/^3 regions selected of 7 proposals\. /),
      noteJa: expect.stringMatching(/^7件の提案から3地域を選定。/),
      record: 'fy2010-selection',
      id: 'fy2010-selection',
      scheme: 'ricp-fy2010-priority',
      fiscalYear: 2010,
      count: 3,
      confidence: 'med',
      source: doc('s'),
    });
  });
});

describe('regionRecords', () => {
  it('numbers the regions as the map does: Phase II first, then by year', () => {
    const region = (id: string, scheme: 'knowledge-cluster-phase-2' | 'ricp-fy2010-priority') => ({
      id,
      scheme,
      fromFiscalYear: 2007,
      name: `名${id}`,
      nameCut: false,
      placesNamed: '北海道、札幌市',
      prefectures: [
        { id: 'hokkaido', name: '北海道' },
        { id: 'aomori', name: '青森県' },
      ],
      startSourceId: null,
      startConfidence: 'high' as const,
      ...cited('s'),
    });
    const records = regionRecords(
      [region('late', 'ricp-fy2010-priority'), region('early', 'knowledge-cluster-phase-2')],
      doc,
    );
    expect(records).toEqual([
      {
        ...blank,
        record: 'region',
        id: 'early',
        number: 1,
        scheme: 'knowledge-cluster-phase-2',
        fiscalYear: 2007,
        name: '名early',
        nameCut: false,
        placesNamed: '北海道、札幌市',
        prefectures: '北海道、青森県',
        confidence: 'high',
        verbatim: 'v',
        source: doc('s'),
      },
      expect.objectContaining({ id: 'late', number: 2 }),
    ]);
  });
});

describe('a timeline lane’s sourced budgets', () => {
  it('are its own figures by year, a corroborating figure left out, each with its publisher', () => {
    const figures = yearFigures(dataset, history);
    const kci = laneBudgets(figures, 'knowledge-cluster-initiative');
    expect(kci.map((b) => [b.fiscalYear, b.amountMillionYen, b.kind])).toEqual([
      [2003, 6900, 'budget'],
      [2004, 9000, 'government-budget'],
      [2005, 10000, 'budget'],
      [2006, 10000, 'government-budget'],
      [2008, 1600, 'budget'],
      [2009, 3200, 'request'],
    ]);
    expect(kci[4]?.covers?.en).toBe('Phase I only');
    expect(kci[2]?.publisher).toBe('MEXT');
    const ricp = laneBudgets(figures, 'regional-innovation-cluster-program');
    expect(ricp.map((b) => b.amountMillionYen)).toEqual([12065]);
    expect(laneBudgets(figures, 'no-such-program')).toEqual([]);
  });
});
