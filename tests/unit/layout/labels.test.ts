import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitLabel, wrapText } from '../../../src/lib/layout/labels';

describe('fitLabel', () => {
  it('keeps a short name on one line in a roomy tile', () => {
    expect(fitLabel('Global Type', 300, 200, 16)).toEqual({ lines: ['Global Type'], fontSize: 16 });
  });

  it('wraps words to the tile width', () => {
    const label = fitLabel('Regional Innovation Cluster Program', 150, 200, 16);
    expect(label?.lines.length).toBeGreaterThan(1);
    for (const line of label?.lines ?? [])
      expect(estimateTextWidth(line, label!.fontSize)).toBeLessThanOrEqual(138);
  });

  it('wraps Japanese between characters', () => {
    const label = fitLabel('地域イノベーションクラスタープログラム', 120, 300, 16);
    expect(label?.lines.join('')).toBe('地域イノベーションクラスタープログラム');
    expect(label!.lines.length).toBeGreaterThan(1);
  });

  it('shrinks the font before giving up, and gives up in a tiny tile', () => {
    const label = fitLabel('Accelerative Support', 140, 60, 18, { minFontSize: 10 });
    expect(label?.fontSize).toBeLessThan(18);
    expect(fitLabel('Not itemized in the source', 20, 20, 16)).toBeNull();
  });
});

describe('wrapText, Japanese line-breaking', () => {
  const names = [
    'プログラムの統合の歩み（2001年3月〜2011年度）',
    'Accelerative Support（未翻訳）',
    '出典では「Regional Innovation Cluster Program」の項、2010年度。',
  ];
  it('never starts a line with a closing bracket or punctuation, nor ends one with an opening bracket', () => {
    for (const name of names) {
      for (let width = 40; width <= 400; width += 4) {
        const lines = wrapText(name, width, 16);
        if (!lines) continue;
        expect(lines.join('').replaceAll(' ', '')).toBe(name.replaceAll(' ', ''));
        for (const line of lines) {
          expect(line).not.toMatch(/^[）」、。]/);
          expect(line).not.toMatch(/[（「]$/);
        }
      }
    }
  });

  it('keeps "）" with the word before it where the last line would hold it alone', () => {
    const text = 'プログラムの統合の歩み（2001年3月〜2011年度）';
    const width = estimateTextWidth(text.slice(0, -1), 16) + 1;
    expect(wrapText(text, width, 16)).toEqual([
      'プログラムの統合の歩み（2001年3月〜2011',
      '年度）',
    ]);
  });
});

describe('estimateTextWidth', () => {
  // Widths in em, measured in Debian's Chromium (DejaVu Sans and Noto Sans CJK JP, weight 600), which
  // are among the widest fonts a reader may have: the estimate must never be below them.
  const measured: [string, number][] = [
    ['Knowledge Cluster Initiative', 16.031],
    ['City Area Program', 10.362],
    ['Regional Innovation Cluster Program', 20.869],
    ['地域イノベーションクラスタープログラム', 19],
    ['Global Type', 6.542],
    ['グローバル型', 6],
    ['City Area Type', 8.132],
    ['Accelerative Support', 11.848],
    [
      'Program for Promoting Self-Sustaining Management of Industry-Academia-Government Collaboration in Universities',
      65.897,
    ],
    ['大学等産学官連携自立化促進プログラム', 18],
    ['Function Support Type', 12.697],
    ['Coordinator Support Type', 14.532],
    ['Not itemized in the source', 14.936],
    ['出典で内訳なし', 7],
    ['12,065 million yen', 10.409],
    ['7,942百万円', 6.163],
    ['Industry-Academia-Government', 18.008],
  ];
  it.each(measured)('is at least the drawn width of "%s"', (text, ems) => {
    expect(estimateTextWidth(text, 100)).toBeGreaterThanOrEqual(ems * 100);
  });
});

describe('fitLabel wrapping', () => {
  it('breaks a long hyphenated word after a hyphen, never inside a word', () => {
    const label = fitLabel('Industry-Academia-Government Collaboration', 240, 300, 16);
    expect(label?.lines).toEqual(['Industry-Academia-', 'Government', 'Collaboration']);
  });

  it('keeps spaces between words and none after a hyphen when lines are joined back', () => {
    const label = fitLabel('Self-Sustaining Management of Universities', 1000, 100, 16);
    expect(label?.lines).toEqual(['Self-Sustaining Management of Universities']);
  });

  it('never returns a line wider than the tile, at any size it tries', () => {
    const name =
      'Program for Promoting Self-Sustaining Management of Industry-Academia-Government Collaboration in Universities';
    for (const width of [120, 180, 240, 320, 480]) {
      const label = fitLabel(name, width, 400, 22);
      for (const line of label?.lines ?? [])
        expect(estimateTextWidth(line, label!.fontSize)).toBeLessThanOrEqual(width - 12);
    }
  });
});

describe('fitLabel with an unwrapped line', () => {
  it('shrinks the font until the amount under the name fits on one line too', () => {
    const name = 'Program for Promoting Self-Sustaining Management';
    const alone = fitLabel(name, 216, 640, 22);
    const withAmount = fitLabel(name, 216, 640, 22, { unwrapped: ['2,649 million yen'] });
    expect(alone?.fontSize).toBe(22);
    expect(withAmount?.fontSize).toBeLessThan(22);
    expect(estimateTextWidth('2,649 million yen', withAmount!.fontSize)).toBeLessThanOrEqual(204);
  });
});

describe('fitLabel with extras that may wrap', () => {
  /** Every character 10 px wide: widths are easy to check by hand. */
  const measure = (text: string) => [...text].length * 10;

  it('keeps an amount that fits on one line', () => {
    const label = fitLabel('City Area Type', 200, 200, 12, {
      unwrapped: ['3,000 million yen'],
      wrapExtras: true,
      measure,
      minFontSize: 12,
    });
    expect(label).toEqual({
      lines: ['City Area Type'],
      fontSize: 12,
      extras: [['3,000 million yen']],
    });
  });

  it('wraps the amount onto two lines, whole, where one line is too narrow, instead of a number', () => {
    const options = { unwrapped: ['3,000 million yen'], measure, minFontSize: 12 };
    expect(fitLabel('City Area Type', 122, 225, 12, options)).toBeNull();
    expect(fitLabel('City Area Type', 122, 225, 12, { ...options, wrapExtras: true })).toEqual({
      lines: ['City Area', 'Type'],
      fontSize: 12,
      extras: [['3,000', 'million yen']],
    });
  });

  it('counts the wrapped lines against the height', () => {
    const options = {
      unwrapped: ['3,000 million yen'],
      measure,
      minFontSize: 12,
      wrapExtras: true,
    };
    // Room for three lines of 12 px: two for the amount leave one for the name, which needs two.
    expect(fitLabel('City Area Type', 122, 3 * 14.4 + 12 + 1, 12, options)).toBeNull();
  });
});
