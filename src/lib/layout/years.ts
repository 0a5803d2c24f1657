/**
 * Budgets by fiscal year: rows of programs (the timeline's order) × fiscal-year columns → bars, gaps
 * and multi-year spans, with no DOM.
 *
 * One linear amount scale for every bar, so rows compare. Bars of one cell stand side by side. A figure
 * that agrees with another (corroboration) draws no bar of its own: it marks the bar it agrees with.
 * A multi-year total draws a bracket over its years, below the bars, never a bar per year. A year in
 * which the program runs (by its sourced start and unification) and no yearly figure exists is a gap,
 * drawn as such: nothing is interpolated or carried over. Figures outside the axis are listed apart.
 */
export interface YearsRow {
  readonly programId: string;
  /** The fiscal years the program runs by its sources (inclusive), or null where none is given. */
  readonly activeFrom: number | null;
  readonly activeTo: number | null;
}

export interface YearsFigure {
  readonly id: string;
  readonly programId: string;
  readonly fiscalYear: number;
  readonly throughFiscalYear: number | null;
  readonly amountMillionYen: number;
  readonly agreesWith: string | null;
}

export interface YearsSize {
  readonly width: number;
  readonly fontSize: number;
  readonly domain: readonly [number, number];
  /** Width of one fiscal-year label at this size (estimated by the caller). */
  readonly tickLabelWidth: number;
  /** The program's name broken into lines no wider than maxWidth (by the caller, who knows the text). */
  readonly nameLines: (programId: string, maxWidth: number) => readonly string[];
  /** Width of an amount label (e.g. "12,065"), for deciding whether it fits above its bar. */
  readonly amountLabelWidth: (amountMillionYen: number) => number;
  /** Width of the gap label ("no source found", short form) at this size. */
  readonly gapLabelWidth: number;
  /**
   * A slide's rows: lower bars, tighter rows, names at 0.7 of the type size (`nameLines` is asked
   * for lines at that size). Off by default.
   */
  readonly compact?: boolean;
}

