/**
 * Which programs get a lane, in which row, and where each band begins on the axis.
 * Sources date most starts only to the fiscal year ("in fiscal 2010"), so a lane that flows out of
 * another begins inside its start year, after the link that feeds it: a unification takes the first
 * `span` of the year, each branching the next. Lanes never begin before the year their source gives.
 * Rows: lanes without a parent in dataset order, each followed by its children, later-starting children
 * first, so that the curve to an earlier child never crosses a lane already drawn.
 */
import type { Dataset, Program } from '../../data/types';
import { lastSourcedYear } from '../../data/sourcedYears';
import type { LaneBasis } from './types';

export interface TimelineRow {
  readonly program: Program;
  readonly basis: LaneBasis;
  readonly startYear: number;
  /** The nearest ancestor that has a lane itself, or null. */
  readonly parentId: string | null;
  readonly depth: number;
  /** Axis position where the band begins. */
  readonly from: number;
  /** Whether a link (a merge or a branch) feeds the band's left end. */
  readonly fed: boolean;
  /** The last fiscal year any source covers for the program (sourcedYears.ts). */
  readonly lastYear: number | null;
}

interface Seed {
  readonly program: Program;
  readonly basis: LaneBasis;
  readonly startYear: number;
}

function laneSeed(program: Program, dataset: Dataset): Seed | null {
  if (program.start) return { program, basis: 'start', startYear: program.start.fiscalYear };
  if (program.listedFrom)
    return { program, basis: 'listed', startYear: program.listedFrom.fiscalYear };
  const firstBudget = dataset.budgetLines
    .filter((line) => line.programId === program.id)
    .reduce((min, line) => Math.min(min, line.fiscalYear), Infinity);
  return Number.isFinite(firstBudget) ? { program, basis: 'budget', startYear: firstBudget } : null;
}

export function timelineRows(dataset: Dataset, span: number): TimelineRow[] {
  const seeds = new Map<string, Seed>();
  for (const program of dataset.programs) {
    const seed = laneSeed(program, dataset);
    if (seed) seeds.set(program.id, seed);
  }
  const parentOf = (program: Program): string | null => {
    let up = program.parentId;
    while (up !== null && !seeds.has(up)) up = dataset.programById.get(up)?.parentId ?? null;
    return up;
  };
  const merged = new Set([...seeds.values()].map((s) => s.program.unified?.intoId));
  const begins = new Map<string, number>();
  const beginOf = (seed: Seed): number => {
    const known = begins.get(seed.program.id);
    if (known !== undefined) return known;
    const parent = seeds.get(parentOf(seed.program) ?? '');
    let begin = seed.startYear;
    if (parent) begin = Math.max(seed.startYear, beginOf(parent)) + span;
    else if (merged.has(seed.program.id)) begin = seed.startYear + span;
    begins.set(seed.program.id, begin);
    return begin;
  };

  const childrenOf = new Map<string | null, Seed[]>();
  for (const seed of seeds.values()) {
    const key = parentOf(seed.program);
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), seed]);
  }
  const rows: TimelineRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const children = [...(childrenOf.get(parentId) ?? [])];
    if (parentId !== null) children.sort((a, b) => b.startYear - a.startYear);
    for (const seed of children) {
      const fed = parentId !== null || merged.has(seed.program.id);
      const lastYear = lastSourcedYear(seed.program, dataset);
      rows.push({ ...seed, parentId, depth, from: beginOf(seed), fed, lastYear });
      visit(seed.program.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
