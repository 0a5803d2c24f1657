import { describe, expect, it } from 'vitest';
import { slideText } from '../../../src/lib/export/slideText';
import { dataset } from '../../fixtures/dataset';
import { words } from '../../fixtures/words';

describe('slideText (titles of exported slides)', () => {
  const budget = { kind: 'budget', fiscalYear: 2010, programId: null } as const;
  const unification = { kind: 'timeline', step: 7, milestoneId: 'unification' } as const;

  it('writes English titles with English punctuation', () => {
    expect(slideText(budget, dataset, words.en)?.title).toBe(
      'FY2010 budget: Sum of the listed programs (14,714 million yen)',
    );
    expect(slideText(unification, dataset, words.en)?.title).toBe(
      'FY2010: Programs unified under the Project for Developing Innovation Systems',
    );
  });

  it('writes Japanese titles with full-width punctuation', () => {
    expect(slideText(budget, dataset, words.ja)?.title).toBe(
      '2010年度予算：掲載プログラムの合計（14,714百万円）',
    );
    expect(slideText(unification, dataset, words.ja)?.title).toBe(
      '2010年度（平成22年度）：イノベーションシステム整備事業への統合',
    );
  });

  it('has nothing for a step that does not exist', () => {
    expect(
      slideText({ kind: 'timeline', step: 99, milestoneId: 'x' }, dataset, words.en),
    ).toBeNull();
  });
});
