/**
 * The budgets-by-year and regions views as data (CSV rows and a JSON document): every figure with its
 * kind, what part of the program it covers, its confidence, the amount as the source writes it with its
 * unit and in million yen, and its source as a document: title, publisher and address (none for a seed
 * document, which is cited by title and publisher only). Names in both languages, whatever is on screen;
 * headers follow the screen's language. Pure.
 */
import type { Dataset, Locale } from '../data/types';
import type { History } from '../data/history/types';
import { sourceUnit } from '../data/history/sourceAmount';
import { programRows, yearFigures, type YearFigure } from '../data/history/yearFigures';
import { regionNumbers } from '../layout/regions';
import { historyT, type HistoryKey } from '../i18n/history';
import { csvTable, type Column, type CsvCell } from './csv';

export interface DocumentRef {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** The page's address; null for a seed document. */
  readonly address: string | null;
}

function documentOf(id: string, dataset: Dataset, history: History): DocumentRef {
  const seed = dataset.sourceById.get(id);
  if (seed?.kind === 'seed') {
    return { id, title: seed.title, publisher: seed.publisher, address: null };
  }
  const page = history.sourceById.get(id) ?? seed;
  return {
    id,
    title: page?.title ?? id,
    publisher: page?.publisher ?? '',
    address: page?.location ?? null,
  };
}

export interface YearsDataRow {
  readonly id: string;
  readonly programId: string;
  readonly programEn: string;
  readonly programJa: string | null;
  readonly fiscalYear: number;
  readonly throughFiscalYear: number | null;
  readonly kind: YearFigure['kind'];
  readonly kindEn: string;
  readonly kindJa: string;
  readonly sourceTerm: string;
  readonly partOfProgram: { readonly en: string; readonly ja: string } | null;
  readonly agreesWith: string | null;
  readonly confidence: YearFigure['confidence'];
  readonly sourceAmount: string;
  readonly sourceUnit: string | null;
  readonly amountMillionYen: number;
  readonly noteEn: string | null;
  readonly noteJa: string | null;
  readonly verbatim: string | null;
  readonly source: DocumentRef;
}

export function yearsRows(dataset: Dataset, history: History): YearsDataRow[] {
  const en = historyT('en');
  const ja = historyT('ja');
  return yearFigures(dataset, history).map((figure) => {
    const program = dataset.programById.get(figure.programId);
    return {
      id: figure.id,
      programId: figure.programId,
      programEn: program?.name.en ?? figure.programId,
      programJa: program?.name.ja ?? null,
      fiscalYear: figure.fiscalYear,
      throughFiscalYear: figure.throughFiscalYear,
      kind: figure.kind,
      kindEn: en(`years.kind.${figure.kind}`),
      kindJa: ja(`years.kind.${figure.kind}`),
      sourceTerm: figure.sourceTerm,
      partOfProgram: figure.covers,
      agreesWith: figure.agreesWith,
      confidence: figure.confidence,
      sourceAmount: figure.sourceAmount,
      sourceUnit: sourceUnit(figure.sourceAmount),
      amountMillionYen: figure.amountMillionYen,
      noteEn:
        figure.note?.en ??
        (figure.origin === 'seed' ? en('years.seedNote', { title: figure.source.title }) : null),
      noteJa:
        figure.note?.ja ??
        (figure.origin === 'seed' ? ja('years.seedNote', { title: figure.source.title }) : null),
      verbatim: figure.verbatim,
      source: documentOf(figure.source.id, dataset, history),
    };
  });
}

/** A CSV column of these tables: the key of its header (in the screen's language) and its cell. */
type HistoryColumn<R> = Column<HistoryKey, R>;

type Evidence = Pick<YearsDataRow, 'noteEn' | 'noteJa' | 'verbatim' | 'source'>;

/** The last columns of every table: the notes, the source's words, and its document. */
const EVIDENCE_COLUMNS: readonly HistoryColumn<Evidence>[] = [
  ['data.col.noteEn', (r) => r.noteEn],
  ['data.col.noteJa', (r) => r.noteJa],
  ['data.col.verbatim', (r) => r.verbatim],
  ['data.col.sourceTitle', (r) => r.source.title],
  ['data.col.publisher', (r) => r.source.publisher],
  ['data.col.address', (r) => r.source.address],
];

/**
 * A cell that is app text, not data (a kind, a confidence), in the table's language: in English the value
 * itself, as in the JSON; in Japanese its label.
 */
function valueIn(locale: Locale, key: HistoryKey, value: string | null): string | null {
  return value === null || locale === 'en' ? value : historyT(locale)(key);
}

