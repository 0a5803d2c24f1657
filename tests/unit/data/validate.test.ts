import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validate';
import { DatasetError } from '../../../src/lib/data/datasetError';
import { brokenDataset, rawDataset } from '../../fixtures/dataset';

describe('validateDataset (the build-time check of data/dataset.json)', () => {
  it('accepts the bundled dataset', () => {
    expect(validateDataset(rawDataset).programs.length).toBeGreaterThan(0);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['not an object', 42, /expected Object/i],
    [
      'an id that is not a slug',
      brokenDataset((d) => (d.programs[0]!.id = 'Knowledge Cluster')),
      /programs\[0\]\.id: must be a lower-case slug/,
    ],
    [
      'an unknown field',
      brokenDataset((d) => ((d.sources[0] as Record<string, unknown>).url = 'x')),
      /sources\[0\]/,
    ],
    [
      'an empty quote',
      brokenDataset((d) => (d.budgetLines[0]!.citation.quote = '  ')),
      /budgetLines\[0\]\.citation\.quote: must not be empty/,
    ],
    [
      'parts exceeding their total',
      brokenDataset((d) => (d.budgetLines[1]!.amountMillionYen = 20000)),
      /exceed the stated total/,
    ],
    [
      'an unknown source',
      brokenDataset((d) => (d.budgetLines[0]!.citation.sourceId = 'nowhere')),
      /cites unknown source "nowhere"/,
    ],
  ];

  it.each(invalid)('rejects %s with a specific message', (_name, input, message) => {
    expect(() => validateDataset(input)).toThrow(DatasetError);
    expect(() => validateDataset(input)).toThrow(message);
  });
});
