/**
 * The words around an exported chart (title, caption, source line, legend labels), from the dataset and
 * the catalogue, the same as on screen. Pure: the PNG/SVG exporter only lays these out.
 */
import { timelineMessages } from '../i18n/timelineMessages';
import { shareMessages } from '../i18n/shareMessages';
import { buildBudgetTree, findBudgetNode, ROOT_ID } from '../data/budgetTree';
import type { Dataset } from '../data/types';
import { timelineSteps } from '../data/steps';
import { nodeName, unitemizedNote } from '../text/budgetLabels';
import { formatMillionYen, punctuation } from '../text/format';
import { formatDate, formatFiscalYear } from '../text/dates';
import { withPart, type Words } from '../i18n';
import { localText } from '../text/names';
import {
  budgetLevelCitations,
  distinctSources,
  formatSourceLine,
  milestoneCitations,
} from '../text/sourceLine';
import type { ExportSubject } from './fileName';
import { historySlideTitle } from './historySlideText';
import type { Slide } from '../routing/slides';
import { BUDGET_YEAR } from '../data/fiscalYear';

export interface SlideText {
  readonly title: string;
  readonly caption: string | null;
  readonly sourceLine: string;
  /** Legend entries keyed by the chart element they describe (`data-tile` id). */
  readonly legend: readonly { readonly id: string; readonly label: string }[];
}

export function slideText(
  subject: ExportSubject,
  dataset: Dataset,
  words: Words,
): SlideText | null {
  const { locale } = words;
  const { t } = withPart(words, shareMessages);
  const p = punctuation(locale);
  // Budgets by year and regions: their words need the history file (historySlideText).
  if (subject.kind === 'years' || subject.kind === 'regions') return null;
  if (subject.kind === 'timeline') {
    const step = timelineSteps(dataset).find((s) => s.number === subject.step);
    if (!step) return null;
    const { milestone } = step;
    const when = milestone.date
      ? formatDate(milestone.date, locale)
      : formatFiscalYear(milestone.fiscalYear, locale);
    // A title with no sourced Japanese form is shown in English, marked as names are (markedName).
    const title = localText(milestone.title, locale);
    const marker = title.untranslated ? `（${words.t('name.untranslated')}）` : '';
    return {
      title: `${when}${p.colon}${title.text}${marker}`,
      caption: milestone.caption[locale],
      sourceLine: formatSourceLine(distinctSources(milestoneCitations(milestone), dataset), words),
      legend: [],
    };
  }
  const root = buildBudgetTree(dataset, subject.fiscalYear);
  const focus = findBudgetNode(root, subject.programId ?? ROOT_ID);
  if (!focus || (focus.kind !== 'root' && focus.kind !== 'program')) return null;
  const caption = focus.kind === 'root' ? t('budget.root.note') : unitemizedNote(focus, words);
  const levelName = nodeName(focus, words, dataset);
  return {
    title: `${t('share.slide.budget')}${p.colon}${levelName}${p.open}${formatMillionYen(focus.amountMillionYen, locale)}${p.close}`,
    caption,
    sourceLine: formatSourceLine(distinctSources(budgetLevelCitations(focus), dataset), words),
    legend: focus.children.map((node) => ({
      id: node.id,
      label: `${nodeName(node, words, dataset)}${p.colon}${formatMillionYen(node.amountMillionYen, locale)}`,
    })),
  };
}

/** A slide's title, the same words its export carries: what it shows (a budget slide: program and amount). */
export function slideTitle(slide: Slide, dataset: Dataset, words: Words): string {
  if (slide.kind === 'overview') return withPart(words, timelineMessages).t('timeline.title');
  if (slide.kind === 'years' || slide.kind === 'regions')
    return historySlideTitle(slide.kind, words.locale);
  const subject: ExportSubject =
    slide.kind === 'timeline'
      ? { kind: 'timeline', step: slide.step, milestoneId: slide.milestoneId }
      : { kind: 'budget', fiscalYear: BUDGET_YEAR, programId: slide.programId };
  return slideText(subject, dataset, words)?.title ?? '';
}
