import { describe, expect, it } from 'vitest';
import { stageScale } from '../../../src/lib/present/stageScale';

describe('stageScale (the 1920 × 1080 stage, letterboxed)', () => {
  it.each([
    [1920, 1080, 1],
    [3840, 2160, 2],
    [1280, 668, 0.62], // 1280 × 720 less the control bar: the height decides
    [1366, 716, 0.66],
    [844, 338, 0.31], // a phone held sideways
    [960, 1080, 0.5], // a tall box: the width decides
  ])('%i × %i → %f', (width, height, scale) =>
    expect(Math.round(stageScale(width, height) * 100) / 100).toBe(scale),
  );

  it('is 0 while the box is not measured', () => {
    expect(stageScale(0, 720)).toBe(0);
    expect(stageScale(1280, 0)).toBe(0);
  });
});
