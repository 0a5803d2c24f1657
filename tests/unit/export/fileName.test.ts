import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import { exportSubjectOf } from '../../../src/lib/routing/exportSubject';
import { exportFileName } from '../../../src/lib/export/fileName';

describe('export file names', () => {
  it('say what is in them', () => {
    const subject = exportSubjectOf(
      { view: 'budget', programId: 'regional-innovation-cluster-program' },
      dataset,
    );
    expect(subject && exportFileName(subject, 'png')).toBe(
      'fy2010-budget-regional-innovation-cluster-program.png',
    );
    expect(exportFileName({ kind: 'budget', fiscalYear: 2010, programId: null }, 'csv')).toBe(
      'fy2010-budget.csv',
    );
    const step = exportSubjectOf({ view: 'timeline', step: '7' }, dataset);
    expect(step && exportFileName(step, 'svg')).toBe('timeline-step-7-unification.svg');
    expect(exportSubjectOf({ view: 'timeline', step: 'x' }, dataset)).toBeNull();
    const years = exportSubjectOf({ view: 'years' }, dataset);
    expect(years && exportFileName(years, 'json')).toBe('budgets-by-year.json');
    const regions = exportSubjectOf({ view: 'regions' }, dataset);
    expect(regions && exportFileName(regions, 'png')).toBe('regions.png');
    expect(exportSubjectOf({ view: 'not-found', path: '/x' }, dataset)).toBeNull();
  });
});
