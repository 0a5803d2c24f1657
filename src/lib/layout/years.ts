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
  /** Width of an amount label (e.g. "12,065"), for deciding whether a bracket's total fits. */
  readonly amountLabelWidth: (amountMillionYen: number) => number;
  /**
   * A bar's label over it (its marks, "request", its amount), as the caller will draw it: its widest
   * line and its number of lines. By default the amount alone.
   */
  readonly barLabel?: (figureId: string) => { readonly width: number; readonly lines: number };
  /** The type size of the amounts, marks and gap labels (default 0.7 of fontSize). */
  readonly labelFontSize?: number;
  /** Width of the gap label ("no source found", short form) at this size. */
  readonly gapLabelWidth: number;
  /**
   * A slide's rows: lower bars, tighter rows, names at 0.7 of the type size (`nameLines` is asked
   * for lines at that size). Off by default.
   */
  readonly compact?: boolean;
  /**
   * How many label lines may stand over a row's tallest bar (a slide's rows stay low); a label that
   * would reach higher is not drawn, and counted in `unlabelledBars`. Unlimited by default: the row
   * grows to hold every label.
   */
  readonly maxLabelLines?: number;
  /** The most the chart may take (a slide's box): its bars are lowered to fit. Unlimited by default. */
  readonly maxHeight?: number;
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

/**
 * Where a bar's label goes: centred on `x`, its last line's baseline at `y`. Every bar's label is
 * drawn: one that would touch another label is lifted above it (the row grows to make room), never
 * left out; `lifted` says it stands higher than just over its bar.
 */
export interface YearsBarLabel {
  readonly x: number;
  readonly y: number;
  readonly lifted: boolean;
  /** False where the label would rise past `maxLabelLines` (its amount is in the name and table). */
  readonly shown: boolean;
  /**
   * A lifted label's leader, so that which bar it belongs to is plain: a thin line from under its
   * amount (its first point, at the label's foot) to its bar's top (its last point), crossing no
   * other label, bar or leader; straight, or bent once round what stands in the way. Null for a
   * label standing just over its bar.
   */
  readonly leader: YearsLeader | null;
}

