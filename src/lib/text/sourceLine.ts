/**
 * The one-line source credit under a chart (presentation, embed, exports, print): the distinct sources of
 * the figures on screen, in the order first cited. Screen and exports call the same functions, so they
 * always credit the same sources.
 */
import type { BudgetNode } from '../data/budgetTree';
import type { Citation, Dataset, Milestone, Source } from '../data/types';
import type { Words } from '../i18n';

export function distinctSources(citations: readonly Citation[], dataset: Dataset): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const citation of citations) {
    const source = dataset.sourceById.get(citation.sourceId);
    if (source && !seen.has(source.id)) {
      seen.add(source.id);
      sources.push(source);
    }
  }
  return sources;
}

/** Citations of the figures shown at a budget level: its tiles, and the level's own stated total. */
export function budgetLevelCitations(focus: BudgetNode): Citation[] {
  const nodes = focus.kind === 'root' ? focus.children : [focus, ...focus.children];
  return nodes.flatMap((node) => (node.citation ? [node.citation] : []));
}

export function milestoneCitations(milestone: Milestone): Citation[] {
  return [...milestone.citations];
}

/**
 * A document by title and publisher, naming the publisher once: only where the title does not already
 * name it ("Cluster Policy of … (MEXT)", not "… (MEXT), MEXT"; "MEXT press release, March 2012").
 */
export function titleAndPublisher(source: Pick<Source, 'title' | 'publisher'>): string {
  // The publisher's name without its aside: "news.leaf-hide.jp (blog)" is named by "news.leaf-hide.jp".
  const name = source.publisher.replace(/ \(.*\)$/, '');
  return source.title.includes(name) ? source.title : `${source.title}, ${source.publisher}`;
}

/** A document as cited: title and publisher (once), and a web page's address. */
export function sourceCitation(source: Source): string {
  return [titleAndPublisher(source), source.location].filter((part) => part).join(', ');
}

/** "Source: Cluster Policy of … (MEXT), MEXT" / "出典：…". */
export function formatSourceLine(sources: readonly Source[], words: Words): string {
  const list = sources.map(sourceCitation).join('; ');
  return words.t(sources.length === 1 ? 'share.sourceLine.one' : 'share.sourceLine.many', {
    sources: list,
  });
}
