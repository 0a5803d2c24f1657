import { describe, expect, it } from 'vitest';
import { formatMillionYen, formatPercent } from '../../../src/lib/text/format';

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
});
