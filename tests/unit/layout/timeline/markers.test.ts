import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../../fixtures/timelineDataset';
import { layoutMarkers } from '../../../../src/lib/layout/timeline/markers';
import type { Milestone } from '../../../../src/lib/data/types';

const base = timelineDataset.milestones[0]!;
const at = (id: string, fiscalYear: number, date: string | null): Milestone => ({
  ...base,
  id,
  fiscalYear,
  date,
});
const x = (position: number) => (position - 2000) * 100;

describe('layoutMarkers', () => {
  it('puts dated markers at their date and year-only ones mid-year, above the axis', () => {
    const { markers, rows } = layoutMarkers(
      [at('a', 2000, '2000-10-01'), at('b', 2002, null)],
      x,
      200,
      10,
    );
    expect(rows).toBe(1);
    expect(markers).toEqual([
      { milestoneId: 'a', stepNumber: 1, position: 2000.5, dated: true, x: 50, y: 185, row: 0 },
      { milestoneId: 'b', stepNumber: 2, position: 2002.5, dated: false, x: 250, y: 185, row: 0 },
    ]);
  });

  it('moves a marker that would overlap its left neighbour up a row, and back down when clear', () => {
    const { markers, rows } = layoutMarkers(
      [at('a', 2000, null), at('b', 2000, '2000-10-10'), at('c', 2002, null)],
      x,
      200,
      10,
    );
    expect(rows).toBe(2);
    expect(markers.map((m) => [m.milestoneId, m.row, m.y])).toEqual([
      ['a', 0, 185],
      ['b', 1, 161],
      ['c', 0, 185],
    ]);
  });

  it('uses one row when there are no milestones', () => {
    expect(layoutMarkers([], x, 200, 10)).toEqual({ markers: [], rows: 1 });
  });
});
