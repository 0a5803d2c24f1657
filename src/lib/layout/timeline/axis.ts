/**
 * The fiscal-year axis. Japan's fiscal year as a number: FY2010 covers [2010, 2011), 1 April 2010 to
 * 31 March 2011. The domain runs from the first start (or a marker dated just before it) to the year
 * after the last event. The years from the first unification on carry the most events, so each of them
 * is FOCUS_WEIGHT times as wide as an earlier year: the scale is piecewise linear, one piece per year.
 */
import { scaleLinear } from 'd3';
import type { Milestone } from '../../data/types';
import { milestonePosition } from './markers';
import type { TimelineRow } from './rows';
import type { AxisX } from './types';

/** How much wider a year from the first unification on is than an earlier year. */
export const FOCUS_WEIGHT = 2.5;

export interface TimelineAxis {
  readonly domain: readonly [number, number];
  /** The first unification's fiscal year (FY2010 in the dataset): the focus years start here. */
  readonly focusYear: number;
  /** Piece boundaries (axis positions) and their x in px. */
  readonly breaks: readonly number[];
  readonly stops: readonly number[];
}

export function timelineAxis(
  rows: readonly TimelineRow[],
  milestones: readonly Milestone[],
  x0: number,
  x1: number,
): TimelineAxis {
  const years = rows.flatMap((r) => [r.startYear, r.program.unified?.fiscalYear ?? r.startYear]);
  const yearOnly = milestones.filter((m) => m.date === null).map((m) => m.fiscalYear);
  const first = Math.min(...years, ...yearOnly);
  const last = Math.max(...years, ...milestones.map((m) => m.fiscalYear));
  const earliestMarker = Math.min(...milestones.map(milestonePosition), first);
  const domain = [Math.min(first, earliestMarker - 0.15), last + 1] as const;
  const unifications = rows.flatMap((r) =>
    r.program.unified ? [r.program.unified.fiscalYear] : [],
  );
  const focusYear = Math.min(...unifications, domain[1]);

  const breaks = [domain[0]];
  for (let year = Math.floor(domain[0]) + 1; year < domain[1]; year += 1) breaks.push(year);
  breaks.push(domain[1]);
  const weights = breaks
    .slice(1)
    .map((end, i) => (end - (breaks[i] as number)) * (end - 0.5 >= focusYear ? FOCUS_WEIGHT : 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let acc = 0;
  const stops = [x0, ...weights.map((w) => x0 + ((acc += w) / total) * (x1 - x0))];
  return { domain, focusYear, breaks, stops };
}

/** The axis as a function, clamped to the plot. */
export function axisScale(scale: {
  readonly domain: readonly number[];
  readonly range: readonly number[];
}): AxisX {
  const x = scaleLinear()
    .domain(scale.domain as number[])
    .range(scale.range as number[])
    .clamp(true);
  return (position) => x(position);
}
