/**
 * Where everything goes on an exported 1920 × 1080 slide: title, caption, chart box, legend and source
 * line. Pure (text widths are estimated), so the slide's arrangement is unit-testable without a DOM.
 * Text is never cut: a block that would not fit shrinks (down to its minimum size) and then keeps every
 * line; the chart takes the height that is left. Type sizes as on the presentation's stage: nothing under 20 px.
 */
import { estimateTextWidth, fitLabel } from '../layout/labels';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
export const SLIDE_MARGIN = 64;
const LINE_HEIGHT = 1.25;
const GAP = 16;
const EDGE = 24; // above the title and below the source line

/** Lines of one text block, with the baseline of each (y grows downwards). */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly baselines: readonly number[];
}

export interface LegendEntry {
  readonly label: string;
  readonly fill: string;
}

export interface PlacedLegendEntry extends LegendEntry {
  readonly x: number;
  readonly y: number;
}

export interface SlideLayout {
  readonly title: TextBlock;
  readonly caption: TextBlock | null;
  readonly chart: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly legend: readonly PlacedLegendEntry[];
  readonly legendFontSize: number;
  readonly source: TextBlock;
}

/**
 * Every word of `text` in lines no wider than `width`, at the largest size from `maxSize` down to
 * `minSize` that fits `maxLines`; at `minSize` all lines are kept, however many.
 */
export function wrapInFull(
  text: string,
  width: number,
  maxSize: number,
  minSize: number,
  maxLines: number,
): { lines: readonly string[]; fontSize: number } {
  const options = {
    reservedLines: 0,
    padding: 0,
    lineHeight: LINE_HEIGHT,
    minFontSize: minSize,
  };
  const fitted = fitLabel(text, width, maxLines * maxSize * LINE_HEIGHT + 1, maxSize, options);
  if (fitted && fitted.lines.length <= maxLines) {
    return { lines: fitted.lines, fontSize: fitted.fontSize };
  }
  const all = fitLabel(text, width, 1e6, minSize, options);
  return { lines: all?.lines ?? [text], fontSize: minSize };
}

/** A block whose first line's top is at `top`. */
export function textBlock(lines: readonly string[], fontSize: number, top: number): TextBlock {
  const step = fontSize * LINE_HEIGHT;
  return { lines, fontSize, baselines: lines.map((_, index) => round(top + (index + 1) * step)) };
}

function blockHeight(block: TextBlock): number {
  return block.lines.length * block.fontSize * LINE_HEIGHT;
}

/** Legend entries in rows from `left`, wrapping at `right`; each row `rowHeight` tall from `top`. */
export function legendRows(
  entries: readonly LegendEntry[],
  left: number,
  right: number,
  top: number,
  fontSize: number,
): PlacedLegendEntry[] {
  const rowHeight = fontSize * 1.5;
  const placed: PlacedLegendEntry[] = [];
  let x = left;
  let row = 0;
  for (const entry of entries) {
    const width = fontSize * 1.4 + estimateTextWidth(entry.label, fontSize) + fontSize * 1.6;
    if (x + width > right && x > left) {
      row += 1;
      x = left;
    }
    placed.push({ ...entry, x: round(x), y: round(top + row * rowHeight) });
    x += width;
  }
  return placed;
}

function legendHeight(entries: readonly PlacedLegendEntry[], fontSize: number): number {
  if (entries.length === 0) return 0;
  const rows = new Set(entries.map((entry) => entry.y)).size;
  return rows * fontSize * 1.5;
}

/** The whole slide: words top and bottom, the chart in between. */
export function layoutSlide(text: {
  readonly title: string;
  readonly caption: string | null;
  readonly sourceLine: string;
  readonly legend: readonly LegendEntry[];
}): SlideLayout {
  const width = SLIDE_WIDTH - 2 * SLIDE_MARGIN;
  const titleText = wrapInFull(text.title, width, 48, 36, 2);
  const title = textBlock(titleText.lines, titleText.fontSize, EDGE);
  let top = EDGE + blockHeight(title);
  let caption: TextBlock | null = null;
  if (text.caption) {
    const captionText = wrapInFull(text.caption, width, 28, 22, 3);
    caption = textBlock(captionText.lines, captionText.fontSize, top + 8);
    top += 8 + blockHeight(caption);
  }
  const sourceText = wrapInFull(text.sourceLine, width, 24, 20, 2);
  const sourceHeight = sourceText.lines.length * sourceText.fontSize * LINE_HEIGHT;
  const sourceTop = SLIDE_HEIGHT - EDGE - sourceHeight;
  const source = textBlock(sourceText.lines, sourceText.fontSize, sourceTop);
  const legendFontSize = 26;
  const probe = legendRows(
    text.legend,
    SLIDE_MARGIN,
    SLIDE_WIDTH - SLIDE_MARGIN,
    0,
    legendFontSize,
  );
  const legendTop = sourceTop - 12 - legendHeight(probe, legendFontSize);
  const legend = legendRows(
    text.legend,
    SLIDE_MARGIN,
    SLIDE_WIDTH - SLIDE_MARGIN,
    legendTop,
    legendFontSize,
  );
  const chartTop = top + GAP;
  const chartBottom = (legend.length > 0 ? legendTop : sourceTop) - GAP;
  return {
    title,
    caption,
    chart: {
      x: SLIDE_MARGIN,
      y: round(chartTop),
      width,
      height: round(Math.max(100, chartBottom - chartTop)),
    },
    legend,
    legendFontSize,
    source,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
