/**
 * The timeline's geometry: dataset + size → lanes, links and milestone markers, with no DOM.
 *
 * The horizontal axis is Japan's fiscal year as a number: FY2010 covers [2010, 2011), 1 April 2010 to
 * 31 March 2011, so a dated milestone sits inside its year (30 March 2001 is just before 2001).
 * Each program is a lane. Sources date most starts only to the fiscal year ("in fiscal 2010"), so a lane
 * that flows out of another begins inside its start year, after the link that feeds it: a unification
 * takes the first quarter of the year, each branching the next quarter. Lanes never begin before the
 * year their source gives, and programs the source only lists (program.listedFrom) are flagged as such.
 * Rows: lanes without a parent in dataset order, each followed by its children, later-starting children
 * first, so that the curve to an earlier child never crosses a lane already drawn.
 */
import { path as d3path, scaleLinear } from 'd3';
import type { Dataset, Milestone, Program } from '../data/types';
import { fiscalYearOfDate } from '../data/fiscalYear';
import { lastSourcedYear } from '../data/sourcedYears';
import { estimateTextWidth } from './labels';

/** Share of a fiscal year that one link (a unification or a branching) takes on the axis. */
export const LINK_SPAN_YEARS = 0.25;

/** How much wider a year from the first unification on is than an earlier year. */
export const FOCUS_WEIGHT = 2.5;

export type LaneBasis = 'start' | 'listed' | 'budget';

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

export interface LaneLabel {
  /** Inside the band (on its fill) or beside it, to the left (on the background). */
  readonly placement: 'inside' | 'before';
  readonly x: number;
  readonly anchor: 'start' | 'end';
  /** Room for the text; the view shortens longer names to fit. */
  readonly maxWidth: number;
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
  /** Markers too close to their neighbour move down a row. */
  readonly row: number;
}

export interface Tick {
  readonly fiscalYear: number;
  readonly x0: number;
  readonly x1: number;
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
  readonly lanes: readonly Lane[];
  readonly links: readonly Link[];
  readonly markers: readonly Marker[];
  readonly ticks: readonly Tick[];
  readonly markerRadius: number;
  readonly fontSize: number;
  /** How far the picture is revealed at each step (index 0 = step 1), never moving backwards. */
  readonly reveal: readonly number[];
}

export interface TimelineSize {
  readonly width: number;
  /** Label size in px; bands, gaps and markers scale with it. */
  readonly fontSize: number;
  /** Width of a fiscal-year label at this size, for thinning the axis labels (estimated by the caller). */
  readonly tickLabelWidth?: number;
  /** Width a lane's name needs, so it goes where it fits (default: the English name, estimated). */
  readonly labelWidth?: (program: Program) => number;
  /** Tighter bands, gaps and markers, so that a projector-sized label still fits a 1080 px slide. */
  readonly compact?: boolean;
}

const defaultLabelWidth = (fontSize: number) => (program: Program) =>
  estimateTextWidth(program.name.en, fontSize);

const round = (value: number) => Math.round(value * 100) / 100;

/** A dated milestone at its date on the fiscal-year axis; a year-only one in the middle of its year. */
export function milestonePosition(milestone: Milestone): number {
  if (milestone.date === null) return milestone.fiscalYear + 0.5;
  const [, month, day] = milestone.date.split('-').map(Number) as [number, number, number?];
  const fiscalYear = fiscalYearOfDate(milestone.date);
  const monthsIn = (month - 4 + 12) % 12;
  const dayShare = day === undefined ? 0 : (day - 1) / 31;
  return fiscalYear + (monthsIn + dayShare) / 12;
}

/** How far a step reveals: a dated milestone up to its date, a fiscal year to that year's end. */
export function revealPositions(milestones: readonly Milestone[]): number[] {
  let furthest = -Infinity;
  return milestones.map((m) => {
    furthest = Math.max(furthest, m.date === null ? m.fiscalYear + 1 : milestonePosition(m));
    return furthest;
  });
}

interface LaneSeed {
  program: Program;
  basis: LaneBasis;
  startYear: number;
}

function laneSeed(program: Program, dataset: Dataset): LaneSeed | null {
  if (program.start) return { program, basis: 'start', startYear: program.start.fiscalYear };
  if (program.listedFrom)
    return { program, basis: 'listed', startYear: program.listedFrom.fiscalYear };
  const firstBudget = dataset.budgetLines
    .filter((line) => line.programId === program.id)
    .reduce((min, line) => Math.min(min, line.fiscalYear), Infinity);
  return Number.isFinite(firstBudget) ? { program, basis: 'budget', startYear: firstBudget } : null;
}

