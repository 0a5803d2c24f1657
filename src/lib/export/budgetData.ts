/**
 * The figures of one budget level as data rows (CSV) and a JSON document: each tile of the level
 * (including the "not itemized" residual), then the level's total, with names in both languages (null
 * where no Japanese name is verified) and the source of every figure. Amounts are the source's million
 * yen, unrounded; shares are rounded to one decimal as on screen. Headers follow the interface language.
 */
import { findBudgetNode, ROOT_ID, type BudgetNode } from '../data/budgetTree';
import type { Dataset, Locale } from '../data/types';
import { translate } from '../i18n';
import { distinctSources, budgetLevelCitations } from '../text/sourceLine';
import type { CsvCell } from './csv';

export type BudgetRowKind =
  'program' | 'part' | 'unitemized' | 'stated-total' | 'sum-of-listed-programs';

export interface BudgetRow {
  readonly id: string;
  readonly kind: BudgetRowKind;
  readonly nameEn: string;
  readonly nameJa: string | null;
  readonly amountMillionYen: number;
  /** Percent of the level's total, one decimal, as on screen. */
  readonly sharePercent: number;
  readonly sourceId: string | null;
  readonly sourceTitle: string | null;
  readonly quote: string | null;
}

function namesOf(node: BudgetNode): { nameEn: string; nameJa: string | null } {
  if (node.kind === 'root') {
    return { nameEn: translate('en', 'budget.root'), nameJa: translate('ja', 'budget.root') };
  }
  if (node.kind === 'unitemized') {
    return {
      nameEn: translate('en', 'budget.unitemized'),
      nameJa: translate('ja', 'budget.unitemized'),
    };
  }
  return { nameEn: node.program?.name.en ?? node.id, nameJa: node.program?.name.ja ?? null };
}

function rowOf(node: BudgetNode, kind: BudgetRowKind, total: number, dataset: Dataset): BudgetRow {
  const source = node.citation ? dataset.sourceById.get(node.citation.sourceId) : undefined;
  return {
    id: node.id,
    kind,
    ...namesOf(node),
    amountMillionYen: node.amountMillionYen,
    sharePercent: total > 0 ? Math.round((node.amountMillionYen / total) * 1000) / 10 : 0,
    sourceId: source?.id ?? null,
    sourceTitle: source?.title ?? null,
    quote: node.citation?.quote ?? null,
  };
}

/** Tiles largest first (as in the table), then the total. Null for an unknown or non-level id. */
export function budgetRows(
  root: BudgetNode,
  programId: string | null,
  dataset: Dataset,
): BudgetRow[] | null {
  const focus = findBudgetNode(root, programId ?? ROOT_ID);
  if (!focus || (focus.kind !== 'root' && focus.kind !== 'program')) return null;
  const total = focus.amountMillionYen;
  const tiles = [...focus.children]
    .sort((a, b) => b.amountMillionYen - a.amountMillionYen)
    .map((node) => rowOf(node, node.kind as BudgetRowKind, total, dataset));
  const totalKind = focus.kind === 'root' ? 'sum-of-listed-programs' : 'stated-total';
  return [...tiles, rowOf(focus, totalKind, total, dataset)];
}

export function budgetCsvRows(rows: readonly BudgetRow[], locale: Locale): CsvCell[][] {
  const h = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const header = [
    h('share.col.id'),
    h('share.col.kind'),
    h('share.col.nameEn'),
    h('share.col.nameJa'),
    h('share.col.amount'),
    h('share.col.share'),
    h('share.col.sourceTitle'),
    h('share.col.quote'),
  ];
  return [
    header,
    ...rows.map((r) => [
      r.id,
      r.kind,
      r.nameEn,
      r.nameJa,
      r.amountMillionYen,
      r.sharePercent,
      r.sourceTitle,
      r.quote,
    ]),
  ];
}

export function budgetJson(
  root: BudgetNode,
  programId: string | null,
  fiscalYear: number,
  dataset: Dataset,
): object | null {
  const rows = budgetRows(root, programId, dataset);
  const focus = findBudgetNode(root, programId ?? ROOT_ID);
  if (!rows || !focus) return null;
  const total = rows[rows.length - 1];
  return {
    title: { en: translate('en', 'budget.title'), ja: translate('ja', 'budget.title') },
    fiscalYear,
    unit: 'million yen',
    level: { id: focus.id, nameEn: total?.nameEn, nameJa: total?.nameJa },
    tiles: rows.slice(0, -1),
    total,
    sources: distinctSources(budgetLevelCitations(focus), dataset),
  };
}
