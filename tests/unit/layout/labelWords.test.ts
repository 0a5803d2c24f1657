import { afterEach, describe, expect, it, vi } from 'vitest';
/** Japanese broken between words by labels.ts's `wrapUnits` and `wrapText` (every user of `fitLabel`). */
import { estimateTextWidth, fitLabel, wrapText, wrapUnits } from '../../../src/lib/layout/labels';

/** Every full-width character 1 em: `n` of them at 10 px. */
const chars = (n: number) => estimateTextWidth('あ'.repeat(n), 10);
const units = (text: string) => wrapUnits(text).map((unit) => unit.text);

describe('wrapUnits (Japanese words)', () => {
  it('splits the Japanese names into words, katakana words whole', () => {
    expect(units('地域イノベーションクラスタープログラム')).toEqual([
      '地域',
      'イノベーション',
      'クラスター',
      'プログラム',
    ]);
    expect(units('大学等産学官連携自立化促進プログラム')).toEqual([
      '大学等',
      '産学官',
      '連携',
      '自立化',
      '促進',
      'プログラム',
    ]);
    expect(units('先端融合領域イノベーション創出拠点形成プログラム')).toEqual([
      '先端',
      '融合',
      '領域',
      'イノベーション',
      '創出',
      '拠点',
      '形成',
      'プログラム',
    ]);
    expect(units('出典で内訳なし')).toEqual(['出典で', '内訳なし']);
    expect(units('都市エリア型')).toEqual(['都市', 'エリア型']);
  });

  it('keeps the line-breaking rules: brackets and punctuation stay with their word', () => {
    expect(units('知的クラスター創成事業（第Ⅱ期）')).toEqual([
      '知的',
      'クラスター',
      '創成',
      '事業',
      '（第',
      'Ⅱ期）',
    ]);
    expect(units('地域イノベーション戦略支援プログラム：2011年度〜')).toEqual([
      '地域',
      'イノベーション',
      '戦略',
      '支援',
      'プログラム：',
      '2011',
      '年度',
      '〜',
    ]);
  });

  it('leaves Latin text as it was: words, hyphens, no dictionary', () => {
    expect(units('Accelerative Support（未翻訳）')).toEqual([
      'Accelerative',
      'Support',
      '（未',
      '翻訳）',
    ]);
    for (const text of [
      'Industry-Academia-Government Collaboration',
      'Regional Innovation Cluster Program',
    ])
      expect(wrapUnits(text)).toEqual(wrapUnits(text, true));
  });
});

describe('wrapText (Japanese words)', () => {
  const name = '地域イノベーションクラスタープログラム';

  it('breaks only between words where every word fits', () => {
    expect(wrapText(name, chars(12), 10)).toEqual(['地域イノベーション', 'クラスタープログラム']);
    expect(wrapText(name, chars(7), 10)).toEqual([
      '地域',
      'イノベーション',
      'クラスター',
      'プログラム',
    ]);
    expect(wrapText(name, chars(19), 10)).toEqual([name]);
  });

  it('breaks between the characters of a word only where that word is wider than the line', () => {
    // イノベーション (7) is wider than 5: only it breaks; クラスター and プログラム stay whole.
    const lines = wrapText(name, chars(5), 10);
    expect(lines).toEqual(['地域イノ', 'ベーション', 'クラスター', 'プログラム']);
    for (const line of lines ?? [])
      expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(chars(5));
  });

  it('never cuts a name short, never starts a line with a closing mark, never ends one with an opening bracket', () => {
    const names = [
      '大学等産学官連携自立化促進プログラム',
      '知的クラスター創成事業（第Ⅱ期）',
      'プログラムの統合の歩み（2001年3月〜2011年度）',
      '出典では「Regional Innovation Cluster Program」の項、2010年度。',
      'イノベーションシステム整備事業への統合',
    ];
    for (const text of names)
      for (let width = 20; width <= 400; width += 3) {
        const lines = wrapText(text, width, 16);
        if (!lines) continue;
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
        for (const line of lines) {
          expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/^[）」』、。，：ー]/);
          expect(line).not.toMatch(/[（「『]$/);
        }
      }
  });

  it('gives up (null) only where a Latin word or a character is wider than the line', () => {
    expect(wrapText('Accelerative Support', estimateTextWidth('Support', 10), 10)).toBeNull();
    expect(wrapText(name, chars(1) - 1, 10)).toBeNull();
  });

  it('keeps a word that follows a space spaced when it breaks between its characters', () => {
    expect(wrapText('Cluster イノベーション', chars(5), 10)).toEqual([
      'Cluster',
      'イノベーシ',
      'ョン',
    ]);
    expect(wrapText('Ab イノベーション', chars(6), 10)).toEqual(['Ab イノベー', 'ション']);
  });

  it('is what fitLabel (the treemap, slides) wraps with: 大学等産学官連携自立化促進プログラム between words', () => {
    const text = '大学等産学官連携自立化促進プログラム';
    const ends = new Set(units(text).map((_, i, all) => all.slice(0, i + 1).join('').length));
    // Every word fits the line at 16 px (プログラム, the longest, is 5 em): none breaks inside.
    for (let width = 100; width <= 400; width += 7) {
      const fitted = fitLabel(text, width, 400, 16);
      if (!fitted) continue;
      let end = 0;
      for (const line of fitted.lines.slice(0, -1))
        expect(ends.has((end += line.length))).toBe(true);
    }
  });
});

describe('wrapText without Intl.Segmenter', () => {
  const original = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
  afterEach(() => {
    Object.defineProperty(Intl, 'Segmenter', original);
    vi.resetModules();
  });

  it('breaks Japanese between any two characters', async () => {
    Object.defineProperty(Intl, 'Segmenter', { ...original, value: undefined });
    vi.resetModules();
    const labels = await import('../../../src/lib/layout/labels');
    const name = '地域イノベーションクラスタープログラム';
    expect(labels.wrapUnits(name)).toEqual(labels.wrapUnits(name, true));
    expect(labels.wrapText(name, chars(10), 10)).toEqual([
      '地域イノベーションク',
      'ラスタープログラム',
    ]);
  });
});
