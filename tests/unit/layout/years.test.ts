import { describe, expect, it } from 'vitest';
import { layoutYears, type YearsFigure, type YearsSize } from '../../../src/lib/layout/years';
import { programRows, yearFigures } from '../../../src/lib/data/history/yearFigures';
import { layoutTimeline } from '../../../src/lib/layout/timeline';
import { dataset } from '../../fixtures/dataset';
import { history } from '../../fixtures/history';

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

describe('programRows and yearFigures', () => {
  it('rows follow the timeline lanes (programs, not types)', () => {
    const lanes = layoutTimeline(dataset, {
      width: 1200,
      fontSize: 14,
    }).lanes.filter((lane) => lane.depth <= 1);
    expect(programRows(dataset).map((r) => r.program.id)).toEqual(lanes.map((lane) => lane.id));
  });

  it('adds the seed FY2010 stated totals of programs to the history figures', () => {
    const figures = yearFigures(dataset, history);
    expect(figures).toHaveLength(history.budgets.length + 2);
    const seed = figures.filter((f) => f.origin === 'seed');
    expect(seed.map((f) => [f.programId, f.amountMillionYen, f.address])).toEqual([
      ['regional-innovation-cluster-program', 12065, null],
      ['self-sustaining-management-program', 2649, null],
    ]);
    const agreeing = figures.filter((f) => f.agreesWith?.startsWith('fy2010-'));
    expect(agreeing.map((f) => f.id)).toEqual(['ricp-fy2010-draft', 'ssm-fy2010-decided']);
  });
});
