/**
 * Where a numbered marker goes on a prefecture of the map: inside the prefecture's largest outline, as
 * far from its edges as a coarse grid finds, several markers of one prefecture kept apart. Pure: takes
 * the SVG path data of @svg-maps/japan (only "m" and "z" commands: relative moves, then relative lines).
 */
export type Point = readonly [number, number];
export type Ring = readonly Point[];

/** The closed outlines of a path made of relative "m … z" commands (as @svg-maps/japan draws them). */
export function pathRings(d: string): Ring[] {
  const rings: Point[][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([mMzZ])([^mMzZ]*)/g)) {
    if (command === 'z' || command === 'Z') {
      x = startX;
      y = startY;
      continue;
    }
    const numbers = (args ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/gi)?.map(Number) ?? [];
    const ring: Point[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const dx = numbers[i] as number;
      const dy = numbers[i + 1] as number;
      if (command === 'M' && i === 0) {
        x = dx;
        y = dy;
      } else {
        x += dx;
        y += dy;
      }
      if (i === 0) {
        startX = x;
        startY = y;
      }
      ring.push([x, y]);
    }
    if (ring.length >= 3) rings.push(ring);
  }
  return rings;
}

export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x0, y0] = ring[i] as Point;
    const [x1, y1] = ring[(i + 1) % ring.length] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

export function contains(ring: Ring, [px, py]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToEdges(ring: Ring, [px, py]: Point): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [x0, y0] = ring[j] as Point;
    const [x1, y1] = ring[i] as Point;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length = dx * dx + dy * dy;
    const t =
      length === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length));
    best = Math.min(best, Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy)));
  }
  return best;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * `count` points inside the largest outline of path `d`, each at least `spacing` apart where the shape
 * allows (else as far apart as the grid gives), deepest inside first.
 */
export function placesInside(d: string, count: number, spacing: number, grid = 32): Point[] {
  const rings = pathRings(d);
  const ring = rings.reduce<Ring | null>(
    (largest, r) => (largest === null || ringArea(r) > ringArea(largest) ? r : largest),
    null,
  );
  if (!ring || count <= 0) return [];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const candidates: { point: Point; depth: number }[] = [];
  for (let i = 0; i < grid; i += 1) {
    for (let j = 0; j < grid; j += 1) {
      const point: Point = [
        minX + ((i + 0.5) / grid) * (maxX - minX),
        minY + ((j + 0.5) / grid) * (maxY - minY),
      ];
      if (contains(ring, point)) candidates.push({ point, depth: distanceToEdges(ring, point) });
    }
  }
  candidates.sort((a, b) => b.depth - a.depth);
  const chosen: Point[] = [];
  for (let gap = spacing; chosen.length < count && gap > 0.5; gap /= 2) {
    for (const { point } of candidates) {
      if (chosen.length >= count) break;
      if (chosen.every((c) => Math.hypot(c[0] - point[0], c[1] - point[1]) >= gap))
        chosen.push(point);
    }
  }
  return chosen.map(([x, y]) => [round(x), round(y)] as Point);
}
