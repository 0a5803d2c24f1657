/**
 * A checked raw dataset with its lookups (parse.ts checks it first). Apart from the checks, so that the
 * first view, whose part of the dataset is checked at build time (vite.config.ts), carries only this.
 */
import type { Dataset, Fills, Milestone, Program, RawDataset } from './types';

/** Dated milestones by date; a fiscal year without a date sorts at that year's start (1 April). */
function milestoneSortKey(m: Milestone): string {
  return m.date ?? `${m.fiscalYear}-04`;
}

function compareMilestones(a: Milestone, b: Milestone): number {
  const ka = milestoneSortKey(a);
  const kb = milestoneSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The checked raw dataset with its lookups: sources and programs by id, programs by parent; and the
 * programs' fills, which the caller computes (parse.ts) or has from the build (main.ts).
 */
export function indexDataset(raw: RawDataset, fills: ReadonlyMap<string, Fills>): Dataset {
  const childrenOf = new Map<string | null, Program[]>();
  for (const p of raw.programs)
    childrenOf.set(p.parentId, [...(childrenOf.get(p.parentId) ?? []), p]);
  return {
    title: raw.title,
    sources: raw.sources,
    programs: raw.programs,
    budgetLines: raw.budgetLines,
    milestones: [...raw.milestones].sort(compareMilestones),
    sourceById: new Map(raw.sources.map((s) => [s.id, s])),
    programById: new Map(raw.programs.map((p) => [p.id, p])),
    childrenOf,
    fills,
  };
}
