/**
 * The budgets-by-year and regions views' own messages, in both languages, loaded with those views so
 * that the first view's catalogue does not grow. Same "{placeholder}" rules as the main catalogue.
 */
import type { Locale } from '../../data/types';
import { fillTemplate, type MessageParams } from '../template';
import { history as en } from './en';
import { history as ja } from './ja';

export type HistoryKey = keyof typeof en;
export type HistoryT = (key: HistoryKey, params?: MessageParams) => string;

export function historyT(locale: Locale): HistoryT {
  const catalogue = locale === 'ja' ? ja : en;
  return (key, params) => fillTemplate(catalogue[key], params);
}
