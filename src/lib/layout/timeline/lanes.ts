/**
 * Bands, one per row, and where each band's name goes: always next to its own band, never shortened.
 * On one line inside the band when it fits; else before the band (clear of the link that feeds it),
 * ending where the band begins, on one line or, where one is too wide, on balanced lines set flush
 * against the band; else (a band that starts near the plot's left edge) above the band, from its start,
 * on as few lines as the room to the plot's right edge allows. Of the last two, the one that adds less
 * height to its row wins. A row is as tall as its band plus what its name needs above and below it.
 * Rows stack from `top`.
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

/**
 * `text` on as few lines as `width` allows, each as short as that number of lines allows (balanced:
 * no long line followed by a stub), or null where a single word is wider than `width`.
 */
export function balancedLines(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure,
): string[] | null {
  const greedy = width > 0 ? wrapText(text, width, fontSize, measure) : null;
  if (!greedy || greedy.length <= 1) return greedy;
  let low = 0;
  let high = width;
  let best = greedy;
  // The narrowest width (to half a pixel) that keeps the same number of lines.
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    const lines = wrapText(text, mid, fontSize, measure);
    if (lines && lines.length <= greedy.length) {
      best = lines;
      high = mid;
    } else low = mid;
  }
  return best;
}

/** Where a name of `width` px goes for a band from x0 to x1, whose label must end by `beforeEnd`. */
export function placeLaneLabel(
  name: string,
  band: { x0: number; x1: number; beforeEnd: number },
  metrics: Pick<LaneMetrics, 'fontSize' | 'plotX0' | 'plotX1'> & { bandHeight?: number },
  measure: Measure,
): Omit<LaneLabel, 'y'> {
  const { fontSize, plotX0, plotX1 } = metrics;
  const bandHeight = metrics.bandHeight ?? fontSize * 1.6;
  const pad = Math.round(fontSize * 0.4);
  const lineHeight = round(fontSize * 1.2);
  const width = measure(name, fontSize);
  const one = { lines: [name], lineHeight, width: round(width), partial: null };
  const before = { x: round(band.beforeEnd - pad), anchor: 'end' as const };
  const roomBefore = band.beforeEnd - pad - plotX0;
  if (width <= band.x1 - band.x0 - 2 * pad)
    return {
      ...one,
      placement: 'inside',
      x: round(band.x0 + pad),
      anchor: 'start',
      partial: width <= roomBefore ? before : null,
    };
  if (width <= roomBefore) return { ...one, placement: 'before', ...before };

  const widest = (lines: readonly string[]) =>
    round(Math.max(...lines.map((line) => measure(line, fontSize))));
  // Flush against the band's start, on balanced lines centred on the band …
  const stacked = balancedLines(name, roomBefore, fontSize, measure);
  // … or above the band, from its start.
  const aboveX = Math.max(plotX0, band.x0);
  const above = balancedLines(name, plotX1 - aboveX, fontSize, measure);
  const extraBefore = stacked ? Math.max(0, stacked.length * lineHeight - bandHeight) : Infinity;
  const extraAbove = above ? above.length * lineHeight : Infinity;
  if (stacked && extraBefore <= extraAbove)
    return { ...one, lines: stacked, width: widest(stacked), placement: 'before', ...before };
  if (above)
    return {
      ...one,
      lines: above,
      width: widest(above),
      placement: 'above',
      x: round(aboveX),
      anchor: 'start',
    };
  // A word wider than the room on either side (never in the dataset): above the band, on lines as wide
  // as the plot, moved left from the band's start only as far as they need.
  const lines = wrapText(name, plotX1 - plotX0, fontSize, measure) ?? [name];
  const x = Math.max(plotX0, Math.min(band.x0, plotX1 - widest(lines)));
  return { ...one, lines, width: widest(lines), placement: 'above', x: round(x), anchor: 'start' };
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
    const block = label.lines.length * label.lineHeight;
    // Room the name takes above the band: all of it when it stands above; for lines centred on the
    // band, half of what they need beyond the band's height (and as much below it), with a gap of at
    // least 0.2 em to the names of the rows above and below (the slide's rows are tight).
    const overhang =
      label.placement === 'above'
        ? 0
        : label.lines.length > 1
          ? (block - bandHeight) / 2 + Math.max(0, metrics.fontSize * 0.2 - rowGap)
          : Math.max(0, (block - bandHeight) / 2);
    const y = round(cursor + (label.placement === 'above' ? block : overhang));
    cursor = y + bandHeight + overhang + rowGap;
    const labelY =
      label.placement === 'above'
        ? y - block + label.lineHeight / 2
        : y + bandHeight / 2 - ((label.lines.length - 1) * label.lineHeight) / 2;
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
