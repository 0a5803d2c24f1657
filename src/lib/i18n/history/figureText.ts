/**
 * How a budget figure is worded wherever it appears (tooltip, table, accessible name, exports): its
 * amount as the source writes it and in million yen, its kind, and the marks that qualify it (part of
 * the program, several years in all, reported, corroborated). Notes are ours, never quotation marks.
 */
import type { Locale } from '../../data/types';
import type { LaneBudget, YearFigure } from '../../data/history/yearFigures';
import { formatInteger, formatMillionYen } from '../../text/format';
import { formatFiscalYearShort } from '../../text/dates';
import type { HistoryT } from '.';

/** "FY2005", or "FY2008–FY2010" for a figure over several years (a lane's budget as well). */
export function figureYears(
  figure: Pick<YearFigure, 'fiscalYear' | 'throughFiscalYear'>,
  locale: Locale,
): string {
  const from = formatFiscalYearShort(figure.fiscalYear, locale);
  if (figure.throughFiscalYear === null) return from;
  return `${from}–${formatFiscalYearShort(figure.throughFiscalYear, locale)}`;
}

/**
 * A program's budget in a list of its budgets (lane tooltip, program page), without its publisher:
 * "FY2008: 2,000 (request) (Phase I only)".
 */
export function budgetLine(budget: LaneBudget, locale: Locale, t: HistoryT): string {
  const kind = budget.kind === 'budget' ? '' : ` (${t(`years.kind.${budget.kind}`)})`;
  const covers = budget.covers ? ` (${budget.covers[locale]})` : '';
  return `${figureYears(budget, locale)}: ${formatInteger(budget.amountMillionYen, locale)}${kind}${covers}`;
}

/** "100億円 (10,000 million yen)"; a figure already in million yen is not repeated. */
function figureAmount(figure: YearFigure, locale: Locale): string {
  const million = formatMillionYen(figure.amountMillionYen, locale);
  const same =
    figure.sourceAmount === formatMillionYen(figure.amountMillionYen, 'en') ||
    figure.sourceAmount === formatMillionYen(figure.amountMillionYen, 'ja');
  return same ? figure.sourceAmount : `${figure.sourceAmount} (${million})`;
}

/** "government budget (政府予算額)": our word for the kind, with the source's term where it differs. */
function figureKind(figure: YearFigure, t: HistoryT): string {
  const kind = t(`years.kind.${figure.kind}`);
  return figure.sourceTerm === kind ? kind : `${kind} (${figure.sourceTerm})`;
}

function figureNote(figure: YearFigure, locale: Locale, t: HistoryT): string {
  if (figure.note === null) return t('years.seedNote', { title: figure.source.title });
  return t('years.recordedFrom', { page: figure.source.title, note: figure.note[locale] });
}

/** The qualifying marks, as words: part of the program, several years, reported, agreement. */
function figureMarks(
  figure: YearFigure,
  all: readonly YearFigure[],
  locale: Locale,
  t: HistoryT,
): string[] {
  const marks: string[] = [];
  if (figure.covers) marks.push(t('years.covers', { what: figure.covers[locale] }));
  if (figure.throughFiscalYear !== null) {
    marks.push(
      t('years.multiYear', {
        from: formatFiscalYearShort(figure.fiscalYear, locale),
        to: formatFiscalYearShort(figure.throughFiscalYear, locale),
      }),
    );
  }
  if (figure.confidence === 'med')
    marks.push(t('years.reported', { publisher: figure.source.publisher }));
  if (figure.agreesWith !== null) {
    const other = all.find((f) => f.id === figure.agreesWith);
    if (other)
      marks.push(
        t('years.agrees', { other: `${figureAmount(other, locale)}, ${other.source.title}` }),
      );
  }
  const corroborating = all.filter((f) => f.agreesWith === figure.id);
  if (corroborating.length > 0) {
    marks.push(
      t('years.corroborated', {
        sources: corroborating.map((f) => `${f.source.publisher} (${f.sourceAmount})`).join(', '),
      }),
    );
  }
  return marks;
}

/** A figure in words, everything the tooltip, the table under the chart and the bar's name say of it. */
export interface FigureWords {
  /** "FY2005", or "FY2008–FY2010". */
  readonly years: string;
  /** As the source writes it, with the million-yen value where that differs. */
  readonly amount: string;
  readonly kind: string;
  readonly marks: readonly string[];
  readonly note: string;
}

export function figureWords(
  figure: YearFigure,
  all: readonly YearFigure[],
  locale: Locale,
  t: HistoryT,
): FigureWords {
  return {
    years: figureYears(figure, locale),
    amount: figureAmount(figure, locale),
    kind: figureKind(figure, t),
    marks: figureMarks(figure, all, locale, t),
    note: figureNote(figure, locale, t),
  };
}

/** The symbols that qualify a figure on the chart: ◐ part of the program, ◇ reported, ✓ corroborated. */
export function figureSymbols(figure: YearFigure, figures: readonly YearFigure[]): string {
  return [
    figure.covers ? '◐' : '',
    figure.confidence === 'med' ? '◇' : '',
    figures.some((f) => f.agreesWith === figure.id) ? '✓' : '',
  ].join('');
}

/**
 * A bar's label on the chart, top line first: its marks, "request", its amount (the last line). On a
 * slide (`compact`) the marks and "request" share one line, so that the rows stay low.
 */
export function barLabelLines(
  figure: YearFigure,
  figures: readonly YearFigure[],
  locale: Locale,
  t: HistoryT,
  compact = false,
): string[] {
  const marks = figureSymbols(figure, figures);
  const request = figure.kind === 'request' ? t('years.request') : '';
  const above = compact
    ? [[marks, request].filter(Boolean).join(' ')].filter(Boolean)
    : [marks, request].filter(Boolean);
  return [...above, formatInteger(figure.amountMillionYen, locale)];
}
