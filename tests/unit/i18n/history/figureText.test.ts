import { describe, expect, it } from 'vitest';
import { historyT } from '../../../../src/lib/i18n/history';
import { budgetLine, figureYears } from '../../../../src/lib/i18n/history/figureText';
import type { LaneBudget } from '../../../../src/lib/data/history/yearFigures';

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
