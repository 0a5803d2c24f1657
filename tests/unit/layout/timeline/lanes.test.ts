import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../../fixtures/timelineDataset';
import {
  balancedLines,
  layoutLanes,
  placedLabel,
  placeLaneLabel,
} from '../../../../src/lib/layout/timeline/lanes';
import { timelineRows } from '../../../../src/lib/layout/timeline/rows';
import type { Lane } from '../../../../src/lib/layout/timeline/types';

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

  it('sets a name too wide for one line before the band on balanced lines, flush against it', () => {
    const label = placeLaneLabel(
      'Strategic Development',
      { x0: 250, x1: 300, beforeEnd: 150 },
      metrics,
      measure,
    );
    expect(label).toEqual({
      placement: 'before',
      x: 146,
      anchor: 'end',
      lines: ['Strategic', 'Development'],
      lineHeight: 12,
      width: 110,
      partial: null,
    });
  });

  it('keeps a long name next to a band that starts late: before it, never at the plot’s left edge', () => {
    const name =
      'Project for the Strategic Development of Industry-Academia-Government Collaboration';
    const label = placeLaneLabel(name, { x0: 250, x1: 300, beforeEnd: 240 }, metrics, measure);
    expect(label).toEqual({
      placement: 'before',
      x: 236,
      anchor: 'end',
      lines: [
        'Project for the',
        'Strategic Development',
        'of Industry-Academia-',
        'Government',
        'Collaboration',
      ],
      lineHeight: 12,
      width: 210,
      partial: null,
    });
    // Every line ends where the band begins (less the gap) and stays inside the plot.
    for (const line of label.lines) expect(label.x - measure(line)).toBeGreaterThanOrEqual(0);
  });

  it('puts it above the band, from the band’s start, where the band starts near the left edge', () => {
    const name =
      'Project for the Strategic Development of Industry-Academia-Government Collaboration';
    const label = placeLaneLabel(name, { x0: 30, x1: 300, beforeEnd: 30 }, metrics, measure);
    expect(label).toEqual({
      placement: 'above',
      x: 30,
      anchor: 'start',
      lines: [
        'Project for the',
        'Strategic Development of',
        'Industry-Academia-',
        'Government Collaboration',
      ],
      lineHeight: 12,
      width: 240,
      partial: null,
    });
  });

  it('of before and above, takes the one that adds less height to the row', () => {
    const band = { x0: 120, x1: 300, beforeEnd: 120 };
    // Before: two lines of at most 116 px centred on a 16 px band (8 px more); above: one line (12 px).
    expect(
      placeLaneLabel('A NAME OF SEVENTEEN', band, { ...metrics, bandHeight: 16 }, measure),
    ).toMatchObject({ placement: 'before', lines: ['A NAME OF', 'SEVENTEEN'] });
    // Three lines before (20 px more) lose to one line above.
    expect(
      placeLaneLabel(
        'A NAME OF SOME SEVENTEEN',
        { ...band, x0: 150, beforeEnd: 80 },
        metrics,
        measure,
      ),
    ).toMatchObject({ placement: 'above', x: 150, lines: ['A NAME OF SOME', 'SEVENTEEN'] });
  });

  it('moves a word wider than the room on either side left from the band’s start only as needed', () => {
    const label = placeLaneLabel(
      'SUPERCALIFRAGILISTIC NAME',
      { x0: 150, x1: 160, beforeEnd: 150 },
      metrics,
      measure,
    );
    expect(label).toMatchObject({
      placement: 'above',
      x: 50,
      lines: ['SUPERCALIFRAGILISTIC NAME'],
    });
  });
});

describe('balancedLines', () => {
  it('uses as few lines as the width allows, each as short as that many lines allow', () => {
    expect(balancedLines('one two three four five', 250, 10, measure)).toEqual([
      'one two three four five',
    ]);
    // Greedy at 150 px: "one two three four" / "five"; balanced: two lines of 13 and 9 characters.
    expect(balancedLines('one two three four five', 150, 10, measure)).toEqual([
      'one two three',
      'four five',
    ]);
  });

  it('is null where a word is wider than the width, or there is no width', () => {
    expect(balancedLines('unbreakable', 50, 10, measure)).toBeNull();
    expect(balancedLines('a', 0, 10, measure)).toBeNull();
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
    // A band near the left edge has its name above it, from its start; a band that starts late has
    // it before it, on lines centred on the band, the row made taller above and below for them.
    expect(
      long.map((l) => [l.id, l.y, l.label.placement, l.label.x, l.label.lines.length, l.label.y]),
    ).toEqual([
      ['alpha', 29, 'above', 0, 2, 11],
      ['beta', 75, 'above', 75, 2, 57],
      ['gamma', 107, 'before', 146, 3, 103],
      ['delta', 143, 'before', 221, 2, 145],
      ['eps', 179, 'before', 164.75, 3, 175],
      ['eps-type', 215, 'before', 183.5, 2, 217],
    ]);
    // Each row's names and band clear the next row's by the row gap.
    for (const [a, b] of long.slice(0, -1).map((l, i) => [l, long[i + 1]!] as const)) {
      const bottom = (l: Lane) =>
        Math.max(l.y + l.height, l.label.y + (l.label.lines.length - 0.5) * l.label.lineHeight);
      const top = (l: Lane) => Math.min(l.y, l.label.y - l.label.lineHeight / 2);
      expect(top(b) - bottom(a)).toBeGreaterThanOrEqual(laneMetrics.rowGap - 0.01);
    }
  });

  it('ends a band at its unification, or after the last year a source covers', () => {
    const lanes = layoutLanes(rows, x, laneMetrics, (row) => row.program.id, measure);
    const to = Object.fromEntries(lanes.map((l) => [l.id, l.to]));
    expect(to['alpha']).toBe(2004);
    expect(to['eps-type']).toBe(2005);
    expect(to['delta']).toBe(Math.min(laneMetrics.end, 2006));
  });
});
