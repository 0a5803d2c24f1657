/**
 * Neutral fill for the "not itemized in the source" tiles, part of the palette (palette.ts), in a module
 * of its own so that the first view's treemap, whose programs' colours are computed at build time
 * (Dataset `colours`), carries none of the rest of it.
 */
export const UNITEMIZED = { light: '#e4e4e4', dark: '#3a3a3a' } as const;
