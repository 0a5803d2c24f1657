/**
 * Names and accessible names of budget nodes, in the current language. Kept out of components so the
 * tooltip, the tile, the table and the exports all say the same thing.
 */
import { itemizedSum, type BudgetNode } from '../data/budgetTree';
import type { Dataset } from '../data/types';
import type { Words } from '../i18n';
import { displayName, markedName } from './names';
import { formatMillionYen, formatPercent } from './format';

export function nodeName(node: BudgetNode, words: Words, dataset: Dataset): string {
  if (node.kind === 'root') return words.t('budget.root');
  if (node.kind === 'unitemized') return words.t('budget.unitemized');
  return node.program ? displayName(node.program, words.locale, dataset).text : node.id;
}

/**
 * The note under a level whose stated total exceeds the sum of its itemized parts (the view and its
 * slide): the total, the parts' sum and the difference; null where the parts add up.
 */
export function unitemizedNote(focus: BudgetNode, words: Words): string | null {
  const gap = focus.children.find((child) => child.kind === 'unitemized');
  if (!gap) return null;
  const { locale } = words;
  return words.t('budget.unitemized.note', {
    total: formatMillionYen(focus.amountMillionYen, locale),
    parts: formatMillionYen(itemizedSum(focus), locale),
    gap: formatMillionYen(gap.amountMillionYen, locale),
  });
}

/** "Global Type, 7,942 million yen, 65.8% of Regional Innovation Cluster Program". */
export function tileAccessibleName(
  node: BudgetNode,
  parent: BudgetNode,
  words: Words,
  dataset: Dataset,
): string {
  const share = parent.amountMillionYen > 0 ? node.amountMillionYen / parent.amountMillionYen : 0;
  return words.t('budget.tile.name', {
    name: node.program ? markedName(node.program, words, dataset) : nodeName(node, words, dataset),
    amount: formatMillionYen(node.amountMillionYen, words.locale),
    share: formatPercent(share, words.locale),
    parent: nodeName(parent, words, dataset),
  });
}
