/**
 * Names and accessible names of budget nodes, in the current language. Kept out of components so the
 * tooltip, the tile, the table and the exports all say the same thing.
 */
import type { BudgetNode } from '../data/budgetTree';
import type { Dataset, Locale } from '../data/types';
import { translate } from '../i18n';
import { displayName, markedName } from './names';
import { formatMillionYen, formatPercent } from './format';

export function nodeName(node: BudgetNode, locale: Locale, dataset: Dataset): string {
  if (node.kind === 'root') return translate(locale, 'budget.root');
  if (node.kind === 'unitemized') return translate(locale, 'budget.unitemized');
  return node.program ? displayName(node.program, locale, dataset).text : node.id;
}

/** "Global Type, 7,942 million yen, 65.8% of Regional Innovation Cluster Program". */
export function tileAccessibleName(
  node: BudgetNode,
  parent: BudgetNode,
  locale: Locale,
  dataset: Dataset,
): string {
  const share = parent.amountMillionYen > 0 ? node.amountMillionYen / parent.amountMillionYen : 0;
  return translate(locale, 'budget.tile.name', {
    name: node.program
      ? markedName(node.program, locale, dataset)
      : nodeName(node, locale, dataset),
    amount: formatMillionYen(node.amountMillionYen, locale),
    share: formatPercent(share, locale),
    parent: nodeName(parent, locale, dataset),
  });
}
