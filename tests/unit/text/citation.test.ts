import { describe, expect, it } from 'vitest';
import { citationText, groupBySource, quoteLang, selfQuoted } from '../../../src/lib/text/citation';

describe('citationText', () => {
  it('reads a quote as verbatim, with the heading it sits under', () => {
    expect(citationText({ sourceId: 'a', quote: '知的クラスター', under: '概要' })).toEqual({
      text: '知的クラスター',
      verbatim: true,
      under: '概要',
    });
    expect(citationText({ sourceId: 'a', quote: 'Q' }).under).toBeNull();
  });

  it('reads a note as our words, never verbatim', () => {
    expect(citationText({ sourceId: 'a', note: 'The page lists it.' })).toEqual({
      text: 'The page lists it.',
      verbatim: false,
      under: null,
    });
  });
});

describe('quoteLang', () => {
  it('is Japanese for kana or kanji without an English word', () => {
    expect(quoteLang('知的クラスター創成事業')).toBe('ja');
    expect(quoteLang('ひらがな')).toBe('ja');
    expect(quoteLang('第Ⅱ期 (2007)')).toBe('ja');
  });

  it('is English for English text, and for Japanese with an English word (three letters or more)', () => {
    expect(quoteLang('Knowledge Cluster Initiative')).toBe('en');
    expect(quoteLang('JSTの支援')).toBe('en');
    expect(quoteLang('IT支援')).toBe('ja');
  });
});

describe('groupBySource', () => {
  it('groups citations by source, in the order each source is first cited', () => {
    const a1 = { sourceId: 'a', quote: '1' };
    const b1 = { sourceId: 'b', note: '2' };
    const a2 = { sourceId: 'a', note: '3' };
    expect(groupBySource([a1, b1, a2])).toEqual([[a1, a2], [b1]]);
    expect(groupBySource([])).toEqual([]);
  });
});

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
