/** The shapes a timeline layout is made of (see ../timeline.ts for how they are composed). */
import type { Program } from '../../data/types';
import type { Measure } from '../labels';

export type LaneBasis = 'start' | 'listed' | 'budget';

/** Maps an axis position (a fiscal year as a number) to x in px. */
export type AxisX = (position: number) => number;

export interface Lane {
  readonly id: string;
  readonly program: Program;
  readonly parentId: string | null;
  /** 0 for a program with no parent lane, 1 for its programs, 2 for their types. */
  readonly depth: number;
  /** What the start year rests on: a sourced start, a listing ("listed from"), or a budget line. */
  readonly basis: LaneBasis;
  readonly startYear: number;
  /** The fiscal year it was unified into another program, or null if it runs on. */
  readonly unifiedYear: number | null;
  readonly row: number;
  /** Axis positions (fiscal years as numbers) where the drawn band begins and ends. */
  readonly from: number;
  readonly to: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly height: number;
  readonly label: LaneLabel;
}

/**
 * A lane's name, always whole: on one line inside the band (on its fill) or before it (on the
 * background), or else wrapped onto lines above the band, in room its row reserves.
 */
export interface LaneLabel {
  readonly placement: 'inside' | 'before' | 'above';
  readonly x: number;
  /** Middle of the first line. */
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** Width of the widest line, in px. */
  readonly width: number;
  /**
   * For a name inside its band: where it goes while the band is only partly drawn (a step inside the
   * band's first year), before the band, so that it never runs past the step line; null where it has
   * no room there (then it waits until the band is drawn past its end).
   */
  readonly partial: { readonly x: number; readonly anchor: 'end' } | null;
}

export interface Link {
  readonly id: string;
  readonly kind: 'merge' | 'branch';
  readonly sourceId: string;
  readonly targetId: string;
  /** The lane whose colour the link takes: the source of a merge, the target of a branch. */
  readonly colorLaneId: string;
  readonly fiscalYear: number;
  readonly x0: number;
  readonly x1: number;
  /** SVG path of the filled, curved band. */
  readonly path: string;
}

export interface Marker {
  readonly milestoneId: string;
  readonly stepNumber: number;
  /** Axis position: the date, or the middle of the fiscal year when only the year is known. */
  readonly position: number;
  readonly dated: boolean;
  readonly x: number;
  readonly y: number;
  /** Markers too close to their neighbour move up a row. */
  readonly row: number;
}

export interface Tick {
  readonly fiscalYear: number;
  readonly x0: number;
  readonly x1: number;
  /** Middle of the label (the year's middle, kept inside the chart). */
  readonly labelX: number;
  readonly showLabel: boolean;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly domain: readonly [number, number];
  /** Piecewise-linear axis: positions in `domain` map to x in `range`. */
  readonly scale: { readonly domain: readonly number[]; readonly range: readonly number[] };
  readonly plot: {
    readonly x0: number;
    readonly x1: number;
    readonly y0: number;
    readonly y1: number;
  };
  readonly axisY: number;
  /** Baseline of the year labels under the axis line. */
  readonly yearLabelY: number;
  readonly lanes: readonly Lane[];
  readonly links: readonly Link[];
  readonly markers: readonly Marker[];
  readonly ticks: readonly Tick[];
  readonly markerRadius: number;
  readonly fontSize: number;
  /** How far the picture is revealed at each step (index 0 = step 1), never moving backwards. */
  readonly reveal: readonly number[];
}

/** Where the chart is drawn: on screen (and in exports of it) or on a presentation slide. */
export type TimelineMode = 'screen' | 'present';

export interface TimelineSize {
  readonly width: number;
  /** 'present': projector-sized labels in tighter bands, so that they still fit a 1080 px slide. */
  readonly mode?: TimelineMode;
  /** Label size in px (default: `timelineFontSize(width, mode)`); bands, gaps and markers scale with it. */
  readonly fontSize?: number;
  /** A lane's name as drawn (default: the English name). */
  readonly laneName?: (program: Program) => string;
  /** A fiscal year's axis label (default: "FY2010"). */
  readonly yearLabel?: (fiscalYear: number) => string;
  /** Text width in px (default: estimated from character metrics; no DOM). */
  readonly measure?: Measure;
}
