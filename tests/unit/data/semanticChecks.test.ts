import { describe, expect, it } from 'vitest';
import {
  checkJapaneseNameCitations,
  checkMilestoneDates,
  checkSeedsQuoted,
  checkSemantics,
  checkStatedTotals,
  checkUniqueIds,
  duplicateIdProblem,
} from '../../../src/lib/data/semanticChecks';
import type { RawDataset } from '../../../src/lib/data/types';
import { brokenDataset, rawDataset } from '../../fixtures/dataset';

const raw = (input: unknown) => input as RawDataset;

describe('semantic checks', () => {
  it('accept the bundled dataset', () => {
    expect(() => checkSemantics(raw(rawDataset))).not.toThrow();
  });

  const invalid: [string, (d: RawDataset) => void, unknown, string | RegExp][] = [
    [
      'a duplicate program id',
      checkUniqueIds,
      brokenDataset((d) => (d.programs[1]!.id = d.programs[0]!.id)),
      'Duplicate program id "knowledge-cluster-initiative".',
    ],
    [
      'a duplicate source id',
      checkUniqueIds,
      brokenDataset((d) => (d.sources[1]!.id = d.sources[0]!.id)),
      /^Duplicate source id/,
    ],
    [
      'a Japanese name without its citation',
      checkJapaneseNameCitations,
      brokenDataset((d) => (d.programs[0]!.name.jaCitation = null)),
      'Program "knowledge-cluster-initiative" must cite its Japanese name, and cite one only if it has one.',
    ],
    [
      'a source document noted instead of quoted',
      checkSeedsQuoted,
      brokenDataset(
        (d) =>
          ((d.budgetLines[0] as { citation: unknown }).citation = {
            sourceId: 'seed-cluster-policy',
            note: 'a paraphrase',
          }),
      ),
      'Budget line "fy2010-regional-innovation-cluster-program" must quote the source document "seed-cluster-policy", not note it.',
    ],
    [
      'parts exceeding their total',
      checkStatedTotals,
      brokenDataset((d) => (d.budgetLines[1]!.amountMillionYen = 20000)),
      /itemized parts \(24000 million yen\) exceed the stated total \(12065 million yen\)/,
    ],
    [
      'a stated total without parts',
      checkStatedTotals,
      brokenDataset((d) => (d.budgetLines.at(-1)!.role = 'stated-total')),
      /is a stated total without itemized parts/,
    ],
    [
      'a total with parts not marked as one',
      checkStatedTotals,
      brokenDataset((d) => (d.budgetLines[0]!.role = 'itemized-part')),
      /has itemized parts, so its role must be "stated-total"/,
    ],
    [
      'two lines for one program and year',
      checkStatedTotals,
      brokenDataset((d) => (d.budgetLines[2]!.programId = d.budgetLines[1]!.programId)),
      /repeats FY2010 for/,
    ],
    [
      'a date outside its fiscal year',
      checkMilestoneDates,
      brokenDataset((d) => (d.milestones[0]!.fiscalYear = 2001)),
      /date 2001-03-30 falls in FY2000, not FY2001/,
    ],
  ];

  it.each(invalid)('reject %s', (_name, check, input, message) => {
    expect(() => check(raw(input))).toThrow(message);
  });
});

describe('duplicateIdProblem', () => {
  it('names the first id seen twice within its kind, or gives null', () => {
    expect(duplicateIdProblem({ source: ['a', 'b'], program: ['a'] })).toBeNull();
    expect(duplicateIdProblem({ source: ['a', 'b', 'a'], program: ['c', 'c'] })).toBe(
      'Duplicate source id "a".',
    );
    expect(duplicateIdProblem({ source: [], program: ['c', 'c'] })).toBe(
      'Duplicate program id "c".',
    );
  });
});
