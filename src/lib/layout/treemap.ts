/**
 * The budget treemap: the children of a focus node, squarified into a width × height box, and the level
 * below drawn nested inside a tile.
 * Tile area is proportional to amount (no rounding of the layout; rounding happens only when drawn).
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
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

export function layoutTreemap(
  focus: BudgetNode,
  width: number,
  height: number,
  padding = 2,
): Tile[] {
  if (focus.children.length === 0 || width <= 0 || height <= 0) return [];
  const root = hierarchy<BudgetNode>(focus, (n) => (n === focus ? [...n.children] : null))
    .sum((n) => (n === focus ? 0 : n.amountMillionYen))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const total = root.value ?? 0;
  treemap<BudgetNode>()
    .tile(treemapSquarify.ratio(1.618))
    .size([width, height])
    .paddingInner(padding)
    .round(false)(root);
  return (root.children ?? []).map((child) => {
    const r = child as typeof child & { x0: number; y0: number; x1: number; y1: number };
    return {
      node: r.data,
      x0: r.x0,
      y0: r.y0,
      x1: r.x1,
      y1: r.y1,
      shareOfParent: total > 0 ? r.data.amountMillionYen / total : 0,
    };
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
