/**
 * Numbers and money, per locale, and the punctuation that joins them to words. Intl does the work; this
 * module only picks the conventions: English "7,942 million yen"; Japanese "7,942百万円" (the unit of
 * MEXT budget documents). Fiscal years and dates are in dates.ts (not needed by the first view).
 */
import type { Locale } from '../data/types';

export const tags: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' };

const integer = new Map<Locale, Intl.NumberFormat>();
function integerFormat(locale: Locale): Intl.NumberFormat {
  let format = integer.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 0 });
    integer.set(locale, format);
  }
  return format;
}

export function formatInteger(value: number, locale: Locale): string {
  return integerFormat(locale).format(value);
}

/** "7,942 million yen" / "7,942百万円" — exactly the source's figure, never rounded or rescaled. */
export function formatMillionYen(amount: number, locale: Locale): string {
  const n = formatInteger(amount, locale);
  return locale === 'ja' ? `${n}百万円` : `${n} million yen`;
}

const percent = new Map<Locale, Intl.NumberFormat>();

/** A share 0..1 as a percentage to one decimal: "65.8%". */
export function formatPercent(share: number, locale: Locale): string {
  // One formatter per language: every tile's name has a share (10,000 in the scale benchmark).
  let format = percent.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    percent.set(locale, format);
  }
  return format.format(share);
}

/** Punctuation that joins a label to its value, items of a list, and wraps an aside, per language. */
export function punctuation(locale: Locale): {
  colon: string;
  comma: string;
  open: string;
  close: string;
} {
  return locale === 'ja'
    ? { colon: '：', comma: '、', open: '（', close: '）' }
    : { colon: ': ', comma: ', ', open: ' (', close: ')' };
}
