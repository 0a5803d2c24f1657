/** Interface strings shared by every view. English is the reference catalogue: its keys define the type. */
export const common = {
  'app.title': 'Cluster Policy Explorer',
  'app.tagline':
    "Japan's MEXT regional-innovation policy, March 2001 to FY2011, every figure sourced",
  'nav.label': 'Views',
  'nav.budget': 'FY2010 budget',
  'nav.timeline': 'Timeline',
  'nav.years': 'Budgets by year',
  'nav.regions': 'Regions',
  'nav.programs': 'Programs',
  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ja': '日本語',
  'notFound.title': 'Not found',
  'notFound.body': 'There is no view at “{path}”.',
  'notFound.back': 'Go to the FY2010 budget',
  'error.dataset.title': 'The dataset could not be loaded',
  'error.dataset.body': 'The app checks its dataset before showing anything. This check failed:',
  'error.load.title': 'This view could not be loaded',
  'error.load.body':
    'A part of the app did not arrive: the network may be down, or the copy may be incomplete.',
  'error.load.part.title': 'The table and sources under the chart could not be loaded',
  'error.load.retry': 'Try again',
  'name.untranslated': 'untranslated',
  'name.reported': 'reported by {source}',
  'skip.toContent': 'Skip to content',
  'footer.about':
    'Figures and milestones come from two MEXT documents and the sourced facts listed under Sources.',
} as const;
