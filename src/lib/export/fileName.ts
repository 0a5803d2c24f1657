/**
 * File names that say what is in them, the same stem for PNG, SVG, CSV and JSON:
 *   fy2010-budget, fy2010-budget-<program-id>, timeline-step-<n>-<milestone-id>, budgets-by-year,
 *   regions.
 */
export type ExportSubject =
  | { readonly kind: 'budget'; readonly fiscalYear: number; readonly programId: string | null }
  | { readonly kind: 'timeline'; readonly step: number; readonly milestoneId: string }
  | { readonly kind: 'years' }
  | { readonly kind: 'regions' };

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

/** Ids are lower-case slugs already (the schema checks); this keeps a file name safe regardless. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function exportFileStem(subject: ExportSubject): string {
  if (subject.kind === 'years') return 'budgets-by-year';
  if (subject.kind === 'regions') return 'regions';
  if (subject.kind === 'timeline')
    return `timeline-step-${subject.step}-${slug(subject.milestoneId)}`;
  const base = `fy${subject.fiscalYear}-budget`;
  return subject.programId === null ? base : `${base}-${slug(subject.programId)}`;
}

export function exportFileName(subject: ExportSubject, format: ExportFormat): string {
  return `${exportFileStem(subject)}.${format}`;
}
