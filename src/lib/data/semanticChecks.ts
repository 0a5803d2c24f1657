/**
 * The dataset's rules a schema cannot state, checked at build time and in the tests (validate.ts), so
 * the shipped dataset always holds them: unique ids, a Japanese name cited if and only if given, one
 * budget line per program and year, source documents quoted (never noted), parts that never exceed their stated total, dates in their fiscal
 * year. Each check is a small pure function that throws DatasetError naming the first problem.
 */
import { DatasetError } from './datasetError.ts';
import { fiscalYearOfDate } from './fiscalYear.ts';
import { citationsOf } from './references.ts';
import type { RawBudgetLine, RawDataset } from './types';

/** `Duplicate <kind> id "<id>".` for the first id seen twice within its kind's list, or null. */
export function duplicateIdProblem(
  lists: Readonly<Record<string, readonly string[]>>,
): string | null {
  for (const [kind, ids] of Object.entries(lists)) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return `Duplicate ${kind} id "${id}".`;
      seen.add(id);
    }
  }
  return null;
}

const idsOf = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);

export function checkUniqueIds(raw: RawDataset): void {
  const problem = duplicateIdProblem({
    source: idsOf(raw.sources),
    program: idsOf(raw.programs),
    'budget line': idsOf(raw.budgetLines),
    milestone: idsOf(raw.milestones),
  });
  if (problem !== null) throw new DatasetError(problem);
}

export function checkJapaneseNameCitations(raw: RawDataset): void {
  for (const p of raw.programs) {
    if ((p.name.ja === null) !== (p.name.jaCitation === null)) {
      throw new DatasetError(
        `Program "${p.id}" must cite its Japanese name, and cite one only if it has one.`,
      );
    }
  }
}

/** A source document (seed) is always quoted word for word, never paraphrased as a note. */
export function checkSeedsQuoted(raw: RawDataset): void {
  const seeds = new Set(raw.sources.filter((s) => s.kind === 'seed').map((s) => s.id));
  for (const [where, citation] of citationsOf(raw)) {
    if (seeds.has(citation.sourceId) && !('quote' in citation)) {
      throw new DatasetError(
        `${where} must quote the source document "${citation.sourceId}", not note it.`,
      );
    }
  }
}

const lineKey = (programId: string, fiscalYear: number) => `${programId}@${fiscalYear}`;

/** Lines by program and year; throws if a program has two lines for one year. */
function linesByProgramYear(raw: RawDataset): Map<string, RawBudgetLine> {
  const lines = new Map<string, RawBudgetLine>();
  for (const line of raw.budgetLines) {
    const key = lineKey(line.programId, line.fiscalYear);
    if (lines.has(key)) {
      throw new DatasetError(
        `Budget line "${line.id}" repeats FY${line.fiscalYear} for "${line.programId}".`,
      );
    }
    lines.set(key, line);
  }
  return lines;
}

/** A line with parts in the same year is a stated total at least their sum; one without is not. */
export function checkStatedTotals(raw: RawDataset): void {
  const lines = linesByProgramYear(raw);
  for (const line of raw.budgetLines) {
    const where = `Budget line "${line.id}"`;
    const parts = raw.programs
      .filter((p) => p.parentId === line.programId)
      .map((child) => lines.get(lineKey(child.id, line.fiscalYear)))
      .filter((part) => part !== undefined);
    if (line.role !== 'stated-total') {
      if (parts.length > 0) {
        throw new DatasetError(`${where} has itemized parts, so its role must be "stated-total".`);
      }
      continue;
    }
    if (parts.length === 0) {
      throw new DatasetError(`${where} is a stated total without itemized parts.`);
    }
    const sum = parts.reduce((total, part) => total + part.amountMillionYen, 0);
    if (sum > line.amountMillionYen) {
      throw new DatasetError(
        `${where}: itemized parts (${sum} million yen) exceed the stated total (${line.amountMillionYen} million yen).`,
      );
    }
  }
}

export function checkMilestoneDates(raw: RawDataset): void {
  for (const m of raw.milestones) {
    if (m.date !== null && fiscalYearOfDate(m.date) !== m.fiscalYear) {
      throw new DatasetError(
        `Milestone "${m.id}": date ${m.date} falls in FY${fiscalYearOfDate(m.date)}, not FY${m.fiscalYear}.`,
      );
    }
  }
}

/** Every rule above, in the order a reader would fix them. */
export function checkSemantics(raw: RawDataset): void {
  checkUniqueIds(raw);
  checkJapaneseNameCitations(raw);
  checkSeedsQuoted(raw);
  checkStatedTotals(raw);
  checkMilestoneDates(raw);
}
