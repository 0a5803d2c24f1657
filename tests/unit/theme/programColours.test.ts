import { describe, expect, it } from 'vitest';
import { programColours } from '../../../src/lib/theme/programColours';
import { FAMILIES } from '../../../src/lib/theme/palette';
import { timelineDataset } from '../../fixtures/timelineDataset';
import { dataset } from '../../fixtures/dataset';

describe('programColours', () => {
  it('gives each program its own hue in dataset order, and a type a shade of its program', () => {
    const colours = programColours(timelineDataset);
    const hue = (id: string) => FAMILIES.findIndex((f) => f.base === colours.get(id)?.base);
    expect(['alpha', 'beta', 'gamma', 'delta', 'eps'].map(hue)).toEqual([0, 1, 2, 3, 4]);
    expect(colours.get('eps-type')).toEqual({
      base: FAMILIES[4]?.base,
      light: FAMILIES[4]?.light[1],
      dark: FAMILIES[4]?.dark[1],
    });
    expect(colours.get('eps')?.light).toBe(FAMILIES[4]?.light[0]);
  });

  it('colours every program of the dataset, no two programs alike, siblings distinct', () => {
    const colours = programColours(dataset);
    expect([...colours.keys()].sort()).toEqual(dataset.programs.map((p) => p.id).sort());
    const programs = dataset.programs.filter((p) => p.kind !== 'type');
    // Nine hues, nine programs: no shared hue, so no lineage is implied by colour.
    expect(new Set(programs.map((p) => colours.get(p.id)?.base)).size).toBe(programs.length);
    for (const [parentId, children] of dataset.childrenOf) {
      if (parentId === null) continue;
      for (const theme of ['light', 'dark'] as const) {
        const fills = [parentId, ...children.map((c) => c.id)].map(
          (id) => colours.get(id)?.[theme],
        );
        expect(new Set(fills).size).toBe(fills.length);
      }
    }
  });

  it('keeps a type in its parent’s hue and every other program out of it', () => {
    const colours = programColours(dataset);
    expect(colours.get('global-type')?.base).toBe(
      colours.get('regional-innovation-cluster-program')?.base,
    );
    expect(colours.get('regional-innovation-cluster-program')?.base).not.toBe(
      colours.get('knowledge-cluster-initiative')?.base,
    );
    expect(colours.get('self-sustaining-management-program')?.base).not.toBe(
      colours.get('city-area-program')?.base,
    );
  });
});
