/**
 * The part of the dataset the first view (#/budget) needs, cut at build time so that the first view does
 * not carry the rest: every program with its names (no histories, descriptions or statements), every budget
 * line, the sources these cite, no milestones. A Japanese name keeps its citation only where the budget
 * view reads it: a name from a medium-confidence source, marked "reported by …" and listed under Sources
 * (lib/text/names.ts); the budget view neither shows nor exports the citations of the other names. It is
 * still a valid dataset (the same shape, less content). Views that need the rest (timeline, presentation,
 * program pages, ...) load the whole dataset when they open (App.svelte).
 * The budget view's one link into the timeline is computed here, from the whole dataset, per program
 * (`virtual:first-view-timeline-links`, loaded with the part of the view below the fold).
 */
import { timelineStepFor } from '../text/timelineStep.ts';
import type { Citation, Dataset, RawDataset, RawProgram } from './types';

export interface TimelineLinkTarget {
  readonly step: number;
  readonly programId: string;
}

export interface FirstViewData {
  readonly dataset: RawDataset;
  /** The timeline step to link to from each budget level (the root under ""). */
  readonly timelineLinks: Readonly<Record<string, TimelineLinkTarget>>;
}

/** A program's fields beyond its id, kind, names and parent, empty: what the first view leaves out. */
export function withoutHistory(): Omit<RawProgram, 'id' | 'kind' | 'name' | 'parentId'> {
  return {
    start: null,
    listedFrom: null,
    unified: null,
    description: null,
    statements: [],
    reportedStart: null,
  };
}

export function firstViewData(raw: RawDataset, whole: Dataset): FirstViewData {
  const confidenceOf = new Map(raw.sources.map((s) => [s.id, s.confidence]));
  const programs = raw.programs.map((p) => ({
    ...p,
    name: {
      ...p.name,
      jaCitation:
        p.name.jaCitation && confidenceOf.get(p.name.jaCitation.sourceId) === 'med'
          ? p.name.jaCitation
          : null,
    },
    ...withoutHistory(),
  }));
  const cited = new Set(
    [...programs.map((p) => p.name.jaCitation), ...raw.budgetLines.map((l) => l.citation)]
      .filter((c): c is Citation => c !== null)
      .map((c) => c.sourceId),
  );
  const timelineLinks: Record<string, TimelineLinkTarget> = {};
  for (const id of [null, ...raw.programs.map((p) => p.id)]) {
    const target = timelineStepFor(whole, id);
    if (target) timelineLinks[id ?? ''] = target;
  }
  return {
    dataset: {
      ...raw,
      sources: raw.sources.filter((s) => cited.has(s.id)),
      programs,
      milestones: [],
    },
    timelineLinks,
  };
}
