import { describe, expect, it } from 'vitest';
import { buildBudgetTree, findBudgetNode } from '../../../src/lib/data/budgetTree';
import {
  budgetLevelCitations,
  distinctSources,
  formatSourceLine,
  milestoneCitations,
  sourceCitation,
  titleAndPublisher,
} from '../../../src/lib/text/sourceLine';
import { dataset } from '../../fixtures/dataset';
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

/** A source of the real dataset. */
const real = (id: string) => dataset.sourceById.get(id)!;

describe('titleAndPublisher (a document cited by title and publisher, the publisher named once)', () => {
  it('leaves out a publisher the title already names', () => {
    expect(titleAndPublisher(real('seed-cluster-policy'))).toBe(
      'Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT)',
    );
    expect(titleAndPublisher(real('seed-regional-innovations'))).toBe(
      "MEXT's Efforts for the Creation of Regional Innovations",
    );
    expect(
      titleAndPublisher({
        title: 'news.leaf-hide.jp (a blog)',
        publisher: 'news.leaf-hide.jp (blog)',
      }),
    ).toBe('news.leaf-hide.jp (a blog)');
  });

  it('names a publisher the title does not name, ', () => {
    expect(
      titleAndPublisher({
        title: 'English page of a regional cluster office',
        publisher: 'it-cluster.jp (a regional cluster office)',
      }),
    ).toBe('English page of a regional cluster office, it-cluster.jp (a regional cluster office)');
  });

  it('in a source line, with the address after it', () => {
    expect(sourceCitation(real('mext-press-2010-06-23'))).toBe(
      'MEXT press release, 23 June 2010, mext.go.jp/b_menu/houdou/22/06/1295030.htm',
    );
    expect(sourceCitation(real('seed-cluster-policy'))).not.toMatch(/\(MEXT\), MEXT/);
  });
});
