import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../../fixtures/timelineDataset';
import {
  layoutLanes,
  placedLabel,
  placeLaneLabel,
} from '../../../../src/lib/layout/timeline/lanes';
import { timelineRows } from '../../../../src/lib/layout/timeline/rows';

/** Every character 10 px wide at any size: widths are easy to check by hand. */
const measure = (text: string) => [...text].length * 10;
const metrics = { fontSize: 10, plotX0: 0, plotX1: 300 };

describe('placeLaneLabel', () => {
  it('puts a name inside its band when it fits on one line', () => {
    expect(placeLaneLabel('ALPHA', { x0: 100, x1: 200, beforeEnd: 100 }, metrics, measure)).toEqual(
      {
        placement: 'inside',
        x: 104,
        anchor: 'start',
        lines: ['ALPHA'],
        lineHeight: 12,
        width: 50,
        partial: { x: 96, anchor: 'end' },
      },
    );
  });

  it('puts it before the band, ending clear of the incoming link, when only there it fits', () => {
    const name = 'A LONGER NAME';
    expect(placeLaneLabel(name, { x0: 200, x1: 260, beforeEnd: 180 }, metrics, measure)).toEqual({
      placement: 'before',
      x: 176,
      anchor: 'end',
      lines: [name],
      lineHeight: 12,
      width: 130,
      partial: null,
    });
  });

  it('puts it above the band, moved left as far as one line needs, when the band starts late', () => {
    const label = placeLaneLabel(
      'Strategic Development',
      { x0: 250, x1: 300, beforeEnd: 150 },
      metrics,
      measure,
    );
    expect(label).toMatchObject({ placement: 'above', x: 90, lines: ['Strategic Development'] });
  });

  it('wraps a name longer than the plot whole, from the plot’s left edge', () => {
    const name =
      'Project for the Strategic Development of Industry-Academia-Government Collaboration';
    const label = placeLaneLabel(name, { x0: 250, x1: 300, beforeEnd: 240 }, metrics, measure);
    expect(label).toEqual({
      placement: 'above',
      x: 0,
      anchor: 'start',
      lines: [
        'Project for the Strategic',
        'Development of Industry-',
        'Academia-Government',
        'Collaboration',
      ],
      lineHeight: 12,
      width: 250,
      partial: null,
    });
  });
});

describe('placedLabel', () => {
  const inside = placeLaneLabel('ALPHA', { x0: 100, x1: 200, beforeEnd: 90 }, metrics, measure);

  it('keeps a name inside its band once the band is drawn past the name', () => {
    expect(inside).toMatchObject({
      placement: 'inside',
      x: 104,
      partial: { x: 86, anchor: 'end' },
    });
    expect(placedLabel(inside, 154)).toEqual({
      placement: 'inside',
      x: 104,
      anchor: 'start',
      shown: true,
    });
  });

  it('stands before the band while the band is drawn only partly, never past the step line', () => {
    expect(placedLabel(inside, 120)).toEqual({
      placement: 'before',
      x: 86,
      anchor: 'end',
      shown: true,
    });
  });

  it('stands just after the step line where there is no room before the band', () => {
    const cramped = placeLaneLabel('ALPHA', { x0: 30, x1: 200, beforeEnd: 30 }, metrics, measure);
    expect(cramped.partial).toBeNull();
    const pad = cramped.lineHeight / 3;
    expect(placedLabel(cramped, 60, 300)).toEqual({
      placement: 'after',
      x: Math.round((60 + pad) * 100) / 100,
      anchor: 'start',
      shown: true,
    });
    // Before its band begins, it stands where the band will begin.
    expect(placedLabel(cramped, 0, 300)).toMatchObject({ placement: 'after', x: cramped.x });
    expect(placedLabel(cramped, 90, 300)).toMatchObject({ placement: 'inside', shown: true });
  });

  it('waits where there is no room after the step line either', () => {
    const cramped = placeLaneLabel('ALPHA', { x0: 30, x1: 200, beforeEnd: 30 }, metrics, measure);
    expect(placedLabel(cramped, 60, 70)).toMatchObject({ shown: false });
  });

  it('leaves names before or above their band where they are', () => {
    const before = placeLaneLabel(
      'A LONGER NAME',
      { x0: 200, x1: 260, beforeEnd: 180 },
      metrics,
      measure,
    );
    expect(placedLabel(before, 0)).toEqual({
      placement: 'before',
      x: 176,
      anchor: 'end',
      shown: true,
    });
  });
});

describe('layoutLanes', () => {
  const rows = timelineRows(timelineDataset, 0.25);
  const x = (position: number) => (position - 2002) * 75; // FY2002–FY2006 over 300 px
  const laneMetrics = { ...metrics, bandHeight: 16, rowGap: 6, top: 5, span: 0.25, end: 2006 };

  it('stacks bands from the top, and a row with a name above its band makes room for it', () => {
    const lanes = layoutLanes(rows, x, laneMetrics, (row) => row.program.id, measure);
    expect(lanes.map((l) => [l.id, l.x0, l.x1, l.y, l.label.placement])).toEqual([
      ['alpha', 0, 150, 5, 'inside'],
      ['beta', 75, 150, 27, 'inside'],
      ['gamma', 168.75, 225, 49, 'before'],
      ['delta', 243.75, 300, 71, 'before'],
      ['eps', 187.5, 225, 93, 'before'],
      ['eps-type', 206.25, 225, 115, 'before'],
    ]);
    const long = layoutLanes(
      rows,
      x,
      laneMetrics,
      () => 'A NAME OF THIRTY-ONE CHARACTERS',
      measure,
    );
    expect(long.map((l) => [l.y, l.label.placement, l.label.lines.length, l.label.y])).toEqual([
      [29, 'above', 2, 11],
      [75, 'above', 2, 57],
      [121, 'above', 2, 103],
      [167, 'above', 2, 149],
      [213, 'above', 2, 195],
      [259, 'above', 2, 241],
    ]);
  });

  it('ends a band at its unification, or after the last year a source covers', () => {
    const lanes = layoutLanes(rows, x, laneMetrics, (row) => row.program.id, measure);
    const to = Object.fromEntries(lanes.map((l) => [l.id, l.to]));
    expect(to['alpha']).toBe(2004);
    expect(to['eps-type']).toBe(2005);
    expect(to['delta']).toBe(Math.min(laneMetrics.end, 2006));
  });
});
