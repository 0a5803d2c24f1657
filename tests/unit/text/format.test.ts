import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFiscalYear,
  formatFiscalYearShort,
  formatMillionYen,
  formatPercent,
} from '../../../src/lib/text/format';

describe('format', () => {
  it.each([
    [7942, 'en', '7,942 million yen'],
    [12065, 'en', '12,065 million yen'],
    [15, 'en', '15 million yen'],
    [12065, 'ja', '12,065百万円'],
    [593, 'ja', '593百万円'],
  ] as const)('formatMillionYen(%i, %s) = %s', (amount, locale, expected) => {
    expect(formatMillionYen(amount, locale)).toBe(expected);
  });

  it.each([
    [7942 / 12065, 'en', '65.8%'],
    [123 / 12065, 'en', '1.0%'],
    [1, 'en', '100.0%'],
    [7942 / 12065, 'ja', '65.8%'],
  ] as const)('formatPercent(%f, %s) = %s', (share, locale, expected) => {
    expect(formatPercent(share, locale)).toBe(expected);
  });

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
