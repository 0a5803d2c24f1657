import { describe, expect, it } from 'vitest';
import { timelineSteps } from '../../../src/lib/data/steps';
import { dataset } from '../../fixtures/dataset';

describe('timelineSteps', () => {
  it('makes one numbered step per milestone, in date order', () => {
    const steps = timelineSteps(dataset);
    expect(steps.map((s) => s.number)).toEqual(steps.map((_, i) => i + 1));
    expect(steps[0]?.milestone.id).toBe('second-basic-plan');
    expect(steps.find((s) => s.milestone.id === 'unification')?.fiscalYear).toBe(2010);
  });
});
