import { describe, expect, it } from 'vitest';
import { layoutTicks } from '../../../../src/lib/layout/timeline/ticks';

// Ten years of 20 px from x = 10, FY2000–FY2009.
const x = (position: number) => 10 + (position - 2000) * 20;
const domain = [2000, 2010] as const;

describe('layoutTicks', () => {
  it('labels every year when a label fits a year', () => {
    const ticks = layoutTicks(domain, x, [0, 220], { labelWidth: 12, gap: 4, focusYear: 2005 });
    expect(ticks).toHaveLength(10);
    expect(ticks[0]).toEqual({ fiscalYear: 2000, x0: 10, x1: 30, labelX: 20, showLabel: true });
    expect(ticks.every((t) => t.showLabel)).toBe(true);
  });

  it('thins labels to every n-th year counted from the focus year, which is always labelled', () => {
    const ticks = layoutTicks(domain, x, [0, 220], { labelWidth: 40, gap: 4, focusYear: 2005 });
    expect(ticks.filter((t) => t.showLabel).map((t) => t.fiscalYear)).toEqual([2002, 2005, 2008]);
  });

  it('labels the first and the last year too where they have room, never overlapping', () => {
    const ticks = layoutTicks(domain, x, [0, 220], { labelWidth: 30, gap: 4, focusYear: 2004 });
    // Every other year from FY2004; FY2009, the last, fits beside FY2008 no more than FY2001 does
    // beside FY2000 and FY2002: the ends that fit are added, none overlaps another.
    expect(ticks.filter((t) => t.showLabel).map((t) => t.fiscalYear)).toEqual([
      2000, 2002, 2004, 2006, 2008,
    ]);
    const wider = layoutTicks(domain, x, [0, 220], { labelWidth: 30, gap: 4, focusYear: 2005 });
    expect(wider.filter((t) => t.showLabel).map((t) => t.fiscalYear)).toEqual([
      2001, 2003, 2005, 2007, 2009,
    ]);
    const sparse = layoutTicks(domain, x, [0, 220], { labelWidth: 50, gap: 4, focusYear: 2005 });
    // No room at either end here: FY2000 would touch FY2002, FY2009 FY2008.
    expect(sparse.filter((t) => t.showLabel).map((t) => t.fiscalYear)).toEqual([2002, 2005, 2008]);
  });

  it('moves a label at the edge inwards so that it stays inside the chart', () => {
    const ticks = layoutTicks(domain, x, [0, 220], { labelWidth: 50, gap: 4, focusYear: 2000 });
    expect(ticks[0]).toMatchObject({ fiscalYear: 2000, labelX: 25, showLabel: true });
    expect(ticks[9]).toMatchObject({ fiscalYear: 2009, labelX: 195 });
  });

  it('starts labels at the first whole year of a domain that begins inside a year', () => {
    const ticks = layoutTicks([2000.5, 2003], x, [0, 220], {
      labelWidth: 10,
      gap: 0,
      focusYear: 2003,
    });
    expect(ticks.map((t) => [t.fiscalYear, t.x0, t.showLabel])).toEqual([
      [2000, 10, false],
      [2001, 30, true],
      [2002, 50, true],
    ]);
  });
});
