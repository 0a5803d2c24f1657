/**
 * Checks the app cannot run without, so they run on every load (cheap: one pass with two maps):
 * every reference to a program or a source resolves, and containment is a tree (walking up from any
 * program ends at a root), so no lookup comes back empty and no walk loops.
 */
import { DatasetError } from './datasetError.ts';
import type { Citation, RawDataset } from './types';

/** Every citation in the dataset, with where it is (the one list every check and test walks). */
export function citationsOf(
  raw: Pick<RawDataset, 'programs' | 'budgetLines' | 'milestones'>,
): [string, Citation][] {
  const found: [string, Citation | null | undefined][] = [
    ...raw.programs.flatMap((p): [string, Citation | null | undefined][] =>
      [
        p.name.jaCitation,
        p.start?.citation,
        p.listedFrom?.citation,
        p.unified?.citation,
        p.description?.citation,
        p.reportedStart?.citation,
        ...p.statements,
      ].map((c) => [`Program "${p.id}"`, c]),
    ),
    ...raw.budgetLines.map((l): [string, Citation] => [`Budget line "${l.id}"`, l.citation]),
    ...raw.milestones.flatMap((m) =>
      m.citations.map((c): [string, Citation] => [`Milestone "${m.id}"`, c]),
    ),
  ];
  return found.filter((entry): entry is [string, Citation] => entry[1] != null);
}

function programReferencesOf(raw: RawDataset): [string, string | null | undefined][] {
  return [
    ...raw.programs.flatMap((p): [string, string | null | undefined][] => [
      [`Program "${p.id}"`, p.parentId],
      [`Program "${p.id}"`, p.unified?.intoId],
    ]),
    ...raw.budgetLines.map((l): [string, string] => [`Budget line "${l.id}"`, l.programId]),
    ...raw.milestones.flatMap((m) =>
      m.programIds.map((id): [string, string] => [`Milestone "${m.id}"`, id]),
    ),
  ];
}

/** Throws DatasetError at the first citation of an unknown source or reference to an unknown program. */
export function checkReferences(raw: RawDataset): void {
  const sources = new Set(raw.sources.map((s) => s.id));
  for (const [where, citation] of citationsOf(raw)) {
    if (!sources.has(citation.sourceId)) {
      throw new DatasetError(`${where} cites unknown source "${citation.sourceId}".`);
    }
  }
  const programs = new Set(raw.programs.map((p) => p.id));
  for (const [where, id] of programReferencesOf(raw)) {
    if (id != null && !programs.has(id)) {
      throw new DatasetError(`${where} refers to unknown program "${id}".`);
    }
  }
}

/** Throws DatasetError if a program is its own ancestor. */
export function checkContainment(raw: RawDataset): void {
  const parentOf = new Map(raw.programs.map((p) => [p.id, p.parentId]));
  for (const p of raw.programs) {
    const seen = new Set<string>([p.id]);
    for (let up = p.parentId; up !== null; up = parentOf.get(up) ?? null) {
      if (seen.has(up)) throw new DatasetError(`Program "${p.id}" is its own ancestor.`);
      seen.add(up);
    }
  }
}
