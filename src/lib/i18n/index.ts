/**
 * The typed message catalogue. English defines the keys; Japanese must have every one (type-checked,
 * and tested). t() fills "{placeholders}" and never shows a raw key for a known key.
 * English ships with the first view; Japanese (src/lib/i18n/ja/) is loaded on demand by
 * loadCatalogue(), before the app mounts for a Japanese reader and before a switch takes effect, so it
 * stays out of the first view's critical path for everyone else.
 */
import type { Locale } from '../data/types';
import { common as enCommon } from './en/common';
import { budget as enBudget } from './en/budget';
import { share as enShare } from './en/share';
import { timeline as enTimeline } from './en/timeline';

export const en = { ...enCommon, ...enBudget, ...enTimeline, ...enShare };
export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

const loaded: { [L in Locale]?: Messages } = { en };

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
  const template = (loaded[locale] ?? en)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const LOCALES: readonly Locale[] = ['en', 'ja'];
