import { describe, expect, it } from 'vitest';
import japan from '@svg-maps/japan';
import {
  layoutCounts,
  namedPrefectures,
  placeMarkers,
  regionNumbers,
  regionMarkers,
  separateMarkers,
  WIDE_CIRCLE,
} from '../../../src/lib/layout/regions';
import { contains, pathRings, placesInside, ringArea } from '../../../src/lib/layout/mapPlaces';
import { history } from '../../fixtures/history';

const square = 'm 0,0 10,0 0,10 -10,0 z';
const PHASE2 = 'knowledge-cluster-phase-2';

describe('mapPlaces', () => {
  it('reads relative "m … z" paths into rings', () => {
    expect(pathRings(square)).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    ]);
    expect(pathRings(`${square} m 20,0 5,0 0,5 z`)[1]).toEqual([
      [20, 0],
      [25, 0],
      [25, 5],
    ]);
    expect(ringArea(pathRings(square)[0]!)).toBe(100);
  });

  it('puts one place at the deepest point and keeps several apart', () => {
    expect(placesInside(square, 1, 2, 4)).toEqual([[3.75, 3.75]]);
    const [a, b] = placesInside(square, 2, 4, 8);
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThanOrEqual(4);
    expect(placesInside(square, 0, 2)).toEqual([]);
    expect(placesInside('', 1, 2)).toEqual([]);
  });
});

describe('regions layout', () => {
  it('counts chart: bars on one scale', () => {
    const chart = layoutCounts(
      [
        { fiscalYear: 2002, count: 20 },
        { fiscalYear: 2003, count: 10 },
      ],
      200,
      10,
    );
    expect(chart.bars.map((b) => [b.x, b.y, b.width, b.height])).toEqual([
      [15, 16, 70, 80],
      [115, 56, 70, 40],
    ]);
  });

  it('numbers Phase II regions 1–13 by start year, then the FY2010 regions 14–20', () => {
    const numbered = regionNumbers(history.regions);
    expect(
      numbered.slice(0, 13).every(({ region }) => region.scheme === 'knowledge-cluster-phase-2'),
    ).toBe(true);
    expect(numbered.map(({ region }) => region.fromFiscalYear)).toEqual([
      ...Array(6).fill(2007),
      ...Array(3).fill(2008),
      ...Array(4).fill(2009),
      ...Array(7).fill(2010),
    ]);
  });

  it('places every region marker inside the first prefecture its source names, never elsewhere', () => {
    const paths = new Map(japan.locations.map((l) => [l.id, l.path]));
    const numbered = regionNumbers(history.regions);
    const markers = placeMarkers(
      numbered.map(({ region, number }) => ({
        id: region.id,
        number,
        prefectureIds: region.prefectures.map((p) => p.id),
      })),
      paths,
      7,
    );
    expect(markers).toHaveLength(20);
    for (const marker of markers) {
      const region = history.regions.find((r) => r.id === marker.regionId)!;
      expect(marker.prefectureId).toBe(region.prefectures[0]!.id);
      const inside = pathRings(paths.get(marker.prefectureId)!).some((ring) =>
        contains(ring, [marker.x, marker.y]),
      );
      expect(inside, region.name).toBe(true);
    }
    // Two regions in one prefecture (北海道: 札幌, 函館) get two places.
    const hokkaido = markers.filter((m) => m.prefectureId === 'hokkaido');
    expect(hokkaido).toHaveLength(2);
    expect(hokkaido[0]!.x !== hokkaido[1]!.x || hokkaido[0]!.y !== hokkaido[1]!.y).toBe(true);
  });
});

describe('map markers and shading', () => {
  const paths = new Map(japan.locations.map((l) => [l.id, l.path]));
  const markersAt = (radius: number) =>
    regionMarkers(history.regions, paths, radius, { width: 438, height: 516 });

  it.each([8, 14])('no two markers overlap at radius %i; moved ones keep their place', (radius) => {
    const markers = markersAt(radius);
    expect(markers).toHaveLength(20);
    for (const [i, a] of markers.entries()) {
      for (const b of markers.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
      expect(a.x).toBeGreaterThanOrEqual(a.radius);
      expect(a.x).toBeLessThanOrEqual(438 - a.radius);
      // A circle round a two-digit number (10–13) is drawn larger, to hold it; squares keep their size.
      const circle = history.regions.find((r) => r.id === a.regionId)!.scheme === PHASE2;
      expect(a.radius).toBe(circle && a.number >= 10 ? radius * WIDE_CIRCLE : radius);
    }
    // Kansai is crowded: some markers move, each with its place (anchor) kept for the leader line.
    expect(markers.some((m) => m.moved)).toBe(true);
    for (const m of markers.filter((m) => !m.moved)) {
      expect(Math.hypot(m.x - m.anchorX, m.y - m.anchorY)).toBeLessThanOrEqual(radius * 0.5);
    }
  });

  it('a prefecture named by both schemes (Shizuoka) is known as both', () => {
    const named = namedPrefectures(history.regions);
    expect([...(named.get('shizuoka') ?? [])].sort()).toEqual([
      'knowledge-cluster-phase-2',
      'ricp-fy2010-priority',
    ]);
    expect([...named].filter(([, schemes]) => schemes.size > 1).map(([id]) => id)).toEqual([
      'shizuoka',
    ]);
  });
});

describe('markers of a prefecture shaded for both schemes', () => {
  it('start off it, so its stripes show, and keep a leader line to it', () => {
    const marker = { regionId: 'a', number: 1, prefectureId: 'shizuoka', x: 100, y: 100 };
    const [moved] = separateMarkers(
      [marker],
      8,
      { width: 438, height: 516 },
      2,
      new Set(['shizuoka']),
    );
    expect(moved).toMatchObject({ anchorX: 100, anchorY: 100, moved: true });
    expect(moved!.y).toBeGreaterThan(100 + 8 * 2);
    const [kept] = separateMarkers([marker], 8, { width: 438, height: 516 });
    expect(kept).toMatchObject({ x: 100, y: 100, moved: false });
  });
});
