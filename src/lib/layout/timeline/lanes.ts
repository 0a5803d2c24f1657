/**
 * Bands, one per row, and where each band's name goes. A name is never shortened: it goes on one line
 * inside its band when it fits, else on one line before the band (clear of the link that feeds it), else
 * wrapped onto as many lines as it needs above the band, in room the row reserves (phones, long names).
 * Rows stack from `top`; a row is as tall as its band plus the lines above it.
 */
import { wrapText, type Measure } from '../labels';
import type { TimelineRow } from './rows';
import type { AxisX, Lane, LaneLabel } from './types';

const round = (value: number) => Math.round(value * 100) / 100;

export interface LaneMetrics {
  readonly fontSize: number;
  readonly bandHeight: number;
  readonly rowGap: number;
  readonly top: number;
  /** The plot's left and right edges. */
  readonly plotX0: number;
  readonly plotX1: number;
  /** Share of a fiscal year a link takes (the label before a fed band clears it). */
  readonly span: number;
  /** The end of the axis, where bands that run on stop. */
  readonly end: number;
}

/** Where a name of `width` px goes for a band from x0 to x1, whose label must end by `beforeEnd`. */
export function placeLaneLabel(
  name: string,
  band: { x0: number; x1: number; beforeEnd: number },
  metrics: Pick<LaneMetrics, 'fontSize' | 'plotX0' | 'plotX1'>,
  measure: Measure,
): Omit<LaneLabel, 'y'> {
  const { fontSize, plotX0, plotX1 } = metrics;
  const pad = Math.round(fontSize * 0.4);
  const lineHeight = round(fontSize * 1.2);
  const width = measure(name, fontSize);
  const one = { lines: [name], lineHeight, width: round(width), partial: null };
  const before = { x: round(band.beforeEnd - pad), anchor: 'end' as const };
  const fitsBefore = width <= band.beforeEnd - pad - plotX0;
  if (width <= band.x1 - band.x0 - 2 * pad)
    return {
      ...one,
      placement: 'inside',
      x: round(band.x0 + pad),
      anchor: 'start',
      partial: fitsBefore ? before : null,
    };
  if (fitsBefore) return { ...one, placement: 'before', ...before };
  // Above the band, from its start, moved left where the band starts late in a narrow plot.
  const x = Math.max(plotX0, Math.min(band.x0, plotX1 - Math.max(width, (plotX1 - plotX0) * 0.6)));
  const lines = wrapText(name, plotX1 - x, fontSize, measure) ?? wrapText(name, Infinity, fontSize);
  const widest = Math.max(...(lines ?? [name]).map((line) => measure(line, fontSize)));
  return {
    ...one,
    lines: lines ?? [name],
    width: round(widest),
    placement: 'above',
    x: round(x),
    anchor: 'start',
  };
}

export function layoutLanes(
  rows: readonly TimelineRow[],
  x: AxisX,
  metrics: LaneMetrics,
  nameOf: (row: TimelineRow) => string,
  measure: Measure,
): Lane[] {
  const { bandHeight, rowGap, span } = metrics;
  let cursor = metrics.top;
  return rows.map((row, index) => {
    const id = row.program.id;
    // A band ends at its unification, or after the last year a source covers (never past the axis):
    // nothing is drawn past the years the sources give.
    const to =
      row.program.unified?.fiscalYear ??
      Math.min(metrics.end, (row.lastYear ?? metrics.end - 1) + 1);
    const x0 = round(x(row.from));
    const x1 = round(x(to));
    const beforeEnd = row.fed ? x(row.from - span) : x0;
    const label = placeLaneLabel(nameOf(row), { x0, x1, beforeEnd }, metrics, measure);
    const above = label.placement === 'above' ? label.lines.length * label.lineHeight : 0;
    const y = round(cursor + above);
    cursor = y + bandHeight + rowGap;
    const labelY = above > 0 ? y - above + label.lineHeight / 2 : y + bandHeight / 2;
    return {
      id,
      program: row.program,
      parentId: row.parentId,
      depth: row.depth,
      basis: row.basis,
      startYear: row.startYear,
      unifiedYear: row.program.unified?.fiscalYear ?? null,
      row: index,
      from: row.from,
      to,
      x0,
      x1,
      y,
      height: bandHeight,
      label: { ...label, y: round(labelY) },
    };
  });
}

/**
 * Where a lane's name is drawn when the chart is revealed up to `revealX`: a name inside its band stays
 * inside once the band is drawn past the name's end; until then it stands before the band, or, where
 * there is no room before it, just after the step line, on the background of the years not yet shown
 * (on a line of its own: nothing else is drawn there yet), so that a band is named from the step it
 * begins. Only where neither fits before the plot's right edge `plotX1` does the name wait.
 */
export function placedLabel(
  label: Omit<LaneLabel, 'y'>,
  revealX: number,
  plotX1: number = Infinity,
): {
  placement: LaneLabel['placement'] | 'after';
  x: number;
  anchor: LaneLabel['anchor'];
  shown: boolean;
} {
  const { placement, x, anchor } = label;
  if (placement !== 'inside' || revealX >= x + label.width)
    return { placement, x, anchor, shown: true };
  if (label.partial) return { placement: 'before', ...label.partial, shown: true };
  const after = round(Math.max(revealX, x - label.lineHeight / 3) + label.lineHeight / 3);
  if (after + label.width <= plotX1)
    return { placement: 'after', x: after, anchor: 'start', shown: true };
  return { placement, x, anchor, shown: false };
}
