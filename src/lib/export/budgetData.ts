/**
 * The budget as data rows (CSV) and a JSON document. A level's rows: each tile (including the "not
 * itemized" residual), then the level's total. The whole breakdown: every level at once, each row with its
 * parent, so one file holds the programs, their types and the residuals. Names in both languages (null
 * where no Japanese name is verified); every row carries its source, the kind of that source and its
 * confidence. Amounts are the source's million yen, unrounded; shares (of the parent) are rounded to one
 * decimal as on screen. Headers follow the interface language.
 */
import { findBudgetNode, ROOT_ID, type BudgetNode } from '../data/budgetTree';
import type { Dataset } from '../data/types';
import type { Bilingual, MessageKey, Words } from '../i18n';
import { distinctSources, budgetLevelCitations } from '../text/sourceLine';
import { shareCsvTable, type Column, type CsvCell } from './csv';
import { sourceFields, type SourceFields } from './sourceFields';

export type BudgetRowKind =
  'program' | 'part' | 'unitemized' | 'stated-total' | 'sum-of-listed-programs';

export interface BudgetRow extends SourceFields {
  readonly id: string;
  /** The row one level up (null for the sum of the listed programs). */
  readonly parentId: string | null;
  readonly kind: BudgetRowKind;
  readonly nameEn: string;
  readonly nameJa: string | null;
  readonly amountMillionYen: number;
  /** Percent of the level's total, one decimal, as on screen. */
  readonly sharePercent: number;
}

function namesOf(node: BudgetNode, words: Bilingual): { nameEn: string; nameJa: string | null } {
  if (node.kind === 'root' || node.kind === 'unitemized') {
    const key = node.kind === 'root' ? 'budget.root' : 'budget.unitemized';
    return { nameEn: words.en.t(key), nameJa: words.ja.t(key) };
  }
  return { nameEn: node.program?.name.en ?? node.id, nameJa: node.program?.name.ja ?? null };
}

function rowOf(
  node: BudgetNode,
  kind: BudgetRowKind,
  parent: BudgetNode | null,
  dataset: Dataset,
  words: Bilingual,
): BudgetRow {
  const total = parent?.amountMillionYen ?? node.amountMillionYen;
  return {
    id: node.id,
    parentId: parent?.id ?? null,
    kind,
    ...namesOf(node, words),
    amountMillionYen: node.amountMillionYen,
    sharePercent: total > 0 ? Math.round((node.amountMillionYen / total) * 1000) / 10 : 0,
    ...sourceFields(node.citation, dataset),
  };
}

/** Every level at once, top down: the sum of the listed programs, then each program and its parts. */
export function budgetBreakdownRows(
  root: BudgetNode,
  dataset: Dataset,
  words: Bilingual,
): BudgetRow[] {
  const rows: BudgetRow[] = [rowOf(root, 'sum-of-listed-programs', null, dataset, words)];
  const visit = (node: BudgetNode) => {
    for (const child of [...node.children].sort(
      (a, b) => b.amountMillionYen - a.amountMillionYen,
    )) {
      rows.push(rowOf(child, child.kind as BudgetRowKind, node, dataset, words));
      visit(child);
    }
  };
  visit(root);
  return rows;
}

/** Tiles largest first (as in the table), then the total. Null for an unknown or non-level id. */
export function budgetRows(
  root: BudgetNode,
  programId: string | null,
  dataset: Dataset,
  words: Bilingual,
): BudgetRow[] | null {
  const focus = findBudgetNode(root, programId ?? ROOT_ID);
  if (!focus || (focus.kind !== 'root' && focus.kind !== 'program')) return null;
  const tiles = [...focus.children]
    .sort((a, b) => b.amountMillionYen - a.amountMillionYen)
    .map((node) => rowOf(node, node.kind as BudgetRowKind, focus, dataset, words));
  const totalKind = focus.kind === 'root' ? 'sum-of-listed-programs' : 'stated-total';
  const parent = focus.kind === 'root' ? null : root;
  return [...tiles, { ...rowOf(focus, totalKind, parent, dataset, words), sharePercent: 100 }];
}

const SOURCE_COLUMNS: readonly Column<MessageKey, SourceFields>[] = [
  ['share.col.sourceTitle', (r) => r.sourceTitle],
  ['share.col.publisher', (r) => r.sourcePublisher],
  ['share.col.address', (r) => r.sourceAddress],
  ['share.col.sourceKind', (r) => r.sourceKind],
  ['share.col.confidence', (r) => r.confidence],
  ['share.col.citationKind', (r) => r.citationKind],
  ['share.col.quote', (r) => r.quote],
];

const BUDGET_COLUMNS: readonly Column<MessageKey, BudgetRow>[] = [
  ['share.col.id', (r) => r.id],
  ['share.col.parent', (r) => r.parentId],
  ['share.col.kind', (r) => r.kind],
  ['share.col.nameEn', (r) => r.nameEn],
  ['share.col.nameJa', (r) => r.nameJa],
  ['share.col.amount', (r) => r.amountMillionYen],
  ['share.col.share', (r) => r.sharePercent],
  ...SOURCE_COLUMNS,
];

export function budgetCsvRows(rows: readonly BudgetRow[], words: Words): CsvCell[][] {
  return shareCsvTable(rows, BUDGET_COLUMNS, words);
}

export function budgetJson(
  root: BudgetNode,
  programId: string | null,
  fiscalYear: number,
  dataset: Dataset,
  words: Bilingual,
): object | null {
  const rows = budgetRows(root, programId, dataset, words);
  const focus = findBudgetNode(root, programId ?? ROOT_ID);
  if (!rows || !focus) return null;
  const total = rows[rows.length - 1];
  return {
    title: { en: words.en.t('budget.title'), ja: words.ja.t('budget.title') },
    fiscalYear,
    unit: 'million yen',
    level: { id: focus.id, nameEn: total?.nameEn, nameJa: total?.nameJa },
    tiles: rows.slice(0, -1),
    total,
    breakdown: budgetBreakdownRows(root, dataset, words),
    sources: distinctSources(budgetLevelCitations(focus), dataset),
  };
}
