/**
 * The cheap run-time check of the dataset's shape: every field the app reads has the type it expects,
 * else a DatasetError says where ("At budgetLines[1].amountMillionYen: expected a whole number ≥ 0.").
 * The full schema (slugs, closed vocabularies, no unknown fields) is checked at build time and in the
 * tests (validate.ts), so the shipped app carries no schema library.
 */
import { DatasetError } from './datasetError.ts';
import type { RawDataset } from './types';

type Fields = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new DatasetError(`${path ? `At ${path}: ` : ''}expected ${expected}.`);
}

function object(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Fields;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'a list');
  return value;
}

function text(value: unknown, path: string, nullable = false): void {
  if (nullable && value === null) return;
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty text');
}

function wholeNumber(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(path, 'a whole number ≥ 0');
  }
}

/** A quote (`quote`, optionally `under`) or a note (`note`). */
function citation(value: unknown, path: string): void {
  const fields = object(value, path);
  text(fields.sourceId, `${path}.sourceId`);
  if ('note' in fields) text(fields.note, `${path}.note`);
  else {
    text(fields.quote, `${path}.quote`);
    if (fields.under !== undefined) text(fields.under, `${path}.under`);
  }
}

function each(value: unknown, path: string, check: (item: Fields, at: string) => void): void {
  list(value, path).forEach((item, i) => check(object(item, `${path}[${i}]`), `${path}[${i}]`));
}

function program(p: Fields, at: string): void {
  text(p.id, `${at}.id`);
  text(p.parentId, `${at}.parentId`, true);
  const name = object(p.name, `${at}.name`);
  text(name.en, `${at}.name.en`);
  text(name.ja, `${at}.name.ja`, true);
  if (name.jaCitation !== null) citation(name.jaCitation, `${at}.name.jaCitation`);
  list(p.statements, `${at}.statements`).forEach((c, i) => citation(c, `${at}.statements[${i}]`));
  if (p.reportedStart !== null) {
    const reported = object(p.reportedStart, `${at}.reportedStart`);
    wholeNumber(reported.year, `${at}.reportedStart.year`);
    citation(reported.citation, `${at}.reportedStart.citation`);
  }
}

function budgetLine(line: Fields, at: string): void {
  text(line.id, `${at}.id`);
  text(line.programId, `${at}.programId`);
  wholeNumber(line.fiscalYear, `${at}.fiscalYear`);
  wholeNumber(line.amountMillionYen, `${at}.amountMillionYen`);
  if (line.role !== 'stated-total' && line.role !== 'itemized-part') {
    fail(`${at}.role`, '"stated-total" or "itemized-part"');
  }
  citation(line.citation, `${at}.citation`);
}

function milestone(m: Fields, at: string): void {
  text(m.id, `${at}.id`);
  wholeNumber(m.fiscalYear, `${at}.fiscalYear`);
  text(m.date, `${at}.date`, true);
  list(m.programIds, `${at}.programIds`).forEach((id, i) => text(id, `${at}.programIds[${i}]`));
  text(object(m.title, `${at}.title`).en, `${at}.title.en`);
  text(object(m.caption, `${at}.caption`).en, `${at}.caption.en`);
  const citations = list(m.citations, `${at}.citations`);
  if (citations.length === 0) fail(`${at}.citations`, 'at least one citation');
  citations.forEach((c, i) => citation(c, `${at}.citations[${i}]`));
}

/** `input`, typed, once its shape holds; throws DatasetError at the first field that does not. */
export function checkStructure(input: unknown): RawDataset {
  const raw = object(input, '');
  if (raw.version !== 1) fail('version', 'version 1');
  text(raw.title, 'title');
  each(raw.sources, 'sources', (s, at) => {
    for (const key of ['id', 'title', 'publisher']) text(s[key], `${at}.${key}`);
    text(s.location, `${at}.location`, true);
  });
  each(raw.programs, 'programs', program);
  each(raw.budgetLines, 'budgetLines', budgetLine);
  each(raw.milestones, 'milestones', milestone);
  return raw as unknown as RawDataset;
}
