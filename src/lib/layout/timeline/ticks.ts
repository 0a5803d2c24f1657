/**
 * One tick per fiscal year. Labels are thinned to every n-th year when the narrowest year is narrower
 * than a label, counted from the focus year (FY2010, the unification), which is labelled at every width.
 * A label is centred on its year, moved inwards where it would cross the edge of the chart.
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
      showLabel: fy >= firstYear && (((fy - focusYear) % every) + every) % every === 0,
    });
  }
  return ticks;
}
