import { describe, expect, it } from 'vitest';
import { buildBudgetTree, findBudgetNode } from '../../../src/lib/data/budgetTree';
import { nodeName, unitemizedNote } from '../../../src/lib/text/budgetLabels';
import { dataset } from '../../fixtures/dataset';
import { words } from '../../fixtures/words';

describe('budget labels', () => {
  const root = buildBudgetTree(dataset, 2010);
  const ssm = findBudgetNode(root, 'self-sustaining-management-program')!;

  it('names the root and the unitemized remainder from the catalogue', () => {
    expect(nodeName(root, words.en, dataset)).toBe('Sum of the listed programs');
    expect(nodeName(ssm.children.at(-1)!, words.ja, dataset)).toBe('出典で内訳なし');
  });

  it('notes a level whose parts fall short of its stated total, in one text', () => {
    expect(unitemizedNote(ssm, words.en)).toBe(
      'The stated total (2,649 million yen) exceeds the sum of its itemized parts (2,634 million yen) by 15 million yen. The source does not say what the difference is for.',
    );
    expect(unitemizedNote(ssm, words.ja)).toContain('（2,649百万円）');
    expect(unitemizedNote(root, words.en)).toBeNull();
  });
});
