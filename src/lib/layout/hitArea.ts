/**
 * A small tile's pointer target. Tile area is kept exactly proportional to the amount, so a tiny figure
 * (15 million yen beside 2,634) draws as a sliver. Its invisible hit rectangle is grown to at least
 * `minSize` on each side, centred on the tile and kept inside the chart, so it stays tappable (WCAG 2.5.8).
 * Coordinates are local to the tile (its top-left corner is 0,0).
 */
import type { Rect } from './zoom';

export function hitArea(tile: Rect, chartWidth: number, chartHeight: number, minSize = 24): Rect {
  const width = tile.x1 - tile.x0;
  const height = tile.y1 - tile.y0;
  const hitWidth = Math.min(Math.max(width, minSize), chartWidth);
  const hitHeight = Math.min(Math.max(height, minSize), chartHeight);
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
  const x0 = clamp((width - hitWidth) / 2, -tile.x0, chartWidth - tile.x0 - hitWidth);
  const y0 = clamp((height - hitHeight) / 2, -tile.y0, chartHeight - tile.y0 - hitHeight);
  return { x0, y0, x1: x0 + hitWidth, y1: y0 + hitHeight };
}
