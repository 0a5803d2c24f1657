import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/lib/layout/labels';
import { wrapLines } from '../../../src/lib/layout/wrapLines';

const width = (text: string) => estimateTextWidth(text, 10);

describe('wrapLines', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapLines('Global Type', width('Global Type'), 10)).toEqual(['Global Type']);
  });

  it('breaks at spaces, each line within the width, no word lost', () => {
    const name = 'Regional Innovation Cluster Program';
    const lines = wrapLines(name, width('Regional Innovation'), 10);
    expect(lines).toEqual(['Regional Innovation', 'Cluster Program']);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(width('Regional Innovation'));
  });

  it('puts a word longer than the width on its own line, whole', () => {
    expect(wrapLines('Self-Sustaining Management', width('Self'), 10)).toEqual([
      'Self-Sustaining',
      'Management',
    ]);
  });

  it('breaks Japanese between characters inside a word wider than the width', () => {
    const lines = wrapLines('地域イノベーション', width('地域イノ'), 10);
    expect(lines).toEqual(['地域イノ', 'ベーショ', 'ン']);
    expect(lines.join('')).toBe('地域イノベーション');
  });

  it('keeps a bracket with the word it encloses (never "）" alone on a line)', () => {
    const title = '2010年度予算（文部科学省の資料）';
    expect(wrapLines(title, width(title.slice(0, -1)), 10)).toEqual([
      '2010年度予算（文部科学省の',
      '資料）',
    ]);
    expect(wrapLines('予算「知的」', width('予算「'), 10)).toEqual(['予算', '「知', '的」']);
  });

  it('breaks Japanese between words where they fit', () => {
    const name = '大学等産学官連携自立化促進プログラム';
    expect(wrapLines(name, width('大学等産学官連携自'), 10)).toEqual([
      '大学等産学官連携',
      '自立化促進',
      'プログラム',
    ]);
  });
});
