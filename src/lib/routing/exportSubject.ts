/**
 * What a view route shows, as an export subject (file names and data): the view toolbar's downloads.
 * Apart from the slides (slides.ts), which only presentation mode and P need, so the first view does not
 * carry them.
 */
import { BUDGET_YEAR } from '../data/fiscalYear';
import { timelineSteps } from '../data/steps';
import type { Dataset } from '../data/types';
import type { ExportSubject } from '../export/fileName';
import { resolveStep, type Route } from './route';

/** What a view route shows, as an export subject (file names and data); null where nothing is exported. */
export function exportSubjectOf(route: Route, dataset: Dataset): ExportSubject | null {
  if (route.view === 'budget') {
    return { kind: 'budget', fiscalYear: BUDGET_YEAR, programId: route.programId };
  }
  if (route.view === 'timeline') {
    const steps = timelineSteps(dataset);
    const resolved = resolveStep(route.step, steps.length);
    const step = resolved ? steps[resolved.number - 1] : undefined;
    return step ? { kind: 'timeline', step: step.number, milestoneId: step.milestone.id } : null;
  }
  if (route.view === 'years' || route.view === 'regions') return { kind: route.view };
  return null;
}
