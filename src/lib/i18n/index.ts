/**
 * The typed message catalogue. English defines the keys; Japanese must have every one (type-checked,
 * and tested). t() fills "{placeholders}" and never shows a raw key for a known key.
 * English ships with the first view; Japanese (src/lib/i18n/ja/) is loaded on demand by
 * loadCatalogue(), before the app mounts for a Japanese reader and before a switch takes effect, so it
 * stays out of the first view's critical path for everyone else. The timeline's strings, in both
 * languages, arrive with the modules that use them (timelineMessages.ts calls addMessages), so that the
 * first view carries neither.
 */
import type { Locale } from '../data/types';
import { common as enCommon } from './en/common';
import { budget as enBudget } from './en/budget';
import { share as enShare } from './en/share';
import type { timeline as enTimeline } from './en/timeline';

/** The first view's catalogue: every key but the timeline's. */
export const en = { ...enCommon, ...enBudget, ...enShare };
export type CoreKey = keyof typeof en;
export type CoreMessages = { readonly [K in CoreKey]: string };
export type MessageKey = CoreKey | keyof typeof enTimeline;
export type Messages = { readonly [K in MessageKey]: string };

const loaded: { [L in Locale]?: Partial<Messages> } = { en };
const added: { [L in Locale]: Partial<Messages> } = { en: {}, ja: {} };

/** Adds the messages of a view loaded on demand, in both languages (see timelineMessages.ts). */
export function addMessages(messages: { readonly [L in Locale]: Partial<Messages> }): void {
  Object.assign(added.en, messages.en);
  Object.assign(added.ja, messages.ja);
}

/** Makes the catalogue of `locale` available to translate(). */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'ja' && !loaded.ja) loaded.ja = (await import('./ja')).ja;
}

export function isCatalogueLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

export type MessageParams = Readonly<Record<string, string | number>>;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // Until its catalogue has arrived, a language falls back to English (never to a raw key).
  const from = loaded[locale] ? locale : 'en';
  const template = loaded[from]?.[key] ?? added[from][key] ?? added.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const LOCALES: readonly Locale[] = ['en', 'ja'];
