import { describe, expect, it } from 'vitest';
import { BUDGET_YEAR, fiscalYearOfDate } from '../../../src/lib/data/fiscalYear';

describe('fiscalYearOfDate', () => {
  it('counts from 1 April to 31 March', () => {
    expect(fiscalYearOfDate('2010-04-01')).toBe(2010);
    expect(fiscalYearOfDate('2011-03-31')).toBe(2010);
    expect(fiscalYearOfDate('2001-03-30')).toBe(2000);
    expect(fiscalYearOfDate('2011-08-19')).toBe(2011);
  });

  it('the treemap shows FY2010', () => {
    expect(BUDGET_YEAR).toBe(2010);
  });
});
