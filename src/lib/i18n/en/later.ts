/**
 * Interface strings that only the parts loaded after the first view show: the budget's table, tooltip
 * and links, and the lists of sources (of every view). Not in the catalogue the first view loads: they
 * come, in both languages, with the modules that show them (../laterMessages.ts).
 */
export const later = {
  'name.untranslated.long': 'No verified Japanese name; shown in English',
  'sources.title': 'Sources',
  'sources.showAll': 'Show all {count} sources',
  'sources.jaName': 'Japanese name of {name}',
  'sources.recordedFrom': 'Recorded from {page}',
  'sources.under': 'in the source under “{heading}”',
  'sources.kind.seed': 'primary document',
  'sources.kind.web': 'recorded note of a web page',
  'quote.untranslated.long': 'Quoted in the source’s own words; not translated',
  'sources.confidence.primary': 'primary source',
  'sources.confidence.high': 'high confidence',
  'sources.confidence.med': 'medium confidence',
  'budget.unitemized.short': 'Stated total minus itemized parts',
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
} as const;
