/**
 * unknown → History, or one clear error. valibot checks the shape; the checks here tie the file to the
 * dataset and to itself: sources and programs resolve, a source that dataset.json also cites keeps its
 * id and title, every amount as the source writes it converts exactly to its million-yen figure, and a
 * figure said to agree with another has the same program, year and amount.
 */
import * as v from 'valibot';
import type { Dataset } from '../types';
import { duplicateIdProblem } from '../semanticChecks';
import {
  HistorySchema,
  type HistorySource,
  type RawBudgetFigure,
  type RawHistory,
  type Region,
} from './schema';
import { PREFECTURE_IDS } from './prefectures';
import { sourceAmountInMillionYen } from './sourceAmount';
import type { History, HistoryLoad } from './types';

export class HistoryError extends Error {
  override name = 'HistoryError';
}

type Cite = (where: string, id: string | null) => void;

/** Each id once within its kind (source, budget figure, region, City Area fiscal year). */
export function checkHistoryUnique(lists: Readonly<Record<string, readonly string[]>>): void {
  const problem = duplicateIdProblem(lists);
  if (problem !== null) throw new HistoryError(problem);
}

/** A source dataset.json also cites keeps its id and title there. */
export function checkSharedSource(source: HistorySource, dataset: Dataset): void {
  const same = dataset.sourceById.get(source.id);
  if (same && same.title !== source.title) {
    throw new HistoryError(`Source "${source.id}" must keep the title dataset.json gives it.`);
  }
  const samePage = dataset.sources.find((s) => s.location === source.location);
  if (samePage && samePage.id !== source.id) {
    throw new HistoryError(
      `Source "${source.id}" cites ${source.location}, which dataset.json cites as "${samePage.id}".`,
    );
  }
}

/** A check that a citation names a source of the history file (or none). */
export function citeChecker(sourceIds: ReadonlySet<string> | ReadonlyMap<string, unknown>): Cite {
  return (where, id) => {
    if (id !== null && !sourceIds.has(id)) {
      throw new HistoryError(`${where} cites unknown source "${id}".`);
    }
  };
}

/** The amount as the source writes it converts exactly to the figure; a multi-year run ends later. */
export function checkFigureAmount(where: string, figure: RawBudgetFigure): void {
  const converted = sourceAmountInMillionYen(figure.sourceAmount);
  if (converted === null) {
    throw new HistoryError(`${where}: "${figure.sourceAmount}" is not an amount in a known unit.`);
  }
  if (converted !== figure.amountMillionYen) {
    throw new HistoryError(
      `${where}: "${figure.sourceAmount}" is ${converted} million yen, not ${figure.amountMillionYen}.`,
    );
  }
  if (figure.throughFiscalYear !== null && figure.throughFiscalYear <= figure.fiscalYear) {
    throw new HistoryError(`${where}: a multi-year figure must end after FY${figure.fiscalYear}.`);
  }
}

type Agreeable = Pick<RawBudgetFigure, 'programId' | 'fiscalYear' | 'amountMillionYen'>;

/** A figure that agrees with another (of the file or the dataset) has its program, year and amount. */
export function checkAgreement(where: string, figure: RawBudgetFigure, other?: Agreeable): void {
  if (!other) {
    throw new HistoryError(`${where} agrees with unknown figure "${figure.agreesWith}".`);
  }
  if (
    other.programId !== figure.programId ||
    other.fiscalYear !== figure.fiscalYear ||
    other.amountMillionYen !== figure.amountMillionYen
  ) {
    throw new HistoryError(
      `${where} does not agree with "${figure.agreesWith}" (program, year or amount differ).`,
    );
  }
}

function checkBudgets(raw: RawHistory, dataset: Dataset, cite: Cite): void {
  const figureById = new Map(raw.budgets.map((b) => [b.id, b]));
  for (const figure of raw.budgets) {
    const where = `Budget figure "${figure.id}"`;
    cite(where, figure.sourceId);
    if (!dataset.programById.has(figure.programId)) {
      throw new HistoryError(`${where} refers to unknown program "${figure.programId}".`);
    }
    checkFigureAmount(where, figure);
    if (figure.agreesWith !== null) {
      const other =
        figureById.get(figure.agreesWith) ??
        dataset.budgetLines.find((line) => line.id === figure.agreesWith);
      checkAgreement(where, figure, other);
    }
  }
}

/** The counts of selections and regions: cited, each City Area year once, no more selected than proposed. */
export function checkCounts(
  raw: Pick<RawHistory, 'cityArea' | 'knowledgeCluster' | 'fy2010Selection'>,
  cite: Cite,
): void {
  const { selections, total } = raw.cityArea;
  cite('City Area selections', selections.sourceId);
  cite('City Area total', total.sourceId);
  checkHistoryUnique({
    'City Area fiscal year': selections.years.map((y) => String(y.fiscalYear)),
  });
  const kc = raw.knowledgeCluster;
  cite('Knowledge Cluster Phase I', kc.phase1.sourceId);
  cite('Knowledge Cluster FY2002', kc.fy2002.sourceId);
  cite('Knowledge Cluster Phase II start', kc.phase2Start.sourceId);
  cite('FY2010 selection', raw.fy2010Selection.sourceId);
  if (raw.fy2010Selection.selected > raw.fy2010Selection.proposals) {
    throw new HistoryError('FY2010 selection: more regions selected than proposed.');
  }
}

/** A region cites its sources and lies in prefectures that exist and that its source names. */
export function checkRegion(region: Region, cite: Cite): void {
  const where = `Region "${region.id}"`;
  cite(where, region.sourceId);
  cite(where, region.startSourceId);
  for (const prefecture of region.prefectures) {
    if (!PREFECTURE_IDS.includes(prefecture.id)) {
      throw new HistoryError(`${where}: unknown prefecture "${prefecture.id}".`);
    }
    if (!region.placesNamed.includes(prefecture.name)) {
      throw new HistoryError(
        `${where}: the source names no "${prefecture.name}" (only ${region.placesNamed}).`,
      );
    }
  }
}

function check(raw: RawHistory, dataset: Dataset): History {
  checkHistoryUnique({
    source: raw.sources.map((s) => s.id),
    'budget figure': raw.budgets.map((b) => b.id),
    region: raw.regions.map((r) => r.id),
  });
  raw.sources.forEach((source) => checkSharedSource(source, dataset));
  const sourceById = new Map(raw.sources.map((s) => [s.id, s]));
  const cite = citeChecker(sourceById);
  checkBudgets(raw, dataset, cite);
  checkCounts(raw, cite);
  raw.regions.forEach((region) => checkRegion(region, cite));
  return {
    sources: raw.sources,
    sourceById,
    budgets: raw.budgets,
    cityArea: raw.cityArea,
    knowledgeCluster: raw.knowledgeCluster,
    fy2010Selection: raw.fy2010Selection,
    regions: raw.regions,
  };
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Throws HistoryError naming the first problem found. */
export function parseHistory(input: unknown, dataset: Dataset): History {
  const result = v.safeParse(HistorySchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const at = pathOf(issue);
    throw new HistoryError(`${at ? `At ${at}: ` : ''}${issue.message}`);
  }
  return check(result.output, dataset);
}

export function loadHistoryFrom(input: unknown, dataset: Dataset): HistoryLoad {
  try {
    return { ok: true, history: parseHistory(input, dataset) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The history file, fetched with the view that needs it (a separate chunk, never the first view's). */
export async function loadHistory(dataset: Dataset): Promise<HistoryLoad> {
  const raw: unknown = (await import('../../../../data/history.json')).default;
  return loadHistoryFrom(raw, dataset);
}
