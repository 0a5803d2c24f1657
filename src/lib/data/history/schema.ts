/**
 * The shape of data/history.json as it arrives: budgets by fiscal year outside the seed's FY2010
 * figures, and the regions of the cluster programs, each with its source page, the page's own words
 * (`verbatim`, in the page's language) and a confidence. Cross-checks live in parse.ts.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const FiscalYear = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
const Count = v.pipe(v.number(), v.integer(), v.minValue(1));
const Confidence = v.picklist(['high', 'med']);
const Bilingual = v.strictObject({ en: Text, ja: Text });

export const HistorySourceSchema = v.strictObject({
  id: Id,
  title: Text,
  publisher: Text,
  location: Text,
});

export const BudgetFigureSchema = v.strictObject({
  id: Id,
  programId: Id,
  fiscalYear: FiscalYear,
  /** Set when one figure covers several fiscal years in all (a total, not a yearly amount). */
  throughFiscalYear: v.nullable(FiscalYear),
  /** The amount exactly as the source writes it, in its unit: "100億円", "4,600百万円", "9 billion yen". */
  sourceAmount: Text,
  amountMillionYen: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** budget: an amount the source calls the budget (予算額, 当初予算, 決定額); a government budget or
   * draft (政府予算額, 政府予算案) is the cabinet's, before the Diet; a request (要求額, 概算要求) is no budget. */
  kind: v.picklist(['budget', 'government-budget', 'government-draft', 'request']),
  sourceTerm: Text,
  /** Set when the figure covers only part of the program. */
  covers: v.nullable(Bilingual),
  /** A figure (this file's, or a dataset.json budget line) this one agrees with: corroboration. */
  agreesWith: v.nullable(Id),
  confidence: Confidence,
  sourceId: Id,
  verbatim: v.nullable(Text),
  note: Bilingual,
});

const Cited = { sourceId: Id, confidence: Confidence, verbatim: Text };

export const RegionSchema = v.strictObject({
  id: Id,
  scheme: v.picklist(['knowledge-cluster-phase-2', 'ricp-fy2010-priority']),
  fromFiscalYear: FiscalYear,
  /** As the source writes it, in Japanese; never translated. */
  name: Text,
  /** The stored page cuts the name: show it as cut, never completed. */
  nameCut: v.boolean(),
  placesNamed: Text,
  prefectures: v.pipe(
    v.array(v.strictObject({ id: Id, name: Text })),
    v.minLength(1, 'must name at least one prefecture'),
  ),
  startSourceId: v.nullable(Id),
  startConfidence: Confidence,
  ...Cited,
});

export const HistorySchema = v.strictObject({
  version: v.literal(1),
  sources: v.pipe(v.array(HistorySourceSchema), v.minLength(1)),
  budgets: v.array(BudgetFigureSchema),
  cityArea: v.strictObject({
    selections: v.strictObject({
      ...Cited,
      years: v.pipe(
        v.array(v.strictObject({ fiscalYear: FiscalYear, count: Count })),
        v.minLength(1),
      ),
    }),
    total: v.strictObject({ ...Cited, count: Count, wording: Bilingual }),
  }),
  knowledgeCluster: v.strictObject({
    phase1: v.strictObject({ ...Cited, count: Count, note: Bilingual }),
    fy2002: v.strictObject({
      ...Cited,
      regions: Count,
      clusters: Count,
      trialRegions: Count,
      note: Bilingual,
    }),
    phase2Start: v.strictObject({ ...Cited, count: Count, fiscalYear: FiscalYear }),
  }),
  fy2010Selection: v.strictObject({
    sourceId: Id,
    confidence: Confidence,
    selected: Count,
    proposals: Count,
  }),
  regions: v.array(RegionSchema),
});

export type RawHistory = v.InferOutput<typeof HistorySchema>;
export type HistorySource = v.InferOutput<typeof HistorySourceSchema>;
export type RawBudgetFigure = v.InferOutput<typeof BudgetFigureSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
