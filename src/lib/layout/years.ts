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

export interface YearsBar {
  readonly figureId: string;
  readonly programId: string;
  readonly fiscalYear: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Figures that agree with this one. */
  readonly corroboratedBy: readonly string[];
  readonly showAmount: boolean;
}

export interface YearsGap {
  readonly programId: string;
  readonly fiscalYear: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
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
export const SIDE_NAMES_MIN_WIDTH = 900;

export function layoutYears(
  rows: readonly YearsRow[],
  figures: readonly YearsFigure[],
  size: YearsSize,
): YearsLayout {
  const { width, fontSize, domain } = size;
  const compact = size.compact === true;
  const [first, last] = domain;
  const years = last - first + 1;
  const nameFontSize = compact ? round(fontSize * 0.7) : fontSize;
  const lineHeight = round(nameFontSize * 1.25);
  const side = width >= SIDE_NAMES_MIN_WIDTH;
  const nameColumn = side
    ? compact
      ? Math.round(width * 0.32)
      : Math.min(Math.round(width * 0.3), fontSize * 26)
    : 0;
  const pad = Math.round(fontSize * 0.5);
  const plotX0 = side ? nameColumn + pad * 2 : pad;
  const plotX1 = width - pad;
  const column = (plotX1 - plotX0) / years;
  const xOf = (fiscalYear: number) => round(plotX0 + (fiscalYear - first) * column);

  // Axis labels: every year where they fit, else every other year (the first always).
  const step = size.tickLabelWidth + pad <= column ? 1 : 2;
  const axisY = round(fontSize * 1.25);
  const ticks: YearsTick[] = [];
  for (let fy = first; fy <= last; fy += 1) {
    ticks.push({
      fiscalYear: fy,
      x0: xOf(fy),
      x1: xOf(fy + 1),
      showLabel: (fy - first) % step === 0,
    });
  }

  const yearly = figures.filter((f) => f.throughFiscalYear === null && f.agreesWith === null);
  const inAxis = (f: YearsFigure) =>
    f.fiscalYear >= first && (f.throughFiscalYear ?? f.fiscalYear) <= last;
  const outside = figures.filter((f) => !inAxis(f)).map((f) => f.id);
  const maxAmount = Math.max(0, ...yearly.filter(inAxis).map((f) => f.amountMillionYen));

  const barBand = Math.round(fontSize * (compact ? 1.3 : 2.8));
  const labelSpace = round(fontSize * 1.6);
  const spanLane = Math.round(fontSize * (compact ? 1.3 : 1.6));
  const rowGap = Math.round(fontSize * (compact ? 0.4 : 0.9));
  const gapHeight = round(fontSize * 0.9);
  const cellInner = column * 0.8;

  const layoutRows: YearsRowLayout[] = [];
  const bars: YearsBar[] = [];
  const gaps: YearsGap[] = [];
  const spans: YearsSpan[] = [];
  let y = axisY + Math.round(fontSize * 0.6);

  for (const row of rows) {
    const lines = size.nameLines(row.programId, side ? nameColumn : plotX1 - pad);
    const own = figures.filter((f) => f.programId === row.programId && inAxis(f));
    const rowSpans = own.filter((f) => f.throughFiscalYear !== null);
    const namesHeight = lines.length * lineHeight;
    const top = side ? y + Math.max(0, (namesHeight - barBand - labelSpace) / 2) : y + namesHeight;
    const barsTop = top + labelSpace;
    const baseline = barsTop + barBand;
    const bottom = baseline + (rowSpans.length > 0 ? spanLane * rowSpans.length : 0);
    const y1 = side ? Math.max(bottom, y + namesHeight) : bottom;

    for (let fy = first; fy <= last; fy += 1) {
      const cell = own.filter(
        (f) => f.fiscalYear === fy && f.throughFiscalYear === null && f.agreesWith === null,
      );
      const active =
        row.activeFrom !== null && fy >= row.activeFrom && fy <= (row.activeTo ?? last);
      if (cell.length === 0) {
        if (active) {
          const w = round(cellInner);
          gaps.push({
            programId: row.programId,
            fiscalYear: fy,
            x: round(xOf(fy) + (column - w) / 2),
            y: round(baseline - gapHeight),
            width: w,
            height: gapHeight,
            showLabel: size.gapLabelWidth <= column - 2,
          });
        }
        continue;
      }
      const slot = cellInner / cell.length;
      cell.forEach((figure, index) => {
        const height = maxAmount > 0 ? round((figure.amountMillionYen / maxAmount) * barBand) : 0;
        bars.push({
          figureId: figure.id,
          programId: row.programId,
          fiscalYear: fy,
          x: round(xOf(fy) + (column - cellInner) / 2 + index * slot + slot * 0.06),
          y: round(baseline - height),
          width: round(slot * 0.88),
          height,
          corroboratedBy: own.filter((f) => f.agreesWith === figure.id).map((f) => f.id),
          showAmount: size.amountLabelWidth(figure.amountMillionYen) <= slot + pad,
        });
      });
    }
    rowSpans.forEach((figure, index) => {
      const x0 = round(xOf(figure.fiscalYear) + column * 0.1);
      const x1 = round(xOf((figure.throughFiscalYear ?? figure.fiscalYear) + 1) - column * 0.1);
      spans.push({
        figureId: figure.id,
        programId: row.programId,
        x0,
        x1,
        y: round(baseline + spanLane * (index + 0.5)),
        showLabel: size.amountLabelWidth(figure.amountMillionYen) * 3 <= x1 - x0,
      });
    });
    const activeFrom = row.activeFrom === null ? null : Math.max(first, row.activeFrom);
    const activeTo = Math.min(last, row.activeTo ?? last);
    layoutRows.push({
      programId: row.programId,
      nameLines: lines,
      nameX: pad,
      nameY: round(y + nameFontSize),
      y0: y,
      y1,
      baseline,
      top: barsTop,
      track:
        activeFrom !== null && activeFrom <= activeTo
          ? { x0: xOf(activeFrom), x1: xOf(activeTo + 1) }
          : null,
    });
    y = y1 + rowGap;
  }

  return {
    width,
    height: Math.round(y),
    fontSize,
    nameFontSize,
    plot: { x0: plotX0, x1: plotX1 },
    axisY,
    ticks,
    rows: layoutRows,
    bars,
    gaps,
    spans,
    outside,
    maxAmount,
  };
}
