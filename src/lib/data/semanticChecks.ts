/**
 * The dataset's rules a schema cannot state, checked at build time and in the tests (validate.ts), so
 * the shipped dataset always holds them: unique ids, a Japanese name cited if and only if given, one
 * budget line per program and year, parts that never exceed their stated total, dates in their fiscal
 * year. Each check is a small pure function that throws DatasetError naming the first problem.
 */
import { DatasetError } from './datasetError';
import { fiscalYearOfDate } from './fiscalYear';
import type { RawBudgetLine, RawDataset } from './types';

function checkUnique(kind: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DatasetError(`Duplicate ${kind} id "${id}".`);
    seen.add(id);
  }
}

export function checkUniqueIds(raw: RawDataset): void {
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

const lineKey = (programId: string, fiscalYear: number) => `${programId}@${fiscalYear}`;

/** Lines by program and year; throws if a program has two lines for one year. */
export function linesByProgramYear(raw: RawDataset): Map<string, RawBudgetLine> {
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
  checkStatedTotals(raw);
  checkMilestoneDates(raw);
}
