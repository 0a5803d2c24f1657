/**
 * unknown → Dataset, or one clear, specific error message: the run-time boundary. It checks what the app
 * needs to run (structure.ts: the shape of every field it reads; references.ts: references that resolve,
 * containment that is a tree) and indexes the result. The bundled dataset also passes the full schema and
 * the rules in semanticChecks.ts, checked at build time and in the tests (validate.ts).
 */
import { DatasetError } from './datasetError';
import { checkStructure } from './structure';
import { checkContainment, checkReferences } from './references';
import type { Dataset, LoadResult, Milestone, Program, RawDataset } from './types';

export { DatasetError };

/** Dated milestones by date; a fiscal year without a date sorts at that year's start (1 April). */
function milestoneSortKey(m: Milestone): string {
  return m.date ?? `${m.fiscalYear}-04`;
}

function compareMilestones(a: Milestone, b: Milestone): number {
  const ka = milestoneSortKey(a);
  const kb = milestoneSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The checked raw dataset with its lookups: sources and programs by id, programs by parent. */
export function indexDataset(raw: RawDataset): Dataset {
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
  };
}

/** Throws DatasetError with a message naming the first problem found. */
export function parseDataset(input: unknown): Dataset {
  const raw = checkStructure(input);
  checkReferences(raw);
  checkContainment(raw);
  return indexDataset(raw);
}

export function loadDataset(input: unknown): LoadResult {
  try {
    return { ok: true, dataset: parseDataset(input) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message };
  }
}
