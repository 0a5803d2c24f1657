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
export function mapRect(rect: Rect, from: Rect, to: Rect): Rect {
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
