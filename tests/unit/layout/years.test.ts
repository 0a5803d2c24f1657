import { describe, expect, it } from 'vitest';
import {
  layoutYears,
  layoutYearsRow,
  runsIn,
  leaderSegments,
  segmentCrossesBox,
  yearBars,
  yearGap,
  yearSpans,
  yearsFrame,
  yearsRowBox,
  yearsRowMetrics,
  yearsTicks,
  yearsTrack,
  type YearsFigure,
  type YearsScale,
  type YearsSize,
} from '../../../src/lib/layout/years';

const size = (width: number): YearsSize => ({
  width,
  fontSize: 10,
  domain: [2002, 2005],
  tickLabelWidth: 30,
  nameLines: (id) => [id],
  amountLabelWidth: () => 20,
  gapLabelWidth: 30,
});
const figure = (
  id: string,
  fiscalYear: number,
  amount: number,
  extra: Partial<YearsFigure> = {},
) => ({
  id,
  programId: 'p',
  fiscalYear,
  throughFiscalYear: null,
  amountMillionYen: amount,
  agreesWith: null,
  ...extra,
});
const row = { programId: 'p', activeFrom: 2002, activeTo: null };

describe('layoutYears', () => {
  it('places bars on one amount scale, with a gap for each running year without a figure', () => {
    const layout = layoutYears([row], [figure('a', 2003, 100), figure('b', 2004, 50)], size(410));
    // Narrow: names above; plot 5..405, 100 px a year.
    expect(layout.ticks.map((t) => [t.fiscalYear, t.x0])).toEqual([
      [2002, 5],
      [2003, 105],
      [2004, 205],
      [2005, 305],
    ]);
    expect(layout.bars.map((b) => [b.figureId, b.x, b.width, b.height])).toEqual([
      ['a', 119.8, 70.4, 28],
      ['b', 219.8, 70.4, 14],
    ]);
    expect(layout.gaps.map((g) => g.fiscalYear)).toEqual([2002, 2005]);
    expect(layout.maxAmount).toBe(100);
  });

  it('never draws a gap before a program starts or after it is unified', () => {
    const layout = layoutYears(
      [{ programId: 'p', activeFrom: 2003, activeTo: 2003 }],
      [],
      size(410),
    );
    expect(layout.gaps.map((g) => g.fiscalYear)).toEqual([2003]);
    expect(layout.rows[0]?.track).toEqual({ x0: 105, x1: 205 });
  });

  it('draws a multi-year total as one bracket, not a bar per year, and keeps the years as gaps', () => {
    const layout = layoutYears(
      [row],
      [figure('all', 2003, 400, { throughFiscalYear: 2004 })],
      size(410),
    );
    expect(layout.bars).toEqual([]);
    expect(layout.spans.map((s) => [s.figureId, s.x0, s.x1])).toEqual([['all', 115, 295]]);
    expect(layout.gaps.map((g) => g.fiscalYear)).toEqual([2002, 2003, 2004, 2005]);
  });

  it('a corroborating figure draws no bar: it marks the bar it agrees with', () => {
    const layout = layoutYears(
      [row],
      [figure('seed', 2003, 100), figure('news', 2003, 100, { agreesWith: 'seed' })],
      size(410),
    );
    expect(layout.bars.map((b) => [b.figureId, b.corroboratedBy])).toEqual([['seed', ['news']]]);
  });

  it('stands the bars of one cell side by side', () => {
    const layout = layoutYears([row], [figure('a', 2003, 100), figure('b', 2003, 100)], size(410));
    expect(layout.bars.map((b) => [b.x, b.width])).toEqual([
      [117.4, 35.2],
      [157.4, 35.2],
    ]);
  });

  it('lists figures past the axis apart', () => {
    const layout = layoutYears([row], [figure('late', 2012, 100)], size(410));
    expect(layout.outside).toEqual(['late']);
    expect(layout.bars).toEqual([]);
    expect(layout.maxAmount).toBe(0);
  });

  it('wide charts put the names in a left column', () => {
    const layout = layoutYears([row], [], size(1000));
    expect(layout.plot.x0).toBeGreaterThan(250);
    expect(layout.rows[0]?.nameX).toBe(5);
  });

  it('thins the axis labels to every other year when they do not fit', () => {
    const layout = layoutYears([row], [], { ...size(140), tickLabelWidth: 40 });
    expect(layout.ticks.map((t) => t.showLabel)).toEqual([true, false, true, false]);
  });
});

// Narrow, 410 px at 10 px type: names above the rows; plot 5..405, 100 px a fiscal year.
const narrow = yearsFrame(size(410));
const metrics = yearsRowMetrics(10, false);
const scale: YearsScale = { frame: narrow, metrics, maxAmount: 100, size: size(410) };