/** One fiscal year's mark in a row: a bar or a gap. */
export interface YearsCellMark {
  readonly programId: string;
  readonly fiscalYear: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface YearsBar extends YearsCellMark {
  readonly figureId: string;
  /** Figures that agree with this one. */
  readonly corroboratedBy: readonly string[];
  readonly showAmount: boolean;
}

export interface YearsGap extends YearsCellMark {
  readonly showLabel: boolean;
}

export interface YearsSpan {
  readonly figureId: string;
  readonly programId: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly showLabel: boolean;
}

export interface YearsRowLayout {
  readonly programId: string;
  readonly nameLines: readonly string[];
  /** Where the name starts (its first line's baseline). */
  readonly nameX: number;
  readonly nameY: number;
  readonly y0: number;
  readonly y1: number;
  /** The bars' baseline and the top of the tallest possible bar. */
  readonly baseline: number;
  readonly top: number;
  /** The band of years the program runs, drawn faintly behind its bars (null if none). */
  readonly track: { readonly x0: number; readonly x1: number } | null;
}

export interface YearsTick {
  readonly fiscalYear: number;
  readonly x0: number;
  readonly x1: number;
  readonly showLabel: boolean;
}

export interface YearsLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** The type size of the row names (smaller than fontSize on a compact slide). */
  readonly nameFontSize: number;
  readonly plot: { readonly x0: number; readonly x1: number };
  readonly axisY: number;
  readonly ticks: readonly YearsTick[];
  readonly rows: readonly YearsRowLayout[];
  readonly bars: readonly YearsBar[];
  readonly gaps: readonly YearsGap[];
  readonly spans: readonly YearsSpan[];
  /** Figures before or after the axis' years (shown in the table, not on the axis). */
  readonly outside: readonly string[];
  /** Largest yearly amount: the full height of a row's bars. */
  readonly maxAmount: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Wide charts name each row in a column on the left; narrow ones above the row. */
const SIDE_NAMES_MIN_WIDTH = 900;

/** The horizontal frame: where the names go, the plot's extent and one fiscal year's column. */
export interface YearsFrame {
  readonly first: number;
  readonly last: number;
  /** Names in a column on the left (wide charts) rather than above each row. */
  readonly side: boolean;
  readonly nameColumn: number;
  readonly nameFontSize: number;
  readonly lineHeight: number;
  readonly pad: number;
  readonly plotX0: number;
  readonly plotX1: number;
  /** Width of one fiscal year. */
  readonly column: number;
}

export function yearsFrame(
  size: Pick<YearsSize, 'width' | 'fontSize' | 'domain' | 'compact'>,
): YearsFrame {
  const { width, fontSize } = size;
  const [first, last] = size.domain;
  const compact = size.compact === true;
  const nameFontSize = compact ? round(fontSize * 0.7) : fontSize;
  const side = width >= SIDE_NAMES_MIN_WIDTH;
  const nameColumn = !side
    ? 0
    : compact
      ? Math.round(width * 0.32)
      : Math.min(Math.round(width * 0.3), fontSize * 26);
  const pad = Math.round(fontSize * 0.5);
  const plotX0 = side ? nameColumn + pad * 2 : pad;
  const plotX1 = width - pad;
  const column = (plotX1 - plotX0) / (last - first + 1);
  const lineHeight = round(nameFontSize * 1.25);
  return { first, last, side, nameColumn, nameFontSize, lineHeight, pad, plotX0, plotX1, column };
}

/** The left edge of a fiscal year's column. */
const yearX = (frame: YearsFrame, fiscalYear: number): number =>
  round(frame.plotX0 + (fiscalYear - frame.first) * frame.column);

const axisYears = (frame: YearsFrame): number[] =>
  Array.from({ length: frame.last - frame.first + 1 }, (_, index) => frame.first + index);

/** Axis labels: every year where they fit, else every other year (the first always). */
export function yearsTicks(frame: YearsFrame, tickLabelWidth: number): YearsTick[] {
  const step = tickLabelWidth + frame.pad <= frame.column ? 1 : 2;
  return axisYears(frame).map((fy) => ({
    fiscalYear: fy,
    x0: yearX(frame, fy),
    x1: yearX(frame, fy + 1),
    showLabel: (fy - frame.first) % step === 0,
  }));
}

/** A row's heights, from the type size: bars, the amounts above them, a bracket's lane, the gaps. */
export interface YearsRowMetrics {
  readonly barBand: number;
  readonly labelSpace: number;
  readonly spanLane: number;
  readonly rowGap: number;
  readonly gapHeight: number;
}

export function yearsRowMetrics(fontSize: number, compact: boolean): YearsRowMetrics {
  return {
    barBand: Math.round(fontSize * (compact ? 1.3 : 2.8)),
    labelSpace: round(fontSize * 1.6),
    spanLane: Math.round(fontSize * (compact ? 1.3 : 1.6)),
    rowGap: Math.round(fontSize * (compact ? 0.4 : 0.9)),
    gapHeight: round(fontSize * 0.9),
  };
}

/**
 * A row's vertical extent from its top `y`: beside the names (centred on them) or under them, the
 * amount labels, the bars down to the baseline, then one lane per bracket.
 */
export function yearsRowBox(
  y: number,
  namesHeight: number,
  spanCount: number,
  side: boolean,
  metrics: YearsRowMetrics,
): { readonly barsTop: number; readonly baseline: number; readonly y1: number } {
  const { barBand, labelSpace, spanLane } = metrics;
  const top = side ? y + Math.max(0, (namesHeight - barBand - labelSpace) / 2) : y + namesHeight;
  const barsTop = top + labelSpace;
  const baseline = barsTop + barBand;
  const bottom = baseline + (spanCount > 0 ? spanLane * spanCount : 0);
  return { barsTop, baseline, y1: side ? Math.max(bottom, y + namesHeight) : bottom };
}

/** What every row is drawn against: the frame, the row heights, the amount scale, the label widths. */
export interface YearsScale {
  readonly frame: YearsFrame;
  readonly metrics: YearsRowMetrics;
  readonly maxAmount: number;
  readonly size: Pick<YearsSize, 'amountLabelWidth' | 'gapLabelWidth'>;
}

/**
 * The bars of one fiscal year of a row, side by side, on the one amount scale; `own` is every figure
 * of the row, so that a bar lists the figures that agree with it.
 */
export function yearBars(
  own: readonly YearsFigure[],
  fiscalYear: number,
  baseline: number,
  scale: YearsScale,
): YearsBar[] {
  const { frame, metrics, maxAmount, size } = scale;
  const cell = own.filter(
    (f) => f.fiscalYear === fiscalYear && f.throughFiscalYear === null && f.agreesWith === null,
  );
  const cellInner = frame.column * 0.8;
  const slot = cellInner / cell.length;
  return cell.map((figure, index) => {
    const height =
      maxAmount > 0 ? round((figure.amountMillionYen / maxAmount) * metrics.barBand) : 0;
    return {
      figureId: figure.id,
      programId: figure.programId,
      fiscalYear,
      x: round(
        yearX(frame, fiscalYear) + (frame.column - cellInner) / 2 + index * slot + slot * 0.06,
      ),
      y: round(baseline - height),
      width: round(slot * 0.88),
      height,
      corroboratedBy: own.filter((f) => f.agreesWith === figure.id).map((f) => f.id),
      showAmount: size.amountLabelWidth(figure.amountMillionYen) <= slot + frame.pad,
    };
  });
}

/** The mark of a year in which the program runs and no yearly figure is found. */
export function yearGap(
  programId: string,
  fiscalYear: number,
  baseline: number,
  scale: YearsScale,
): YearsGap {
  const { frame, metrics } = scale;
  const width = round(frame.column * 0.8);
  return {
    programId,
    fiscalYear,
    x: round(yearX(frame, fiscalYear) + (frame.column - width) / 2),
    y: round(baseline - metrics.gapHeight),
    width,
    height: metrics.gapHeight,
    showLabel: scale.size.gapLabelWidth <= frame.column - 2,
  };
}

/** Whether the program runs in a fiscal year by its sources (open-ended runs reach the axis' end). */
export const runsIn = (row: YearsRow, fiscalYear: number, last: number): boolean =>
  row.activeFrom !== null && fiscalYear >= row.activeFrom && fiscalYear <= (row.activeTo ?? last);

/** Multi-year totals as brackets over their years, one lane each under the bars. */
export function yearSpans(
  multiYear: readonly YearsFigure[],
  baseline: number,
  scale: YearsScale,
): YearsSpan[] {
  const { frame, metrics } = scale;
  return multiYear.map((figure, index) => {
    const x0 = round(yearX(frame, figure.fiscalYear) + frame.column * 0.1);
    const through = figure.throughFiscalYear ?? figure.fiscalYear;
    const x1 = round(yearX(frame, through + 1) - frame.column * 0.1);
    return {
      figureId: figure.id,
      programId: figure.programId,
      x0,
      x1,
      y: round(baseline + metrics.spanLane * (index + 0.5)),
      showLabel: scale.size.amountLabelWidth(figure.amountMillionYen) * 3 <= x1 - x0,
    };
  });
}

/** The band of axis years the program runs, or null if it runs in none of them. */
export function yearsTrack(row: YearsRow, frame: YearsFrame): YearsRowLayout['track'] {
  const activeFrom = row.activeFrom === null ? null : Math.max(frame.first, row.activeFrom);
  const activeTo = Math.min(frame.last, row.activeTo ?? frame.last);
  return activeFrom !== null && activeFrom <= activeTo
    ? { x0: yearX(frame, activeFrom), x1: yearX(frame, activeTo + 1) }
    : null;
}

interface YearsRowMarks {
  readonly row: YearsRowLayout;
  readonly bars: readonly YearsBar[];
  readonly gaps: readonly YearsGap[];
  readonly spans: readonly YearsSpan[];
}

/** One program's row from its top `y`: name, bars and gaps year by year, brackets, track. */
export function layoutYearsRow(
  row: YearsRow,
  own: readonly YearsFigure[],
  y: number,
  nameLines: readonly string[],
  scale: YearsScale,
): YearsRowMarks {
  const { frame, metrics } = scale;
  const multiYear = own.filter((f) => f.throughFiscalYear !== null);
  const namesHeight = nameLines.length * frame.lineHeight;
  const box = yearsRowBox(y, namesHeight, multiYear.length, frame.side, metrics);
  const bars: YearsBar[] = [];
  const gaps: YearsGap[] = [];
  for (const fy of axisYears(frame)) {
    const cell = yearBars(own, fy, box.baseline, scale);
    bars.push(...cell);
    if (cell.length === 0 && runsIn(row, fy, frame.last)) {
      gaps.push(yearGap(row.programId, fy, box.baseline, scale));
    }
  }
  const layout: YearsRowLayout = {
    programId: row.programId,
    nameLines,
    nameX: frame.pad,
    nameY: round(y + frame.nameFontSize),
    y0: y,
    y1: box.y1,
    baseline: box.baseline,
    top: box.barsTop,
    track: yearsTrack(row, frame),
  };
  return { row: layout, bars, gaps, spans: yearSpans(multiYear, box.baseline, scale) };
}

export function layoutYears(
  rows: readonly YearsRow[],
  figures: readonly YearsFigure[],
  size: YearsSize,
): YearsLayout {
  const { width, fontSize } = size;
  const frame = yearsFrame(size);
  const axisY = round(fontSize * 1.25);
  const inAxis = (f: YearsFigure) =>
    f.fiscalYear >= frame.first && (f.throughFiscalYear ?? f.fiscalYear) <= frame.last;
  const yearly = figures.filter((f) => f.throughFiscalYear === null && f.agreesWith === null);
  const maxAmount = Math.max(0, ...yearly.filter(inAxis).map((f) => f.amountMillionYen));
  const metrics = yearsRowMetrics(fontSize, size.compact === true);
  const scale: YearsScale = { frame, metrics, maxAmount, size };
  const marks: YearsRowMarks[] = [];
  let y = axisY + Math.round(fontSize * 0.6);
  for (const row of rows) {
    const own = figures.filter((f) => f.programId === row.programId && inAxis(f));
    const lines = size.nameLines(
      row.programId,
      frame.side ? frame.nameColumn : frame.plotX1 - frame.pad,
    );
    const rowMarks = layoutYearsRow(row, own, y, lines, scale);
    marks.push(rowMarks);
    y = rowMarks.row.y1 + metrics.rowGap;
  }
  return {
    width,
    height: Math.round(y),
    fontSize,
    nameFontSize: frame.nameFontSize,
    plot: { x0: frame.plotX0, x1: frame.plotX1 },
    axisY,
    ticks: yearsTicks(frame, size.tickLabelWidth),
    rows: marks.map((m) => m.row),
    bars: marks.flatMap((m) => m.bars),
    gaps: marks.flatMap((m) => m.gaps),
    spans: marks.flatMap((m) => m.spans),
    outside: figures.filter((f) => !inAxis(f)).map((f) => f.id),
    maxAmount,
  };
}
