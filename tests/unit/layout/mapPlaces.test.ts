import { describe, expect, it } from 'vitest';
import { contains, pathRings, placesInside, ringArea } from '../../../src/lib/layout/mapPlaces';

/** A 10 × 10 square at the origin, drawn as @svg-maps/japan draws: a move, then relative lines. */
const SQUARE = 'm0 0 10 0 0 10 -10 0z';

describe('pathRings', () => {
  it('reads a relative move followed by relative lines as one closed outline', () => {
    expect(pathRings(SQUARE)).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    ]);
  });

  it('starts the next outline from where the last one closed, and reads an absolute move', () => {
    expect(pathRings('m1 1 2 0 0 2z m10 10 4 0 0 4z M5 5 1 0 0 1z')).toEqual([
      [
        [1, 1],
        [3, 1],
        [3, 3],
      ],
      [
        [11, 11],
        [15, 11],
        [15, 15],
      ],
      [
        [5, 5],
        [6, 5],
        [6, 6],
      ],
    ]);
  });

  it('reads decimals, signs and exponents, and drops outlines of fewer than three points', () => {
    expect(pathRings('m0.5-1.5 1e1 0 -.5 2z m1 1 1 1z')).toEqual([
      [
        [0.5, -1.5],
        [10.5, -1.5],
        [10, 0.5],
      ],
    ]);
  });
});

describe('ringArea and contains', () => {
  const [square] = pathRings(SQUARE);

  it('measures an outline in either winding', () => {
    expect(ringArea(square!)).toBe(100);
    expect(ringArea([...square!].reverse())).toBe(100);
    expect(ringArea(pathRings('m0 0 4 0 0 3z')[0]!)).toBe(6);
  });

  it('tells points inside from points outside', () => {
    expect(contains(square!, [5, 5])).toBe(true);
    expect(contains(square!, [0.1, 9.9])).toBe(true);
    expect(contains(square!, [11, 5])).toBe(false);
    expect(contains(square!, [5, -1])).toBe(false);
  });
});

describe('placesInside', () => {
  // A 4 × 4 grid over the square: cells centred at 1.25, 3.75, 6.25 and 8.75; the four middle ones
  // are deepest (3.75 from the edges), the others 1.25.
  it('puts one marker at the deepest point', () => {
    expect(placesInside(SQUARE, 1, 3, 4)).toEqual([[3.75, 3.75]]);
  });

  it('keeps markers `spacing` apart, deepest first', () => {
    expect(placesInside(SQUARE, 2, 3, 4)).toEqual([
      [3.75, 3.75],
      [6.25, 6.25],
    ]);
    expect(placesInside(SQUARE, 3, 3, 4)).toEqual([
      [3.75, 3.75],
      [6.25, 6.25],
      [1.25, 1.25],
    ]);
  });

  it('halves the spacing until the markers fit', () => {
    // 20 apart cannot be had, nor 10; 5 can.
    expect(placesInside(SQUARE, 2, 20, 4)).toEqual([
      [3.75, 3.75],
      [1.25, 8.75],
    ]);
  });

  it('uses the largest outline of the path', () => {
    expect(placesInside(`m20 20 2 0 0 2z m-20-20 10 0 0 10 -10 0z`, 1, 3, 4)).toEqual([
      [3.75, 3.75],
    ]);
  });

  it('places nothing for no markers or an empty path', () => {
    expect(placesInside(SQUARE, 0, 3, 4)).toEqual([]);
    expect(placesInside('', 2, 3, 4)).toEqual([]);
  });
});
