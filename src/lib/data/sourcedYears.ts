/**
 * The last fiscal year any source covers for a program: its start, listing, unification, budget lines and
 * the milestones that name it. A chart draws a program no further than this year, so that nothing is
 * drawn past the years a source gives (the FY2010-only programs stop at the end of FY2010).
 */
import type { Dataset, Program } from './types';

export function lastSourcedYear(program: Program, dataset: Dataset): number | null {
  const years = [
    program.start?.fiscalYear,
    program.listedFrom?.fiscalYear,
    program.unified?.fiscalYear,
    ...dataset.budgetLines.filter((l) => l.programId === program.id).map((l) => l.fiscalYear),
    ...dataset.milestones.filter((m) => m.programIds.includes(program.id)).map((m) => m.fiscalYear),
  ].filter((year): year is number => year !== undefined);
  return years.length > 0 ? Math.max(...years) : null;
}

const lastYearOf = new WeakMap<Dataset, number>();

/**
 * The last fiscal year any source in the dataset covers (the end of the story the app tells); computed
 * once per dataset (the timeline asks it for every band's name at every step).
 */
export function lastDatasetYear(dataset: Dataset): number {
  let year = lastYearOf.get(dataset);
  if (year === undefined) {
    year = computeLastDatasetYear(dataset);
    lastYearOf.set(dataset, year);
  }
  return year;
}

function computeLastDatasetYear(dataset: Dataset): number {
  return Math.max(
    ...dataset.programs.map((p) => lastSourcedYear(p, dataset) ?? -Infinity),
    ...dataset.milestones.map((m) => m.fiscalYear),
  );
}
