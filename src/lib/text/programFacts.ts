/**
 * What a program's page says, from the dataset, as pure functions: its FY2010 figure and share, the
 * programs unified under it, the timeline steps that name it, and every citation behind the page (for its
 * list of sources). Loaded with the program pages only.
 */
import { BUDGET_YEAR } from '../data/fiscalYear';
import { hierarchy } from 'd3-hierarchy';
import { buildBudgetTree, type BudgetNode } from '../data/budgetTree';
import { timelineSteps, type TimelineStep } from '../data/steps';
import type { Citation, Dataset, Program, Source } from '../data/types';
import { distinctSources } from './sourceLine';

export interface ProgramBudget {
  readonly node: BudgetNode;
  /** The level it is a share of: its program for a type, the sum of the listed programs for a program. */
  readonly parent: BudgetNode;
  readonly share: number;
}

export function programBudget(dataset: Dataset, programId: string): ProgramBudget | null {
  const root = buildBudgetTree(dataset, BUDGET_YEAR);
  const found = hierarchy(root, (node) => node.children).find((node) => node.data.id === programId);
  if (!found?.parent) return null;
  const node = found.data;
  const parent = found.parent.data;
  const share = parent.amountMillionYen > 0 ? node.amountMillionYen / parent.amountMillionYen : 0;
  return { node, parent, share };
}

/** Programs the sources say were unified under this one. */
export function unifiedUnder(dataset: Dataset, programId: string): Program[] {
  return dataset.programs.filter((p) => p.unified?.intoId === programId);
}

/** Timeline steps whose milestone names the program. */
export function programSteps(dataset: Dataset, programId: string): TimelineStep[] {
  return timelineSteps(dataset).filter((step) => step.milestone.programIds.includes(programId));
}

/** Every citation the page shows, in page order. */
function programCitations(dataset: Dataset, program: Program): Citation[] {
  const budget = dataset.budgetLines.find(
    (line) => line.programId === program.id && line.fiscalYear === BUDGET_YEAR,
  );
  return [
    program.name.jaCitation,
    program.description?.citation,
    ...program.statements,
    program.start?.citation,
    program.listedFrom?.citation,
    program.reportedStart?.citation,
    program.unified?.citation,
    budget?.citation,
  ].filter((c): c is Citation => c !== null && c !== undefined);
}

export function programSources(dataset: Dataset, program: Program): Source[] {
  return distinctSources(programCitations(dataset, program), dataset);
}

/** Roots first in dataset order, each followed by what sits under it, depth-first. */
export function programTree(
  dataset: Dataset,
): { readonly program: Program; readonly depth: number }[] {
  const out: { program: Program; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const program of dataset.childrenOf.get(parentId) ?? []) {
      out.push({ program, depth });
      visit(program.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
