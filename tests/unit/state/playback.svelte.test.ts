import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from '../../../src/lib/state/playback.svelte';

describe('Playback', () => {
  let step = 1;
  let shown: number[] = [];
  const make = (count = 4) =>
    new Playback({
      current: () => step,
      count: () => count,
      show: (n) => {
        shown.push(n);
        step = n;
      },
      dwellMs: 1000,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
  });
  afterEach(() => vi.useRealTimers());

  it('shows the next step at once, then one per dwell, and stops at the last', () => {
    step = 2;
    const playback = make();
    playback.toggle();
    expect(shown).toEqual([3]);
    expect(playback.playing).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([3, 4]);
    expect(playback.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual([3, 4]);
  });

  it('starts again from step 1 when pressed on the last step (the whole picture)', () => {
    step = 4;
    const playback = make();
    playback.start();
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(3000);
    expect(shown).toEqual([1, 2, 3, 4]);
  });

  it('pauses on a second press and continues from wherever the user stepped to', () => {
    step = 1;
    const playback = make(6);
    playback.toggle();
    playback.toggle();
    expect(playback.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual([2]);
    playback.toggle();
    step = 4; // stepped by hand while playing
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([2, 3, 5]);
  });

  it('does nothing with a single step', () => {
    step = 1;
    const playback = make(1);
    playback.start();
    expect(shown).toEqual([]);
    expect(playback.playing).toBe(false);
  });
});
