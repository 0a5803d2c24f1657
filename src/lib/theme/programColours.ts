/**
 * The one place that decides each program's colour, keyed by program id, for the treemap, the timeline,
 * their legends and the exports. Every program, initiative and project takes its own hue, in dataset
 * order; a type (kind "type") takes a shade of its parent program's hue, the only family the sources
 * state. No two programs share a hue, so colour never suggests a lineage the sources do not give.
 */
import type { Program, ProgramColour } from '../data/types';
import { FAMILIES } from './palette.ts';

export type { ProgramColour };

/** Each program's colour, from the programs in dataset order (a dataset, or a raw one). */
export function programColours(dataset: {
  readonly programs: readonly Pick<Program, 'id' | 'kind' | 'parentId'>[];
}): ReadonlyMap<string, ProgramColour> {
  const colours = new Map<string, ProgramColour>();
  const familyOf = new Map<string, number>();
  const typesSeen = new Map<string, number>();
  let nextFamily = 0;
  const hued = dataset.programs.filter((p) => p.kind !== 'type' || p.parentId === null);
  for (const program of hued) {
    const index = nextFamily++ % FAMILIES.length;
    familyOf.set(program.id, index);
    const family = FAMILIES[index]!;
    colours.set(program.id, { base: family.base, light: family.light[0]!, dark: family.dark[0]! });
  }
  for (const program of dataset.programs) {
    if (colours.has(program.id) || program.parentId === null) continue;
    const family = FAMILIES[familyOf.get(program.parentId) ?? 0]!;
    const shade = (typesSeen.get(program.parentId) ?? 0) + 1;
    typesSeen.set(program.parentId, shade);
    const at = (list: readonly string[]) => list[Math.min(shade, list.length - 1)]!;
    colours.set(program.id, { base: family.base, light: at(family.light), dark: at(family.dark) });
  }
  return colours;
}
