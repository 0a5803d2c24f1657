/**
 * The typed message catalogue. English defines the keys; Japanese must have every one (type-checked,
 * and tested). t() fills "{placeholders}" and never shows a raw key for a known key.
 */
import type { Locale } from '../data/types';
import { common as enCommon } from './en/common';
import { budget as enBudget } from './en/budget';
import { share as enShare } from './en/share';
import { timeline as enTimeline } from './en/timeline';
import { common as jaCommon } from './ja/common';
import { budget as jaBudget } from './ja/budget';
import { share as jaShare } from './ja/share';
import { timeline as jaTimeline } from './ja/timeline';

export const en = { ...enCommon, ...enBudget, ...enTimeline, ...enShare };
export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

export const ja: Messages = { ...jaCommon, ...jaBudget, ...jaTimeline, ...jaShare };

export const catalogues: Record<Locale, Messages> = { en, ja };

export type MessageParams = Readonly<Record<string, string | number>>;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const LOCALES: readonly Locale[] = ['en', 'ja'];
