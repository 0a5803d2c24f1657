import { describe, expect, it } from 'vitest';
import { historyT } from '../../../../src/lib/i18n/history';
import { budgetLine, figureWords, figureYears } from '../../../../src/lib/i18n/history/figureText';
import type { LaneBudget, YearFigure } from '../../../../src/lib/data/history/yearFigures';

const budget: LaneBudget = {
  id: 'x',
  fiscalYear: 2008,
  throughFiscalYear: null,
  amountMillionYen: 2000,
  kind: 'budget',
  covers: null,
  publisher: 'MEXT',
};

describe('figureYears', () => {
  it('gives one fiscal year, or the span of a figure over several', () => {
    expect(figureYears(budget, 'en')).toBe('FY2008');
    expect(figureYears({ fiscalYear: 2008, throughFiscalYear: 2010 }, 'ja')).toBe(
      '2008年度–2010年度',
    );
  });
});

describe('budgetLine', () => {
  it('gives the years and the amount of an enacted budget', () => {
    expect(budgetLine(budget, 'en', historyT('en'))).toBe('FY2008: 2,000');
  });

  it('names a kind other than an enacted budget and the part of the program it covers', () => {
    const request = {
      ...budget,
      kind: 'request' as const,
      covers: { en: 'Phase I only', ja: '第I期のみ' },
    };
    expect(budgetLine(request, 'en', historyT('en'))).toBe(
      'FY2008: 2,000 (request) (Phase I only)',
    );
    expect(budgetLine(request, 'ja', historyT('ja'))).toContain('(第I期のみ)');
  });
});

describe('figureWords', () => {
  const seed: YearFigure = {
    id: 'cluster-2010',
    programId: 'cluster',
    fiscalYear: 2010,
    throughFiscalYear: null,
    sourceAmount: '100 million yen',
    amountMillionYen: 100,
    kind: 'budget',
    sourceTerm: 'budget',
    covers: null,
    agreesWith: null,
    confidence: 'primary',
    source: { id: 'paper', title: 'White Paper', publisher: 'MEXT' },
    address: null,
    verbatim: '100',
    note: null,
    origin: 'seed',
  };
  const page: YearFigure = {
    ...seed,
    id: 'cluster-2008-2010',
    fiscalYear: 2008,
    throughFiscalYear: 2010,
    sourceAmount: '1億円',
    kind: 'government-budget',
    sourceTerm: '政府予算額',
    covers: { en: 'Phase I', ja: '第I期' },
    agreesWith: 'cluster-2010',
    confidence: 'med',
    source: { id: 'jst', title: 'Cluster page', publisher: 'JST' },
    address: 'jst.example',
    note: { en: 'The page gives the sum.', ja: '合計。' },
    origin: 'history',
  };
  const en = historyT('en');

  it('words a seed figure: its year, its amount once, its kind, and the seed as its note', () => {
    expect(figureWords(seed, [seed], 'en', en)).toEqual({
      years: 'FY2010',
      amount: '100 million yen',
      kind: 'budget',
      marks: [],
      note: 'The document “White Paper” gives this FY2010 figure.',
    });
  });

  it('words a page’s figure over several years, with the source’s term and every mark', () => {
    expect(figureWords(page, [seed, page], 'en', en)).toEqual({
      years: 'FY2008–FY2010',
      amount: '1億円 (100 million yen)',
      kind: 'government budget (政府予算額)',
      marks: [
        'part of the program: Phase I',
        'FY2008–FY2010 in all, not per year',
        'reported by JST',
        'agrees with 100 million yen, White Paper',
      ],
      note: 'Recorded from Cluster page: The page gives the sum.',
    });
    expect(figureWords(seed, [seed, page], 'en', en).marks).toEqual([
      'the same figure is given by JST (1億円)',
    ]);
  });
});
