import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../../src/lib/data/structure';
import { DatasetError } from '../../../src/lib/data/datasetError';
import { brokenDataset, rawDataset } from '../../fixtures/dataset';

describe('checkStructure', () => {
  it('returns the bundled dataset as it is', () => {
    expect(checkStructure(rawDataset)).toBe(rawDataset);
  });

  const invalid: [string, unknown, string][] = [
    ['not an object', 42, 'expected an object.'],
    ['a list', [], 'expected an object.'],
    [
      'another version',
      brokenDataset((d) => ((d as { version: number }).version = 2)),
      'At version: expected version 1.',
    ],
    [
      'missing programs',
      brokenDataset((d) => delete (d as Record<string, unknown>).programs),
      'At programs: expected a list.',
    ],
    [
      'a negative amount',
      brokenDataset((d) => (d.budgetLines[1]!.amountMillionYen = -5)),
      'At budgetLines[1].amountMillionYen: expected a whole number ≥ 0.',
    ],
    [
      'an amount as text',
      brokenDataset(
        (d) => ((d.budgetLines[0] as { amountMillionYen: unknown }).amountMillionYen = '12,065'),
      ),
      'At budgetLines[0].amountMillionYen: expected a whole number ≥ 0.',
    ],
    [
      'an unknown role',
      brokenDataset((d) => (d.budgetLines[0]!.role = 'total')),
      'At budgetLines[0].role: expected "stated-total" or "itemized-part".',
    ],
    [
      'an empty quote',
      brokenDataset((d) => (d.budgetLines[0]!.citation.quote = '  ')),
      'At budgetLines[0].citation.quote: expected a non-empty text.',
    ],
    [
      'a program without an English name',
      brokenDataset((d) => delete (d.programs[2]!.name as Record<string, unknown>).en),
      'At programs[2].name.en: expected a non-empty text.',
    ],
    [
      'a milestone without a citation',
      brokenDataset((d) => (d.milestones[0]!.citations = [])),
      'At milestones[0].citations: expected at least one citation.',
    ],
  ];

  it.each(invalid)('rejects %s, saying where', (_name, input, message) => {
    expect(() => checkStructure(input)).toThrow(DatasetError);
    expect(() => checkStructure(input)).toThrow(message);
  });
});
