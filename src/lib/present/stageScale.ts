/**
 * The presentation's stage: every slide is laid out once at 1920 × 1080 (16:9) and scaled to the screen,
 * letterboxed, so what fits on one screen fits on all of them. Pure, so the fit is unit-testable.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** The largest scale at which the whole stage fits a box of this size (0 while it is not measured). */
export function stageScale(boxWidth: number, boxHeight: number): number {
  if (boxWidth <= 0 || boxHeight <= 0) return 0;
  return Math.min(boxWidth / STAGE_WIDTH, boxHeight / STAGE_HEIGHT);
}
