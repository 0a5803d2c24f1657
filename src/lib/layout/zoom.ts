/**
 * The zoom of a drill-in or drill-out, as rectangle maths. Drilling into a tile maps the new level's
 * rectangles (which fill the viewport) into that tile's old rectangle at the start of the transition;
 * drilling out maps the old tile back up to fill the viewport. Tweening between start and end is a lerp.
 */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Maps `rect`, given in a `from` box, to the same relative place in a `to` box. */
function mapRect(rect: Rect, from: Rect, to: Rect): Rect {
  const sx = (to.x1 - to.x0) / (from.x1 - from.x0 || 1);
  const sy = (to.y1 - to.y0) / (from.y1 - from.y0 || 1);
  return {
    x0: to.x0 + (rect.x0 - from.x0) * sx,
    y0: to.y0 + (rect.y0 - from.y0) * sy,
    x1: to.x0 + (rect.x1 - from.x0) * sx,
    y1: to.y0 + (rect.y1 - from.y0) * sy,
  };
}

export function lerpRect(a: Rect, b: Rect, t: number): Rect {
  // The end of a transition is exactly the target, so a settled view equals a fresh load to the pixel.
  if (t >= 1) return b;
  return {
    x0: a.x0 + (b.x0 - a.x0) * t,
    y0: a.y0 + (b.y0 - a.y0) * t,
    x1: a.x1 + (b.x1 - a.x1) * t,
    y1: a.y1 + (b.y1 - a.y1) * t,
  };
}

/** A tile as the zoom sees it: its rectangle and the id of the node it draws. */
export interface ZoomTile extends Rect {
  readonly node: { readonly id: string };
}

/** A level change: where each new tile starts its zoom, and which tile takes the keyboard focus. */
export interface ZoomStart {
  readonly from: ReadonlyMap<string, Rect>;
  readonly activeIndex: number;
}

/**
 * The start of the zoom from one level (`previous`, focused on `previousId`) to the next (`current`,
 * focused on `focusId`), in a `width` × `height` viewport. Drilling in, the new tiles start inside the
 * tile that was opened; drilling out, they start scaled up so that the tile left fills the viewport, and
 * that tile takes the focus. Between unrelated levels nothing moves (an empty map).
 */
export function zoomStart(
  previous: readonly ZoomTile[],
  previousId: string,
  current: readonly ZoomTile[],
  focusId: string,
  width: number,
  height: number,
): ZoomStart {
  const viewport: Rect = { x0: 0, y0: 0, x1: width, y1: height };
  const into = previous.find((tile) => tile.node.id === focusId);
  const outOf = current.find((tile) => tile.node.id === previousId);
  const from = new Map<string, Rect>();
  for (const tile of current) {
    if (into) from.set(tile.node.id, mapRect(tile, viewport, into));
    else if (outOf) from.set(tile.node.id, mapRect(tile, outOf, viewport));
  }
  return { from, activeIndex: outOf ? Math.max(0, current.indexOf(outOf)) : 0 };
}
