import { describe, expect, it } from 'vitest';
import { dataset } from '../../../fixtures/dataset';
import { estimateTextWidth } from '../../../../src/lib/layout/labels';
import { axisX, layoutTimeline } from '../../../../src/lib/layout/timeline';
import {
  labelChanges,
  laneLabelAt,
  planMove,
  revealAt,
  revealFractions,
} from '../../../../src/lib/layout/timeline/reveal';

const layout = layoutTimeline(dataset, { width: 800, measure: estimateTextWidth });
const [first, second, third] = layout.reveal as [number, number, number];

describe('the reveal between two steps', () => {
  it('eases from one position to the other, and stays at the ends outside the move', () => {
    expect(revealAt(2000, 2010, 0)).toBe(2000);
    expect(revealAt(2000, 2010, 0.5)).toBe(2005);
    expect(revealAt(2000, 2010, 0.25)).toBeLessThan(2002.5);
    expect(revealAt(2000, 2010, 2)).toBe(2010);
    expect(revealAt(2000, 2010, -1)).toBe(2000);
  });

  it('samples the revealed share of the width along the (non-linear) axis, ends included', () => {
    const shares = revealFractions(layout, first, third, 10);
    expect(shares).toHaveLength(11);
    expect(shares[0]).toBeCloseTo(axisX(layout, first) / layout.width, 6);
    expect(shares[10]).toBeCloseTo(axisX(layout, third) / layout.width, 6);
    for (let k = 1; k < shares.length; k += 1) {
      expect(shares[k]!).toBeGreaterThanOrEqual(shares[k - 1]!);
    }
  });

  it('changes the names only where the move reaches them, and ends at the step', () => {
    const changes = labelChanges(layout, second, third);
    expect(changes.at(-1)).toEqual({ at: 1, position: third });
    // Moving on to the step where the first bands begin, their names appear on the way.
    const hidden = layout.lanes.filter((lane) => !laneLabelAt(lane, layout, second).visible);
    const shown = hidden.filter((lane) => laneLabelAt(lane, layout, third).visible);
    expect(shown.length).toBeGreaterThan(0);
    expect(changes.length).toBeGreaterThan(1);
    for (const { at, position } of changes) {
      expect(at).toBeGreaterThan(0);
      expect(position).toBeGreaterThan(second);
      expect(position).toBeLessThanOrEqual(third);
    }
  });

  it('makes no change where nothing moves', () => {
    expect(labelChanges(layout, third, third)).toEqual([{ at: 1, position: third }]);
  });

  it('plans a move once per layout and pair of ends: its keyframes and name changes', () => {
    const plan = planMove(layout, second, third);
    expect(plan.shares).toEqual(revealFractions(layout, second, third));
    expect(plan.changes).toEqual(labelChanges(layout, second, third));
    expect(planMove(layout, second, third)).toBe(plan);
    expect(planMove(layout, third, second)).not.toBe(plan);
    const wider = layoutTimeline(dataset, { width: 1200, measure: estimateTextWidth });
    expect(planMove(wider, second, third)).not.toBe(plan);
  });
});
