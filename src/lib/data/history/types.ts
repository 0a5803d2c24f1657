/** Domain types of the history data (budgets by fiscal year, regions) after parse.ts has checked it. */
import type { HistorySource, RawBudgetFigure, RawHistory, Region } from './schema';

export type { HistorySource, Region };
export type BudgetFigure = RawBudgetFigure;
export type FigureKind = BudgetFigure['kind'];

export interface History {
  readonly sources: readonly HistorySource[];
  readonly sourceById: ReadonlyMap<string, HistorySource>;
  readonly budgets: readonly BudgetFigure[];
  readonly cityArea: RawHistory['cityArea'];
  readonly knowledgeCluster: RawHistory['knowledgeCluster'];
  readonly fy2010Selection: RawHistory['fy2010Selection'];
  readonly regions: readonly Region[];
}

export type HistoryLoad = { ok: true; history: History } | { ok: false; error: string };
