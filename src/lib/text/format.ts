/**
 * Numbers, money, fiscal years and dates, per locale. Intl does the work; this module only picks
 * the conventions: English "7,942 million yen"; Japanese "7,942百万円" (the unit of MEXT budget
 * documents), fiscal years "FY2010" / "2010年度（平成22年度）", dates "30 March 2001" / "2001年3月30日".
 */
import type { Locale } from '../data/types';

const tags: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' };

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

/** "FY2010" / "2010年度（平成22年度）". */
export function formatFiscalYear(fiscalYear: number, locale: Locale): string {
  if (locale === 'en') return `FY${fiscalYear}`;
  // The era year of a fiscal year is that of its first day, 1 April.
  const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(fiscalYear, 3, 1)));
  return `${fiscalYear}年度（${era}度）`;
}

/** Short form for axes: "FY2010" / "2010年度". */
export function formatFiscalYearShort(fiscalYear: number, locale: Locale): string {
  return locale === 'en' ? `FY${fiscalYear}` : `${fiscalYear}年度`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "30 March 2001" / "2001年3月30日"; a month-only date gives "June 2001" / "2001年6月". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  // One formatter per language and form: making one costs more than formatting (timeline play).
  const key = `${locale}${day === undefined ? '' : 'd'}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tags[locale], {
      year: 'numeric',
      month: 'long',
      ...(day === undefined ? {} : { day: 'numeric' }),
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
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