/** The part of the program a figure covers is written in the screen's language. */
const yearsColumns = (locale: Locale): readonly HistoryColumn<YearsDataRow>[] => [
  ['data.col.id', (r) => r.id],
  ['data.col.programId', (r) => r.programId],
  ['data.col.programEn', (r) => r.programEn],
  ['data.col.programJa', (r) => r.programJa],
  ['data.col.fiscalYear', (r) => r.fiscalYear],
  ['data.col.throughFiscalYear', (r) => r.throughFiscalYear],
  ['data.col.kind', (r) => valueIn(locale, `years.kind.${r.kind}`, r.kind)],
  ['data.col.sourceTerm', (r) => r.sourceTerm],
  ['data.col.partOfProgram', (r) => (r.partOfProgram ? r.partOfProgram[locale] : null)],
  ['data.col.agreesWith', (r) => r.agreesWith],
  ['data.col.confidence', (r) => valueIn(locale, `data.confidence.${r.confidence}`, r.confidence)],
  ['data.col.sourceAmount', (r) => r.sourceAmount],
  ['data.col.sourceUnit', (r) => r.sourceUnit],
  ['data.col.millionYen', (r) => r.amountMillionYen],
  ...EVIDENCE_COLUMNS,
];

export function yearsCsvRows(rows: readonly YearsDataRow[], locale: Locale): CsvCell[][] {
  return csvTable(rows, yearsColumns(locale), historyT(locale));
}

function usedDocuments(ids: readonly string[], dataset: Dataset, history: History): DocumentRef[] {
  return [...new Set(ids)].map((id) => documentOf(id, dataset, history));
}

export function yearsJson(dataset: Dataset, history: History): object {
  const rows = yearsRows(dataset, history);
  return {
    title: { en: historyT('en')('years.title'), ja: historyT('ja')('years.title') },
    unit: 'million yen',
    conversion: { en: historyT('en')('years.conversion'), ja: historyT('ja')('years.conversion') },
    programs: programRows(dataset).map((row) => ({
      id: row.program.id,
      en: row.program.name.en,
      ja: row.program.name.ja,
      activeFrom: row.activeFrom,
      activeTo: row.activeTo,
    })),
    figures: rows,
    sources: usedDocuments(
      rows.map((r) => r.source.id),
      dataset,
      history,
    ),
  };
}

/** One line per region count, total and named region (a `record` column says which). */
export interface RegionsDataRow {
  readonly record:
    | 'city-area-selected'
    | 'city-area-total'
    | 'kc-phase1'
    | 'kc-fy2002'
    | 'kc-phase2-start'
    | 'fy2010-selection'
    | 'region';
  readonly id: string;
  readonly number: number | null;
  readonly scheme: string | null;
  readonly fiscalYear: number | null;
  readonly count: number | null;
  readonly name: string | null;
  readonly nameCut: boolean | null;
  readonly placesNamed: string | null;
  readonly prefectures: string | null;
  readonly confidence: string;
  readonly noteEn: string | null;
  readonly noteJa: string | null;
  readonly verbatim: string | null;
  readonly source: DocumentRef;
}

type DocumentOf = (id: string) => DocumentRef;

/** What a record leaves empty unless it says otherwise. */
export const BLANK_RECORD = {
  number: null,
  scheme: null,
  fiscalYear: null,
  count: null,
  name: null,
  nameCut: null,
  placesNamed: null,
  prefectures: null,
  noteEn: null,
  noteJa: null,
  verbatim: null,
} as const;

/** The City Area Program's selections, a line per fiscal year, then its total. */
export function cityAreaRecords(cityArea: History['cityArea'], doc: DocumentOf): RegionsDataRow[] {
  const { selections, total } = cityArea;
  return [
    ...selections.years.map((year) => ({
      ...BLANK_RECORD,
      record: 'city-area-selected' as const,
      id: `city-area-fy${year.fiscalYear}`,
      scheme: 'city-area-program',
      fiscalYear: year.fiscalYear,
      count: year.count,
      confidence: selections.confidence,
      verbatim: selections.verbatim,
      source: doc(selections.sourceId),
    })),
    {
      ...BLANK_RECORD,
      record: 'city-area-total',
      id: 'city-area-total',
      scheme: 'city-area-program',
      count: total.count,
      noteEn: total.wording.en,
      noteJa: total.wording.ja,
      confidence: total.confidence,
      verbatim: total.verbatim,
      source: doc(total.sourceId),
    },
  ];
}

/** The Knowledge Cluster Initiative's counts: Phase I, FY2002, the start of Phase II. */
export function knowledgeClusterRecords(
  kc: History['knowledgeCluster'],
  doc: DocumentOf,
): RegionsDataRow[] {
  const phase1 = 'knowledge-cluster-phase-1';
  return [
    {
      ...BLANK_RECORD,
      record: 'kc-phase1',
      id: phase1,
      scheme: phase1,
      count: kc.phase1.count,
      noteEn: kc.phase1.note.en,
      noteJa: kc.phase1.note.ja,
      confidence: kc.phase1.confidence,
      verbatim: kc.phase1.verbatim,
      source: doc(kc.phase1.sourceId),
    },
    {
      ...BLANK_RECORD,
      record: 'kc-fy2002',
      id: 'knowledge-cluster-fy2002',
      scheme: phase1,
      fiscalYear: 2002,
      count: kc.fy2002.regions,
      noteEn: kc.fy2002.note.en,
      noteJa: kc.fy2002.note.ja,
      confidence: kc.fy2002.confidence,
      verbatim: kc.fy2002.verbatim,
      source: doc(kc.fy2002.sourceId),
    },
    {
      ...BLANK_RECORD,
      record: 'kc-phase2-start',
      id: 'knowledge-cluster-phase-2-start',
      scheme: 'knowledge-cluster-phase-2',
      fiscalYear: kc.phase2Start.fiscalYear,
      count: kc.phase2Start.count,
      confidence: kc.phase2Start.confidence,
      verbatim: kc.phase2Start.verbatim,
      source: doc(kc.phase2Start.sourceId),
    },
  ];
}

