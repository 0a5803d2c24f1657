/**
 * The timeline's geometry: dataset + available size (and mode) → lanes, links, markers and ticks, with
 * no DOM. The screen, the slides and the exports all draw this one layout. Each part is a small pure
 * module in ./timeline/: rows (which lanes, in which order, from when), axis (fiscal years → x), lanes
 * (bands and their whole names), links (merges and branches), markers (milestones above the axis) and
 * ticks (year labels). This function sizes them from the font size and stacks them top to bottom:
 * lanes, markers, the axis line, year labels.
 */
import { estimateTextWidth } from './labels';
import { axisScale, timelineAxis } from './timeline/axis';
import { layoutLanes } from './timeline/lanes';
import { branchLinks, mergeLinks } from './timeline/links';
import { layoutMarkers, MARKER_PITCH, revealPositions } from './timeline/markers';
import { timelineRows } from './timeline/rows';
import { layoutTicks } from './timeline/ticks';
import type { TimelineLayout, TimelineMode, TimelineSize } from './timeline/types';

export type * from './timeline/types';
export { milestonePosition, revealPositions } from './timeline/markers';
export { FOCUS_WEIGHT } from './timeline/axis';
export { placedLabel } from './timeline/lanes';

/** Share of a fiscal year that one link (a unification or a branching) takes on the axis. */
const LINK_SPAN_YEARS = 0.25;

/**
 * Label size for a chart `width` px wide: at least 12 px on phones and 14 px on desktops; on a slide,
 * projector-sized (≥ 28 px).
 */
export function timelineFontSize(width: number, mode: TimelineMode = 'screen'): number {
  if (mode === 'present') return Math.max(28, Math.round(width / 40));
  if (width < 600) return 12;
  if (width < 1100) return 14;
  return width < 2400 ? 16 : 20;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function layoutTimeline(
  dataset: Parameters<typeof timelineRows>[0],
  size: TimelineSize,
): TimelineLayout {
  const { width, mode = 'screen', measure = estimateTextWidth } = size;
  const fontSize = size.fontSize ?? timelineFontSize(width, mode);
  const compact = mode === 'present';
  const span = LINK_SPAN_YEARS;
  const plotX0 = Math.round(fontSize * 0.75);
  const plotX1 = Math.max(plotX0 + 1, width - plotX0);

  const rows = timelineRows(dataset, span);
  const axis = timelineAxis(rows, dataset.milestones, plotX0, plotX1);
  const scale = { domain: axis.breaks, range: axis.stops };
  const x = axisScale(scale);

  const top = Math.round(fontSize * (compact ? 0.25 : 0.5));
  const bandHeight = Math.round(fontSize * (compact ? 1.2 : 1.6));
  const rowGap = Math.round(fontSize * (compact ? 0.1 : 0.6));
  const metrics = { fontSize, bandHeight, rowGap, top, plotX0, plotX1, span, end: axis.domain[1] };
  const nameOf = size.laneName ?? ((program) => program.name.en);
  const lanes = layoutLanes(rows, x, metrics, (row) => nameOf(row.program), measure);
  const links = [...mergeLinks(lanes), ...branchLinks(lanes, x, span)];
  // The last row ends below its band, or below its name where the name's lines reach further.
  const lanesBottom = lanes.reduce(
    (bottom, { y, height, label }) =>
      Math.max(bottom, y + height, label.y + (label.lines.length - 0.5) * label.lineHeight),
    top,
  );

  // Markers stand in rows between the lanes and the axis line; the year labels go under the line.
  const markerRadius = Math.round(fontSize * (compact ? 0.75 : 0.95));
  const probe = layoutMarkers(dataset.milestones, x, 0, markerRadius);
  const axisY = Math.round(
    lanesBottom + fontSize * 0.4 + probe.rows * markerRadius * MARKER_PITCH + markerRadius * 0.3,
  );
  const { markers } = layoutMarkers(dataset.milestones, x, axisY, markerRadius);
  const yearLabel = size.yearLabel ?? ((fy: number) => `FY${fy}`);
  const ticks = layoutTicks(axis.domain, x, [0, width], {
    labelWidth: measure(yearLabel(2000), fontSize),
    gap: fontSize * 0.75,
    focusYear: axis.focusYear,
  });

  // The year labels under the axis line: tighter on a slide, where every pixel of the 1080 counts.
  const yearLabelY = Math.round(axisY + fontSize * (compact ? 1.35 : 1.6));
  return {
    width,
    height: Math.round(yearLabelY + fontSize * (compact ? 0.4 : 0.7)),
    domain: axis.domain,
    scale,
    plot: { x0: plotX0, x1: plotX1, y0: top, y1: lanesBottom },
    axisY,
    yearLabelY,
    lanes,
    links,
    markers,
    ticks,
    markerRadius,
    fontSize,
    reveal: revealPositions(dataset.milestones),
  };
}

/** One scale per layout: the step cursor asks for it on every animation frame. */
const scales = new WeakMap<TimelineLayout['scale'], (position: number) => number>();

/** The x of an axis position in a layout (for the step cursor and the reveal). */
export function axisX(layout: TimelineLayout, position: number): number {
  let x = scales.get(layout.scale);
  if (!x) scales.set(layout.scale, (x = axisScale(layout.scale)));
  return round(x(position));
}