describe('yearsFrame', () => {
  it('puts the names above the rows when narrow', () => {
    expect(narrow).toEqual({
      first: 2002,
      last: 2005,
      side: false,
      nameColumn: 0,
      nameFontSize: 10,
      lineHeight: 12.5,
      pad: 5,
      plotX0: 5,
      plotX1: 405,
      column: 100,
    });
  });

  it('gives wide charts a name column, and a compact slide smaller names in a wider column', () => {
    expect(yearsFrame(size(1000))).toMatchObject({ side: true, nameColumn: 260, plotX0: 270 });
    expect(yearsFrame(size(1000)).column).toBe(181.25);
    expect(yearsFrame({ ...size(1000), compact: true })).toMatchObject({
      nameColumn: 320,
      nameFontSize: 7,
      lineHeight: 8.75,
      plotX0: 330,
    });
  });
});

describe('yearsTicks', () => {
  it('labels every year where the labels fit, else every other year', () => {
    expect(yearsTicks(narrow, 30)).toEqual([
      { fiscalYear: 2002, x0: 5, x1: 105, showLabel: true },
      { fiscalYear: 2003, x0: 105, x1: 205, showLabel: true },
      { fiscalYear: 2004, x0: 205, x1: 305, showLabel: true },
      { fiscalYear: 2005, x0: 305, x1: 405, showLabel: true },
    ]);
    expect(yearsTicks(narrow, 96).map((t) => t.showLabel)).toEqual([true, false, true, false]);
  });
});

describe('yearsRowMetrics', () => {
  it('sizes a row from the type size, lower and tighter on a slide', () => {
    // A bracket's lane holds its total (7 px) clear of the baseline: 2 × 7 + 4.
    expect(metrics).toEqual({ barBand: 28, labelSpace: 16, spanLane: 18, rowGap: 9, gapHeight: 9 });
    expect(yearsRowMetrics(10, true)).toEqual({
      barBand: 13,
      labelSpace: 16,
      spanLane: 13,
      rowGap: 3,
      gapHeight: 9,
    });
  });
});

describe('yearsRowBox', () => {
  it('stacks names, amount labels, bars and one lane per bracket', () => {
    expect(yearsRowBox(20, 12.5, 0, false, metrics)).toEqual({
      barsTop: 48.5,
      baseline: 76.5,
      y1: 76.5,
    });
    expect(yearsRowBox(20, 12.5, 2, false, metrics).y1).toBe(112.5);
  });

  it('centres the bars on names in a side column, and reaches below the taller of the two', () => {
    expect(yearsRowBox(20, 50, 0, true, metrics)).toEqual({ barsTop: 39, baseline: 67, y1: 70 });
  });
});

describe('layoutYears with a maxHeight (a slide)', () => {
  const slide: YearsSize = {
    ...size(410),
    compact: true,
    maxLabelLines: 2,
    barLabel: () => ({ width: 20, lines: 2 }),
  };
  const list = [figure('a', 2002, 100), figure('b', 2003, 90), figure('c', 2004, 40)];
  const rows = [row, { ...row, programId: 'q' }];
  const both = [...list, ...list.map((f) => ({ ...f, id: `q-${f.id}`, programId: 'q' }))];

  it('lowers the bars a step at a time until the chart fits, leaving no label out for it', () => {
    const natural = layoutYears(rows, both, slide);
    const fitted = layoutYears(rows, both, { ...slide, maxHeight: natural.height - 4 });
    expect(fitted.height).toBeLessThanOrEqual(natural.height - 4);
    expect(fitted.bars[0]!.height).toBeLessThan(natural.bars[0]!.height);
    expect(fitted.unlabelledBars).toBeLessThanOrEqual(natural.unlabelledBars);
    // Room enough: the chart as it would be without a limit.
    expect(layoutYears(rows, both, { ...slide, maxHeight: natural.height })).toEqual(natural);
  });

  it('stops at the lowest step when even that does not fit', () => {
    const natural = layoutYears(rows, both, slide);
    const lowest = layoutYears(rows, both, { ...slide, maxHeight: 1 });
    expect(lowest.height).toBeGreaterThan(1);
    expect(lowest.bars[0]!.height).toBeCloseTo(natural.bars[0]!.height * 0.7, 0);
  });
});

