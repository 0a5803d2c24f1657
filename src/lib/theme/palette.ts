/**
 * Colours. Each program takes one hue from Paul Tol's "muted" scheme (nine hues, designed to stay
 * distinguishable with every common colour-vision deficiency); the types inside a program take lighter or
 * darker shades of their program's hue. Light-theme fills are tints under dark text, dark-theme fills are
 * shades under light text; tests/unit/theme/palette.test.ts checks every pair for ≥ 4.5:1 contrast.
 * Which program takes which hue is decided in one place: programColours.ts.
 */
export const TEXT = { light: '#1a1a1a', dark: '#f4f4f4' } as const;

export interface Family {
  /** The scheme's hue, for lines and outlines. */
  readonly base: string;
  /** Index 0 for the program itself, 1… for its types. */
  readonly light: readonly string[];
  readonly dark: readonly string[];
}

/**
 * The nine families, one line each: name, base hue, the light-theme fills (program, then its types),
 * the dark-theme fills. Hex digits without "#".
 */
const TABLE = `
rose   CC6677  d07181 db94a0 e7b7bf f3dade  9b4e5a 7e3f4a 623139 452328
indigo 332288  9188bf a59ecb bab4d7 cecae2  332288 2c1d75 251862 1e144f
sand   DDCC77  ddcc77 e6d999 eee6bc f7f3de  6e663b 50492b 312d1a 211f12
green  117733  519c6a 78b28b 9fc8ad c6dece  117632 0e652b 0c5424 0a441d
cyan   88CCEE  88ccee a6d9f2 c4e6f7 e2f3fb  476a7c 344e5a 213139 141f24
wine   882255  b87a99 c695ad d4afc2 e2cad6  882255 751d49 62183d 4f1431
teal   44AA99  44aa99 73c0b3 a3d5cd d2ebe7  2d7065 235850 1a413a 102925
olive  999933  999933 b3b367 cdcd9a e7e7ce  686823 53531c 3d3d14 28280d
purple AA4499  bf73b3 ce93c4 dcb2d5 ebd2e7  a04090 88367a 702d65 582350
`;

const hex = (digits: string) => `#${digits}`;

export const FAMILIES: readonly Family[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [, base = '', ...fills] = line.split(/\s+/);
    return { base: hex(base), light: fills.slice(0, 4).map(hex), dark: fills.slice(4).map(hex) };
  });

/** Neutral fill for the "not itemized in the source" tiles (unitemized.ts). */
export { UNITEMIZED } from './unitemized.ts';
