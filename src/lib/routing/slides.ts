/**
 * The presentation's one sequence of slides: first the whole picture (the complete timeline, every lane),
 * then every timeline step (one per milestone), then the FY2010 budget levels (the whole, then each
 * program), then the budgets by fiscal year and the regions. Slide n (1-based) is the URL
 * #/present/<n>. Pure, so the mapping between slides, views and URLs is unit-testable.
 */
import { buildBudgetTree } from '../data/budgetTree';
import { timelineSteps } from '../data/steps';
import type { Dataset } from '../data/types';
import {
  budgetHref,
  regionsHref,
  resolvePosition,
  resolveStep,
  timelineHref,
  yearsHref,
  type Route,
} from './route';
import { BUDGET_YEAR } from '../data/fiscalYear';

export type Slide =
  | { readonly kind: 'overview'; readonly number: number; readonly step: number }
  | {
      readonly kind: 'timeline';
      readonly number: number;
      readonly step: number;
      readonly milestoneId: string;
    }
  | { readonly kind: 'budget'; readonly number: number; readonly programId: string | null }
  | { readonly kind: 'years'; readonly number: number }
  | { readonly kind: 'regions'; readonly number: number };

export function buildSlides(dataset: Dataset): Slide[] {
  const steps = timelineSteps(dataset);
  const slides: Slide[] = [{ kind: 'overview', number: 1, step: steps.length }];
  for (const step of steps) {
    slides.push({
      kind: 'timeline',
      number: slides.length + 1,
      step: step.number,
      milestoneId: step.milestone.id,
    });
  }
  const budgetLevels = [null, ...buildBudgetTree(dataset, BUDGET_YEAR).children.map((p) => p.id)];
  for (const programId of budgetLevels) {
    slides.push({ kind: 'budget', number: slides.length + 1, programId });
  }
  slides.push({ kind: 'years', number: slides.length + 1 });
  slides.push({ kind: 'regions', number: slides.length + 1 });
  return slides;
}

/**
 * The slide a URL segment asks for: a number in range is that slide; a number out of range goes to the
 * nearest slide, and a number written otherwise ("03", "+3") is that slide, both flagged so the address
 * can be corrected; anything else is null.
 */
export function resolveSlide(
  segment: string | null,
  count: number,
): { readonly number: number; readonly adjusted: boolean } | null {
  if (segment === null) return count === 0 ? null : { number: 1, adjusted: true };
  const position = resolvePosition(segment, count);
  return position && { number: position.number, adjusted: segment !== String(position.number) };
}

/** The slide that shows what a view route shows (P in a view starts there); 1 when nothing matches. */
export function slideForRoute(slides: readonly Slide[], route: Route): number {
  const stepCount = slides.filter((slide) => slide.kind === 'timeline').length;
  const step = route.view === 'timeline' ? resolveStep(route.step, stepCount)?.number : undefined;
  const match = slides.find((slide) => {
    if (route.view === 'budget')
      return slide.kind === 'budget' && slide.programId === route.programId;
    if (route.view === 'timeline') {
      return route.step === null
        ? slide.kind === 'overview'
        : slide.kind === 'timeline' && slide.step === step;
    }
    return (route.view === 'years' || route.view === 'regions') && slide.kind === route.view;
  });
  return match?.number ?? 1;
}

/** The view a slide shows, as its ordinary (non-presentation) URL: where Escape leaves to. */
export function viewHrefOf(slide: Slide): string {
  if (slide.kind === 'overview') return timelineHref(null);
  if (slide.kind === 'years') return yearsHref();
  if (slide.kind === 'regions') return regionsHref();
  return slide.kind === 'timeline' ? timelineHref(slide.step) : budgetHref(slide.programId);
}
