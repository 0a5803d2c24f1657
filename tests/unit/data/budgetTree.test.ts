import { describe, expect, it } from 'vitest';
import {
  buildBudgetTree,
  findBudgetNode,
  itemizedSum,
  unitemizedId,
} from '../../../src/lib/data/budgetTree';
import { dataset } from '../../fixtures/dataset';

describe('buildBudgetTree', () => {
  const root = buildBudgetTree(dataset, 2010);

  it('roots the tree at the sum of the listed programs (no stated total for the whole project)', () => {
    expect(root.kind).toBe('root');
    expect(root.amountMillionYen).toBe(12065 + 2649);
    expect(root.children.map((c) => c.id)).toEqual([
      'regional-innovation-cluster-program',
      'self-sustaining-management-program',
    ]);
  });

  it('derives the unitemized residual of each stated total', () => {
    const ricp = findBudgetNode(root, unitemizedId('regional-innovation-cluster-program'));
    const pssm = findBudgetNode(root, unitemizedId('self-sustaining-management-program'));
    expect(ricp?.amountMillionYen).toBe(123);
    expect(pssm?.amountMillionYen).toBe(15);
    expect(ricp?.kind).toBe('unitemized');
  });

  it('keeps the stated totals exactly, and parts plus residual equal them', () => {
    for (const program of root.children) {
      const sum = program.children.reduce((s, c) => s + c.amountMillionYen, 0);
      expect(sum).toBe(program.amountMillionYen);
    }
    const ricp = findBudgetNode(root, 'regional-innovation-cluster-program');
    expect(ricp && itemizedSum(ricp)).toBe(11942);
  });

  it('gives no residual when parts add up, and an empty tree for a year without figures', () => {
    const exact = {
      ...dataset,
      budgetLines: dataset.budgetLines.map((l) =>
        l.programId === 'self-sustaining-management-program' ? { ...l, amountMillionYen: 2634 } : l,
      ),
    };
    const node = findBudgetNode(buildBudgetTree(exact, 2010), 'self-sustaining-management-program');
    expect(node?.children.map((c) => c.kind)).toEqual(['part', 'part']);
    expect(buildBudgetTree(dataset, 1999).children).toEqual([]);
  });
});

describe('findBudgetNode', () => {
  const leaf = (id: string) => ({
    id,
    kind: 'part' as const,
    program: null,
    amountMillionYen: 1,
    citation: null,
    children: [],
  });
  const a = { ...leaf('a'), kind: 'program' as const, children: [leaf('a1'), leaf('a2')] };
  const root = { ...leaf('root'), kind: 'root' as const, children: [a, leaf('b')] };

  it('finds a node at any depth, the root itself, or nothing', () => {
    expect(findBudgetNode(root, 'a2')).toBe(a.children[1]);
    expect(findBudgetNode(root, 'root')).toBe(root);
    expect(findBudgetNode(root, 'c')).toBeUndefined();
  });
});
