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
    expect(part.programs.map((p) => p.name)).toEqual(raw.programs.map((p) => p.name));
    expect(part.milestones).toEqual([]);
    expect(part.programs.every((p) => p.description === null && p.unified === null)).toBe(true);
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
