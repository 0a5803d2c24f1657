/**
 * The typed message catalogue. English defines the keys; Japanese must have every one (type-checked,
 * and tested). t() fills "{placeholders}" and never shows a raw key for a known key.
 * Each language's catalogue (src/lib/i18n/en/, src/lib/i18n/ja/) is loaded on demand by loadCatalogue():
 * main.ts loads the reader's language before the app mounts, a switch loads the other before it takes
 * effect, and the bilingual exports load both. A reader downloads only the language they read.
 * The timeline's strings, and those of the embed dialog, presentation mode and the exports, in both
 * languages, come with the modules that use them (timelineMessages.ts and shareMessages.ts call
 * addMessages), so that no first view carries them.
 */
import type { Locale } from '../data/types';
import type { en } from './en';
import type { timeline } from './en/timeline';
import type { shareTools } from './en/shareTools';
import { fillTemplate, type MessageParams } from './template';

/** The keys of a language's catalogue (every key but the timeline's and the sharing tools'). */
export type CatalogueKey = keyof typeof en;
export type Catalogue = { readonly [K in CatalogueKey]: string };
export type MessageKey = CatalogueKey | keyof typeof timeline | keyof typeof shareTools;
export type Messages = { readonly [K in MessageKey]: string };

const loaded: { [L in Locale]?: Catalogue } = {};
const added: { [L in Locale]: Partial<Messages> } = { en: {}, ja: {} };

/** Adds the strings of a part loaded on demand, in both languages (see timelineMessages.ts). */
export function addMessages(messages: { readonly [L in Locale]: Partial<Messages> }): void {
  Object.assign(added.en, messages.en);
  Object.assign(added.ja, messages.ja);
}

const importers: { readonly [L in Locale]: () => Promise<Catalogue> } = {
  en: async () => (await import('./en')).en,
  ja: async () => (await import('./ja')).ja,
};

/** Makes the catalogue of `locale` available to translate(). */
export async function loadCatalogue(locale: Locale): Promise<void> {
  loaded[locale] ??= await importers[locale]();
}

export function isCatalogueLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // Until its catalogue has arrived, a language falls back to one that has (a raw key only if none has).
  const from: Locale = loaded[locale] ? locale : loaded.en ? 'en' : 'ja';
  const template =
    (loaded[from] as Partial<Messages> | undefined)?.[key] ??
    added[from][key] ??
    added.en[key] ??
    key;
  return fillTemplate(template, params);
}

export const LOCALES: readonly Locale[] = ['en', 'ja'];
