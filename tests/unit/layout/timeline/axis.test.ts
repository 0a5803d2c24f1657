import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../../fixtures/timelineDataset';
import { axisScale, timelineAxis } from '../../../../src/lib/layout/timeline/axis';
import { timelineRows } from '../../../../src/lib/layout/timeline/rows';

const round = (n: number) => Math.round(n * 100) / 100;

describe('timelineAxis', () => {
  const rows = timelineRows(timelineDataset, 0.25);
  const axis = timelineAxis(rows, timelineDataset.milestones, 0, 100);

  it('runs from just before the earliest marker to the year after the last event', () => {
    expect(axis.domain.map(round)).toEqual([2001.84, 2006]);
    expect(axis.focusYear).toBe(2004);
  });

  it('makes each year from the first unification on 2.5 times as wide', () => {
    expect(axis.breaks.map(round)).toEqual([2001.84, 2002, 2003, 2004, 2005, 2006]);
    // weights 0.158, 1, 1, 2.5, 2.5 (the first year begins at 2001.842)
    expect(axis.stops.map(round)).toEqual([0, 2.17, 16.15, 30.12, 65.06, 100]);
  });

  it('clamps positions outside the domain to the plot', () => {
    const x = axisScale({ domain: axis.breaks, range: axis.stops });
    expect(round(x(2004.5))).toBe(47.59);
    expect(x(1990)).toBe(0);
    expect(x(2100)).toBe(100);
  });

  it('has no focus years when nothing is unified', () => {
    const plain = rows.filter((r) => !r.program.unified);
    expect(timelineAxis(plain, [], 0, 100).focusYear).toBe(2006);
  });
});
