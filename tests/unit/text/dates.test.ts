import { describe, expect, it } from 'vitest';
import { formatDate, formatFiscalYear, formatFiscalYearShort } from '../../../src/lib/text/dates';

describe('dates', () => {
  it('writes fiscal years per locale, with the Japanese era of 1 April', () => {
    expect(formatFiscalYear(2010, 'en')).toBe('FY2010');
    expect(formatFiscalYear(2010, 'ja')).toBe('2010年度（平成22年度）');
    expect(formatFiscalYear(2002, 'ja')).toBe('2002年度（平成14年度）');
    expect(formatFiscalYearShort(2011, 'ja')).toBe('2011年度');
  });

  it('writes dates per locale', () => {
    expect(formatDate('2001-03-30', 'en')).toBe('30 March 2001');
    expect(formatDate('2001-03-30', 'ja')).toBe('2001年3月30日');
    expect(formatDate('2001-06', 'en')).toBe('June 2001');
    expect(formatDate('2001-06', 'ja')).toBe('2001年6月');
  });
});