export interface YearsLeader {
  readonly points: readonly (readonly [number, number])[];
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A leader's straight pieces. */
export function leaderSegments(leader: YearsLeader): Segment[] {
  return leader.points.slice(1).map(([x2, y2], index) => {
    const [x1, y1] = leader.points[index] as readonly [number, number];
    return { x1, y1, x2, y2 };
  });
}

export interface YearsBar extends YearsCellMark {
  readonly figureId: string;
  /** Figures that agree with this one. */
  readonly corroboratedBy: readonly string[];
  readonly label: YearsBarLabel;
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
  /** A slide's rows (YearsSize.compact). */
  readonly compact: boolean;
  /** The type size of the amounts, marks and gap labels, and the height of one of their lines. */
  readonly labelFontSize: number;
  readonly labelLineHeight: number;
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
  /** Brackets whose total is too long to write under them (it is in their name, tooltip and table). */
  readonly unlabelledSpans: number;
  /** Bars whose label has no room on the chart (only with `maxLabelLines`). */
  readonly unlabelledBars: number;
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

export function yearsRowMetrics(
  fontSize: number,
  compact: boolean,
  labelFontSize: number = fontSize * 0.7,
): YearsRowMetrics {
  return {
    barBand: Math.round(fontSize * (compact ? 1.3 : 2.8)),
    labelSpace: round(fontSize * 1.6),
    // A bracket's total stands inside its lane, clear of the baseline above.
    spanLane: compact
      ? Math.round(fontSize * 1.3)
      : Math.max(Math.round(fontSize * 1.6), Math.round(labelFontSize * 2 + 4)),
    rowGap: Math.round(fontSize * (compact ? 0.25 : 0.9)),
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
  /**
   * How high a slide's labels may stand over the baseline is counted from this band (the bars' own,
   * before a chart lowered to fit: lowering the bars never leaves a label out). Default: the bars'.
   */
  readonly labelCeilingBand?: number;
  readonly maxAmount: number;
  readonly size: Pick<
    YearsSize,
    | 'amountLabelWidth'
    | 'gapLabelWidth'
    | 'barLabel'
    | 'labelFontSize'
    | 'fontSize'
    | 'maxLabelLines'
  >;
}

/** The type size of the small labels and the height of one of their lines. */
export function yearsLabelType(size: Pick<YearsSize, 'fontSize' | 'labelFontSize'>): {
  readonly fontSize: number;
  readonly lineHeight: number;
} {
  const fontSize = size.labelFontSize ?? round(size.fontSize * 0.7);
  return { fontSize, lineHeight: round(fontSize * 1.15) };
}

/** The "no source" label over a gap: a step under the amounts (the key explains the dashed box). */
export const yearsGapFontSize = (fontSize: number): number => Math.max(12, round(fontSize * 0.75));

/**
 * The bars of one fiscal year of a row, side by side, on the one amount scale; `own` is every figure
 * of the row, so that a bar lists the figures that agree with it. Each label stands just over its bar
 * (`placeBarLabels` lifts those that would touch).
 */
export function yearBars(
  own: readonly YearsFigure[],
  fiscalYear: number,
  baseline: number,
  scale: YearsScale,
): YearsBar[] {
  const { frame, metrics, maxAmount } = scale;
  const type = yearsLabelType(scale.size);
  const cell = own.filter(
    (f) => f.fiscalYear === fiscalYear && f.throughFiscalYear === null && f.agreesWith === null,
  );
  const cellInner = frame.column * 0.8;
  const slot = cellInner / cell.length;
  return cell.map((figure, index) => {
    const height =
      maxAmount > 0 ? round((figure.amountMillionYen / maxAmount) * metrics.barBand) : 0;
    const x = round(
      yearX(frame, fiscalYear) + (frame.column - cellInner) / 2 + index * slot + slot * 0.06,
    );
    const width = round(slot * 0.88);
    const y = round(baseline - height);
    return {
      figureId: figure.id,
      programId: figure.programId,
      fiscalYear,
      x,
      y,
      width,
      height,
      corroboratedBy: own.filter((f) => f.agreesWith === figure.id).map((f) => f.id),
      label: {
        x: round(x + width / 2),
        y: round(y - type.fontSize * 0.35),
        lifted: false,
        shown: true,
        leader: null,
      },
    };
  });
}

interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

const touches = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the inside of `box` (Liang–Barsky). */
export function segmentCrossesBox(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, segment.x1 - box.x0],
    [dx, box.x1 - segment.x1],
    [-dy, segment.y1 - box.y0],
    [dy, box.y1 - segment.y1],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether two segments cross (touching ends do not count). */
function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (p: Segment, x: number, y: number) =>
    Math.sign((p.x2 - p.x1) * (y - p.y1) - (p.y2 - p.y1) * (x - p.x1));
  return (
    side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0
  );
}

/** Evenly spaced points from `from` to `to`, about `step` apart (one point if they meet). */
function samples(from: number, to: number, step: number): number[] {
  if (to <= from) return [round((from + to) / 2)];
  const count = Math.max(1, Math.ceil((to - from) / step));
  return Array.from({ length: count + 1 }, (_, i) => round(from + ((to - from) * i) / count));
}

const grow = (box: Box, by: number): Box => ({
  x0: box.x0 - by,
  x1: box.x1 + by,
  y0: box.y0 - by,
  y1: box.y1 + by,
});

/** What a row's labels are placed among: the marks, and the labels and leaders placed so far. */
interface LabelSpace {
  readonly bars: readonly YearsBar[];
  readonly type: { readonly fontSize: number; readonly lineHeight: number };
  readonly pad: number;
  /** Bars, gaps, gap labels, then each label as it is placed. */
  readonly obstacles: Box[];
  /** The straight pieces of the leaders placed so far. */
  readonly leaders: Segment[];
  readonly barBoxes: ReadonlyMap<string, Box>;
  /** No label's top may rise above this (only with `maxLabelLines`). */
  readonly ceiling: number;
  readonly left: number;
  readonly right: number;
  readonly amountWidth: (figureId: string) => number;
  readonly block: (figureId: string) => { readonly width: number; readonly lines: number };
}

function labelSpace(
  bars: readonly YearsBar[],
  gaps: readonly YearsGap[],
  figures: readonly YearsFigure[],
  scale: YearsScale,
): LabelSpace {
  const { frame, size } = scale;
  const type = yearsLabelType(size);
  const pad = round(type.fontSize * 0.25);
  const amountWidth = (figureId: string) =>
    size.amountLabelWidth(figures.find((f) => f.id === figureId)?.amountMillionYen ?? 0);
  const barBoxes = new Map(
    bars.map((b) => [
      b.figureId,
      { x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + Math.max(1, b.height) },
    ]),
  );
  const gapFont = yearsGapFontSize(size.fontSize);
  const gapLabels = gaps
    .filter((g) => g.showLabel)
    .map((g) => {
      const x = g.x + g.width / 2;
      const y = g.y - size.fontSize * 0.25;
      const w = size.gapLabelWidth / 2 + pad;
      return { x0: x - w, x1: x + w, y0: y - gapFont * 0.85, y1: y + gapFont * 0.25 };
    });
  const baseline = Math.max(...bars.map((b) => b.y + b.height), 0);
  return {
    bars,
    type,
    pad,
    obstacles: [
      ...barBoxes.values(),
      ...gaps.map((g) => ({ x0: g.x, x1: g.x + g.width, y0: g.y, y1: g.y + g.height })),
      ...gapLabels,
    ],
    leaders: [],
    barBoxes,
    ceiling:
      size.maxLabelLines === undefined
        ? -Infinity
        : baseline -
          (scale.labelCeilingBand ?? scale.metrics.barBand) -
          size.maxLabelLines * type.lineHeight -
          pad,
    left: frame.side ? frame.plotX0 - frame.pad : 0,
    right: frame.plotX1 + frame.pad,
    amountWidth,
    block: (figureId) =>
      size.barLabel ? size.barLabel(figureId) : { width: amountWidth(figureId), lines: 1 },
  };
}

/** A label's box with its last baseline at y: ascent over the first line, descent under the last. */
function labelBox(space: LabelSpace, x: number, y: number, width: number, lines: number): Box {
  const { type, pad } = space;
  return {
    x0: x - width / 2 - pad,
    x1: x + width / 2 + pad,
    y0: y - (lines - 1) * type.lineHeight - type.fontSize * 0.85,
    y1: y + type.fontSize * 0.25,
  };
}

/** A label's centre kept inside the plot. */
const clampLabelX = (space: LabelSpace, x: number, width: number): number =>
  round(Math.min(Math.max(x, space.left + width / 2), space.right - width / 2));

/** The lowest place at `x`, from `from` up, where the label touches nothing (null: too high). */
function liftLabel(
  space: LabelSpace,
  x: number,
  from: number,
  block: { readonly width: number; readonly lines: number },
): number | null {
  let y = from;
  for (;;) {
    const box = labelBox(space, x, y, block.width, block.lines);
    if (box.y0 < space.ceiling) return null;
    const tops = [
      ...space.obstacles.filter((o) => touches(o, box)).map((o) => o.y0),
      ...space.leaders.filter((l) => segmentCrossesBox(l, box)).map((l) => Math.min(l.y1, l.y2)),
    ];
    if (tops.length === 0) return y;
    // Lift the label's descent just above the highest thing it touches, and look again.
    y = Math.min(...tops) - 1 - space.type.fontSize * 0.25;
  }
}

/**
 * Where a neighbouring bar stands under the centred label (narrow bars side by side): the centre
 * nearest the bar's at which the label covers no other bar and still stands over its own bar's
 * middle, so that a label lifted over it has a clear line down to that bar. Null if none is needed
 * or none is possible.
 */
function standOff(space: LabelSpace, bar: YearsBar, width: number): number | null {
  const half = width / 2 + space.pad;
  const centre = bar.label.x;
  let low = -Infinity;
  let high = Infinity;
  for (const other of space.bars) {
    if (other === bar || other.x >= centre + half || other.x + other.width <= centre - half) {
      continue;
    }
    if (other.x > bar.x) high = Math.min(high, other.x - 1 - half);
    else low = Math.max(low, other.x + other.width + 1 + half);
  }
  if (low === -Infinity && high === Infinity) return null;
  const x = clampLabelX(space, Math.min(Math.max(centre, low), high), width);
  const overOwn = Math.abs(x - (bar.x + bar.width / 2)) <= width / 2;
  return low <= high && overOwn && x >= low - 0.01 && x <= high + 0.01 ? x : null;
}

/** Whether a leader's piece crosses no mark, label or leader but the bar it leads to. */
const clearLine = (space: LabelSpace, own: Box | undefined, segment: Segment): boolean =>
  !space.obstacles.some((o) => o !== own && segmentCrossesBox(segment, grow(o, 1))) &&
  !space.leaders.some((l) => segmentsCross(l, segment));

/**
 * The straight leaders to try, from under the label's amount (x, y1) to the bar's top: upright ones
 * first, nearest the bar's middle; then slanting ones, the least slanting first.
 */
function leaderLines(space: LabelSpace, bar: YearsBar, x: number, width: number) {
  // Within the middle of the amount (the estimate of its width errs wide).
  const half = Math.min(width, space.amountWidth(bar.figureId)) * 0.4;
  const centre = bar.x + bar.width / 2;
  const inset = Math.min(1, bar.width / 2);
  const [topLow, topHigh] = [x - half + 1, x + half - 1];
  const [footLow, footHigh] = [bar.x + inset, bar.x + bar.width - inset];
  const [low, high] = [Math.max(topLow, footLow), Math.min(topHigh, footHigh)];
  const upright = [round(centre), ...samples(low, high, 1)]
    .filter((at) => at >= low && at <= high)
    .sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre))
    .map((at) => ({ top: at, foot: at }));
  const tops = [round(x), ...samples(topLow, topHigh, 2)];
  const feet = [round(centre), ...samples(footLow, footHigh, 2)];
  const slanting = tops
    .flatMap((top) => feet.map((foot) => ({ top, foot })))
    .sort(
      (a, b) =>
        Math.abs(a.top - a.foot) - Math.abs(b.top - b.foot) ||
        Math.abs(a.foot - centre) - Math.abs(b.foot - centre),
    );
  return {
    tops,
    foot: round(Math.min(Math.max(centre, footLow), footHigh)),
    pairs: [...upright, ...slanting],
  };
}

