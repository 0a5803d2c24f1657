import { describe, expect, it } from 'vitest';
import { zoomStart, type ZoomTile } from '../../../src/lib/layout/zoom';

const tile = (id: string, x0: number, y0: number, x1: number, y1: number): ZoomTile => ({
  node: { id },
  x0,
  y0,
  x1,
  y1,
});

// A 100 × 50 viewport. The top level has two tiles; program "a" has two types.
const top = [tile('a', 0, 0, 60, 50), tile('b', 60, 0, 100, 50)];
const inA = [tile('a1', 0, 0, 100, 20), tile('a2', 0, 20, 100, 50)];

describe('zoomStart', () => {
  it('drilling in, starts the new tiles inside the tile that was opened', () => {
    const start = zoomStart(top, 'root', inA, 'a', 100, 50);
    expect([...start.from]).toEqual([
      ['a1', { x0: 0, y0: 0, x1: 60, y1: 20 }],
      ['a2', { x0: 0, y0: 20, x1: 60, y1: 50 }],
    ]);
    expect(start.activeIndex).toBe(0);
  });

  it('drilling out, starts the tiles scaled so that the tile left fills the viewport, and focuses it', () => {
    const start = zoomStart(inA, 'b', top, 'root', 100, 50);
    expect(start.from.get('b')).toEqual({ x0: 0, y0: 0, x1: 100, y1: 50 });
    expect(start.from.get('a')).toEqual({ x0: -150, y0: 0, x1: 0, y1: 50 });
    expect(start.activeIndex).toBe(1);
  });

  it('between unrelated levels, moves nothing', () => {
    const start = zoomStart(inA, 'x', [tile('c', 0, 0, 100, 50)], 'y', 100, 50);
    expect(start.from.size).toBe(0);
    expect(start.activeIndex).toBe(0);
  });
});
