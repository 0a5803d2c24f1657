import { describe, expect, it } from 'vitest';
import { buildBudgetTree, findBudgetNode } from '../../../src/lib/data/budgetTree';
import {
  budgetLevelCitations,
  distinctSources,
  formatSourceLine,
  milestoneCitations,
  sourceCitation,
} from '../../../src/lib/text/sourceLine';
import { tiny } from '../../fixtures/tinyDataset';
import { words } from '../../fixtures/words';

const source = (id: string) => tiny.sourceById.get(id)!;

describe('distinctSources', () => {
  it('lists each cited source once, in the order first cited, skipping unknown ones', () => {
    const cited = ['office', 'paper', 'office', 'nowhere', 'jst'].map((sourceId) => ({
      sourceId,
      note: 'n',
    }));
    expect(distinctSources(cited, tiny).map((s) => s.id)).toEqual(['office', 'paper', 'jst']);
  });
});

describe('budgetLevelCitations', () => {
  const root = buildBudgetTree(tiny, 2010);

  it("cites the root's tiles", () => {
    expect(budgetLevelCitations(root)).toEqual([{ sourceId: 'paper', quote: '100' }]);
  });

  it("cites a program's own total, then its parts (the unitemized rest cites the total)", () => {
    const cluster = findBudgetNode(root, 'cluster')!;
    expect(budgetLevelCitations(cluster)).toEqual([
      { sourceId: 'paper', quote: '100' },
      { sourceId: 'paper', quote: '60' },
      { sourceId: 'jst', note: 'Local: 30.' },
      { sourceId: 'paper', quote: '100' },
    ]);
  });
});

describe('milestoneCitations', () => {
  it("is a copy of the milestone's citations", () => {
    const milestone = tiny.milestones[1]!;
    const citations = milestoneCitations(milestone);
    expect(citations).toEqual(milestone.citations);
    expect(citations).not.toBe(milestone.citations);
  });
});

describe('sourceCitation', () => {
  it('names the title and publisher, and a web page by its address', () => {
    expect(sourceCitation(source('paper'))).toBe('White Paper, MEXT');
    expect(sourceCitation(source('jst'))).toBe('Cluster page, JST, jst.example/cluster');
  });
});

describe('formatSourceLine', () => {
  it('credits one source or several, in each language', () => {
    expect(formatSourceLine([source('paper')], words.en)).toBe('Source: White Paper, MEXT');
    expect(formatSourceLine([source('paper'), source('jst')], words.en)).toBe(
      'Sources: White Paper, MEXT; Cluster page, JST, jst.example/cluster',
    );
    expect(formatSourceLine([source('paper')], words.ja)).toBe('出典：White Paper, MEXT');
  });
});
