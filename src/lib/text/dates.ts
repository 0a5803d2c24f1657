/**
 * Fiscal years and dates, per locale: fiscal years "FY2010" / "2010年度（平成22年度）", dates
 * "30 March 2001" / "2001年3月30日". Intl does the work; this module only picks the conventions.
 */
import type { Locale } from '../data/types';
import { tags } from './format';

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
