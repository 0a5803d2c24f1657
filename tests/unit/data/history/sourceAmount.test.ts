import { describe, expect, it } from 'vitest';
import { sourceAmountInMillionYen } from '../../../../src/lib/data/history/sourceAmount';

describe('sourceAmountInMillionYen', () => {
  it.each([
    ['100億円', 10000],
    ['16億円', 1600],
    ['120億6500万円', 12065],
    ['26億4900万円', 2649],
    ['4,600百万円', 4600],
    ['8,400百万円', 8400],
    ['6.9 billion yen', 6900],
    ['9 billion yen', 9000],
    ['2,819 million yen', 2819],
    ['593 million yen', 593],
  ])('%s is %i million yen', (text, expected) => {
    expect(sourceAmountInMillionYen(text)).toBe(expected);
  });

  it.each(['', '100', '100億', '12億50万円', '4,60百万円', '1.2 trillion yen', '六億円'])(
    'rejects %j',
    (text) => {
      expect(sourceAmountInMillionYen(text)).toBeNull();
    },
  );
});