/**
 * A leader from under the label's amount (its last line, baseline at y) to the bar's top, clear of
 * the rest: the most upright straight line there is, else one bent once under a corner of what
 * stands in the way. Null if there is none.
 */
function leaderFor(
  space: LabelSpace,
  bar: YearsBar,
  x: number,
  y: number,
  width: number,
): YearsLeader | null {
  const own = space.barBoxes.get(bar.figureId);
  const y1 = round(y + space.type.fontSize * 0.25);
  const { tops, foot, pairs } = leaderLines(space, bar, x, width);
  const straight = pairs.find(({ top, foot }) =>
    clearLine(space, own, { x1: top, y1, x2: foot, y2: bar.y }),
  );
  if (straight)
    return {
      points: [
        [straight.top, y1],
        [straight.foot, bar.y],
      ],
    };
  for (const top of tops) {
    const line = { x1: top, y1, x2: foot, y2: bar.y };
    const blocking = space.obstacles.filter(
      (o) => o !== own && segmentCrossesBox(line, grow(o, 1)),
    );
    for (const box of blocking) {
      const by = round(box.y1 + 2);
      if (by >= bar.y - 1) continue;
      for (const bx of [round(box.x1 + 2), round(box.x0 - 2)]) {
        const first = { x1: top, y1, x2: bx, y2: by };
        const second = { x1: bx, y1: by, x2: foot, y2: bar.y };
        if (clearLine(space, own, first) && clearLine(space, own, second)) {
          return {
            points: [
              [top, y1],
              [bx, by],
              [foot, bar.y],
            ],
          };
        }
      }
    }
  }
  return null;
}

interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly leader: YearsLeader | null;
}

/**
 * A lifted label (at x, y) and its leader, sliding the label sideways over its bar where it must to
 * find one; where there is none anywhere, it stays and is joined straight to its bar's middle.
 */
function liftedLabel(
  space: LabelSpace,
  bar: YearsBar,
  at: { readonly x: number; readonly y: number },
  block: { readonly width: number; readonly lines: number },
): PlacedLabel {
  const step = Math.max(2, round(space.type.fontSize * 0.5));
  const reach = block.width / 2 + bar.width / 2 - 2;
  const shifts = [0];
  for (let d = step; d <= reach; d += step) shifts.push(d, -d);
  for (const shift of shifts) {
    const x = clampLabelX(space, bar.label.x + shift, block.width);
    const y = shift === 0 ? at.y : liftLabel(space, x, bar.label.y, block);
    if (y === null || y >= bar.label.y) continue;
    const leader = leaderFor(space, bar, x, y, block.width);
    if (leader) return { x, y, leader };
  }
  const centre = round(bar.x + bar.width / 2);
  const foot = round(at.y + space.type.fontSize * 0.25);
  return {
    ...at,
    leader: {
      points: [
        [centre, foot],
        [centre, bar.y],
      ],
    },
  };
}

/** One bar's label, placed among what the row holds so far (which it then joins). */
function placeBarLabel(space: LabelSpace, bar: YearsBar): YearsBar {
  const block = space.block(bar.figureId);
  const aside = standOff(space, bar, block.width);
  const asideY = aside === null ? null : liftLabel(space, aside, bar.label.y, block);
  const x =
    aside !== null && asideY === bar.label.y ? aside : clampLabelX(space, bar.label.x, block.width);
  const y = x === aside ? asideY : liftLabel(space, x, bar.label.y, block);
  if (y === null) return { ...bar, label: { ...bar.label, shown: false } };
  const placed =
    y < bar.label.y ? liftedLabel(space, bar, { x, y }, block) : { x, y, leader: null };
  space.obstacles.push(labelBox(space, placed.x, placed.y, block.width, block.lines));
  if (placed.leader) space.leaders.push(...leaderSegments(placed.leader));
  return {
    ...bar,
    label: {
      x: placed.x,
      y: round(placed.y),
      lifted: placed.y < bar.label.y,
      shown: true,
      leader: placed.leader,
    },
  };
}

