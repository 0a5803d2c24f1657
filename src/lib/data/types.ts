/**
 * The dataset as it arrives (Raw*: the shape of data/dataset.json, which schema.ts states in full and the
 * build checks), and the domain types the rest of the app sees after parse.ts has checked it.
 */
export type Locale = 'en' | 'ja';

/** A program's fills (theme/programColours.ts decides them). */
export interface Fills {
  /** Fill under dark text (light theme). */
  readonly light: string;
  /** Fill under light text (dark theme). */
  readonly dark: string;
}

/** A program's colour: its fills and its hue. */
export interface ProgramColour extends Fills {
  /** Hue for outlines and lines. */
  readonly base: string;
}

/**
 * A quote, word for word as the source has it (`under`: the source's heading it sits under, when that
 * matters to read it), or a note: what sourced-facts.md records a page as stating, shown as a note and
 * never inside quotation marks.
 */
export type Citation = Quote | Note;

export interface Quote {
  readonly sourceId: string;
  readonly quote: string;
  readonly under?: string;
}

export interface Note {
  readonly sourceId: string;
  readonly note: string;
}

export interface RawSource {
  readonly id: string;
  readonly kind: 'seed' | 'web';
  readonly title: string;
  readonly publisher: string;
  /** A web page's address (without https://); null for the two source documents. */
  readonly location: string | null;
  readonly confidence: 'primary' | 'high' | 'med';
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
  /** Further passages and notes about the program, shown on its page. */
  readonly statements: readonly Citation[];
  /** A start year a page other than the seeds reports (shown as reported, with its confidence). */
  readonly reportedStart: { readonly year: number; readonly citation: Citation } | null;
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
  /**
   * Each program's fills (theme/programColours.ts), computed when the dataset is parsed or, for the
   * first view's part of it, at build time (vite.config.ts), so that the first view carries no palette.
   */
  readonly fills: ReadonlyMap<string, Fills>;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; error: string };
