import { describe, expect, it } from 'vitest';
import { timelineDataset } from '../../fixtures/timelineDataset';
import { dataset } from '../../fixtures/dataset';
import { estimateTextWidth } from '../../../src/lib/layout/labels';
import { markedName } from '../../../src/lib/text/names';
import { words } from '../../fixtures/words';
import type { Lane, TimelineLayout } from '../../../src/lib/layout/timeline';
import {
  axisX,
  layoutTimeline,
  milestonePosition,
  revealPositions,
} from '../../../src/lib/layout/timeline';

const size = { width: 500, fontSize: 10, measure: () => 30 };
const layout = layoutTimeline(timelineDataset, size);
const lane = (id: string) => layout.lanes.find((l) => l.id === id)!;
const link = (id: string) => layout.links.find((l) => l.id === id)!;

describe('layoutTimeline on a small fixture', () => {
  it('spans the first start to the year after the last, plus room for a marker dated just before', () => {
    expect(layout.domain[0]).toBeCloseTo(2001.84, 2);
    expect(layout.domain[1]).toBe(2006);
    // From the first unification (FY2004) on, a year is 2.5 times as wide.
    const year = (fy: number) => axisX(layout, fy + 1) - axisX(layout, fy);
    expect(year(2002)).toBeCloseTo(67.64, 1);
    expect(year(2004) / year(2002)).toBeCloseTo(2.5, 2);
    expect(axisX(layout, 2006)).toBe(492);
  });

  it('orders rows: roots in dataset order, then children, later-starting children first', () => {
    expect(layout.lanes.map((l) => [l.id, l.row, l.depth, l.parentId])).toEqual([
      ['alpha', 0, 0, null],
      ['beta', 1, 0, null],
      ['gamma', 2, 0, null],
      ['delta', 3, 1, 'gamma'],
      ['eps', 4, 1, 'gamma'],
      ['eps-type', 5, 2, 'eps'],
    ]);
  });

  it('draws each lane from the year its source gives, never earlier, and says what that rests on', () => {
    expect(lane('alpha')).toMatchObject({
      basis: 'start',
      from: 2002,
      to: 2004,
      x0: 18.51,
      x1: 153.79,
    });
    expect(lane('beta')).toMatchObject({
      from: 2003,
      to: 2004,
      x0: 86.15,
      x1: 153.79,
      y: 27,
      height: 16,
    });
    // A merged-into lane begins after its merge, a child after its branch, inside the sourced year.
    // A band ends after the last year a source covers (here FY2004), not at the axis end.
    expect(lane('gamma')).toMatchObject({ from: 2004.25, to: 2005, x0: 196.07, x1: 322.9 });
    expect(lane('eps-type')).toMatchObject({ to: 2005 });
    expect(lane('delta')).toMatchObject({ to: 2006 });
    expect(lane('eps')).toMatchObject({ from: 2004.5, x0: 238.34 });
    expect(lane('eps-type')).toMatchObject({ basis: 'budget', startYear: 2004, from: 2004.75 });
    expect(lane('delta')).toMatchObject({
      basis: 'listed',
      startYear: 2005,
      from: 2005.25,
      x0: 365.17,
    });
    for (const l of layout.lanes) expect(Math.floor(l.from)).toBe(l.startYear);
  });

  it('merges unified lanes into slices of the new lane, and branches children from slices of the parent', () => {
    expect(layout.links.map((l) => l.id)).toEqual([
      'merge:alpha->gamma',
      'merge:beta->gamma',
      'branch:gamma->delta',
      'branch:gamma->eps',
      'branch:eps->eps-type',
    ]);
    expect(link('merge:alpha->gamma').path).toBe(
      'M153.79,5C174.93,5,174.93,49,196.07,49L196.07,57C174.93,57,174.93,21,153.79,21Z',
    );
    expect(link('merge:beta->gamma').path).toBe(
      'M153.79,27C174.93,27,174.93,57,196.07,57L196.07,65C174.93,65,174.93,43,153.79,43Z',
    );
    expect(link('branch:gamma->eps')).toMatchObject({ x0: 196.07, x1: 238.34, colorLaneId: 'eps' });
    expect(link('merge:beta->gamma').colorLaneId).toBe('beta');
  });

  it('puts a whole name inside its band, else before it clear of the incoming link, else above it', () => {
    expect(lane('alpha').label).toEqual({
      placement: 'inside',
      x: 22.51,
      y: 13,
      anchor: 'start',
      lines: ['ALPHA'],
      lineHeight: 12,
      width: 30,
      partial: null,
    });
    const wide = layoutTimeline(timelineDataset, {
      ...size,
      measure: (text: string) => (text.startsWith('FY') ? 30 : 200),
    });
    const delta = wide.lanes.find((l) => l.id === 'delta')!;
    expect(delta.label).toMatchObject({ placement: 'before', x: 318.9, anchor: 'end' });
    expect(delta.label.lines).toEqual(['DELTA']);
  });

  it('places milestones by date on the fiscal-year axis, year-only ones mid-year, in step order', () => {
    expect(layout.markers.map((m) => [m.milestoneId, m.stepNumber, m.dated, m.x, m.row])).toEqual([
      ['plan', 1, true, 18.15, 0],
      ['unified', 2, false, 238.34, 0],
    ]);
  });

  it('thins axis labels when a label is wider than a year', () => {
    expect(layout.ticks.map((t) => [t.fiscalYear, t.showLabel])).toEqual([
      [2001, false],
      [2002, true],
      [2003, true],
      [2004, true],
      [2005, true],
    ]);
    const narrow = layoutTimeline(timelineDataset, {
      ...size,
      measure: (text: string) => (text.startsWith('FY') ? 100 : 30),
    });
    // Every other year from the focus year; the last year too, which has room for its label.
    expect(narrow.ticks.filter((t) => t.showLabel).map((t) => t.fiscalYear)).toEqual([
      2002, 2004, 2005,
    ]);
  });

  it('reveals each step up to its date or the end of its year, never moving backwards', () => {
    expect(layout.reveal).toEqual([milestonePosition(timelineDataset.milestones[0]!), 2005]);
  });

  it('moves a marker that would overlap its neighbour up a row', () => {
    const real = layoutTimeline(dataset, { width: 360, fontSize: 12 });
    const rows = Object.fromEntries(real.markers.map((m) => [m.milestoneId, m.row]));
    expect(rows['regional-innovation-strategy-support-start']).toBe(0);
    expect(rows['promoting-regions-selected']).toBe(1);
  });

  it('lays out the real dataset without overlap: one row per lane, every lane inside the plot', () => {
    const real = layoutTimeline(dataset, { width: 1280, fontSize: 14 });
    expect(new Set(real.lanes.map((l) => l.row)).size).toBe(real.lanes.length);
    for (const l of real.lanes) {
      expect(l.x0).toBeGreaterThanOrEqual(real.plot.x0);
      expect(l.x1).toBeLessThanOrEqual(real.plot.x1);
      expect(l.x1).toBeGreaterThan(l.x0);
    }
    expect(real.domain).toEqual([expect.closeTo(2000.84, 2), 2012]);
  });
});

