/**
 * The FY budget as a tree: a root (the sum of the listed programs: the source gives no total for the
 * whole project), programs with a stated total, and their itemized parts. Where the parts fall short of
 * the stated total, the difference is derived here, never stored, and becomes its own "unitemized" node.
 */
import type { Citation, Dataset, Program } from './types';

export type BudgetNodeKind = 'root' | 'program' | 'part' | 'unitemized';

export interface BudgetNode {
  /** Program id; `<program-id>--unitemized` for a residual; `root` for the root. */
  readonly id: string;
  readonly kind: BudgetNodeKind;
  readonly program: Program | null;
  readonly amountMillionYen: number;
  readonly citation: Citation | null;
  readonly children: readonly BudgetNode[];
}

export const ROOT_ID = 'root';
export const unitemizedId = (programId: string) => `${programId}--unitemized`;

export function buildBudgetTree(dataset: Dataset, fiscalYear: number): BudgetNode {
  const lineOf = (programId: string) =>
    dataset.budgetLines.find((l) => l.programId === programId && l.fiscalYear === fiscalYear);

  const programs: BudgetNode[] = [];
  for (const line of dataset.budgetLines) {
    if (line.fiscalYear !== fiscalYear) continue;
    const program = dataset.programById.get(line.programId);
    if (!program) continue;
    const parentLine = program.parentId === null ? undefined : lineOf(program.parentId);
    if (parentLine) continue; // a part: drawn inside its parent

    const parts: BudgetNode[] = [];
    for (const child of dataset.childrenOf.get(program.id) ?? []) {
      const childLine = lineOf(child.id);
      if (!childLine) continue;
      parts.push({
        id: child.id,
        kind: 'part',
        program: child,
        amountMillionYen: childLine.amountMillionYen,
        citation: childLine.citation,
        children: [],
      });
    }
    const itemized = parts.reduce((sum, p) => sum + p.amountMillionYen, 0);
    const residual = parts.length > 0 ? line.amountMillionYen - itemized : 0;
    if (residual > 0) {
      parts.push({
        id: unitemizedId(program.id),
        kind: 'unitemized',
        program: null,
        amountMillionYen: residual,
        citation: line.citation,
        children: [],
      });
    }
    programs.push({
      id: program.id,
      kind: 'program',
      program,
      amountMillionYen: line.amountMillionYen,
      citation: line.citation,
      children: parts,
    });
  }

  return {
    id: ROOT_ID,
    kind: 'root',
    program: null,
    amountMillionYen: programs.reduce((sum, p) => sum + p.amountMillionYen, 0),
    citation: null,
    children: programs,
  };
}

/**
 * The node with this id, or undefined. A walk of a few lines: the first view carries no d3-hierarchy
 * (issue 13's bytes); where a node's parent and depth are wanted (the program pages, loaded later),
 * d3-hierarchy's `hierarchy(root).find` gives them (text/programFacts.ts).
 */
export function findBudgetNode(root: BudgetNode, id: string): BudgetNode | undefined {
  if (root.id === id) return root;
  for (const child of root.children) {
    const found = findBudgetNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/** Itemized parts' sum, for display beside the stated total. */
export function itemizedSum(node: BudgetNode): number {
  return node.children
    .filter((c) => c.kind === 'part')
    .reduce((sum, c) => sum + c.amountMillionYen, 0);
}
