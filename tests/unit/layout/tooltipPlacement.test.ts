import { describe, expect, it } from 'vitest';
import { placeTooltip, tooltipLeft, tooltipWidth } from '../../../src/lib/layout/tooltipPlacement';

const chart = { width: 1000, height: 600 };
const tooltip = { width: 300, height: 150 };

describe('placeTooltip', () => {
  it('goes right of a tile when there is room', () => {
    expect(placeTooltip({ x0: 0, y0: 100, x1: 400, y1: 300 }, tooltip, chart)).toEqual({
      left: 408,
      top: 100,
    });
  });

  it('goes left of a tile at the right edge', () => {
    expect(placeTooltip({ x0: 800, y0: 500, x1: 1000, y1: 600 }, tooltip, chart)).toEqual({
      left: 492,
      top: 450,
    });
  });

  it('sits in the bottom-right corner of a tile that fills the chart', () => {
    expect(placeTooltip({ x0: 0, y0: 0, x1: 1000, y1: 600 }, tooltip, chart)).toEqual({
      left: 692,
      top: 442,
    });
  });

  it('on a phone, goes below or above a narrow tile and never past the chart width', () => {
    const phone = { width: 336, height: 403 };
    const below = placeTooltip({ x0: 300, y0: 0, x1: 336, y1: 100 }, tooltip, phone);
    expect(below).toEqual({ left: 28, top: 108 });
    const above = placeTooltip({ x0: 300, y0: 300, x1: 336, y1: 403 }, tooltip, phone);
    expect(above).toEqual({ left: 28, top: 142 });
    const full = placeTooltip({ x0: 260, y0: 0, x1: 336, y1: 403 }, tooltip, phone);
    expect(full).toEqual({ left: 28, top: 411 });
  });
});

describe('tooltipWidth and tooltipLeft', () => {
  it('is each tooltip its own width, never wider than the chart less 8 px each side', () => {
    expect(tooltipWidth('tile', 1000)).toBe(320);
    expect(tooltipWidth('lane', 1000)).toBe(340);
    expect(tooltipWidth('figure', 1000)).toBe(360);
    expect(tooltipWidth('marker', 1000)).toBe(300);
    expect(tooltipWidth('figure', 336)).toBe(320);
  });

  it('keeps the tooltip 8 px inside both edges of the chart', () => {
    expect(tooltipLeft(100, 300, 1000)).toBe(100);
    expect(tooltipLeft(-40, 300, 1000)).toBe(8);
    expect(tooltipLeft(900, 300, 1000)).toBe(692);
    expect(tooltipLeft(900, 320, 336)).toBe(8);
  });
});
