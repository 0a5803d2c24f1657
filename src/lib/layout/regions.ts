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
  barsInLines = 8,
): CountChart {
  const top = Math.round(fontSize * 1.6);
  const barArea = Math.round(fontSize * barsInLines);
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

export interface SeparatedMarker extends RegionMarker {
  /** Where the marker belongs (inside its prefecture); x, y is where it is drawn. */
  readonly anchorX: number;
  readonly anchorY: number;
  /** Moved off its place to stay clear of the others: drawn with a leader line to the place. */
  readonly moved: boolean;
  /** Its radius as drawn (half a square's side): a circle holding a two-digit number is larger. */
  readonly radius: number;
}

/**
 * How much larger a circle is drawn round a two-digit number, so that the number (at 1.3 × the
 * markers' radius, 1.8 radii wide in bold) stays inside the circle at its cap height, with room; a
 * square is as wide as it is high, and holds two digits at its usual size.
 */
export const WIDE_CIRCLE = 1.15;

/**
 * Markers moved apart until no two overlap (centres at least their two radii + gap apart; each
 * marker's radius `radiusOf` it, by default `radius`), each as little as it must, kept within
 * `bounds`; a marker that moved gets a leader line to its place. Deterministic (no randomness): pairs
 * are pushed apart along the line between them, repeatedly.
 */
export function separateMarkers(
  markers: readonly RegionMarker[],
  radius: number,
  bounds: { readonly width: number; readonly height: number },
  gap = radius * 0.35,
  setOff: ReadonlySet<string> = new Set(),
  radiusOf: (marker: RegionMarker) => number = () => radius,
): SeparatedMarker[] {
  const radii = markers.map(radiusOf);
  // Markers of the `setOff` prefectures (shaded for two schemes) start below their place, so the
  // prefecture's stripes stay in sight; a leader line joins them.
  const points = markers.map((m) => ({
    x: m.x,
    y: setOff.has(m.prefectureId) ? Math.min(bounds.height - radius, m.y + radius * 2.6) : m.y,
  }));
  const clamp = (value: number, high: number, r: number) => Math.min(high - r, Math.max(r, value));
  for (let iteration = 0; iteration < 400; iteration += 1) {
    let moved = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i] as { x: number; y: number };
        const b = points[j] as { x: number; y: number };
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        const min = (radii[i] as number) + (radii[j] as number) + gap;
        if (distance >= min - 1e-6) continue;
        if (distance < 1e-6) {
          // Same place: part them along a fixed direction that depends on the pair only.
          const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        // A little more than needed, so the loop settles.
        const push = ((min - distance) / 2) * 1.05;
        const ux = dx / distance;
        const uy = dy / distance;
        const ra = radii[i] as number;
        const rb = radii[j] as number;
        a.x = clamp(a.x - ux * push, bounds.width, ra);
        a.y = clamp(a.y - uy * push, bounds.height, ra);
        b.x = clamp(b.x + ux * push, bounds.width, rb);
        b.y = clamp(b.y + uy * push, bounds.height, rb);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return markers.map((marker, index) => {
    const point = points[index] as { x: number; y: number };
    const x = Math.round(point.x * 100) / 100;
    const y = Math.round(point.y * 100) / 100;
    return {
      ...marker,
      anchorX: marker.x,
      anchorY: marker.y,
      x,
      y,
      moved: Math.hypot(x - marker.x, y - marker.y) > radius * 0.5,
      radius: radii[index] as number,
    };
  });
}

/** For each prefecture a region's source names: which schemes name it (both, for Shizuoka). */
export function namedPrefectures(
  regions: readonly { scheme: string; prefectures: readonly { id: string }[] }[],
): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const region of regions) {
    for (const prefecture of region.prefectures) {
      const schemes = named.get(prefecture.id) ?? new Set<string>();
      schemes.add(region.scheme);
      named.set(prefecture.id, schemes);
    }
  }
  return named;
}

/**
 * The map's numbered markers: each region in the first prefecture its source names (numbered as
 * `regionNumbers` does), then set apart where they would overlap, and off the `setOff` prefectures.
 * A Knowledge Cluster Phase II region's circle is `WIDE_CIRCLE` times larger round a two-digit number.
 */
export function regionMarkers<
  R extends {
    id: string;
    scheme: string;
    fromFiscalYear: number;
    prefectures: readonly { id: string }[];
  },
>(
  regions: readonly R[],
  paths: ReadonlyMap<string, string>,
  radius: number,
  bounds: { readonly width: number; readonly height: number },
  setOff: ReadonlySet<string> = new Set(),
): SeparatedMarker[] {
  const numbered = regionNumbers(regions).map(({ region, number }) => ({
    id: region.id,
    number,
    prefectureIds: region.prefectures.map((p) => p.id),
  }));
  const circles = new Set(
    regions.filter((r) => r.scheme === 'knowledge-cluster-phase-2').map((r) => r.id),
  );
  return separateMarkers(
    placeMarkers(numbered, paths, radius),
    radius,
    bounds,
    radius * 0.35,
    setOff,
    (marker) =>
      circles.has(marker.regionId) && marker.number >= 10 ? radius * WIDE_CIRCLE : radius,
  );
}
