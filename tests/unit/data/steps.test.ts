import { describe, expect, it } from 'vitest';
import { resolveStep, timelineSteps } from '../../../src/lib/data/steps';
import { dataset } from '../../fixtures/dataset';

describe('timelineSteps', () => {
  it('makes one numbered step per milestone, in date order', () => {
    const steps = timelineSteps(dataset);
    expect(steps.map((s) => s.number)).toEqual(steps.map((_, i) => i + 1));
    expect(steps[0]?.milestone.id).toBe('second-basic-plan');
    expect(steps.find((s) => s.milestone.id === 'unification')?.fiscalYear).toBe(2010);
  });
});

describe('resolveStep', () => {
  it.each([
    [null, 10, { number: 10, adjusted: false }],
    ['4', 10, { number: 4, adjusted: false }],
    ['0', 10, { number: 1, adjusted: true }],
    ['99', 10, { number: 10, adjusted: true }],
    ['-3', 10, { number: 1, adjusted: true }],
    ['abc', 10, null],
    ['2.5', 10, null],
    ['1', 0, null],
  ] as const)('%s of %i → %j', (segment, count, expected) => {
    expect(resolveStep(segment, count)).toEqual(expected);
  });
});
