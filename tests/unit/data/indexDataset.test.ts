import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/indexDataset';
import type { RawDataset } from '../../../src/lib/data/types';
import { programColours } from '../../../src/lib/theme/programColours';
import { tinyRaw } from '../../fixtures/tinyDataset';

const raw = tinyRaw as unknown as RawDataset;
const milestone = (id: string, date: string | null, fiscalYear: number) => ({
  ...raw.milestones[0]!,
  id,
  date,
  fiscalYear,
});

describe('indexDataset', () => {
  const fills = programColours(raw);
  const dataset = indexDataset(raw, fills);

  it('looks up sources and programs by id', () => {
    expect(dataset.sourceById.get('jst')?.publisher).toBe('JST');
    expect(dataset.programById.get('local')?.name.en).toBe('Local Type');
    expect(dataset.programById.get('missing')).toBeUndefined();
  });

  it('lists programs by parent (null: the roots), in dataset order', () => {
    const ids = (parentId: string | null) => dataset.childrenOf.get(parentId)?.map((p) => p.id);
    expect(ids(null)).toEqual(['cluster', 'old']);
    expect(ids('cluster')).toEqual(['global', 'local']);
    expect(ids('global')).toBeUndefined();
  });

  it('sorts milestones by date, a year-only one at its fiscal year’s start (1 April)', () => {
    const sorted = indexDataset(
      {
        ...raw,
        milestones: [
          milestone('fy2004', null, 2004),
          milestone('may-2004', '2004-05', 2004),
          milestone('march-2005', '2005-03-31', 2004),
          milestone('march-2004', '2004-03-30', 2003),
        ],
      },
      fills,
    ).milestones.map((m) => m.id);
    expect(sorted).toEqual(['march-2004', 'fy2004', 'may-2004', 'march-2005']);
  });

  it('keeps the raw lists and the fills it is given, and leaves the raw milestones in their order', () => {
    expect(dataset.programs).toBe(raw.programs);
    expect(dataset.fills).toBe(fills);
    expect(dataset.milestones.map((m) => m.id)).toEqual(['began', 'merged']);
    expect(raw.milestones.map((m) => m.id)).toEqual(['merged', 'began']);
  });
});
