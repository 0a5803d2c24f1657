import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import { words } from '../../fixtures/words';
import { timelineCsvRows, timelineRows } from '../../../src/lib/export/timelineData';

describe('timeline data', () => {
  it('has every step with citations', () => {
    const rows = timelineRows(dataset);
    expect(rows).toHaveLength(dataset.milestones.length);
    expect(rows[0]).toMatchObject({
      step: 1,
      id: 'second-basic-plan',
      date: '2001-03-30',
      titleJa: null,
    });
    const csv = timelineCsvRows(rows, words.en);
    expect(csv[0]).toContain('Citations');
    expect(csv[1]?.slice(8, 10)).toEqual(['primary document; recorded note', 'high']);
    expect(String(csv[1]?.[10])).toMatch(
      /^Cluster Policy of .* \(primary document, primary\): “The Second Science/,
    );
  });
});
