/**
 * What every exported row says about its evidence: the source's title and publisher, what kind of source
 * it is (one of the two primary documents, or a web page recorded in the sourced-facts notes), its
 * confidence, and whether the text is a verbatim quote or a note in our words.
 */
import type { Citation, Dataset } from '../data/types';
import { citationText } from '../text/citation';

export interface SourceFields {
  readonly sourceId: string | null;
  readonly sourceTitle: string | null;
  readonly sourcePublisher: string | null;
  readonly sourceAddress: string | null;
  readonly sourceKind: 'primary document' | 'recorded note' | null;
  readonly confidence: 'primary' | 'high' | 'med' | null;
  readonly citationKind: 'quote' | 'note' | null;
  /** The quote (verbatim) or the note (our words), as `citationKind` says. */
  readonly quote: string | null;
}

export function sourceFields(citation: Citation | null, dataset: Dataset): SourceFields {
  const source = citation ? dataset.sourceById.get(citation.sourceId) : undefined;
  const cited = citation ? citationText(citation) : null;
  return {
    sourceId: source?.id ?? null,
    sourceTitle: source?.title ?? null,
    sourcePublisher: source?.publisher ?? null,
    sourceAddress: source?.location ?? null,
    sourceKind: source ? (source.kind === 'seed' ? 'primary document' : 'recorded note') : null,
    confidence: source?.confidence ?? null,
    citationKind: cited ? (cited.verbatim ? 'quote' : 'note') : null,
    quote: cited?.text ?? null,
  };
}
