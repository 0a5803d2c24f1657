/**
 * The curved bands between lanes: each lane unified into another flows into its own slice of the new
 * lane's left edge (a merge); a parent lane feeds each child from its own slice of its band (a branch).
 */
import { path as d3path } from 'd3';
import type { AxisX, Lane, Link } from './types';

const round = (value: number) => Math.round(value * 100) / 100;

/** A filled band from a slice (y0, height h0) at x0 to a slice (y1, h1) at x1, as an SVG path. */
export function flowPath(x0: number, y0: number, h0: number, x1: number, y1: number, h1: number) {
  const mid = round((x0 + x1) / 2);
  const p = d3path();
  p.moveTo(round(x0), round(y0));
  p.bezierCurveTo(mid, round(y0), mid, round(y1), round(x1), round(y1));
  p.lineTo(round(x1), round(y1 + h1));
  p.bezierCurveTo(mid, round(y1 + h1), mid, round(y0 + h0), round(x0), round(y0 + h0));
  p.closePath();
  return p.toString();
}

export function mergeLinks(lanes: readonly Lane[]): Link[] {
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const into = new Map<Lane, Lane[]>();
  for (const lane of lanes) {
    const target = byId.get(lane.program.unified?.intoId ?? '');
    if (target) into.set(target, [...(into.get(target) ?? []), lane]);
  }
  return [...into].flatMap(([target, sources]) => {
    const slice = target.height / sources.length;
    return sources.map((source, index) => ({
      id: `merge:${source.id}->${target.id}`,
      kind: 'merge' as const,
      sourceId: source.id,
      targetId: target.id,
      colorLaneId: source.id,
      fiscalYear: source.unifiedYear as number,
      x0: source.x1,
      x1: target.x0,
      path: flowPath(
        source.x1,
        source.y,
        source.height,
        target.x0,
        target.y + index * slice,
        slice,
      ),
    }));
  });
}

export function branchLinks(lanes: readonly Lane[], x: AxisX, span: number): Link[] {
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const children = new Map<Lane, Lane[]>();
  for (const lane of lanes) {
    const parent = byId.get(lane.parentId ?? '');
    if (parent) children.set(parent, [...(children.get(parent) ?? []), lane]);
  }
  return [...children].flatMap(([parent, kids]) => {
    const slice = parent.height / kids.length;
    return kids.map((child, index) => {
      const x0 = round(x(child.from - span));
      return {
        id: `branch:${parent.id}->${child.id}`,
        kind: 'branch' as const,
        sourceId: parent.id,
        targetId: child.id,
        colorLaneId: child.id,
        fiscalYear: child.startYear,
        x0,
        x1: child.x0,
        path: flowPath(x0, parent.y + index * slice, slice, child.x0, child.y, child.height),
      };
    });
  });
}
