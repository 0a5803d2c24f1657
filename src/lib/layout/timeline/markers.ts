/**
 * Milestones on the axis: a dated one at its date, a year-only one in the middle of its year (30 March
 * 2001 is just before FY2001). Markers sit in rows above the axis line, so that their leader lines never
 * cross the year labels under it; one that would overlap its left neighbour moves up a row.
 */
import type { Milestone } from '../../data/types';
import { fiscalYearOfDate } from '../../data/fiscalYear';
import type { AxisX, Marker } from './types';

const round = (value: number) => Math.round(value * 100) / 100;

/** A dated milestone at its date on the fiscal-year axis; a year-only one in the middle of its year. */
export function milestonePosition(milestone: Milestone): number {
  if (milestone.date === null) return milestone.fiscalYear + 0.5;
  const [, month, day] = milestone.date.split('-').map(Number) as [number, number, number?];
  const fiscalYear = fiscalYearOfDate(milestone.date);
  const monthsIn = (month - 4 + 12) % 12;
  const dayShare = day === undefined ? 0 : (day - 1) / 31;
  return fiscalYear + (monthsIn + dayShare) / 12;
}

/** How far a step reveals: a dated milestone up to its date, a fiscal year to that year's end. */
export function revealPositions(milestones: readonly Milestone[]): number[] {
  let furthest = -Infinity;
  return milestones.map((m) => {
    furthest = Math.max(furthest, m.date === null ? m.fiscalYear + 1 : milestonePosition(m));
    return furthest;
  });
}

/** Row pitch of markers, in marker radii. */
export const MARKER_PITCH = 2.4;

/**
 * Markers in rows counted upwards from `axisY` (row 0 just above the axis). Returns the markers and the
 * number of rows used.
 */
export function layoutMarkers(
  milestones: readonly Milestone[],
  x: AxisX,
  axisY: number,
  radius: number,
): { markers: Marker[]; rows: number } {
  const rowEnds: number[] = [];
  const markers = milestones.map((milestone, index) => {
    const position = milestonePosition(milestone);
    const mx = round(x(position));
    let row = rowEnds.findIndex((end) => end + radius * 2.3 <= mx);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = mx;
    return {
      milestoneId: milestone.id,
      stepNumber: index + 1,
      position,
      dated: milestone.date !== null,
      x: mx,
      y: round(axisY - radius * (MARKER_PITCH / 2 + 0.3) - row * radius * MARKER_PITCH),
      row,
    };
  });
  return { markers, rows: Math.max(1, rowEnds.length) };
}
