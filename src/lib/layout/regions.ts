/**
 * The regions view's geometry, with no DOM: the City Area Program's newly selected regions per year as
 * bars, and a numbered marker per region on the map, placed in the first prefecture its source names
 * (markers sharing a prefecture kept apart). Every prefecture a region's source names is highlighted.
 */
import { placesInside, type Point } from './mapPlaces';

export interface CountBar {
  readonly fiscalYear: number;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CountChart {
  readonly width: number;
  readonly height: number;
  readonly baseline: number;
  readonly bars: readonly CountBar[];
}

export function layoutCounts(
  years: readonly { fiscalYear: number; count: number }[],
  width: number,
  fontSize: number,
): CountChart {
  const top = Math.round(fontSize * 1.6);
  const barArea = Math.round(fontSize * 8);
  const baseline = top + barArea;
  const height = baseline + Math.round(fontSize * 1.8);
  const max = Math.max(1, ...years.map((y) => y.count));
  const column = years.length > 0 ? width / years.length : width;
  const bars = years.map(({ fiscalYear, count }, index) => {
    const h = Math.round((count / max) * barArea * 100) / 100;
    return {
      fiscalYear,
      count,
      x: Math.round((index * column + column * 0.15) * 100) / 100,
      y: Math.round((baseline - h) * 100) / 100,
      width: Math.round(column * 0.7 * 100) / 100,
      height: h,
    };
  });
  return { width, height, baseline, bars };
}

export interface MapRegion {
  readonly id: string;
  readonly number: number;
  readonly prefectureIds: readonly string[];
}

export interface RegionMarker {
  readonly regionId: string;
  readonly number: number;
  readonly prefectureId: string;
  readonly x: number;
  readonly y: number;
}

/** Markers for regions, each in its first named prefecture; `paths` maps prefecture id → SVG path. */
export function placeMarkers(
  regions: readonly MapRegion[],
  paths: ReadonlyMap<string, string>,
  radius: number,
): RegionMarker[] {
  const byPrefecture = new Map<string, MapRegion[]>();
  for (const region of regions) {
    const first = region.prefectureIds[0];
    if (first === undefined || !paths.has(first)) continue;
    byPrefecture.set(first, [...(byPrefecture.get(first) ?? []), region]);
  }
  const markers: RegionMarker[] = [];
  for (const [prefectureId, group] of byPrefecture) {
    const points: Point[] = placesInside(
      paths.get(prefectureId) as string,
      group.length,
      radius * 2.2,
    );
    group.forEach((region, index) => {
      const point = points[index] ?? points[0];
      if (!point) return;
      markers.push({
        regionId: region.id,
        number: region.number,
        prefectureId,
        x: point[0],
        y: point[1],
      });
    });
  }
  return markers.sort((a, b) => a.number - b.number);
}

/** The map's numbering: Phase II regions 1–13 in the order of their start, then the FY2010 regions. */
export function regionNumbers<R extends { scheme: string; fromFiscalYear: number }>(
  regions: readonly R[],
): { region: R; number: number }[] {
  const order = (r: R) => (r.scheme === 'knowledge-cluster-phase-2' ? 0 : 1);
  return [...regions]
    .sort((a, b) => order(a) - order(b) || a.fromFiscalYear - b.fromFiscalYear)
    .map((region, index) => ({ region, number: index + 1 }));
}
