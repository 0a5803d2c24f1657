/**
 * The words around the budgets-by-year and regions slides (presentation and PNG/SVG exports): title,
 * caption and source line, from the history file and the dataset. Pure. The source line names the
 * documents' publishers, and says where each figure's document and address are given in full: the
 * view's table and its data download.
 */
import type { Dataset, Locale } from '../data/types';
import type { History } from '../data/history/types';
import {
  programRows,
  rowsWithFigures,
  yearFigures,
  YEARS_DOMAIN,
} from '../data/history/yearFigures';
import { historyT } from '../i18n/history';
import type { SlideText } from './slideText';

export type HistorySubject = 'years' | 'regions';

export function historySlideTitle(kind: HistorySubject, locale: Locale): string {
  const t = historyT(locale);
  return kind === 'years' ? t('years.title') : t('regions.slide.title');
}

/** The ids of the documents behind what a slide shows, in the order first cited. */
function historySlideSourceIds(kind: HistorySubject, dataset: Dataset, history: History): string[] {
  const ids =
    kind === 'years'
      ? // The figures drawn: those on the axis' years (the others are in the table).
        yearFigures(dataset, history)
          .filter(
            (f) =>
              f.fiscalYear >= YEARS_DOMAIN[0] &&
              (f.throughFiscalYear ?? f.fiscalYear) <= YEARS_DOMAIN[1],
          )
          .map((figure) => figure.source.id)
      : [
          history.cityArea.selections.sourceId,
          history.cityArea.total.sourceId,
          history.knowledgeCluster.phase1.sourceId,
          history.knowledgeCluster.fy2002.sourceId,
          history.knowledgeCluster.phase2Start.sourceId,
          history.fy2010Selection.sourceId,
          ...history.regions.flatMap((r) => [
            r.sourceId,
            ...(r.startSourceId ? [r.startSourceId] : []),
          ]),
        ];
  return [...new Set(ids)];
}

export function historySourceLine(
  kind: HistorySubject,
  dataset: Dataset,
  history: History,
  locale: Locale,
): string {
  const t = historyT(locale);
  const ids = historySlideSourceIds(kind, dataset, history);
  const names: string[] = [];
  for (const id of ids) {
    const name = history.sourceById.get(id)?.publisher ?? dataset.sourceById.get(id)?.publisher;
    if (name && !names.includes(name)) names.push(name);
  }
  const line = t('slide.sources', {
    count: ids.length,
    publishers: names.join(locale === 'ja' ? '、' : '; '),
  });
  // The map's credit, a sentence of its own after the list of publishers.
  return kind === 'regions'
    ? `${line}${locale === 'ja' ? '。' : '. '}${t('regions.map.credit')}`
    : line;
}

/** The programs a years slide leaves out (no figure on its axis), as a sentence; null if none. */
export function omittedRowsNote(dataset: Dataset, history: History, locale: Locale): string | null {
  const rows = programRows(dataset);
  const shown = new Set(
    rowsWithFigures(rows, yearFigures(dataset, history)).map((row) => row.program.id),
  );
  const omitted = rows.filter((row) => !shown.has(row.program.id));
  if (omitted.length === 0) return null;
  return historyT(locale)('years.slide.omitted', { count: omitted.length });
}

/** The regions slide's counts in words (the export has no room for the view's list). */
function regionCounts(history: History, locale: Locale): string {
  const phase2 = history.regions.filter((r) => r.scheme === 'knowledge-cluster-phase-2');
  const from = (fy: number) => phase2.filter((r) => r.fromFiscalYear === fy).length;
  return historyT(locale)('regions.slide.counts', {
    phase1: history.knowledgeCluster.phase1.count,
    phase2: phase2.length,
    a: from(2007),
    b: from(2008),
    c: from(2009),
    total: history.cityArea.total.count,
  });
}

/** The regions slide's legend: marker shapes and prefecture shading, keyed by `data-tile`. */
function regionsLegend(locale: Locale): SlideText['legend'] {
  const t = historyT(locale);
  return [
    { id: 'marker-phase2', label: t('regions.map.marker.phase2') },
    { id: 'marker-fy2010', label: t('regions.map.marker.fy2010') },
    { id: 'named-phase2', label: t('regions.map.fill.phase2') },
    { id: 'named-fy2010', label: t('regions.map.fill.fy2010') },
    { id: 'named-both', label: t('regions.map.fill.both') },
  ];
}

export function historySlideText(
  kind: HistorySubject,
  dataset: Dataset,
  history: History,
  locale: Locale,
): SlideText {
  const t = historyT(locale);
  return {
    title: historySlideTitle(kind, locale),
    caption:
      kind === 'years'
        ? [t('slide.legend'), omittedRowsNote(dataset, history, locale)]
            .filter((part) => part !== null)
            .join(' ')
        : `${regionCounts(history, locale)} ${t('regions.map.fy2010.note', {
            selected: history.fy2010Selection.selected,
            proposals: history.fy2010Selection.proposals,
          })}`,
    sourceLine: historySourceLine(kind, dataset, history, locale),
    legend: kind === 'regions' ? regionsLegend(locale) : [],
  };
}
