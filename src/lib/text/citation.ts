/**
 * How a citation reads: a quote (verbatim, shown in quotation marks) or a note (what a page states, in our
 * words, shown as "Recorded from <page>: …" without quotation marks).
 */
import type { Citation } from '../data/types';

export interface CitationText {
  readonly text: string;
  readonly verbatim: boolean;
  /** The source's heading the quote sits under, if any. */
  readonly under: string | null;
}

export function citationText(citation: Citation): CitationText {
  return 'quote' in citation
    ? { text: citation.quote, verbatim: true, under: citation.under ?? null }
    : { text: citation.note, verbatim: false, under: null };
}

/** The language of a quote: Japanese when it has kana or kanji and no English word. */
export function quoteLang(text: string): 'en' | 'ja' {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/[a-z]{3}/i.test(text) ? 'ja' : 'en';
}

/**
 * True when a quote's text already stands in its own brackets, as the page writes it: 「…」 from the first
 * character to the last (not 「a」と「b」), so that it is shown without a second pair.
 */
export function selfQuoted(text: string): boolean {
  if (!text.startsWith('「') || !text.endsWith('」')) return false;
  const chars = [...text];
  let depth = 0;
  for (const [index, ch] of chars.entries()) {
    if (ch === '「') depth += 1;
    else if (ch === '」') depth -= 1;
    if (depth === 0) return index === chars.length - 1;
  }
  return false;
}

/**
 * Citations grouped by source, in the order each source is first cited, so that a document is named
 * once after all that is cited from it.
 */
export function groupBySource(citations: readonly Citation[]): Citation[][] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) groups.set(c.sourceId, [...(groups.get(c.sourceId) ?? []), c]);
  return [...groups.values()];
}
