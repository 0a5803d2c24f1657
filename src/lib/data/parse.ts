/**
 * unknown → Dataset, or one clear, specific error message: the run-time boundary. It checks what the app
 * needs to run (structure.ts: the shape of every field it reads; references.ts: references that resolve,
 * containment that is a tree) and indexes the result. The bundled dataset also passes the full schema and
 * the rules in semanticChecks.ts, checked at build time and in the tests (validate.ts).
 */
import { DatasetError } from './datasetError.ts';
import { checkStructure } from './structure.ts';
import { checkContainment, checkReferences } from './references.ts';
import { indexDataset } from './indexDataset.ts';
import { programColours } from '../theme/programColours.ts';
import type { Dataset, LoadResult } from './types';

export { DatasetError, indexDataset };

/** Throws DatasetError with a message naming the first problem found. */
export function parseDataset(input: unknown): Dataset {
  const raw = checkStructure(input);
  checkReferences(raw);
  checkContainment(raw);
  return indexDataset(raw, programColours(raw));
}

export function loadDataset(input: unknown): LoadResult {
  try {
    return { ok: true, dataset: parseDataset(input) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message };
  }
}
