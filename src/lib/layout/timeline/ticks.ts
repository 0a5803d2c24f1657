/**
 * One tick per fiscal year. Where labels do not all fit, they are thinned to every n-th year counted
 * from the focus year (FY2010, the unification), which is labelled at every width; then the first and
 * the last year, and any other year with room for its label (a wide year, such as the focus year's
 * neighbour), are labelled too, so that the axis names the years the chart spans. A label is centred
 * on its year, moved inwards where it would cross the edge of the chart; labels never overlap.
 */
import type { AxisX, Tick } from './types';

const round = (value: number) => Math.round(value * 100) / 100;

export function layoutTicks(
  domain: readonly [number, number],
  x: AxisX,
  [plotX0, width]: readonly [number, number],
  { labelWidth, gap, focusYear }: { labelWidth: number; gap: number; focusYear: number },
): Tick[] {
  const half = labelWidth / 2;
  const firstYear = Math.ceil(domain[0]);
  const yearWidth = x(firstYear + 1) - x(firstYear); // the narrowest year
  const every = Math.max(1, Math.ceil((labelWidth + gap) / yearWidth));
  const ticks: Tick[] = [];
  for (let fy = Math.floor(domain[0]); fy < domain[1]; fy += 1) {
    ticks.push({
      fiscalYear: fy,
      x0: round(Math.max(plotX0, x(fy))),
      x1: round(x(fy + 1)),
      labelX: round(
        Math.min(width - half, Math.max(half, (x(Math.max(fy, domain[0])) + x(fy + 1)) / 2)),
      ),
      showLabel: false,
    });
  }
  const labelled = labelledYears(ticks, firstYear, focusYear, every, labelWidth + gap);
  return ticks.map((tick) => ({ ...tick, showLabel: labelled.has(tick.fiscalYear) }));
}

/** Years whose labels fit, `pitch` px apart at least: the regular ones first, then the ends, then any. */
function labelledYears(
  ticks: readonly Tick[],
  firstYear: number,
  focusYear: number,
  every: number,
  pitch: number,
): Set<number> {
  const candidates = ticks.filter((tick) => tick.fiscalYear >= firstYear);
  const regular = (tick: Tick) => (((tick.fiscalYear - focusYear) % every) + every) % every === 0;
  const ends = [candidates[0], candidates[candidates.length - 1]];
  const order = [
    ...candidates.filter((tick) => tick.fiscalYear === focusYear),
    ...candidates.filter(regular),
    ...ends,
    ...candidates,
  ];
  const placed: Tick[] = [];
  for (const tick of order) {
    if (!tick || placed.includes(tick)) continue;
    if (placed.every((other) => Math.abs(other.labelX - tick.labelX) >= pitch)) placed.push(tick);
  }
  return new Set(placed.map((tick) => tick.fiscalYear));
}
