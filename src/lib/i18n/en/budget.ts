/** Interface strings of the budget view. */
export const budget = {
  'budget.title': 'FY2010 budgets under the Project for Developing Innovation Systems',
  'budget.root': 'Sum of the listed programs',
  'budget.root.note':
    'The source gives no total for the whole project; this is the sum of the programs it lists.',
  'budget.unitemized': 'Not itemized in the source',
  'budget.unitemized.note':
    'The stated total ({total}) exceeds the sum of its itemized parts ({parts}) by {gap}. The source does not say what the difference is for.',
  'budget.unitemized.short': 'Stated total minus itemized parts',
  'budget.breadcrumb': 'Budget level',
  'budget.chart.label':
    'Treemap of {name}: {count} tiles. Use arrow keys to move between tiles, Enter to open one.',
  'budget.tile.name': '{name}, {amount}, {share} of {parent}',
  'budget.share.parent': 'Share of {parent}',
  'budget.share.whole': 'Share of the listed programs’ sum ({total})',
  'budget.table.caption': '{name}: FY2010 budget by {level}',
  'budget.table.name': 'Name',
  'budget.table.amount': 'Amount',
  'budget.table.share': 'Share',
  'budget.table.source': 'Source',
  'budget.table.total': 'Stated total',
  'budget.table.itemized': 'Sum of itemized parts',
  'budget.level.programs': 'program',
  'budget.level.types': 'type',
  'budget.source': 'Source',
  'budget.timelineLink': 'See {name} on the timeline',
  'budget.programPage': 'About {name}',
  'budget.table.does': 'What it does',
  'budget.table.showAll': 'Show all {count} rows',
  'budget.tooltip.opensLevel': 'Click to see its types; the table links to its page.',
  'budget.tooltip.opensPage': 'Click to open its page.',
  'budget.key.label': 'Tiles too small for their names',
} as const;