describe('milestonePosition and revealPositions', () => {
  const m = (date: string | null, fiscalYear: number) =>
    ({ ...timelineDataset.milestones[0]!, date, fiscalYear }) as const;

  it('puts 30 March 2001 just before FY2001 and 1 April 2001 at its start', () => {
    expect(milestonePosition(m('2001-03-30', 2000))).toBeCloseTo(2000.995, 3);
    expect(milestonePosition(m('2001-04-01', 2001))).toBe(2001);
    expect(milestonePosition(m('2001-06', 2001))).toBeCloseTo(2001.1667, 4);
    expect(milestonePosition(m(null, 2010))).toBe(2010.5);
  });

  it('never reveals less than an earlier step did', () => {
    expect(revealPositions([m(null, 2011), m('2011-08-19', 2011)])).toEqual([2012, 2012]);
  });
});

describe('compact layout (presentation)', () => {
  it('packs the same lanes and markers into less height, keeping their order and the label size', () => {
    const compact = layoutTimeline(timelineDataset, { ...size, mode: 'present' as const });
    expect(compact.height).toBeLessThan(layout.height);
    expect(compact.fontSize).toBe(layout.fontSize);
    expect(compact.lanes.map((lane) => lane.id)).toEqual(layout.lanes.map((lane) => lane.id));
    expect(compact.markers.map((m) => m.x)).toEqual(layout.markers.map((m) => m.x));
    const ys = compact.lanes.map((lane) => lane.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});

describe('the real dataset at every width from 360 to 3840 px', () => {
  const widths = [344, 360, 390, 600, 800, 1280, 1366, 1920, 2560, 3840];
  const words = (text: string) => text.replace(/-\s*/g, '-').replace(/\s+/g, ' ');

  it.each(widths)('keeps every name whole, within the plot, at %i px', (width) => {
    const real = layoutTimeline(dataset, { width });
    for (const l of real.lanes) {
      const drawn = l.label.lines.join(l.program.name.en.includes(' ') ? ' ' : '');
      expect(words(drawn)).toBe(words(l.program.name.en));
      for (const line of l.label.lines) {
        const w = estimateTextWidth(line, real.fontSize);
        if (l.label.anchor === 'end') expect(l.label.x - w).toBeGreaterThanOrEqual(real.plot.x0);
        else expect(l.label.x + w).toBeLessThanOrEqual(real.plot.x1 + 0.01);
      }
    }
  });

  it.each(widths)('labels FY2010 on the axis and keeps text legible at %i px', (width) => {
    const real = layoutTimeline(dataset, { width });
    expect(real.ticks.find((t) => t.fiscalYear === 2010)?.showLabel).toBe(true);
    expect(real.fontSize).toBeGreaterThanOrEqual(width < 600 ? 12 : 14);
  });
});

describe('every name next to its own band, in both languages, on screen and on a slide', () => {
  // The chart's width and label size where users meet it: phones, 600 px, desktops (1280 to 1920 px
  // screens), a 3840 px screen (the type scaled with the root font) and slides (wordy, usual, overview).
  const sizes = [
    ...[
      [336, 12],
      [366, 12],
      [564, 12],
      [822, 14],
      [886, 14],
      [1120, 16],
      [1680, 24],
    ].map(([width, fontSize]) => ({ width: width!, fontSize: fontSize!, mode: 'screen' as const })),
    ...[1000, 1260, 1800].map((width) => ({ width, fontSize: 26, mode: 'present' as const })),
  ];
  const cases = sizes.flatMap((size) =>
    (['en', 'ja'] as const).map((locale) => ({ ...size, locale })),
  );
  /** A name's box as laid out (estimated widths, which are at least the drawn ones). */
  const labelBox = (lane: Lane, fontSize: number) => {
    const { label } = lane;
    const width = Math.max(...label.lines.map((line) => estimateTextWidth(line, fontSize)));
    const x0 = label.anchor === 'end' ? label.x - width : label.x;
    const top = label.y - label.lineHeight / 2;
    return { x0, x1: x0 + width, y0: top, y1: top + label.lines.length * label.lineHeight };
  };
  const bandBox = (lane: Lane) => ({
    x0: lane.x0,
    x1: lane.x1,
    y0: lane.y,
    y1: lane.y + lane.height,
  });
  type Box = ReturnType<typeof bandBox>;
  const overlap = (a: Box, b: Box) =>
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
  const layoutOf = ({ width, fontSize, mode, locale }: (typeof cases)[number]): TimelineLayout =>
    layoutTimeline(dataset, {
      width,
      fontSize,
      mode,
      laneName: (program) => markedName(program, words[locale], dataset),
    });

  it.each(cases)(
    'starts or ends each name within 4 em of its band’s start, beside or on it: $width px, $fontSize px type ($mode, $locale)',
    (options) => {
      const real = layoutOf(options);
      for (const lane of real.lanes) {
        const name = labelBox(lane, real.fontSize);
        const band = bandBox(lane);
        const { placement, anchor } = lane.label;
        if (placement === 'inside') {
          expect(name.x0).toBeGreaterThanOrEqual(band.x0);
          expect(name.x1).toBeLessThanOrEqual(band.x1);
        } else if (placement === 'before') {
          // Ends before the band, by no more than the link that feeds it and a gap.
          expect(anchor).toBe('end');
          expect(band.x0 - lane.label.x).toBeGreaterThan(0);
          expect(band.x0 - lane.label.x).toBeLessThanOrEqual(4 * real.fontSize);
          // Its lines centred on the band.
          expect((name.y0 + name.y1) / 2).toBeCloseTo((band.y0 + band.y1) / 2, 0);
        } else {
          // Above the band, from its start, directly over it.
          expect(lane.label.x).toBe(Math.max(real.plot.x0, band.x0));
          expect(name.y1).toBeCloseTo(band.y0, 1);
        }
        expect(name.x0).toBeGreaterThanOrEqual(real.plot.x0 - 0.01);
        expect(name.x1).toBeLessThanOrEqual(real.plot.x1 + 0.01);
      }
    },
  );

  it.each(cases)(
    'overlaps no other name, band or marker: $width px, $fontSize px type ($mode, $locale)',
    (options) => {
      const real = layoutOf(options);
      const names = real.lanes.map((lane) => labelBox(lane, real.fontSize));
      const bands = real.lanes.map(bandBox);
      names.forEach((name, i) => {
        names.forEach((other, j) => {
          if (j !== i) expect(overlap(name, other), `names ${i} and ${j}`).toBe(false);
        });
        bands.forEach((band, j) => {
          if (j !== i) expect(overlap(name, band), `name ${i}, band ${j}`).toBe(false);
        });
      });
      // Markers stand below every name and band.
      const lowest = Math.max(...names.map((name) => name.y1), ...bands.map((band) => band.y1));
      expect(real.plot.y1).toBeGreaterThanOrEqual(lowest - 0.01);
      for (const marker of real.markers)
        expect(marker.y - real.markerRadius).toBeGreaterThan(lowest);
    },
  );
});
