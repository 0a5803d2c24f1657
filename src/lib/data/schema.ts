/**
 * The dataset's full schema (valibot), checked at build time and in the tests through validate.ts:
 * slugs for ids, closed vocabularies, non-empty trimmed text, no unknown fields. The app never imports it
 * (it checks only the shape it reads: structure.ts), so valibot is a development dependency.
 */
import * as v from 'valibot';
import type { RawDataset } from './types';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const FiscalYear = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));

/**
 * A citation is either a quote, word for word as the source has it (`under`: the source's heading it sits
 * under, when that matters to read it), or a note: what sourced-facts.md records a page as stating, in our
 * words, shown as a note and never inside quotation marks.
 */
export const CitationSchema = v.union([
  v.strictObject({ sourceId: Id, quote: Text, under: v.optional(Text) }),
  v.strictObject({ sourceId: Id, note: Text }),
]);

export const SourceSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['seed', 'web']),
  title: Text,
  publisher: Text,
  /** A web page's address (without https://); null for the two source documents. */
  location: v.nullable(Text),
  confidence: v.picklist(['primary', 'high', 'med']),
});

const Dated = v.strictObject({ fiscalYear: FiscalYear, citation: CitationSchema });

export const ProgramSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['initiative', 'project', 'program', 'type']),
  name: v.strictObject({
    en: Text,
    ja: v.nullable(Text),
    jaCitation: v.nullable(CitationSchema),
  }),
  parentId: v.nullable(Id),
  start: v.nullable(Dated),
  listedFrom: v.nullable(Dated),
  unified: v.nullable(
    v.strictObject({ intoId: Id, fiscalYear: FiscalYear, citation: CitationSchema }),
  ),
  description: v.nullable(v.strictObject({ en: Text, citation: CitationSchema })),
  /** Further passages and notes about the program, shown on its page. */
  statements: v.array(CitationSchema),
  /** A start year a page other than the seeds reports (shown as reported, with its confidence). */
  reportedStart: v.nullable(v.strictObject({ year: FiscalYear, citation: CitationSchema })),
});

export const BudgetLineSchema = v.strictObject({
  id: Id,
  programId: Id,
  fiscalYear: FiscalYear,
  amountMillionYen: v.pipe(v.number(), v.integer(), v.minValue(0)),
  role: v.picklist(['stated-total', 'itemized-part']),
  citation: CitationSchema,
});

export const MilestoneSchema = v.strictObject({
  id: Id,
  date: v.nullable(
    v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD')),
  ),
  fiscalYear: FiscalYear,
  programIds: v.array(Id),
  title: v.strictObject({ en: Text, ja: v.nullable(Text) }),
  caption: v.strictObject({ en: Text, ja: Text }),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'must cite at least one source')),
});

export const DatasetSchema = v.strictObject({
  version: v.literal(1),
  title: Text,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  programs: v.pipe(v.array(ProgramSchema), v.minLength(1)),
  budgetLines: v.array(BudgetLineSchema),
  milestones: v.array(MilestoneSchema),
});

/** The schema describes exactly the types the app uses (a compile-time check). */
export const schemaMatchesTypes = (parsed: v.InferOutput<typeof DatasetSchema>): RawDataset =>
  parsed;
