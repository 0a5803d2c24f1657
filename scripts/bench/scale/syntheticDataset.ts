/**
 * A synthetic dataset for the scale benchmark: one source and `leaves` programs, each with an FY2010
 * line of a pseudo-random amount (deterministic), so the budget view's first level has `leaves` tiles.
 */
import { BUDGET_YEAR } from '../../../src/lib/data/fiscalYear';
import { withoutHistory } from '../../../src/lib/data/firstViewDataset';

export function syntheticDataset(leaves: number): unknown {
  const source = 'synthetic-source';
  const programs = Array.from({ length: leaves }, (_, i) => ({
    id: `synthetic-program-${i}`,
    kind: 'program',
    name: { en: `Synthetic program number ${i}`, ja: null, jaCitation: null },
    parentId: null,
    ...withoutHistory(),
  }));
  const budgetLines = programs.map((program, i) => ({
    id: `fy2010-${program.id}`,
    programId: program.id,
    fiscalYear: BUDGET_YEAR,
    amountMillionYen: 1 + ((i * 7919) % 997),
    role: 'itemized-part',
    citation: { sourceId: source, quote: `${program.name.en}: a synthetic figure` },
  }));
  return {
    version: 1,
    title: 'Synthetic budget',
    sources: [
      {
        id: source,
        kind: 'web',
        title: 'Synthetic source',
        publisher: 'Benchmark',
        location: 'https://example.org/',
        confidence: 'high',
        recordedIn: null,
      },
    ],
    programs,
    budgetLines,
    milestones: [],
  };
}
