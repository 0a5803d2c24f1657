import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, parseDataset } from '../../../src/lib/data/parse';
import { brokenDataset, rawDataset } from '../../fixtures/dataset';

describe('parseDataset', () => {
  it('accepts the bundled dataset and sorts milestones by date', () => {
    const dataset = parseDataset(rawDataset);
    expect(dataset.programs.length).toBeGreaterThan(0);
    const keys = dataset.milestones.map((m) => m.date ?? `${m.fiscalYear}-04`);
    expect([...keys].sort()).toEqual(keys);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['not an object', 42, /expected Object/i],
    [
      'missing programs',
      brokenDataset((d) => delete (d as Record<string, unknown>).programs),
      /programs/,
    ],
    [
      'a negative amount',
      brokenDataset((d) => (d.budgetLines[1]!.amountMillionYen = -5)),
      /budgetLines\[1\]\.amountMillionYen/,
    ],
    [
      'a duplicate program id',
      brokenDataset((d) => (d.programs[1]!.id = d.programs[0]!.id)),
      /Duplicate program id "knowledge-cluster-initiative"/,
    ],
    [
      'an unknown parent',
      brokenDataset((d) => (d.programs[4]!.parentId = 'no-such-program')),
      /refers to unknown program "no-such-program"/,
    ],
    [
      'an unknown source',
      brokenDataset((d) => (d.budgetLines[0]!.citation.sourceId = 'nowhere')),
      /cites unknown source "nowhere"/,
    ],
    [
      'parts exceeding their total',
      brokenDataset((d) => (d.budgetLines[1]!.amountMillionYen = 20000)),
      /itemized parts \(24000 million yen\) exceed the stated total \(12065 million yen\)/,
    ],
    [
      'a date outside its fiscal year',
      brokenDataset((d) => (d.milestones[0]!.fiscalYear = 2001)),
      /date 2001-03-30 falls in FY2000, not FY2001/,
    ],
    [
      'a milestone without a citation',
      brokenDataset((d) => (d.milestones[0]!.citations = [])),
      /must cite at least one source/,
    ],
    [
      'an empty quote',
      brokenDataset((d) => (d.budgetLines[0]!.citation.quote = '  ')),
      /budgetLines\[0\]\.citation\.quote: must not be empty/,
    ],
    [
      'a Japanese name without its citation',
      brokenDataset((d) => (d.programs[0]!.name.jaCitation = null)),
      /must cite its Japanese name/,
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
    if (!result.ok) expect(result.error).toMatch(/version/);
  });
});
