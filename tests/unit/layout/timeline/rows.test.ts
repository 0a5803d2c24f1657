import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../../fixtures/timelineDataset';
import { timelineRows } from '../../../../src/lib/layout/timeline/rows';

describe('timelineRows', () => {
  const rows = timelineRows(timelineDataset, 0.25);

  it('orders roots in dataset order, then children depth-first, later starts first', () => {
    expect(rows.map((r) => [r.program.id, r.depth, r.parentId])).toEqual([
      ['alpha', 0, null],
      ['beta', 0, null],
      ['gamma', 0, null],
      ['delta', 1, 'gamma'],
      ['eps', 1, 'gamma'],
      ['eps-type', 2, 'eps'],
    ]);
  });

  it('begins a band after the link that feeds it, never before its sourced year', () => {
    expect(rows.map((r) => [r.program.id, r.basis, r.startYear, r.from, r.fed])).toEqual([
      ['alpha', 'start', 2002, 2002, false],
      ['beta', 'start', 2003, 2003, false],
      ['gamma', 'start', 2004, 2004.25, true],
      ['delta', 'listed', 2005, 2005.25, true],
      ['eps', 'start', 2004, 2004.5, true],
      ['eps-type', 'budget', 2004, 2004.75, true],
    ]);
  });

  it('gives no lane to a program with no start, listing or budget line', () => {
    const bare = { ...timelineDataset, programs: [], budgetLines: [] };
    expect(timelineRows(bare, 0.25)).toEqual([]);
  });
});
