import { describe, expect, it } from 'vitest';
import { exportSubjectOf } from '../../../src/lib/routing/exportSubject';
import { dataset } from '../../fixtures/dataset';

describe('exportSubjectOf', () => {
  it('a budget level is the FY2010 budget, at the program on screen', () => {
    expect(exportSubjectOf({ view: 'budget', programId: null }, dataset)).toEqual({
      kind: 'budget',
      fiscalYear: 2010,
      programId: null,
    });
    expect(
      exportSubjectOf({ view: 'budget', programId: 'self-sustaining-management-program' }, dataset),
    ).toMatchObject({ programId: 'self-sustaining-management-program' });
  });

  it('a timeline step is the step shown, the nearest one for an out-of-range number', () => {
    expect(exportSubjectOf({ view: 'timeline', step: '7' }, dataset)).toEqual({
      kind: 'timeline',
      step: 7,
      milestoneId: 'unification',
    });
    const count = dataset.milestones.length;
    expect(exportSubjectOf({ view: 'timeline', step: '99' }, dataset)).toMatchObject({
      step: count,
    });
    expect(exportSubjectOf({ view: 'timeline', step: 'abc' }, dataset)).toBeNull();
  });

  it('the budgets by year and the regions are their own subjects; other views export nothing', () => {
    expect(exportSubjectOf({ view: 'years' }, dataset)).toEqual({ kind: 'years' });
    expect(exportSubjectOf({ view: 'regions' }, dataset)).toEqual({ kind: 'regions' });
    expect(exportSubjectOf({ view: 'programs' }, dataset)).toBeNull();
  });
});
