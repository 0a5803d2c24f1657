import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { animate, prefersReducedMotion } from '../../../src/lib/dom/animate';

/** Animation frames the test runs by hand, each at a time it gives. */
let frames: Map<number, FrameRequestCallback>;
let nextId = 0;
const frame = (now: number) => {
  const pending = [...frames.values()];
  frames.clear();
  pending.forEach((callback) => callback(now));
};

beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++nextId, callback);
    return nextId;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

describe('animate', () => {
  it('eases from 0 to 1 (cubic out) over the duration, timed from the first frame', () => {
    const progress: number[] = [];
    animate(100, (p) => progress.push(p));
    frame(1000);
    frame(1050);
    frame(1100);
    frame(1200);
    expect(progress).toEqual([0, 0, 0.875, 1]);
  });

  it('ends at 1 at once for no duration (reduced motion)', () => {
    const progress: number[] = [];
    animate(0, (p) => progress.push(p));
    expect(progress).toEqual([1]);
    expect(frames.size).toBe(0);
  });

  it('stops where it is', () => {
    const progress: number[] = [];
    const stop = animate(100, (p) => progress.push(p));
    frame(0);
    frame(50);
    stop();
    frame(100);
    expect(progress).toEqual([0, 0, 0.875]);
  });
});

describe('prefersReducedMotion', () => {
  const win = (matches: boolean | undefined) =>
    ({
      matchMedia:
        matches === undefined
          ? undefined
          : (query: string) => ({
              matches: matches && query === '(prefers-reduced-motion: reduce)',
            }),
    }) as unknown as Window;

  it('reads the reader’s setting, and is false where it cannot be read', () => {
    expect(prefersReducedMotion(win(true))).toBe(true);
    expect(prefersReducedMotion(win(false))).toBe(false);
    expect(prefersReducedMotion(win(undefined))).toBe(false);
  });
});
