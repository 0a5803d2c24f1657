/**
 * Hash routes, parsed by a pure function so that every URL the app accepts is unit-testable.
 *   #/budget                 the FY2010 treemap, all programs
 *   #/budget/<program-id>    one program's types
 *   #/timeline               the timeline, whole (its last step)
 *   #/timeline/<step>        one step (1-based)
 *   #/present                presentation mode, first slide
 *   #/present/<n>            presentation mode, slide n (1-based; see slides.ts)
 *   #/years                  budgets by fiscal year, every program
 *   #/regions                the cluster programs' regions
 *   #/programs               every program and type, grouped as the sources place them
 *   #/program/<program-id>   one program's or type's page
 * An empty hash is the default view. Anything else is "not found", never an exception.
 */
export type Route =
  | { readonly view: 'budget'; readonly programId: string | null }
  | { readonly view: 'timeline'; readonly step: string | null }
  | { readonly view: 'present'; readonly slide: string | null }
  | { readonly view: 'years' }
  | { readonly view: 'regions' }
  | { readonly view: 'programs' }
  | { readonly view: 'program'; readonly programId: string }
  | { readonly view: 'not-found'; readonly path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const parts = path.split('/').filter((part) => part.length > 0);
  let segments: string[];
  try {
    segments = parts.map((part) => decodeURIComponent(part));
  } catch {
    return { view: 'not-found', path };
  }
  const [view, arg, ...rest] = segments;
  if (rest.length > 0) return { view: 'not-found', path };
  if (view === undefined) return { view: 'budget', programId: null };
  if (view === 'budget') return { view: 'budget', programId: arg ?? null };
  if (view === 'timeline') return { view: 'timeline', step: arg ?? null };
  if (view === 'present') return { view: 'present', slide: arg ?? null };
  if ((view === 'years' || view === 'regions') && arg === undefined) return { view };
  if (view === 'programs' && arg === undefined) return { view: 'programs' };
  if (view === 'program' && arg !== undefined) return { view: 'program', programId: arg };
  return { view: 'not-found', path };
}

/**
 * The 1-based position a step or slide segment asks for (#/timeline/<n>, #/present/<n>): `asked` is the
 * integer written (optionally signed: "+3", "-1", "03"), `number` the nearest of 1…count. Null when the
 * segment is no integer ("two", "1.5") or there is nothing to number.
 */
export function resolvePosition(
  segment: string,
  count: number,
): { readonly asked: number; readonly number: number } | null {
  if (count === 0 || !/^[+-]?\d+$/.test(segment)) return null;
  const asked = Number(segment);
  return { asked, number: Math.min(count, Math.max(1, asked)) };
}

/**
 * The step a URL segment asks for: no segment is the last step (the whole picture, every lane drawn);
 * a number in range is that step ("+3" and "03" are step 3); an out-of-range number is clamped to the
 * nearest step (and flagged); anything else is invalid.
 */
export function resolveStep(
  segment: string | null,
  count: number,
): { readonly number: number; readonly adjusted: boolean } | null {
  if (segment === null) return count === 0 ? null : { number: count, adjusted: false };
  const position = resolvePosition(segment, count);
  return position && { number: position.number, adjusted: position.number !== position.asked };
}

export function budgetHref(programId: string | null = null): string {
  return programId === null ? '#/budget' : `#/budget/${encodeURIComponent(programId)}`;
}

export function timelineHref(step: number | null = null): string {
  return step === null ? '#/timeline' : `#/timeline/${step}`;
}

export function presentHref(slide: number | null = null): string {
  return slide === null ? '#/present' : `#/present/${slide}`;
}

export function yearsHref(): string {
  return '#/years';
}

export function regionsHref(): string {
  return '#/regions';
}

export function programsHref(): string {
  return '#/programs';
}

export function programHref(programId: string): string {
  return `#/program/${encodeURIComponent(programId)}`;
}
