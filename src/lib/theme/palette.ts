/**
 * Colours. Each program family takes one hue from the Okabe–Ito colour-blind-safe palette; the tiles
 * inside a program vary in lightness only. Light-theme fills are tints under dark text, dark-theme fills
 * are shades under light text; tests/unit/palette.test.ts checks every pair for ≥ 4.5:1 contrast.
 */
export const TEXT = { light: '#1a1a1a', dark: '#f4f4f4' } as const;

export interface Family {
  /** Okabe–Ito base hue, for lines and markers. */
  readonly base: string;
  readonly light: readonly string[];
  readonly dark: readonly string[];
}

export const FAMILIES: readonly Family[] = [
  // blue
  {
    base: '#0072B2',
    light: ['#9ccbec', '#c4e1f5', '#7ab8e3', '#dcedf9'],
    dark: ['#0b4d78', '#083a5b', '#105f93', '#062c45'],
  },
  // orange
  {
    base: '#E69F00',
    light: ['#f4c55e', '#f9dc9c', '#efb531', '#fcebc6'],
    dark: ['#7a5200', '#5c3e00', '#8f6000', '#4a3200'],
  },
  // bluish green
  {
    base: '#009E73',
    light: ['#86d6bd', '#b5e7d7', '#5ec7a6', '#d3f1e7'],
    dark: ['#00634a', '#004b38', '#007456', '#003d2e'],
  },
  // vermillion
  {
    base: '#D55E00',
    light: ['#f2ad7c', '#f7cca9', '#ee9352', '#fbe2cf'],
    dark: ['#8a3c00', '#6b2f00', '#9e4500', '#552500'],
  },
  // reddish purple
  {
    base: '#CC79A7',
    light: ['#e6b5d0', '#f0d2e2', '#dc9bbf', '#f7e6ef'],
    dark: ['#7d3d61', '#612f4b', '#8f4670', '#4f263d'],
  },
  // sky blue
  {
    base: '#56B4E9',
    light: ['#a9d8f4', '#cbe8f9', '#8ccbf0', '#e2f2fc'],
    dark: ['#1c5f85', '#154a68', '#216d99', '#103b53'],
  },
  // yellow
  {
    base: '#F0E442',
    light: ['#f5ed8a', '#f9f3b6', '#f2e862', '#fcf9db'],
    dark: ['#6b6410', '#524c0c', '#66600f', '#433e0a'],
  },
];

/** Neutral fill for the "not itemized in the source" tiles. */
export const UNITEMIZED = { light: '#e4e4e4', dark: '#3a3a3a' } as const;

export function family(index: number): Family {
  return FAMILIES[((index % FAMILIES.length) + FAMILIES.length) % FAMILIES.length] as Family;
}

export function shade(fam: Family, theme: 'light' | 'dark', index: number): string {
  const list = fam[theme];
  return list[index % list.length] as string;
}