export function layoutTimeline(dataset: Dataset, size: TimelineSize): TimelineLayout {
  const { width, fontSize } = size;
  const seeds = new Map<string, LaneSeed>();
  for (const program of dataset.programs) {
    const seed = laneSeed(program, dataset);
    if (seed) seeds.set(program.id, seed);
  }
  // A lane's parent is its nearest ancestor that is itself a lane.
  const parentLane = (program: Program): string | null => {
    for (
      let up = program.parentId;
      up !== null;
      up = dataset.programById.get(up)?.parentId ?? null
    ) {
      if (seeds.has(up)) return up;
    }
    return null;
  };

  // Axis: every start, unification and milestone, plus the year after the last.
  const years = [...seeds.values()].flatMap((s) => [
    s.startYear,
    s.program.unified?.fiscalYear ?? s.startYear,
  ]);
  const positions = dataset.milestones.map(milestonePosition);
  const yearOnly = dataset.milestones.filter((m) => m.date === null).map((m) => m.fiscalYear);
  const first = Math.min(...years, ...yearOnly);
  const last = Math.max(...years, ...dataset.milestones.map((m) => m.fiscalYear));
  const earliestMarker = Math.min(...positions, first);
  const domain: [number, number] = [Math.min(first, earliestMarker - 0.15), last + 1];

  const pad = Math.round(fontSize * 0.75);
  const plotX0 = pad;
  const plotX1 = Math.max(plotX0 + 1, width - pad);
  // The years from the first unification on carry the most events, so they get more room: each such
  // year is FOCUS_WEIGHT times as wide as an earlier one (the alternating year bands show this).
  const focusFrom = Math.min(
    ...[...seeds.values()].flatMap((s) =>
      s.program.unified ? [s.program.unified.fiscalYear] : [],
    ),
    domain[1],
  );
  const weightOf = (year: number) => (year >= focusFrom ? FOCUS_WEIGHT : 1);
  const breaks = [domain[0]];
  for (let year = Math.floor(domain[0]) + 1; year < domain[1]; year += 1) breaks.push(year);
  breaks.push(domain[1]);
  const weights = breaks
    .slice(1)
    .map((end, i) => (end - (breaks[i] as number)) * weightOf(end - 0.5));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let acc = 0;
  const stops = [
    plotX0,
    ...weights.map((w) => (acc += w) / total).map((share) => plotX0 + share * (plotX1 - plotX0)),
  ];
  const scale = { domain: breaks, range: stops };
  const x = scaleLinear().domain(breaks).range(stops).clamp(true);
  const span = LINK_SPAN_YEARS;

  // Rows: roots in dataset order, then children depth-first, later starts first.
  const childrenOf = new Map<string | null, LaneSeed[]>();
  for (const seed of seeds.values()) {
    const key = parentLane(seed.program);
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), seed]);
  }
  const ordered: { seed: LaneSeed; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const children = [...(childrenOf.get(parentId) ?? [])];
    if (parentId !== null) children.sort((a, b) => b.startYear - a.startYear);
    for (const seed of children) {
      ordered.push({ seed, depth });
      visit(seed.program.id, depth + 1);
    }
  };
  visit(null, 0);

  // Where each band begins: after the merge that creates it, or after the branch from its parent.
  const mergesInto = new Map<string, LaneSeed[]>();
  for (const seed of seeds.values()) {
    const into = seed.program.unified?.intoId;
    if (into && seeds.has(into)) mergesInto.set(into, [...(mergesInto.get(into) ?? []), seed]);
  }
  const begins = new Map<string, number>();
  const beginOf = (id: string): number => {
    const known = begins.get(id);
    if (known !== undefined) return known;
    const seed = seeds.get(id) as LaneSeed;
    const parentId = parentLane(seed.program);
    let begin = seed.startYear;
    if (parentId !== null) begin = Math.max(seed.startYear, beginOf(parentId)) + span;
    else if (mergesInto.has(id)) begin = seed.startYear + span;
    begins.set(id, begin);
    return begin;
  };

  const bandHeight = Math.round(fontSize * (size.compact ? 1.3 : 1.6));
  const rowGap = Math.round(fontSize * (size.compact ? 0.2 : 0.6));
  const top = Math.round(fontSize * 0.5);
  const labelPad = Math.round(fontSize * 0.4);

  const lanes: Lane[] = ordered.map(({ seed, depth }, row) => {
    const id = seed.program.id;
    const parentId = parentLane(seed.program);
    const from = beginOf(id);
    const unifiedYear = seed.program.unified?.fiscalYear ?? null;
    // A band ends at its unification, or after the last year a source covers (never past the axis).
    const to =
      unifiedYear ??
      Math.min(domain[1], (lastSourcedYear(seed.program, dataset) ?? domain[1] - 1) + 1);
    const x0 = round(x(from));
    const x1 = round(x(to));
    const y = top + row * (bandHeight + rowGap);
    // The link that feeds this band ends at x0; a label beside the band must clear it.
    const fed = parentId !== null || mergesInto.has(id);
    const beforeEnd = fed ? x(from - span) - labelPad : x0 - labelPad;
    const inside = x1 - x0 - 2 * labelPad;
    const before = beforeEnd - plotX0;
    const wanted = (size.labelWidth ?? defaultLabelWidth(fontSize))(seed.program);
    const label: LaneLabel =
      wanted <= inside || (wanted > before && inside >= before)
        ? {
            placement: 'inside',
            x: round(x0 + labelPad),
            anchor: 'start',
            maxWidth: round(Math.max(0, inside)),
          }
        : {
            placement: 'before',
            x: round(beforeEnd),
            anchor: 'end',
            maxWidth: round(Math.max(0, before)),
          };
    return {
      id,
      program: seed.program,
      parentId,
      depth,
      basis: seed.basis,
      startYear: seed.startYear,
      unifiedYear,
      row,
      from,
      to,
      x0,
      x1,
      y,
      height: bandHeight,
      label,
    };
  });
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));

  const band = (x0: number, y0: number, h0: number, x1: number, y1: number, h1: number): string => {
    const mid = (x0 + x1) / 2;
    const p = d3path();
    p.moveTo(round(x0), round(y0));
    p.bezierCurveTo(round(mid), round(y0), round(mid), round(y1), round(x1), round(y1));
    p.lineTo(round(x1), round(y1 + h1));
    p.bezierCurveTo(
      round(mid),
      round(y1 + h1),
      round(mid),
      round(y0 + h0),
      round(x0),
      round(y0 + h0),
    );
    p.closePath();
    return p.toString();
  };

  const links: Link[] = [];
  // Merges: each unified lane flows into its own slice of the new lane's left edge.
  for (const [intoId, sourcesOf] of mergesInto) {
    const target = laneById.get(intoId);
    if (!target) continue;
    const sources = sourcesOf
      .map((s) => laneById.get(s.program.id))
      .filter((lane): lane is Lane => lane !== undefined)
      .sort((a, b) => a.row - b.row);
    const slice = target.height / sources.length;
    sources.forEach((source, index) => {
      const year = source.unifiedYear as number;
      links.push({
        id: `merge:${source.id}->${target.id}`,
        kind: 'merge',
        sourceId: source.id,
        targetId: target.id,
        colorLaneId: source.id,
        fiscalYear: year,
        x0: source.x1,
        x1: target.x0,
        path: band(source.x1, source.y, source.height, target.x0, target.y + index * slice, slice),
      });
    });
  }
  // Branches: a parent lane feeds each child from its own slice of the parent's band.
  const childLanes = new Map<string, Lane[]>();
  for (const lane of lanes) {
    if (lane.parentId !== null)
      childLanes.set(lane.parentId, [...(childLanes.get(lane.parentId) ?? []), lane]);
  }
  for (const [parentId, children] of childLanes) {
    const parent = laneById.get(parentId) as Lane;
    const slice = parent.height / children.length;
    children.forEach((child, index) => {
      const x0 = round(x(child.from - span));
      links.push({
        id: `branch:${parent.id}->${child.id}`,
        kind: 'branch',
        sourceId: parent.id,
        targetId: child.id,
        colorLaneId: child.id,
        fiscalYear: child.startYear,
        x0,
        x1: child.x0,
        path: band(x0, parent.y + index * slice, slice, child.x0, child.y, child.height),
      });
    });
  }

  const lanesBottom = top + lanes.length * (bandHeight + rowGap) - rowGap;
  const axisY = lanesBottom + Math.round(fontSize * 1.2);
  const markerRadius = Math.round(fontSize * (size.compact ? 0.62 : 0.8));

  // Markers on the axis; one that would overlap its left neighbour in a row moves down a row.
  const rowEnds: number[] = [];
  const markers: Marker[] = dataset.milestones.map((milestone, index) => {
    const position = milestonePosition(milestone);
    const mx = round(x(position));
    let row = rowEnds.findIndex((end) => end + markerRadius * 2.3 <= mx);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = mx;
    return {
      milestoneId: milestone.id,
      stepNumber: index + 1,
      position,
      dated: milestone.date !== null,
      x: mx,
      y: round(axisY + fontSize * 2.6 + markerRadius + row * markerRadius * 2.4),
      row,
    };
  });
  const markerRows = Math.max(1, rowEnds.length);

  const firstYear = Math.ceil(domain[0]);
  const yearWidth = x(firstYear + 1) - x(firstYear); // the narrowest year
  const labelWidth = size.tickLabelWidth ?? fontSize * 4;
  const every = Math.max(1, Math.ceil((labelWidth + fontSize * 0.5) / yearWidth));
  const ticks: Tick[] = [];
  for (let fy = Math.floor(domain[0]); fy < domain[1]; fy += 1) {
    ticks.push({
      fiscalYear: fy,
      x0: round(Math.max(plotX0, x(fy))),
      x1: round(x(fy + 1)),
      showLabel: fy >= firstYear && (fy - firstYear) % every === 0,
    });
  }

  const height = Math.round(
    axisY + fontSize * 2.6 + markerRows * markerRadius * 2.4 + fontSize * 0.5,
  );

  return {
    width,
    height,
    domain,
    scale,
    plot: { x0: plotX0, x1: plotX1, y0: top, y1: lanesBottom },
    axisY,
    lanes,
    links,
    markers,
    ticks,
    markerRadius,
    fontSize,
    reveal: revealPositions(dataset.milestones),
  };
}

/** The x of an axis position in a layout (for the step cursor and the reveal). */
export function axisX(layout: TimelineLayout, position: number): number {
  const x = scaleLinear()
    .domain(layout.scale.domain as number[])
    .range(layout.scale.range as number[])
    .clamp(true);
  return round(x(position));
}
