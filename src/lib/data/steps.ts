/**
 * The timeline's steps: one per milestone, in date order, numbered from 1 (the number is the URL:
 * #/timeline/<n>). The presentation mode walks these steps before the budget levels, so both use this.
 */
import type { Dataset, Milestone } from './types';

export interface TimelineStep {
  /** 1-based position, as used in #/timeline/<n>. */
  readonly number: number;
  readonly milestone: Milestone;
  readonly fiscalYear: number;
}

export function timelineSteps(dataset: Dataset): TimelineStep[] {
  return dataset.milestones.map((milestone, index) => ({
    number: index + 1,
    milestone,
    fiscalYear: milestone.fiscalYear,
  }));
}