describe('yearBars', () => {
  it('stands the bars of a year side by side on one amount scale, with their corroborations', () => {
    const own = [
      figure('a', 2003, 100),
      figure('b', 2003, 50),
      figure('c', 2003, 100, { agreesWith: 'a' }),
      figure('d', 2004, 10),
    ];
    expect(yearBars(own, 2003, 76.5, scale)).toEqual([
      {
        figureId: 'a',
        programId: 'p',
        fiscalYear: 2003,
        x: 117.4,
        y: 48.5,
        width: 35.2,
        height: 28,
        corroboratedBy: ['c'],
        label: { x: 135, y: 46.05, lifted: false, shown: true, leader: null },
      },
      {
        figureId: 'b',
        programId: 'p',
        fiscalYear: 2003,
        x: 157.4,
        y: 62.5,
        width: 35.2,
        height: 14,
        corroboratedBy: [],
        label: { x: 175, y: 60.05, lifted: false, shown: true, leader: null },
      },
    ]);
    expect(yearBars(own, 2005, 76.5, scale)).toEqual([]);
  });
});

describe('yearGap', () => {
  it('marks a year without a figure at the baseline', () => {
    expect(yearGap('p', 2002, 76.5, scale)).toEqual({
      programId: 'p',
      fiscalYear: 2002,
      x: 15,
      y: 67.5,
      width: 80,
      height: 9,
      showLabel: true,
    });
  });
});