/** The FY2010 selection of priority regions: how many of how many proposals. */
export function fy2010SelectionRecord(
  fy2010: History['fy2010Selection'],
  doc: DocumentOf,
): RegionsDataRow {
  const counts = { selected: fy2010.selected, proposals: fy2010.proposals };
  return {
    ...BLANK_RECORD,
    record: 'fy2010-selection',
    id: 'fy2010-selection',
    scheme: 'ricp-fy2010-priority',
    fiscalYear: 2010,
    count: fy2010.selected,
    noteEn: historyT('en')('regions.map.fy2010.note', counts),
    noteJa: historyT('ja')('regions.map.fy2010.note', counts),
    confidence: fy2010.confidence,
    source: doc(fy2010.sourceId),
  };
}

/** The named regions, numbered as on the map. */
export function regionRecords(regions: History['regions'], doc: DocumentOf): RegionsDataRow[] {
  return regionNumbers(regions).map(({ region, number }) => ({
    ...BLANK_RECORD,
    record: 'region' as const,
    id: region.id,
    number,
    scheme: region.scheme,
    fiscalYear: region.fromFiscalYear,
    name: region.name,
    nameCut: region.nameCut,
    placesNamed: region.placesNamed,
    prefectures: region.prefectures.map((p) => p.name).join('、'),
    confidence: region.confidence,
    verbatim: region.verbatim,
    source: doc(region.sourceId),
  }));
}

export function regionsRows(dataset: Dataset, history: History): RegionsDataRow[] {
  const doc = (id: string) => documentOf(id, dataset, history);
  return [
    ...cityAreaRecords(history.cityArea, doc),
    ...knowledgeClusterRecords(history.knowledgeCluster, doc),
    fy2010SelectionRecord(history.fy2010Selection, doc),
    ...regionRecords(history.regions, doc),
  ];
}

const REGIONS_COLUMNS: readonly HistoryColumn<RegionsDataRow>[] = [
  ['data.col.record', (r) => r.record],
  ['data.col.id', (r) => r.id],
  ['data.col.number', (r) => r.number],
  ['data.col.scheme', (r) => r.scheme],
  ['data.col.fiscalYear', (r) => r.fiscalYear],
  ['data.col.count', (r) => r.count],
  ['data.col.regionName', (r) => r.name],
  ['data.col.nameCut', (r) => (r.nameCut === null ? null : String(r.nameCut))],
  ['data.col.placesNamed', (r) => r.placesNamed],
  ['data.col.prefectures', (r) => r.prefectures],
  ['data.col.confidence', (r) => r.confidence],
  ...EVIDENCE_COLUMNS,
];

export function regionsCsvRows(rows: readonly RegionsDataRow[], locale: Locale): CsvCell[][] {
  return csvTable(rows, REGIONS_COLUMNS, historyT(locale));
}

export function regionsJson(dataset: Dataset, history: History): object {
  const rows = regionsRows(dataset, history);
  return {
    title: { en: historyT('en')('regions.title'), ja: historyT('ja')('regions.title') },
    records: rows,
    regionStartReportedBy: history.regions
      .filter((r) => r.startSourceId !== null)
      .map((r) => ({
        id: r.id,
        confidence: r.startConfidence,
        source: documentOf(r.startSourceId as string, dataset, history),
      })),
    map: historyT('en')('regions.map.credit'),
    sources: usedDocuments(
      [
        ...rows.map((r) => r.source.id),
        ...history.regions.flatMap((r) => (r.startSourceId ? [r.startSourceId] : [])),
      ],
      dataset,
      history,
    ),
  };
}

/** The budgets-by-year or the regions view as CSV rows (the screen's language for the headers). */
export function historyCsvRows(
  kind: 'years' | 'regions',
  dataset: Dataset,
  history: History,
  locale: Locale,
): CsvCell[][] {
  return kind === 'years'
    ? yearsCsvRows(yearsRows(dataset, history), locale)
    : regionsCsvRows(regionsRows(dataset, history), locale);
}

/** The budgets-by-year or the regions view as a JSON document. */
export function historyJson(kind: 'years' | 'regions', dataset: Dataset, history: History): object {
  return kind === 'years' ? yearsJson(dataset, history) : regionsJson(dataset, history);
}
