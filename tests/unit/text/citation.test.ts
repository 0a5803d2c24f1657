import { describe, expect, it } from 'vitest';
import { selfQuoted } from '../../../src/lib/text/citation';

describe('selfQuoted (a quote already in its own brackets gets no second pair)', () => {
  it('is true for text in 「…」 from first character to last, nested brackets and all', () => {
    expect(
      selfQuoted('「イノベーションシステム整備事業(地域イノベーションクラスタープログラム)」'),
    ).toBe(true);
    expect(selfQuoted('「産学官連携戦略展開事業」(「知」の拠点)」')).toBe(false);
    expect(selfQuoted('「a「b」c」')).toBe(true);
  });

  it('is false where the brackets close before the end or are missing', () => {
    expect(selfQuoted('「知的クラスター創成事業」と「都市エリア産学官連携促進事業」')).toBe(false);
    expect(selfQuoted('平成14年度から「知的クラスター創成事業」を実施しています。')).toBe(false);
    expect(selfQuoted('the Knowledge Cluster Initiative')).toBe(false);
    expect(selfQuoted('「')).toBe(false);
  });
});