/**
 * Every bar's label in a row, none touching another label, a bar, a gap or its label: left to right,
 * each label over its bar, lifted above whatever it would touch, and kept inside the plot. A lifted
 * label gets a leader from under its amount to its bar's top that crosses no other label, bar or
 * leader; later labels keep clear of it. Nothing is left out; the caller makes the row tall enough
 * for the highest label.
 */
export function placeBarLabels(
  bars: readonly YearsBar[],
  gaps: readonly YearsGap[],
  figures: readonly YearsFigure[],
  scale: YearsScale,
): YearsBar[] {
  const space = labelSpace(bars, gaps, figures, scale);
  return [...bars].sort((a, b) => a.x - b.x).map((bar) => placeBarLabel(space, bar));
}

/** How far above the baseline a row's labels reach (the highest label's top). */
function labelsReach(bars: readonly YearsBar[], scale: YearsScale): number {
  const type = yearsLabelType(scale.size);
  const lines = (figureId: string) => scale.size.barLabel?.(figureId).lines ?? 1;
  return Math.max(
    0,
    ...bars
      .filter((b) => b.label.shown)
      .map((b) => -(b.label.y - (lines(b.figureId) - 1) * type.lineHeight - type.fontSize)),
  );
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
  // Bars, gaps and labels first against a baseline at 0, to learn how high the labels reach.
  const marksAt = (baseline: number) => {
    const bars: YearsBar[] = [];
    const gaps: YearsGap[] = [];
    for (const fy of axisYears(frame)) {
      const cell = yearBars(own, fy, baseline, scale);
      bars.push(...cell);
      if (cell.length === 0 && runsIn(row, fy, frame.last)) {
        gaps.push(yearGap(row.programId, fy, baseline, scale));
      }
    }
    return { bars: placeBarLabels(bars, gaps, own, scale), gaps };
  };
  const reach = labelsReach(marksAt(0).bars, scale);
  const labelSpace = Math.max(metrics.labelSpace, round(reach - metrics.barBand));
  const box = yearsRowBox(y, namesHeight, multiYear.length, frame.side, {
    ...metrics,
    labelSpace,
  });
  const { bars, gaps } = marksAt(box.baseline);
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

/** How far a slide's bars may be lowered (their band and the room over them) to fit `maxHeight`. */
const SQUEEZES = [1, 0.9, 0.8, 0.7] as const;

/**
 * The chart at `size`; given a `maxHeight`, with its bars lowered a step at a time (down to 0.7 of
 * their height) until it fits, so a slide's chart takes what its words leave; the lowest if none fits.
 */
export function layoutYears(
  rows: readonly YearsRow[],
  figures: readonly YearsFigure[],
  size: YearsSize,
): YearsLayout {
  let layout = layoutYearsAt(rows, figures, size, 1);
  if (size.maxHeight === undefined) return layout;
  for (const squeeze of SQUEEZES.slice(1)) {
    if (layout.height <= size.maxHeight) break;
    layout = layoutYearsAt(rows, figures, size, squeeze);
  }
  return layout;
}

function layoutYearsAt(
  rows: readonly YearsRow[],
  figures: readonly YearsFigure[],
  size: YearsSize,
  squeeze: number,
): YearsLayout {
  const { width, fontSize } = size;
  const frame = yearsFrame(size);
  const axisY = round(fontSize * 1.25);
  const inAxis = (f: YearsFigure) =>
    f.fiscalYear >= frame.first && (f.throughFiscalYear ?? f.fiscalYear) <= frame.last;
  const yearly = figures.filter((f) => f.throughFiscalYear === null && f.agreesWith === null);
  const maxAmount = Math.max(0, ...yearly.filter(inAxis).map((f) => f.amountMillionYen));
  const natural = yearsRowMetrics(fontSize, size.compact === true, yearsLabelType(size).fontSize);
  const metrics = {
    ...natural,
    barBand: Math.round(natural.barBand * squeeze),
    labelSpace: round(natural.labelSpace * squeeze),
  };
  const scale: YearsScale = { frame, metrics, labelCeilingBand: natural.barBand, maxAmount, size };
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
  const labelType = yearsLabelType(size);
  const spans = marks.flatMap((m) => m.spans);
  return {
    width,
    height: Math.round(y),
    fontSize,
    nameFontSize: frame.nameFontSize,
    compact: size.compact === true,
    labelFontSize: labelType.fontSize,
    labelLineHeight: labelType.lineHeight,
    plot: { x0: frame.plotX0, x1: frame.plotX1 },
    axisY,
    ticks: yearsTicks(frame, size.tickLabelWidth),
    rows: marks.map((m) => m.row),
    bars: marks.flatMap((m) => m.bars),
    gaps: marks.flatMap((m) => m.gaps),
    spans,
    outside: figures.filter((f) => !inAxis(f)).map((f) => f.id),
    maxAmount,
    unlabelledSpans: spans.filter((s) => !s.showLabel).length,
    unlabelledBars: marks.flatMap((m) => m.bars).filter((b) => !b.label.shown).length,
  };
}
