import { describe, expect, it } from 'vitest';
import { citationText, groupBySource, quoteLang } from '../../../src/lib/text/citation';

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
