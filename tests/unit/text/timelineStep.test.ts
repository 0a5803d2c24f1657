import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import { timelineStepFor } from '../../../src/lib/text/timelineStep';
import { timelineSteps } from '../../../src/lib/data/steps';

describe('timelineStepFor', () => {
  it('links the budget view back to the step where a program first appears', () => {
    const unification = timelineSteps(dataset).find((s) => s.milestone.id === 'unification')!;
    expect(timelineStepFor(dataset, 'self-sustaining-management-program')).toEqual({
      step: unification.number,
      programId: 'self-sustaining-management-program',
    });
    expect(timelineStepFor(dataset, 'coordinator-support-type')?.programId).toBe(
      'self-sustaining-management-program',
    );
    expect(timelineStepFor(dataset, null)).toEqual({
      step: unification.number,
      programId: 'project-for-developing-innovation-systems',
    });
  });
});
