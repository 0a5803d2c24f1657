import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitLabel } from '../../src/lib/layout/labels';

describe('fitLabel', () => {
  it('keeps a short name on one line in a roomy tile', () => {
    expect(fitLabel('Global Type', 300, 200, 16)).toEqual({ lines: ['Global Type'], fontSize: 16 });
  });

  it('wraps words to the tile width', () => {
    const label = fitLabel('Regional Innovation Cluster Program', 150, 200, 16);
    expect(label?.lines.length).toBeGreaterThan(1);
    for (const line of label?.lines ?? [])
      expect(estimateTextWidth(line, label!.fontSize)).toBeLessThanOrEqual(138);
  });

  it('wraps Japanese between characters', () => {
    const label = fitLabel('地域イノベーションクラスタープログラム', 120, 300, 16);
    expect(label?.lines.join('')).toBe('地域イノベーションクラスタープログラム');
    expect(label!.lines.length).toBeGreaterThan(1);
  });

  it('shrinks the font before giving up, and gives up in a tiny tile', () => {
    const label = fitLabel('Accelerative Support', 140, 60, 18, { minFontSize: 10 });
    expect(label?.fontSize).toBeLessThan(18);
    expect(fitLabel('Not itemized in the source', 20, 20, 16)).toBeNull();
  });
});
