/**
 * The charts' tooltips' one sizing rule (budget tiles, timeline lanes and markers, years figures): each is
 * as wide as its content reads well, never wider than the chart less a gap each side, and never leaves
 * the chart's width (no sideways scrolling on a phone). And where the tooltip of a tile goes.
 */
import type { Rect } from './zoom';

/** Each tooltip's width (px) where the chart has room. */
export const TOOLTIP_WIDTH = { tile: 320, lane: 340, figure: 360, marker: 300 } as const;

export type TooltipKind = keyof typeof TOOLTIP_WIDTH;

/** The space kept between a tooltip and the chart's edges (and the tile it describes). */
const GAP = 8;

/** A tooltip's width in a chart this wide. */
export function tooltipWidth(kind: TooltipKind, chartWidth: number): number {
  return Math.min(TOOLTIP_WIDTH[kind], chartWidth - 2 * GAP);
}

/** The left edge nearest `left` that keeps a tooltip this wide inside the chart's width. */
export function tooltipLeft(left: number, width: number, chartWidth: number, gap = GAP): number {
  return Math.max(gap, Math.min(left, chartWidth - width - gap));
}

export interface Placement {
  readonly left: number;
  readonly top: number;
}

/** Where a tooltip goes in its chart: its left edge, and its top edge or (`bottom`) the y its bottom edge sits at. */
export type TooltipPlace = Placement | { readonly left: number; readonly bottom: number };

/**
 * Where the tooltip of a tile goes, in chart coordinates, so that it never hides the tile it describes
 * (unless the tile is big enough to hold it in a corner away from its label). Tried in order: right of
 * the tile, left of it, inside its bottom-right corner, below it within the chart, above it, and finally
 * below it past the chart's bottom.
 */
export function placeTooltip(
  tile: Rect,
  tooltip: { readonly width: number; readonly height: number },
  chart: { readonly width: number; readonly height: number },
  gap = GAP,
): Placement {
  const { width, height } = tooltip;
  const clampLeft = (left: number) => tooltipLeft(left, width, chart.width, gap);
  const clampTop = (top: number) => Math.max(0, Math.min(top, chart.height - height));
  const centredLeft = clampLeft((tile.x0 + tile.x1) / 2 - width / 2);
  if (chart.width - tile.x1 >= width + 2 * gap)
    return { left: tile.x1 + gap, top: clampTop(tile.y0) };
  if (tile.x0 >= width + 2 * gap) return { left: tile.x0 - gap - width, top: clampTop(tile.y0) };
  // Roomy enough for the tooltip and, above it, the label in the top-left corner (up to 6 lines).
  if (tile.x1 - tile.x0 >= width + 2 * gap && tile.y1 - tile.y0 >= height + 160) {
    return { left: tile.x1 - gap - width, top: tile.y1 - gap - height };
  }
  if (tile.y1 + gap + height <= chart.height) return { left: centredLeft, top: tile.y1 + gap };
  if (tile.y0 >= height + gap) return { left: centredLeft, top: tile.y0 - gap - height };
  return { left: centredLeft, top: tile.y1 + gap };
}
