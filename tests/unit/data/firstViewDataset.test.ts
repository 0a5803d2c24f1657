import { describe, expect, it } from 'vitest';
import { firstViewData } from '../../../src/lib/data/firstViewDataset';
import { parseDataset } from '../../../src/lib/data/parse';
import type { RawDataset } from '../../../src/lib/data/types';
import { dataset, rawDataset } from '../../fixtures/dataset';

const raw = rawDataset as unknown as RawDataset;

describe('firstViewData', () => {
  const { dataset: part, timelineLinks } = firstViewData(raw, dataset);

  it('keeps every budget line and program name, and drops milestones and program histories', () => {
    expect(part.budgetLines).toEqual(raw.budgetLines);
    expect(part.programs.map((p) => [p.name.en, p.name.ja])).toEqual(
      raw.programs.map((p) => [p.name.en, p.name.ja]),
    );
    expect(part.milestones).toEqual([]);
    expect(part.programs.every((p) => p.description === null && p.unified === null)).toBe(true);
  });

  it('keeps the citation of a Japanese name only where the budget view reads it (medium confidence)', () => {
    const confidence = new Map(raw.sources.map((s) => [s.id, s.confidence]));
    const reported = raw.programs.filter(
      (p) => p.name.jaCitation && confidence.get(p.name.jaCitation.sourceId) === 'med',
    );
    expect(reported.length).toBeGreaterThan(0);
    for (const [i, program] of raw.programs.entries()) {
      expect(part.programs[i]?.name.jaCitation).toEqual(
        reported.includes(program) ? program.name.jaCitation : null,
      );
    }
  });

  it('keeps exactly the sources its citations name, and passes the run-time check', () => {
    const cited = new Set([
      ...part.budgetLines.map((l) => l.citation.sourceId),
      ...part.programs.flatMap((p) => (p.name.jaCitation ? [p.name.jaCitation.sourceId] : [])),
    ]);
    expect(new Set(part.sources.map((s) => s.id))).toEqual(cited);
    expect(() => parseDataset(part)).not.toThrow();
  });

  it('is much smaller than the whole dataset', () => {
    expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(raw).length / 2);
  });

  it('links the budget root and each program to the timeline step where it first appears', () => {
    expect(timelineLinks['']?.programId).toBe('project-for-developing-innovation-systems');
    expect(timelineLinks['regional-innovation-cluster-program']?.step).toBeGreaterThan(0);
  });
});

describe('virtual:first-view-data (vite.config.ts)', () => {
  it('gives the first view the fills the app computes for every program (theme/programColours)', async () => {
    const { fills } = await import('virtual:first-view-data');
    const computed = [...dataset.fills].map(([id, { light, dark }]) => [id, { light, dark }]);
    expect(fills).toEqual(computed);
    expect(fills.map(([id]) => id).sort()).toEqual(raw.programs.map((p) => p.id).sort());
  });
});
