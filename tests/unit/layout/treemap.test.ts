import { lerpRect } from '../../../src/lib/layout/zoom';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import type { BudgetNode } from '../../../src/lib/data/budgetTree';
import { layoutNested, layoutTreemap } from '../../../src/lib/layout/treemap';

const leaf = (id: string, amount: number): BudgetNode => ({
  id,
  kind: 'part',
  program: null,
  amountMillionYen: amount,
  citation: null,
  children: [],
});
const parent = (children: BudgetNode[]): BudgetNode => ({
  ...leaf(
    'p',
    children.reduce((s, c) => s + c.amountMillionYen, 0),
  ),
  kind: 'program',
  children,
});
const round = (n: number) => Math.round(n * 100) / 100;
const rects = (tiles: ReturnType<typeof layoutTreemap>) =>
  tiles.map((t) => [t.node.id, round(t.x0), round(t.y0), round(t.x1), round(t.y1)]);

describe('layoutTreemap', () => {
  it('squarifies a hand-sized input into exact rectangles', () => {
    const tiles = layoutTreemap(parent([leaf('a', 6), leaf('b', 3), leaf('c', 1)]), 100, 60, 0);
    expect(rects(tiles)).toEqual([
      ['a', 0, 0, 60, 60],
      ['b', 60, 0, 100, 45],
      ['c', 60, 45, 100, 60],
    ]);
  });

  it('makes tile area proportional to amount', () => {
    const tiles = layoutTreemap(
      parent([leaf('a', 7942), leaf('b', 3000), leaf('c', 1000), leaf('d', 123)]),
      800,
      500,
      0,
    );
    for (const t of tiles) {
      const area = (t.x1 - t.x0) * (t.y1 - t.y0);
      expect(area / (800 * 500)).toBeCloseTo(t.node.amountMillionYen / 12065, 6);
    }
    expect(tiles.map((t) => round(t.shareOfParent))).toEqual([0.66, 0.25, 0.08, 0.01]);
  });

  it("lays out exactly as d3-hierarchy's squarified treemap (ratio 1.618, inner padding)", () => {
    let seed = 13;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 200; run += 1) {
      const count = 1 + Math.floor(random() * 40);
      const children = Array.from({ length: count }, (_, i) =>
        leaf(`n${i}`, random() < 0.1 ? 0 : Math.round(random() ** 3 * 10_000)),
      );
      const focus = parent(children);
      const width = 1 + random() * 1200;
      const height = 1 + random() * 700;
      const padding = [0, 1, 2, 7][run % 4]!;
      const root = hierarchy<BudgetNode>(focus, (n) => (n === focus ? [...n.children] : null))
        .sum((n) => (n === focus ? 0 : n.amountMillionYen))
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
      treemap<BudgetNode>()
        .tile(treemapSquarify.ratio(1.618))
        .size([width, height])
        .paddingInner(padding)
        .round(false)(root);
      const d3Tiles = (root.children ?? []).map((c) => {
        const r = c as typeof c & { x0: number; y0: number; x1: number; y1: number };
        return [r.data.id, r.x0, r.y0, r.x1, r.y1];
      });
      const own = layoutTreemap(focus, width, height, padding).map((t) => [
        t.node.id,
        t.x0,
        t.y0,
        t.x1,
        t.y1,
      ]);
      expect(own).toEqual(d3Tiles);
    }
  });

  it('handles degenerate inputs', () => {
    expect(layoutTreemap(parent([]), 100, 100)).toEqual([]);
    expect(layoutTreemap(parent([leaf('a', 1)]), 0, 100)).toEqual([]);
    expect(rects(layoutTreemap(parent([leaf('only', 5)]), 100, 50, 2))).toEqual([
      ['only', 0, 0, 100, 50],
    ]);
    const withZero = layoutTreemap(parent([leaf('a', 5), leaf('zero', 0)]), 100, 50, 0);
    const zero = withZero.find((t) => t.node.id === 'zero');
    expect(zero && (zero.x1 - zero.x0) * (zero.y1 - zero.y0)).toBe(0);
  });
});

describe('lerpRect', () => {
  it('ends exactly on the target, so a settled transition equals a fresh layout', () => {
    const from = { x0: 0.1, y0: 0.2, x1: 10.3, y1: 20.7 };
    const to = { x0: 33.333333, y0: 1 / 3, x1: 100.1, y1: 200.7 };
    expect(lerpRect(from, to, 1)).toBe(to);
    expect(lerpRect(from, to, 0)).toEqual(from);
  });
});

describe('layoutNested', () => {
  const tile = (node: BudgetNode, x0: number, y0: number, x1: number, y1: number) => ({
    node,
    x0,
    y0,
    x1,
    y1,
    shareOfParent: 1,
  });

  it('squarifies the children under the header band, inset, in chart coordinates', () => {
    const nested = layoutNested(tile(parent([leaf('a', 3), leaf('b', 1)]), 10, 20, 110, 100), 20);
    // 94 × 57 below a 20 px header, 3 px inset; one px between children.
    expect(rects(nested)).toEqual([
      ['a', 13, 40, 83.25, 97],
      ['b', 84.25, 40, 107, 97],
    ]);
  });

  it('nests nothing in a tile without children or too short under its header', () => {
    expect(layoutNested(tile(leaf('a', 1), 0, 0, 100, 100), 20)).toEqual([]);
    expect(layoutNested(tile(parent([leaf('a', 1)]), 0, 0, 100, 40), 20)).toEqual([]);
  });
});
