/** Interface strings of the timeline view. */
export const timeline = {
  'timeline.title': 'How the programs came together, March 2001 to FY2011',
  'timeline.intro':
    'Each band is a program. It begins in the year a source gives for its start or, where none does, in the year a source first lists or budgets it. It ends where its sources end. Step through the milestones, or press Play.',
  'timeline.chart.label':
    'Timeline of {count} programs from {from} to {to}, revealed up to step {step}: {title}. The same story is told in the list of steps below.',
  'timeline.controls': 'Timeline controls',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.previous': 'Previous step',
  'timeline.next': 'Next step',
  'timeline.slider': 'Step',
  'timeline.slider.value': '{when}: {title}',
  'timeline.keys': 'Keys: ← and → step, Space plays or pauses, Home and End jump to the ends.',
  'timeline.step.position': 'Step {number} of {count}',
  'timeline.step.announce': 'Step {number} of {count}, {when}: {title}. {caption}',
  'timeline.step.adjusted': 'There is no step {asked}; showing step {number}, the nearest one.',
  'timeline.step.invalid': '“{asked}” is not a step of the timeline.',
  'timeline.step.first': 'Go to step 1',
  'timeline.steps.title': 'All steps',
  'timeline.source': 'Source',
  'timeline.lane.name': '{name}: {years}',
  'timeline.lane.opens': 'Opens its page',
  'timeline.years.from': 'from {start}',
  'timeline.years.only': '{years} only; no source covers later years',
  'timeline.years.unified': 'from {start}; unified under {into} in {end}',
  'timeline.years.listed': 'listed from {year} (the source gives no start year)',
  'timeline.years.budget':
    'in the {year} budget only (no source gives a start year or covers later years)',
  'timeline.years.reported': '{years}; {source} reports a start in {year} ({confidence})',
  'timeline.legend.listed':
    'A dashed outline marks a program the source lists from that year without giving its start year.',
  'timeline.legend.unsourced':
    'A dotted box after a band marks years no source covers for that program.',
  'timeline.marker.name': 'Step {number}, {when}: {title}',
  'timeline.legend.dated': 'Numbered circle: a step with an exact date',
  'timeline.legend.year': 'Numbered square: a step known by its fiscal year only',
} as const;
