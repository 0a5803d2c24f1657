import { describe, expect, it } from 'vitest';
import {
  programRows,
  treemapLevelOf,
  yearFigures,
} from '../../../../src/lib/data/history/yearFigures';
import { layoutTimeline } from '../../../../src/lib/layout/timeline';
import { dataset } from '../../../fixtures/dataset';
import { history } from '../../../fixtures/history';

describe('programRows and yearFigures', () => {
  it('rows follow the timeline lanes (programs, not types)', () => {
    const lanes = layoutTimeline(dataset, {
      width: 1200,
      fontSize: 14,
    }).lanes.filter((lane) => lane.depth <= 1);
    expect(programRows(dataset).map((r) => r.program.id)).toEqual(lanes.map((lane) => lane.id));
  });

  it('adds the seed FY2010 stated totals of programs to the history figures', () => {
    const figures = yearFigures(dataset, history);
    expect(figures).toHaveLength(history.budgets.length + 2);
    const seed = figures.filter((f) => f.origin === 'seed');
    expect(seed.map((f) => [f.programId, f.amountMillionYen, f.address])).toEqual([
      ['regional-innovation-cluster-program', 12065, null],
      ['self-sustaining-management-program', 2649, null],
    ]);
    const agreeing = figures.filter((f) => f.agreesWith?.startsWith('fy2010-'));
    expect(agreeing.map((f) => f.id)).toEqual(['ricp-fy2010-draft', 'ssm-fy2010-decided']);
  });

  it('opens the treemap level of a budget-year figure only', () => {
    const levelOf = treemapLevelOf(dataset);
    const figures = yearFigures(dataset, history);
    const opening = figures.filter((f) => levelOf(f) !== null);
    expect(opening.length).toBeGreaterThan(0);
    expect(opening.every((f) => f.fiscalYear === 2010 && levelOf(f) === f.programId)).toBe(true);
    const other = figures.find((f) => f.fiscalYear !== 2010);
    expect(other && levelOf(other)).toBeNull();
    const unknown = { ...opening[0]!, programId: 'no-such-program' };
    expect(levelOf(unknown)).toBeNull();
  });
});
