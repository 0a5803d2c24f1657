import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/theme/contrast';
import { FAMILIES, TEXT, UNITEMIZED } from '../../../src/lib/theme/palette';

describe('palette', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  const pairs: (readonly [string, string, string])[] = FAMILIES.flatMap((fam, f) => [
    ...fam.light.map((fill) => [`family ${f} light ${fill}`, TEXT.light, fill] as const),
    ...fam.dark.map((fill) => [`family ${f} dark ${fill}`, TEXT.dark, fill] as const),
  ]);
  pairs.push(
    ['unitemized light', TEXT.light, UNITEMIZED.light],
    ['unitemized dark', TEXT.dark, UNITEMIZED.dark],
  );

  it.each(pairs)('%s keeps tile text at 4.5:1 or more', (_name, text, fill) => {
    expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(4.5);
  });
});
