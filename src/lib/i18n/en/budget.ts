/** Interface strings of the budget view. */
export const budget = {
  'budget.title': 'FY2010 budgets under the Project for Developing Innovation Systems',
  'budget.root': 'Sum of the listed programs',
  'budget.root.note':
    'The source gives no total for the whole project; this is the sum of the programs it lists.',
  'budget.unitemized': 'Not itemized in the source',
  'budget.unitemized.note':
    'The stated total ({total}) exceeds the sum of its itemized parts ({parts}) by {gap}. The source does not say what the difference is for.',
  'budget.breadcrumb': 'Budget level',
  'budget.chart.label':
    'Treemap of {name}: {count} tiles. Use arrow keys to move between tiles, Enter to open one.',
  'budget.tile.name': '{name}, {amount}, {share} of {parent}',
  'budget.key.label': 'Tiles too small for their names',
  'budget.key.showAll': 'Show all {count} numbered tiles',
} as const;
