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

export const FAMILIES: readonly Family[] = [
  // rose
  {
    base: '#CC6677',
    light: ['#d07181', '#db94a0', '#e7b7bf', '#f3dade'],
    dark: ['#9b4e5a', '#7e3f4a', '#623139', '#452328'],
  },
  // indigo
  {
    base: '#332288',
    light: ['#9188bf', '#a59ecb', '#bab4d7', '#cecae2'],
    dark: ['#332288', '#2c1d75', '#251862', '#1e144f'],
  },
  // sand
  {
    base: '#DDCC77',
    light: ['#ddcc77', '#e6d999', '#eee6bc', '#f7f3de'],
    dark: ['#6e663b', '#50492b', '#312d1a', '#211f12'],
  },
  // green
  {
    base: '#117733',
    light: ['#519c6a', '#78b28b', '#9fc8ad', '#c6dece'],
    dark: ['#117632', '#0e652b', '#0c5424', '#0a441d'],
  },
  // cyan
  {
    base: '#88CCEE',
    light: ['#88ccee', '#a6d9f2', '#c4e6f7', '#e2f3fb'],
    dark: ['#476a7c', '#344e5a', '#213139', '#141f24'],
  },
  // wine
  {
    base: '#882255',
    light: ['#b87a99', '#c695ad', '#d4afc2', '#e2cad6'],
    dark: ['#882255', '#751d49', '#62183d', '#4f1431'],
  },
  // teal
  {
    base: '#44AA99',
    light: ['#44aa99', '#73c0b3', '#a3d5cd', '#d2ebe7'],
    dark: ['#2d7065', '#235850', '#1a413a', '#102925'],
  },
  // olive
  {
    base: '#999933',
    light: ['#999933', '#b3b367', '#cdcd9a', '#e7e7ce'],
    dark: ['#686823', '#53531c', '#3d3d14', '#28280d'],
  },
  // purple
  {
    base: '#AA4499',
    light: ['#bf73b3', '#ce93c4', '#dcb2d5', '#ebd2e7'],
    dark: ['#a04090', '#88367a', '#702d65', '#582350'],
  },
];

/** Neutral fill for the "not itemized in the source" tiles. */
export const UNITEMIZED = { light: '#e4e4e4', dark: '#3a3a3a' } as const;
