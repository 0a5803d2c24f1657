import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/theme/contrast';

describe('contrastRatio', () => {
  it('gives WCAG 2 ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches a known pair: #767676 on white is just above 4.5', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
