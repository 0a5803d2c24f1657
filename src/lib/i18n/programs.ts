/**
 * The program pages' own strings, in both languages, loaded with those pages only (not with the first
 * view): same "{placeholder}" rules as translate().
 */
import type { Locale } from '../data/types';
import type { MessageParams } from '.';
import { programs as en } from './en/programs';
import { programs as ja } from './ja/programs';

export type ProgramKey = keyof typeof en;

export function programText(locale: Locale, key: ProgramKey, params?: MessageParams): string {
  const template = (locale === 'ja' ? ja : en)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
