import { describe, expect, it } from 'vitest';
import { slideText } from '../../../src/lib/export/slideText';
import { timelineSteps } from '../../../src/lib/data/steps';
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

  it('marks a title with no sourced Japanese form, shown in English, as untranslated', () => {
    const step = timelineSteps(dataset).find(
      (s) => s.milestone.id === 'knowledge-cluster-feasibility-studies',
    )!;
    const subject = {
      kind: 'timeline',
      step: step.number,
      milestoneId: step.milestone.id,
    } as const;
    expect(slideText(subject, dataset, words.ja)?.title).toBe(
      '2001年6月：Knowledge Cluster feasibility studies in 30 regions（未翻訳）',
    );
    expect(slideText(subject, dataset, words.en)?.title).toBe(
      'June 2001: Knowledge Cluster feasibility studies in 30 regions',
    );
  });

  it('has nothing for a step that does not exist', () => {
    expect(
      slideText({ kind: 'timeline', step: 99, milestoneId: 'x' }, dataset, words.en),
    ).toBeNull();
  });
});
