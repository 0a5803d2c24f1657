/**
 * The timeline's steps as data rows (CSV) and a JSON document: date or fiscal year, title and caption in
 * both languages (title null in Japanese where none is verified), and each step's citations, each with
 * the kind of its source and its confidence; a row's confidence is that of its least certain source.
 */
import { timelineSteps } from '../data/steps';
import type { Dataset } from '../data/types';
import type { Bilingual, MessageKey, Words } from '../i18n';
import { shareCsvTable, type Column, type CsvCell } from './csv';
import { sourceFields, type SourceFields } from './sourceFields';

export interface TimelineRow {
  readonly step: number;
  readonly id: string;
  readonly date: string | null;
  readonly fiscalYear: number;
  readonly titleEn: string;
  readonly titleJa: string | null;
  readonly captionEn: string;
  readonly captionJa: string;
  readonly sourceKinds: readonly string[];
  readonly confidence: SourceFields['confidence'];
  readonly citations: readonly SourceFields[];
}

const CERTAINTY = ['med', 'high', 'primary'] as const;

function leastCertain(citations: readonly SourceFields[]): SourceFields['confidence'] {
  return CERTAINTY.find((level) => citations.some((c) => c.confidence === level)) ?? null;
}

function citationCell(c: SourceFields): string {
  const source = `${c.sourceTitle ?? c.sourceId} (${c.sourceKind}, ${c.confidence})`;
  return c.citationKind === 'note' ? `${source}, note: ${c.quote}` : `${source}: “${c.quote}”`;
}

export function timelineRows(dataset: Dataset): TimelineRow[] {
  return timelineSteps(dataset).map(({ number, milestone }) => {
    const citations = milestone.citations.map((c) => sourceFields(c, dataset));
    return {
      step: number,
      id: milestone.id,
      date: milestone.date,
      fiscalYear: milestone.fiscalYear,
      titleEn: milestone.title.en,
      titleJa: milestone.title.ja,
      captionEn: milestone.caption.en,
      captionJa: milestone.caption.ja,
      sourceKinds: [...new Set(citations.map((c) => c.sourceKind ?? ''))],
      confidence: leastCertain(citations),
      citations,
    };
  });
}

const TIMELINE_COLUMNS: readonly Column<MessageKey, TimelineRow>[] = [
  ['share.col.step', (r) => r.step],
  ['share.col.id', (r) => r.id],
  ['share.col.date', (r) => r.date],
  ['share.col.fiscalYear', (r) => r.fiscalYear],
  ['share.col.titleEn', (r) => r.titleEn],
  ['share.col.titleJa', (r) => r.titleJa],
  ['share.col.captionEn', (r) => r.captionEn],
  ['share.col.captionJa', (r) => r.captionJa],
  ['share.col.sourceKind', (r) => r.sourceKinds.join('; ')],
  ['share.col.confidence', (r) => r.confidence],
  ['share.col.citations', (r) => r.citations.map(citationCell).join(' | ')],
];

export function timelineCsvRows(rows: readonly TimelineRow[], words: Words): CsvCell[][] {
  return shareCsvTable(rows, TIMELINE_COLUMNS, words);
}

export function timelineJson(dataset: Dataset, currentStep: number, words: Bilingual): object {
  return {
    title: { en: words.en.t('nav.timeline'), ja: words.ja.t('nav.timeline') },
    currentStep,
    steps: timelineRows(dataset),
    sources: dataset.sources.filter((s) =>
      dataset.milestones.some((m) => m.citations.some((c) => c.sourceId === s.id)),
    ),
  };
}
