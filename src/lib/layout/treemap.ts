/**
 * The budget treemap: the children of a focus node, squarified into a width × height box, and the level
 * below drawn nested inside a tile.
 * Tile area is proportional to amount (no rounding of the layout; rounding happens only when drawn).
 * One level at a time, so the layout is d3-hierarchy's `treemap().tile(treemapSquarify.ratio(1.618))
 * .paddingInner(padding).round(false)` over the focus node's children sorted by amount, written out here
 * (the same arithmetic, in the same order: tests/unit/layout/treemap.test.ts compares the two) so that
 * the first view does not carry the whole of d3-hierarchy (about 1.7 KiB gzip).
 */
import type { BudgetNode } from '../data/budgetTree';

export interface Tile {
  readonly node: BudgetNode;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Share of the focus node's amount, 0..1. */
  readonly shareOfParent: number;
}

/** The golden ratio d3's squarify aims at (Bruls, Huizing and van Wijk's algorithm, as d3 has it). */
const RATIO = 1.618;

interface Cell {
  node: BudgetNode;
  value: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One row of cells across the box (`dice`: side by side, left to right) or down it (top to bottom). */
function placeRow(
  row: Cell[],
  sum: number,
  dice: boolean,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) {
  const k = sum && (dice ? x1 - x0 : y1 - y0) / sum;
  for (const cell of row) {
    if (dice) {
      cell.y0 = y0;
      cell.y1 = y1;
      cell.x0 = x0;
      cell.x1 = x0 += cell.value * k;
    } else {
      cell.x0 = x0;
      cell.x1 = x1;
      cell.y0 = y0;
      cell.y1 = y0 += cell.value * k;
    }
  }
}

/** d3-hierarchy's squarifyRatio over `cells` (in order) into the box. */
function squarify(cells: Cell[], total: number, x0: number, y0: number, x1: number, y1: number) {
  let value = total;
  let i0 = 0;
  let i1 = 0;
  const n = cells.length;
  while (i0 < n) {
    const dx = x1 - x0;
    const dy = y1 - y0;
    // The next non-empty cell.
    let sum: number;
    do sum = cells[i1++]!.value;
    while (!sum && i1 < n);
    let min = sum;
    let max = sum;
    const alpha = Math.max(dy / dx, dx / dy) / (value * RATIO);
    let beta = sum * sum * alpha;
    let minRatio = Math.max(max / beta, beta / min);
    // Keep adding cells while the aspect ratio holds or improves.
    for (; i1 < n; ++i1) {
      const cellValue = cells[i1]!.value;
      sum += cellValue;
      if (cellValue < min) min = cellValue;
      if (cellValue > max) max = cellValue;
      beta = sum * sum * alpha;
      const ratio = Math.max(max / beta, beta / min);
      if (ratio > minRatio) {
        sum -= cellValue;
        break;
      }
      minRatio = ratio;
    }
    const row = cells.slice(i0, i1);
    if (dx < dy) placeRow(row, sum, true, x0, y0, x1, value ? (y0 += (dy * sum) / value) : y1);
    else placeRow(row, sum, false, x0, y0, value ? (x0 += (dx * sum) / value) : x1, y1);
    value -= sum;
    i0 = i1;
  }
}

export function layoutTreemap(
  focus: BudgetNode,
  width: number,
  height: number,
  padding = 2,
): Tile[] {
  if (focus.children.length === 0 || width <= 0 || height <= 0) return [];
  const cells: Cell[] = focus.children
    .map((node) => ({ node, value: node.amountMillionYen, x0: 0, y0: 0, x1: 0, y1: 0 }))
    .sort((a, b) => b.value - a.value);
  const total = cells.reduce((sum, cell) => sum + cell.value, 0);
  // As d3's treemap: the box grown by half the padding on every side, each tile shrunk by it.
  const p = padding / 2;
  squarify(cells, total, -p, -p, width + p, height + p);
  return cells.map(({ node, x0, y0, x1, y1 }) => {
    x0 += p;
    y0 += p;
    x1 -= p;
    y1 -= p;
    if (x1 < x0) x0 = x1 = (x0 + x1) / 2;
    if (y1 < y0) y0 = y1 = (y0 + y1) / 2;
    return { node, x0, y0, x1, y1, shareOfParent: total > 0 ? node.amountMillionYen / total : 0 };
  });
}

/**
 * The next level drawn inside a tile (the top level shows each program's types within it, as in D3's
 * zoomable treemap): the tile's node's children squarified into the tile below a `header` band that
 * holds the tile's own label, in chart coordinates. Empty when the node has no children or the room
 * left under the header is less than `minHeight`.
 */
export function layoutNested(tile: Tile, header: number, inset = 3, minHeight = 24): Tile[] {
  const width = tile.x1 - tile.x0 - 2 * inset;
  const height = tile.y1 - tile.y0 - header - inset;
  if (height < minHeight || width < minHeight) return [];
  const x = tile.x0 + inset;
  const y = tile.y0 + header;
  return layoutTreemap(tile.node, width, height, 1).map((child) => ({
    ...child,
    x0: child.x0 + x,
    y0: child.y0 + y,
    x1: child.x1 + x,
    y1: child.y1 + y,
  }));
}
