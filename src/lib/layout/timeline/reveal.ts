/**
 * The reveal's motion between two steps, with no DOM: how far the picture is revealed (an axis position)
 * along the way, sampled for keyframes that the compositor plays (the chart does no work per frame),
 * and the moments when a band's name has to change (appear, or move) on the way.
 */
import { cubicInOut } from 'svelte/easing';
import { axisX, placedLabel, type Lane, type TimelineLayout } from '../timeline';

/** How long the picture takes to move from one step to the next. */
export const REVEAL_MS = 1200;

/** The axis position at `progress` (0–1) of the move from `from` to `to` (eased in and out). */
export function revealAt(from: number, to: number, progress: number): number {
  const t = Math.min(1, Math.max(0, progress));
  return from + (to - from) * cubicInOut(t);
}

/**
 * The revealed share of the chart's width (0–1) at `samples + 1` evenly spaced moments of the move,
 * for linear keyframes: the axis is not linear (a focus year is wider), so the move is sampled.
 */
export function revealFractions(
  layout: TimelineLayout,
  from: number,
  to: number,
  samples = 30,
): number[] {
  return Array.from(
    { length: samples + 1 },
    (_, k) => axisX(layout, revealAt(from, to, k / samples)) / layout.width,
  );
}

/** How a band's name is drawn when the picture is revealed up to axis position `position`. */
export function laneLabelAt(lane: Lane, layout: TimelineLayout, position: number) {
  const label = placedLabel(lane.label, axisX(layout, position), layout.plot.x1);
  return { ...label, visible: position > lane.from && label.shown };
}

/** What of every name's drawing can change along a move (a name "after" the step line rides with it). */
function labelsKey(layout: TimelineLayout, position: number): string {
  const revealX = axisX(layout, position);
  let key = '';
  for (const lane of layout.lanes) {
    const label = placedLabel(lane.label, revealX, layout.plot.x1);
    if (!(position > lane.from && label.shown)) key += '-|';
    else key += label.placement === 'after' ? 'after|' : `${label.placement}@${label.x}|`;
  }
  return key;
}

/**
 * The moments (as a share of the move, 0–1) at which the names change on the way from `from` to `to`,
 * each with the position to draw them for from then on; the last is always the end, at `to`.
 */
export function labelChanges(
  layout: TimelineLayout,
  from: number,
  to: number,
  samples = 60,
): { at: number; position: number }[] {
  const changes: { at: number; position: number }[] = [];
  let key = labelsKey(layout, from);
  for (let k = 1; k < samples; k += 1) {
    const position = revealAt(from, to, k / samples);
    const next = labelsKey(layout, position);
    if (next !== key) changes.push({ at: k / samples, position });
    key = next;
  }
  changes.push({ at: 1, position: to });
  return changes;
}

/** A move's keyframes and name changes (see revealFractions and labelChanges). */
export interface MovePlan {
  readonly shares: readonly number[];
  readonly changes: readonly { readonly at: number; readonly position: number }[];
}

const plans = new WeakMap<TimelineLayout, Map<string, MovePlan>>();

/**
 * The plan of the move from `from` to `to` in `layout`, worked out once per layout and pair of ends
 * (asked for again, it is the same object): the chart works out the next step's move while it rests, so
 * a step shown by Play or a key starts moving without this work.
 */
export function planMove(layout: TimelineLayout, from: number, to: number): MovePlan {
  let byEnds = plans.get(layout);
  if (!byEnds) plans.set(layout, (byEnds = new Map()));
  const key = `${from}>${to}`;
  let plan = byEnds.get(key);
  if (!plan) {
    plan = { shares: revealFractions(layout, from, to), changes: labelChanges(layout, from, to) };
    byEnds.set(key, plan);
  }
  return plan;
}
