/** Domain types: what the rest of the app sees after parse.ts has checked the dataset. */
import type { Citation, RawBudgetLine, RawMilestone, RawProgram, RawSource } from './schema';

export type { Citation };
export type Source = RawSource;
export type Program = RawProgram;
export type BudgetLine = RawBudgetLine;
export type Milestone = RawMilestone;
export type Locale = 'en' | 'ja';

export interface Dataset {
  readonly title: string;
  readonly sources: readonly Source[];
  readonly programs: readonly Program[];
  readonly budgetLines: readonly BudgetLine[];
  /** Sorted by date (or fiscal year where no date is given). */
  readonly milestones: readonly Milestone[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly programById: ReadonlyMap<string, Program>;
  readonly childrenOf: ReadonlyMap<string | null, readonly Program[]>;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; error: string };
