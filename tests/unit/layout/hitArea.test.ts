import { describe, expect, it } from 'vitest';
import { hitArea } from '../../../src/lib/layout/hitArea';

describe('hitArea', () => {
  it('is the tile itself when the tile is at least 24 px each way', () => {
    expect(hitArea({ x0: 10, y0: 10, x1: 110, y1: 60 }, 400, 300)).toEqual({
      x0: 0,
      y0: 0,
      x1: 100,
      y1: 50,
    });
  });

  it('grows a sliver to 24 px, centred on it', () => {
    expect(hitArea({ x0: 100, y0: 100, x1: 180, y1: 106 }, 400, 300)).toEqual({
      x0: 0,
      y0: -9,
      x1: 80,
      y1: 15,
    });
  });

  it('stays inside the chart at its edges', () => {
    expect(hitArea({ x0: 390, y0: 296, x1: 400, y1: 300 }, 400, 300)).toEqual({
      x0: -14,
      y0: -20,
      x1: 10,
      y1: 4,
    });
  });
});
