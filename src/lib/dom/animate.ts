/**
 * A progress from 0 to 1 on animation frames, eased (cubic out), for the treemap's zoom: a few lines
 * instead of svelte/motion's Tween, so that the first view does not carry it. `onframe` gets the eased
 * progress at each frame (1 at once when `duration` is 0, as under reduced motion). Returns a function
 * that stops the animation where it is.
 */
export function animate(duration: number, onframe: (progress: number) => void): () => void {
  if (duration <= 0) {
    onframe(1);
    return () => {};
  }
  onframe(0);
  let start: number | undefined;
  let frame = requestAnimationFrame(function step(now) {
    start ??= now;
    const t = Math.min(1, (now - start) / duration);
    onframe(1 - (1 - t) ** 3);
    if (t < 1) frame = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(frame);
}

/** Whether the reader asked for reduced motion (read when an animation starts). */
export function prefersReducedMotion(win: Window = window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
