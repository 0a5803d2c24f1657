import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../../fixtures/timelineDataset';
import { branchLinks, flowPath, mergeLinks } from '../../../../src/lib/layout/timeline/links';
import { layoutLanes } from '../../../../src/lib/layout/timeline/lanes';
import { timelineRows } from '../../../../src/lib/layout/timeline/rows';

const x = (position: number) => (position - 2002) * 75;
const lanes = layoutLanes(
  timelineRows(timelineDataset, 0.25),
  x,
  {
    fontSize: 10,
    plotX0: 0,
    plotX1: 300,
    bandHeight: 16,
    rowGap: 6,
    top: 5,
    span: 0.25,
    end: 2006,
  },
  () => 'A',
  () => 10,
);

describe('flowPath', () => {
  it('draws a filled band with horizontal tangents at both ends', () => {
    expect(flowPath(0, 0, 10, 100, 50, 4)).toBe('M0,0C50,0,50,50,100,50L100,54C50,54,50,10,0,10Z');
  });
});

describe('mergeLinks', () => {
  it('gives each unified lane its own slice of the new lane’s left edge, in its colour', () => {
    expect(mergeLinks(lanes)).toEqual([
      expect.objectContaining({
        id: 'merge:alpha->gamma',
        colorLaneId: 'alpha',
        fiscalYear: 2004,
        x0: 150,
        x1: 168.75,
        path: 'M150,5C159.38,5,159.38,49,168.75,49L168.75,57C159.38,57,159.38,21,150,21Z',
      }),
      expect.objectContaining({ id: 'merge:beta->gamma', x0: 150, x1: 168.75 }),
    ]);
  });

  it('draws no merge when nothing is unified', () => {
    expect(mergeLinks(lanes.filter((l) => l.id === 'gamma'))).toEqual([]);
  });
});

describe('branchLinks', () => {
  it('feeds each child from a slice of its parent, starting a link-span before the child', () => {
    const links = branchLinks(lanes, x, 0.25);
    expect(links.map((l) => [l.id, l.x0, l.x1, l.colorLaneId])).toEqual([
      ['branch:gamma->delta', 225, 243.75, 'delta'],
      ['branch:gamma->eps', 168.75, 187.5, 'eps'],
      ['branch:eps->eps-type', 187.5, 206.25, 'eps-type'],
    ]);
    expect(links[0]!.path).toBe(
      'M225,49C234.38,49,234.38,71,243.75,71L243.75,87C234.38,87,234.38,57,225,57Z',
    );
  });
});
