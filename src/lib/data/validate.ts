/**
 * The full check of a dataset, for the build (vite.config.ts fails the build on a bad data/dataset.json)
 * and the tests: the schema (schema.ts), the rules a schema cannot state (semanticChecks.ts), then what
 * the app itself checks on load (parse.ts). Not part of the app's bundle.
 */
import * as v from 'valibot';
import { DatasetError } from './datasetError.ts';
import { DatasetSchema } from './schema.ts';
import { checkSemantics } from './semanticChecks.ts';
import { parseDataset } from './parse.ts';
import type { Dataset } from './types';

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Throws DatasetError with a message naming the first problem found. */
export function validateDataset(input: unknown): Dataset {
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const at = pathOf(issue);
    throw new DatasetError(`${at ? `At ${at}: ` : ''}${issue.message}`);
  }
  const dataset = parseDataset(result.output);
  checkSemantics(result.output);
  return dataset;
}
