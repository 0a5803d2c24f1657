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

/**
 * The step a URL segment asks for: no segment is the last step (the whole picture, every lane drawn);
 * a number in range is that step; an out-of-range number is clamped to the nearest step (and flagged);
 * anything else is invalid.
 */
export function resolveStep(
  segment: string | null,
  count: number,
): { readonly number: number; readonly adjusted: boolean } | null {
  if (count === 0) return null;
  if (segment === null) return { number: count, adjusted: false };
  if (!/^-?\d+$/.test(segment)) return null;
  const asked = Number(segment);
  const number = Math.min(count, Math.max(1, asked));
  return { number, adjusted: number !== asked };
}
