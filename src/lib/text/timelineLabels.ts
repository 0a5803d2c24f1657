/**
 * Words for the timeline: when a milestone happened, what a lane's years are, and the citation behind a lane. Pure functions. (Which step a program first appears in, for the budget view's link back, is timelineStep.ts, small enough for the first view.)
 */
import { timelineMessages } from '../i18n/timelineMessages';
import type { Citation, Dataset, Locale, Milestone } from '../data/types';
import type { Lane } from '../layout/timeline';
import { formatDate, formatFiscalYear, formatFiscalYearShort } from './dates';
import type { Labels } from './labels';
import { withPart } from '../i18n';
import { lastDatasetYear } from '../data/sourcedYears';
import { citationText } from './citation';

/** "30 March 2001" for a dated milestone, "FY2010" / "2010年度（平成22年度）" for a year. */
export function milestoneWhen(milestone: Milestone, locale: Locale, short = false): string {
  if (milestone.date !== null) return formatDate(milestone.date, locale);
  return short
    ? formatFiscalYearShort(milestone.fiscalYear, locale)
    : formatFiscalYear(milestone.fiscalYear, locale);
}

/**
 * "from FY2002; unified under … in FY2010", "from FY2011", "listed from FY2011 (…)", and a start year that
 * another page reports, with its confidence.
 */
export function laneYears(lane: Lane, labels: Labels): string {
  const { dataset } = labels;
  const { t } = withPart(labels.words, timelineMessages);
  const years = sourcedLaneYears(lane, labels);
  const reported = lane.program.reportedStart;
  const source = reported ? dataset.sourceById.get(reported.citation.sourceId) : undefined;
  if (!reported || !source) return years;
  return t('timeline.years.reported', {
    years,
    source: source.publisher,
    year: reported.year,
    confidence: t(`sources.confidence.${source.confidence}`),
  });
}

function sourcedLaneYears(lane: Lane, labels: Labels): string {
  const { locale, dataset } = labels;
  const { t } = withPart(labels.words, timelineMessages);
  const fy = (year: number) => formatFiscalYearShort(year, locale);
  if (lane.basis === 'listed') return t('timeline.years.listed', { year: fy(lane.startYear) });
  if (lane.basis === 'budget') return t('timeline.years.budget', { year: fy(lane.startYear) });
  const unified = lane.program.unified;
  if (unified) {
    const into = dataset.programById.get(unified.intoId);
    return t('timeline.years.unified', {
      start: fy(lane.startYear),
      end: fy(unified.fiscalYear),
      into: into ? labels.name(into).text : unified.intoId,
    });
  }
  const last = lane.to - 1;
  if (lane.to > lastDatasetYear(dataset))
    return t('timeline.years.from', { start: fy(lane.startYear) });
  const years =
    last === lane.startYear
      ? fy(last)
      : `${fy(lane.startYear)}${locale === 'ja' ? '〜' : '–'}${fy(last)}`;
  return t('timeline.years.only', { years });
}

/** The citation behind a lane's start: its sourced start, its listing, or its first budget line. */
export function laneCitation(lane: Lane, dataset: Dataset): Citation | null {
  const { program } = lane;
  if (program.start) return program.start.citation;
  if (program.listedFrom) return program.listedFrom.citation;
  return dataset.budgetLines.find((line) => line.programId === program.id)?.citation ?? null;
}

/**
 * Characters a step's caption shows: its sentence in English (the longer language per character on a
 * slide) and all that its sources are cited for. On a slide, a caption longer than `WORDY_CAPTION`
 * takes a wider column beside the chart, so that it fits the 16:9 stage whole.
 */
export function captionLength(milestone: Milestone): number {
  return milestone.citations.reduce(
    (sum, citation) => sum + citationText(citation).text.length,
    milestone.caption.en.length,
  );
}

export const WORDY_CAPTION = 750;
