import { describe, expect, it } from 'vitest';
import { checkContainment, checkReferences } from '../../../src/lib/data/references';
import type { RawDataset } from '../../../src/lib/data/types';
import { brokenDataset, rawDataset } from '../../fixtures/dataset';

const raw = (input: unknown) => input as RawDataset;

describe('checkReferences', () => {
  it('accepts the bundled dataset', () => {
    expect(() => checkReferences(raw(rawDataset))).not.toThrow();
  });

  const invalid: [string, unknown, string][] = [
    [
      'a budget line citing an unknown source',
      brokenDataset((d) => (d.budgetLines[0]!.citation.sourceId = 'nowhere')),
      'Budget line "fy2010-regional-innovation-cluster-program" cites unknown source "nowhere".',
    ],
    [
      'a Japanese name citing an unknown source',
      brokenDataset((d) => (d.programs[0]!.name.jaCitation!.sourceId = 'nowhere')),
      'Program "knowledge-cluster-initiative" cites unknown source "nowhere".',
    ],
    [
      'an unknown parent',
      brokenDataset((d) => (d.programs[4]!.parentId = 'no-such-program')),
      'refers to unknown program "no-such-program".',
    ],
    [
      'a budget line of an unknown program',
      brokenDataset((d) => (d.budgetLines[0]!.programId = 'no-such-program')),
      'Budget line "fy2010-regional-innovation-cluster-program" refers to unknown program "no-such-program".',
    ],
    [
      'a milestone naming an unknown program',
      brokenDataset((d) => (d.milestones[0]!.programIds as string[]).push('no-such-program')),
      'refers to unknown program "no-such-program".',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, input, message) => {
    expect(() => checkReferences(raw(input))).toThrow(message);
  });
});

describe('checkContainment', () => {
  it('accepts a tree', () => {
    expect(() => checkContainment(raw(rawDataset))).not.toThrow();
  });

  it('rejects a program that is its own ancestor', () => {
    const cycle = brokenDataset(
      (d) => (d.programs[3]!.parentId = 'regional-innovation-cluster-program'),
    );
    expect(() => checkContainment(raw(cycle))).toThrow(/is its own ancestor/);
  });
});