describe('runsIn', () => {
  it('is true from the sourced start to the unification, or to the axis end', () => {
    const run = { programId: 'p', activeFrom: 2003, activeTo: 2004 };
    expect([2002, 2003, 2004, 2005].map((fy) => runsIn(run, fy, 2005))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(runsIn(row, 2005, 2005)).toBe(true);
    expect(runsIn({ ...row, activeFrom: null }, 2003, 2005)).toBe(false);
  });
});

describe('yearSpans', () => {
  it('brackets each multi-year total over its years, one lane each', () => {
    const totals = [
      figure('all', 2003, 400, { throughFiscalYear: 2004 }),
      figure('two', 2002, 10, { throughFiscalYear: 2003 }),
    ];
    expect(yearSpans(totals, 76.5, scale)).toEqual([
      { figureId: 'all', programId: 'p', x0: 115, x1: 295, y: 85.5, showLabel: true },
      { figureId: 'two', programId: 'p', x0: 15, x1: 195, y: 103.5, showLabel: true },
    ]);
  });
});

describe('yearsTrack', () => {
  it('spans the axis years the program runs, clipped to the axis', () => {
    expect(yearsTrack({ programId: 'p', activeFrom: 2003, activeTo: 2003 }, narrow)).toEqual({
      x0: 105,
      x1: 205,
    });
    expect(yearsTrack({ programId: 'p', activeFrom: 1990, activeTo: null }, narrow)).toEqual({
      x0: 5,
      x1: 405,
    });
    expect(yearsTrack({ programId: 'p', activeFrom: null, activeTo: null }, narrow)).toBeNull();
    expect(yearsTrack({ programId: 'p', activeFrom: 2007, activeTo: null }, narrow)).toBeNull();
  });
});

describe('layoutYearsRow', () => {
  it('lays out one row: name, bars, gaps for the running years without a figure, track', () => {
    const marks = layoutYearsRow(row, [figure('a', 2003, 100)], 20, ['p'], scale);
    expect(marks.row).toEqual({
      programId: 'p',
      nameLines: ['p'],
      nameX: 5,
      nameY: 30,
      y0: 20,
      y1: 76.5,
      baseline: 76.5,
      top: 48.5,
      track: { x0: 5, x1: 405 },
    });
    expect(marks.bars.map((b) => b.figureId)).toEqual(['a']);
    expect(marks.gaps.map((g) => g.fiscalYear)).toEqual([2002, 2004, 2005]);
    expect(marks.spans).toEqual([]);
  });
});

describe('placeBarLabels', () => {
  type Box = { x0: number; x1: number; y0: number; y1: number };
  const touches = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  // A phone: 12 px labels, 40 px wide, three lines each (marks, "request", amount), in 30 px columns.
  const phone: YearsSize = {
    ...size(130),
    fontSize: 12,
    labelFontSize: 12,
    amountLabelWidth: () => 40,
    barLabel: () => ({ width: 40, lines: 3 }),
  };
  const figures = [
    figure('a', 2002, 100),
    figure('b', 2003, 90),
    figure('c', 2004, 95),
    figure('d', 2004, 10),
  ];

  it('draws every label, none touching another, lifting those that would and growing the row', () => {
    const layout = layoutYears([row], figures, phone);
    expect(layout.labelFontSize).toBe(12);
    expect(layout.bars).toHaveLength(4);
    const lineHeight = layout.labelLineHeight;
    const boxes = layout.bars.map((b) => ({
      x0: b.label.x - 20,
      x1: b.label.x + 20,
      y0: b.label.y - 2 * lineHeight - 12 * 0.85,
      y1: b.label.y + 12 * 0.25,
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(touches(a, b)).toBe(false);
      // Inside the chart, and under the row's top (the row grew to hold them).
      expect(a.x0).toBeGreaterThanOrEqual(-3);
      expect(a.x1).toBeLessThanOrEqual(layout.width + 3);
      expect(a.y0).toBeGreaterThanOrEqual(layout.rows[0]!.y0);
    }
    expect(layout.bars.some((b) => b.label.lifted)).toBe(true);
    // Each label stays over its own bar's column.
    for (const bar of layout.bars) {
      expect(Math.abs(bar.label.x - (bar.x + bar.width / 2))).toBeLessThanOrEqual(20);
      expect(bar.label.y).toBeLessThan(bar.y);
    }
  });

  it('joins each lifted label to its bar by a leader that crosses no other label', () => {
    // Two bars in one year (the FY2009 requests of a row), and a crowded phone row.
    const pair = [figure('big', 2003, 100), figure('small', 2003, 20)];
    const wide = {
      ...size(410),
      amountLabelWidth: () => 60,
      barLabel: () => ({ width: 60, lines: 2 }),
    };
    for (const [sizeOf, list] of [
      [phone, figures],
      [wide, pair],
    ] as const) {
      const layout = layoutYears([row], list, sizeOf);
      const type = { fontSize: layout.labelFontSize, lineHeight: layout.labelLineHeight };
      const widthOf = sizeOf.barLabel!('').width;
      const linesOf = sizeOf.barLabel!('').lines;
      const boxOf = (b: (typeof layout.bars)[number]) => ({
        x0: b.label.x - widthOf / 2,
        x1: b.label.x + widthOf / 2,
        y0: b.label.y - (linesOf - 1) * type.lineHeight - type.fontSize * 0.85,
        y1: b.label.y + type.fontSize * 0.25,
      });
      const lifted = layout.bars.filter((b) => b.label.lifted);
      expect(lifted.length).toBeGreaterThan(0);
      for (const bar of layout.bars) {
        const leader = bar.label.leader;
        if (!bar.label.lifted) {
          expect(leader).toBeNull();
          continue;
        }
        expect(leader).not.toBeNull();
        const box = boxOf(bar);
        // Its ends touch the label's foot (under the label) and the bar's top (on the bar).
        const [topX, topY] = leader!.points[0]!;
        const [footX, footY] = leader!.points.at(-1)!;
        expect(topY).toBeCloseTo(box.y1, 1);
        expect(topX).toBeGreaterThanOrEqual(box.x0);
        expect(topX).toBeLessThanOrEqual(box.x1);
        expect(footY).toBe(bar.y);
        expect(footX).toBeGreaterThanOrEqual(bar.x);
        expect(footX).toBeLessThanOrEqual(bar.x + bar.width);
        // No other label, and no other bar, in its way.
        for (const segment of leaderSegments(leader!)) {
          for (const other of layout.bars.filter((b) => b !== bar)) {
            expect(segmentCrossesBox(segment, boxOf(other))).toBe(false);
            const otherBar = {
              x0: other.x,
              x1: other.x + other.width,
              y0: other.y,
              y1: other.y + other.height,
            };
            expect(segmentCrossesBox(segment, otherBar)).toBe(false);
          }
        }
      }
    }
  });

  it('finds whether a leader passes through a box', () => {
    const box = { x0: 10, x1: 20, y0: 10, y1: 20 };
    expect(segmentCrossesBox({ x1: 15, y1: 0, x2: 15, y2: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 30, y2: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 25, y1: 0, x2: 25, y2: 30 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 0, y1: 25, x2: 30, y2: 40 }, box)).toBe(false);
    // Ending on its edge is touching it, not passing through.
    expect(segmentCrossesBox({ x1: 15, y1: 0, x2: 15, y2: 10 }, box)).toBe(false);
  });

  it('leaves a label over its bar where nothing is in the way', () => {
    const layout = layoutYears([row], [figure('a', 2003, 100)], size(410));
    const bar = layout.bars[0]!;
    expect(bar.label).toEqual({
      x: 155,
      y: bar.y - 2.45,
      lifted: false,
      shown: true,
      leader: null,
    });
  });

  it('on a slide, leaves out (and counts) a label that would rise past its lines', () => {
    const layout = layoutYears([row], figures, { ...phone, maxLabelLines: 3 });
    const hidden = layout.bars.filter((b) => !b.label.shown);
    expect(hidden.length).toBeGreaterThan(0);
    expect(layout.unlabelledBars).toBe(hidden.length);
    expect(layoutYears([row], figures, phone).unlabelledBars).toBe(0);
  });

  it('counts the brackets too short to hold their total, for the note under the chart', () => {
    const tight = { ...size(130), amountLabelWidth: () => 40 };
    const layout = layoutYears(
      [row],
      [figure('all', 2003, 400, { throughFiscalYear: 2004 })],
      tight,
    );
    expect(layout.spans[0]?.showLabel).toBe(false);
    expect(layout.unlabelledSpans).toBe(1);
  });
});
