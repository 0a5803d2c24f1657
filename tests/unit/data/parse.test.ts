import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, parseDataset } from '../../../src/lib/data/parse';
import { brokenDataset, rawDataset } from '../../fixtures/dataset';

describe('parseDataset', () => {
  it('accepts the bundled dataset, indexes it and sorts milestones by date', () => {
    const dataset = parseDataset(rawDataset);
    expect(dataset.programById.get('regional-innovation-cluster-program')?.name.en).toBe(
      'Regional Innovation Cluster Program',
    );
    expect(dataset.childrenOf.get('regional-innovation-cluster-program')?.length).toBeGreaterThan(
      0,
    );
    const keys = dataset.milestones.map((m) => m.date ?? `${m.fiscalYear}-04`);
    expect([...keys].sort()).toEqual(keys);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a wrong shape', 42, /expected an object/],
    [
      'an unknown source',
      brokenDataset((d) => (d.budgetLines[0]!.citation.sourceId = 'nowhere')),
      /cites unknown source "nowhere"/,
    ],
    [
      'a containment cycle',
      brokenDataset((d) => (d.programs[3]!.parentId = 'regional-innovation-cluster-program')),
      /is its own ancestor/,
    ],
  ];

  it.each(invalid)('rejects %s with a specific message', (_name, input, message) => {
    expect(() => parseDataset(input)).toThrow(DatasetError);
    expect(() => parseDataset(input)).toThrow(message);
  });

  it('loadDataset returns the message instead of throwing', () => {
    const result = loadDataset({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('At version: expected version 1.');
  });
});
