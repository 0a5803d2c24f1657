/**
 * The dataset as it arrives (Raw*: the shape of data/dataset.json, which schema.ts states in full and the
 * build checks), and the domain types the rest of the app sees after parse.ts has checked it.
 */
export type Locale = 'en' | 'ja';

export interface Citation {
  readonly sourceId: string;
  readonly quote: string;
}

export interface RawSource {
  readonly id: string;
  readonly kind: 'seed' | 'web';
  readonly title: string;
  readonly publisher: string;
  readonly location: string;
  readonly confidence: 'primary' | 'high' | 'med';
  readonly recordedIn: string | null;
}

interface Dated {
  readonly fiscalYear: number;
  readonly citation: Citation;
}

export interface RawProgram {
  readonly id: string;
  readonly kind: 'initiative' | 'project' | 'program' | 'type';
  readonly name: {
    readonly en: string;
    readonly ja: string | null;
    readonly jaCitation: Citation | null;
  };
  readonly parentId: string | null;
  readonly start: Dated | null;
  readonly listedFrom: Dated | null;
  readonly unified: {
    readonly intoId: string;
    readonly fiscalYear: number;
    readonly citation: Citation;
  } | null;
  readonly description: { readonly en: string; readonly citation: Citation } | null;
}

export interface RawBudgetLine {
  readonly id: string;
  readonly programId: string;
  readonly fiscalYear: number;
  readonly amountMillionYen: number;
  readonly role: 'stated-total' | 'itemized-part';
  readonly citation: Citation;
}

export interface RawMilestone {
  readonly id: string;
  /** YYYY-MM or YYYY-MM-DD. */
  readonly date: string | null;
  readonly fiscalYear: number;
  readonly programIds: readonly string[];
  readonly title: { readonly en: string; readonly ja: string | null };
  readonly caption: { readonly en: string; readonly ja: string };
  readonly citations: readonly Citation[];
}

export interface RawDataset {
  readonly version: 1;
  readonly title: string;
  readonly sources: readonly RawSource[];
  readonly programs: readonly RawProgram[];
  readonly budgetLines: readonly RawBudgetLine[];
  readonly milestones: readonly RawMilestone[];
}

export type Source = RawSource;
export type Program = RawProgram;
export type BudgetLine = RawBudgetLine;
export type Milestone = RawMilestone;

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
