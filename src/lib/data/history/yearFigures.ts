/**
 * What the budgets-by-year view shows, from both files: the programs as rows, in the timeline's order
 * (programs without a parent in dataset order, each followed by its programs, later starts first; types
 * stay in the treemap), and every figure: the seed's FY2010 stated totals of those programs and the
 * history file's figures. Pure, so the view, the table and the exports share one list.
 */
import { BUDGET_YEAR } from '../fiscalYear';
import type { Dataset, Program, Source } from '../types';
import type { BudgetFigure, FigureKind, History, HistorySource } from './types';

export const YEARS_DOMAIN: readonly [number, number] = [2002, 2011];

export interface ProgramRow {
  readonly program: Program;
  readonly depth: number;
  readonly activeFrom: number | null;
  readonly activeTo: number | null;
}

export interface YearFigure {
  readonly id: string;
  readonly programId: string;
  readonly fiscalYear: number;
  readonly throughFiscalYear: number | null;
  readonly sourceAmount: string;
  readonly amountMillionYen: number;
  readonly kind: FigureKind;
  readonly sourceTerm: string;
  readonly covers: BudgetFigure['covers'];
  readonly agreesWith: string | null;
  readonly confidence: 'primary' | 'high' | 'med';
  readonly source: Pick<Source | HistorySource, 'id' | 'title' | 'publisher'>;
  /** The page's address; null for a seed document (cited by title and publisher only). */
  readonly address: string | null;
  readonly verbatim: string | null;
  /** Our note on the page (null for a seed figure: the view words it from the seed's own text). */
  readonly note: BudgetFigure['note'] | null;
  readonly origin: 'seed' | 'history';
}

function startOf(program: Program): number | null {
  return program.start?.fiscalYear ?? program.listedFrom?.fiscalYear ?? null;
}

export function programRows(dataset: Dataset): ProgramRow[] {
  const rows: ProgramRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    if (depth > 1) return;
    const children = [...(dataset.childrenOf.get(parentId) ?? [])].filter(
      (p) => startOf(p) !== null,
    );
    if (parentId !== null) children.sort((a, b) => (startOf(b) ?? 0) - (startOf(a) ?? 0));
    for (const program of children) {
      const unified = program.unified?.fiscalYear;
      rows.push({
        program,
        depth,
        activeFrom: startOf(program),
        activeTo: unified === undefined ? null : unified - 1,
      });
      visit(program.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/**
 * The treemap level a figure opens (its program id): a budget-year figure of a program with a budget line in
 * that year; null for any other figure.
 */
export function treemapLevelOf(dataset: Dataset): (figure: YearFigure) => string | null {
  const levels = new Set(
    dataset.budgetLines
      .filter((line) => line.fiscalYear === BUDGET_YEAR)
      .map((line) => line.programId),
  );
  return (figure) =>
    figure.fiscalYear === BUDGET_YEAR && levels.has(figure.programId) ? figure.programId : null;
}

export function yearFigures(dataset: Dataset, history: History): YearFigure[] {
  const rows = programRows(dataset);
  const rowIds = new Set(rows.map((row) => row.program.id));
  const seed: YearFigure[] = dataset.budgetLines
    .filter((line) => line.role === 'stated-total' && rowIds.has(line.programId))
    .map((line) => {
      const source = dataset.sourceById.get(line.citation.sourceId) as Source;
      return {
        id: line.id,
        programId: line.programId,
        fiscalYear: line.fiscalYear,
        throughFiscalYear: null,
        sourceAmount: `${line.amountMillionYen.toLocaleString('en-GB')} million yen`,
        amountMillionYen: line.amountMillionYen,
        kind: 'budget',
        sourceTerm: 'budget',
        covers: null,
        agreesWith: null,
        confidence: 'primary',
        source,
        address: source.kind === 'seed' ? null : source.location,
        verbatim: 'quote' in line.citation ? line.citation.quote : null,
        note: null,
        origin: 'seed',
      };
    });
  const outside: YearFigure[] = history.budgets.map((figure) => {
    const source = history.sourceById.get(figure.sourceId) as HistorySource;
    return { ...figure, source, address: source.location, origin: 'history' };
  });
  const order = new Map(rows.map((row, index) => [row.program.id, index]));
  return [...seed, ...outside].sort(
    (a, b) =>
      (order.get(a.programId) ?? 99) - (order.get(b.programId) ?? 99) ||
      a.fiscalYear - b.fiscalYear ||
      (a.agreesWith === null ? 0 : 1) - (b.agreesWith === null ? 0 : 1),
  );
}

/** A slide's rows: only the programs with a figure on the axis' years (the others are in the table). */
export function rowsWithFigures(
  rows: readonly ProgramRow[],
  figures: readonly YearFigure[],
  domain: readonly [number, number] = YEARS_DOMAIN,
): ProgramRow[] {
  const [first, last] = domain;
  return rows.filter((row) =>
    figures.some(
      (f) =>
        f.programId === row.program.id &&
        f.fiscalYear >= first &&
        (f.throughFiscalYear ?? f.fiscalYear) <= last,
    ),
  );
}

export interface LaneBudget {
  readonly id: string;
  readonly fiscalYear: number;
  readonly throughFiscalYear: number | null;
  readonly amountMillionYen: number;
  readonly kind: FigureKind;
  /** Part of the program only (e.g. "Phase I only"), or null for the whole program. */
  readonly covers: BudgetFigure['covers'];
  readonly publisher: string;
}

/**
 * A program's sourced budgets for its timeline lane, by year: every figure of its own (a figure that
 * only agrees with another is left out, that one stands for both), with the publisher of its source.
 */
export function laneBudgets(figures: readonly YearFigure[], programId: string): LaneBudget[] {
  return figures
    .filter((f) => f.programId === programId && f.agreesWith === null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((f) => ({
      id: f.id,
      fiscalYear: f.fiscalYear,
      throughFiscalYear: f.throughFiscalYear,
      amountMillionYen: f.amountMillionYen,
      kind: f.kind,
      covers: f.covers,
      publisher: f.source.publisher,
    }));
}
