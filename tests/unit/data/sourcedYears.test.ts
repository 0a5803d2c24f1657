import { describe, expect, it } from 'vitest';
import { lastDatasetYear, lastSourcedYear } from '../../../src/lib/data/sourcedYears';
import { dataset } from '../../fixtures/dataset';

const program = (id: string) => dataset.programById.get(id)!;

describe('lastSourcedYear', () => {
  it('stops an FY2010-only program at FY2010', () => {
    expect(lastSourcedYear(program('regional-innovation-cluster-program'), dataset)).toBe(2010);
  });

  it('is the latest year any source gives for the program', () => {
    const kci = program('knowledge-cluster-initiative');
    const years = [
      kci.start?.fiscalYear,
      kci.listedFrom?.fiscalYear,
      kci.unified?.fiscalYear,
      ...dataset.milestones.filter((m) => m.programIds.includes(kci.id)).map((m) => m.fiscalYear),
    ].filter((y): y is number => y !== undefined);
    expect(lastSourcedYear(kci, dataset)).toBe(Math.max(...years));
  });
});

describe('lastDatasetYear', () => {
  it('is the end of the story: the last step’s fiscal year', () => {
    expect(lastDatasetYear(dataset)).toBe(2011);
  });
});
