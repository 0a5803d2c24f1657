/**
 * Which timeline step a program first appears in, for the budget view's link to the timeline. Its own
 * module, so that the first view carries it without the rest of the timeline's words (timelineLabels.ts).
 */
import type { Dataset } from '../data/types';

/**
 * The first step that names a program (or, for a type, its program), with the program to name in the
 * link. With no program (the budget root), the parent of the first budgeted program.
 */
export function timelineStepFor(
  dataset: Dataset,
  programId: string | null,
): { readonly step: number; readonly programId: string } | null {
  let id = programId;
  if (id === null) {
    const first = dataset.budgetLines[0];
    id = first ? (dataset.programById.get(first.programId)?.parentId ?? first.programId) : null;
  }
  for (let up = id; up !== null; up = dataset.programById.get(up)?.parentId ?? null) {
    const index = dataset.milestones.findIndex((m) => m.programIds.includes(up as string));
    if (index !== -1) return { step: index + 1, programId: up };
  }
  return null;
}
