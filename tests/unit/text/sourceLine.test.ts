import { describe, expect, it } from 'vitest';
import { sourceCitation, titleAndPublisher } from '../../../src/lib/text/sourceLine';
import { dataset } from '../../fixtures/dataset';

const source = (id: string) => dataset.sourceById.get(id)!;

describe('titleAndPublisher (a document cited by title and publisher, the publisher named once)', () => {
  it('leaves out a publisher the title already names', () => {
    expect(titleAndPublisher(source('seed-cluster-policy'))).toBe(
      'Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT)',
    );
    expect(titleAndPublisher(source('seed-regional-innovations'))).toBe(
      "MEXT's Efforts for the Creation of Regional Innovations",
    );
    expect(
      titleAndPublisher({
        title: 'news.leaf-hide.jp (a blog)',
        publisher: 'news.leaf-hide.jp (blog)',
      }),
    ).toBe('news.leaf-hide.jp (a blog)');
  });

  it('names a publisher the title does not name, and never a part of a word', () => {
    expect(
      titleAndPublisher({
        title: 'English page of a regional cluster office',
        publisher: 'it-cluster.jp (a regional cluster office)',
      }),
    ).toBe('English page of a regional cluster office, it-cluster.jp (a regional cluster office)');
    expect(titleAndPublisher({ title: 'JSTAGE article', publisher: 'JST' })).toBe(
      'JSTAGE article, JST',
    );
  });

  it('in a source line, with the address after it', () => {
    expect(sourceCitation(source('mext-press-2010-06-23'))).toBe(
      'MEXT press release, 23 June 2010, mext.go.jp/b_menu/houdou/22/06/1295030.htm',
    );
    expect(sourceCitation(source('seed-cluster-policy'))).not.toMatch(/\(MEXT\), MEXT/);
  });
});
