/**
 * unknown → Dataset, or one clear, specific error message.
 * valibot checks the shape; the checks below are the ones a schema cannot express: unique ids,
 * references that resolve, parts that never exceed their stated total, dates that match their fiscal year.
 */
import * as v from 'valibot';
import { DatasetSchema, type RawDataset } from './schema';
import { fiscalYearOfDate } from './fiscalYear';
import type { Citation, Dataset, LoadResult, Milestone, Program } from './types';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

function checkUnique(kind: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DatasetError(`Duplicate ${kind} id "${id}".`);
    seen.add(id);
  }
}

function semanticCheck(raw: RawDataset): Dataset {
  checkUnique(
    'source',
    raw.sources.map((s) => s.id),
  );
  checkUnique(
    'program',
    raw.programs.map((p) => p.id),
  );
  checkUnique(
    'budget line',
    raw.budgetLines.map((b) => b.id),
  );
  checkUnique(
    'milestone',
    raw.milestones.map((m) => m.id),
  );

  const sourceById = new Map(raw.sources.map((s) => [s.id, s]));
  const programById = new Map(raw.programs.map((p) => [p.id, p]));

  const cite = (where: string, citation: Citation | null) => {
    if (!citation) return;
    const source = sourceById.get(citation.sourceId);
    if (!source) throw new DatasetError(`${where} cites unknown source "${citation.sourceId}".`);
    if (source.kind === 'seed' && !('quote' in citation)) {
      throw new DatasetError(
        `${where} must quote the source document "${source.id}", not note it.`,
      );
    }
  };
  const program = (where: string, id: string): Program => {
    const found = programById.get(id);
    if (!found) throw new DatasetError(`${where} refers to unknown program "${id}".`);
    return found;
  };

  const childrenOf = new Map<string | null, Program[]>();
  for (const p of raw.programs) {
    const where = `Program "${p.id}"`;
    if (p.parentId !== null) program(where, p.parentId);
    if (p.unified) {
      program(where, p.unified.intoId);
      cite(where, p.unified.citation);
    }
    if ((p.name.ja === null) !== (p.name.jaCitation === null)) {
      throw new DatasetError(
        `${where} must cite its Japanese name, and cite one only if it has one.`,
      );
    }
    cite(where, p.name.jaCitation);
    cite(where, p.start?.citation ?? null);
    cite(where, p.listedFrom?.citation ?? null);
    cite(where, p.description?.citation ?? null);
    cite(where, p.reportedStart?.citation ?? null);
    p.statements.forEach((c) => cite(where, c));
    const siblings = childrenOf.get(p.parentId) ?? [];
    siblings.push(p);
    childrenOf.set(p.parentId, siblings);
  }
  // Containment must be a tree: walking up from any program must end at a root.
  for (const p of raw.programs) {
    const seen = new Set<string>([p.id]);
    for (let up = p.parentId; up !== null; up = programById.get(up)?.parentId ?? null) {
      if (seen.has(up)) throw new DatasetError(`Program "${p.id}" is its own ancestor.`);
      seen.add(up);
    }
  }

  const lineKey = (programId: string, fiscalYear: number) => `${programId}@${fiscalYear}`;
  const lines = new Map<string, RawDataset['budgetLines'][number]>();
  for (const line of raw.budgetLines) {
    const where = `Budget line "${line.id}"`;
    program(where, line.programId);
    cite(where, line.citation);
    const key = lineKey(line.programId, line.fiscalYear);
    if (lines.has(key)) {
      throw new DatasetError(`${where} repeats FY${line.fiscalYear} for "${line.programId}".`);
    }
    lines.set(key, line);
  }
  for (const line of raw.budgetLines) {
    const where = `Budget line "${line.id}"`;
    const parts = (childrenOf.get(line.programId) ?? [])
      .map((child) => lines.get(lineKey(child.id, line.fiscalYear)))
      .filter((part) => part !== undefined);
    if (line.role === 'stated-total') {
      if (parts.length === 0)
        throw new DatasetError(`${where} is a stated total without itemized parts.`);
      const sum = parts.reduce((total, part) => total + part.amountMillionYen, 0);
      if (sum > line.amountMillionYen) {
        throw new DatasetError(
          `${where}: itemized parts (${sum} million yen) exceed the stated total (${line.amountMillionYen} million yen).`,
        );
      }
    } else if (parts.length > 0) {
      throw new DatasetError(`${where} has itemized parts, so its role must be "stated-total".`);
    }
  }

  for (const m of raw.milestones) {
    const where = `Milestone "${m.id}"`;
    m.programIds.forEach((id) => program(where, id));
    m.citations.forEach((c) => cite(where, c));
    if (m.date !== null && fiscalYearOfDate(m.date) !== m.fiscalYear) {
      throw new DatasetError(
        `${where}: date ${m.date} falls in FY${fiscalYearOfDate(m.date)}, not FY${m.fiscalYear}.`,
      );
    }
  }

  return {
    title: raw.title,
    sources: raw.sources,
    programs: raw.programs,
    budgetLines: raw.budgetLines,
    milestones: [...raw.milestones].sort(compareMilestones),
    sourceById,
    programById,
    childrenOf,
  };
}

/** Dated milestones by date; a fiscal year without a date sorts at that year's start (1 April). */
function milestoneSortKey(m: Milestone): string {
  return m.date ?? `${m.fiscalYear}-04`;
}

function compareMilestones(a: Milestone, b: Milestone): number {
  const ka = milestoneSortKey(a);
  const kb = milestoneSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Throws DatasetError with a message naming the first problem found. */
export function parseDataset(input: unknown): Dataset {
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const at = pathOf(issue);
    throw new DatasetError(`${at ? `At ${at}: ` : ''}${issue.message}`);
  }
  return semanticCheck(result.output);
}

export function loadDataset(input: unknown): LoadResult {
  try {
    return { ok: true, dataset: parseDataset(input) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message };
  }
}
