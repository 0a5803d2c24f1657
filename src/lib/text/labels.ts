/**
 * The words a view shows about the dataset, bound to the dataset and the current language: one object,
 * provided through context (lib/state/context.ts `provideDataset`), instead of threading
 * `(x, locale, dataset)` through every call. It reads the language on each call, so a view re-renders when
 * the language changes. The functions it binds (names.ts, budgetLabels.ts, format.ts) stay pure and are
 * what exports call with a fixed language's words.
 */
import type { BudgetNode } from '../data/budgetTree';
import type { Citation, Dataset, Locale, Program } from '../data/types';
import type { Words } from '../i18n';
import { nodeName, tileAccessibleName, unitemizedNote } from './budgetLabels';
import { formatMillionYen } from './format';
import { displayName, markedName, nameMarker, reportedNameSource, type DisplayName } from './names';

export class Labels {
  constructor(
    readonly dataset: Dataset,
    /** The current language's words (the locale state from context). */
    readonly words: Words,
  ) {}

  /** The current language. */
  get locale(): Locale {
    return this.words.locale;
  }

  /** A program's name in the current language, with the other language's and its flags. */
  name(program: Program): DisplayName {
    return displayName(program, this.locale, this.dataset);
  }

  /** The name with its marker ("Accelerative Support（未翻訳）"), for accessible names and lists. */
  markedName(program: Program): string {
    return markedName(program, this.words, this.dataset);
  }

  /** The marker a name carries ("未翻訳", or who reported it), or null. */
  nameMarker(program: Program): string | null {
    return nameMarker(program, this.words, this.dataset);
  }

  /** The sources-list entry for a Japanese name from a medium-confidence source, or null. */
  reportedNameSource(program: Program): { label: string; citation: Citation } | null {
    return reportedNameSource(program, this.words, this.dataset);
  }

  /** A budget node's name: a program's, the sum of the listed programs, or "not itemized". */
  nodeName(node: BudgetNode): string {
    return nodeName(node, this.words, this.dataset);
  }

  /** A tile's accessible name: name, amount and share of its parent. */
  tileName(node: BudgetNode, parent: BudgetNode): string {
    return tileAccessibleName(node, parent, this.words, this.dataset);
  }

  /** The note under a level whose parts fall short of its stated total, or null. */
  unitemizedNote(focus: BudgetNode): string | null {
    return unitemizedNote(focus, this.words);
  }

  /** A program's name by id (the id itself for an unknown one), with its marker when `marked`. */
  programName(programId: string, { marked = false } = {}): string {
    const program = this.dataset.programById.get(programId);
    if (!program) return programId;
    return marked ? this.markedName(program) : this.name(program).text;
  }

  /** "7,942 million yen" / "7,942百万円". */
  money(amountMillionYen: number): string {
    return formatMillionYen(amountMillionYen, this.locale);
  }
}
