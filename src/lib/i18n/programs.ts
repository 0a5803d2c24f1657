/**
 * The program pages' own strings, in both languages, loaded with those pages only (not with the first
 * view).
 */
import type { Locale } from '../data/types';
import { fillTemplate, type MessageParams } from './template';
import { programs as en } from './en/programs';
import { programs as ja } from './ja/programs';

export type ProgramKey = keyof typeof en;

export function programText(locale: Locale, key: ProgramKey, params?: MessageParams): string {
  return fillTemplate((locale === 'ja' ? ja : en)[key], params);
}
