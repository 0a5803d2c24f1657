/**
 * Every Japanese message in Japanese typography: full-width brackets and colons next to Japanese text,
 * one form for a position ("ステップ7／10"), and English only where it names what a source writes.
 */
import { describe, expect, it } from 'vitest';
import { ja as main } from '../../../src/lib/i18n/ja';
import { programs } from '../../../src/lib/i18n/ja/programs';
import { shareTools } from '../../../src/lib/i18n/ja/shareTools';
import { timeline } from '../../../src/lib/i18n/ja/timeline';
import { history } from '../../../src/lib/i18n/history/ja';

const catalogues: Record<string, Readonly<Record<string, string>>> = {
  main,
  programs,
  shareTools,
  timeline,
  history,
};
const messages = Object.entries(catalogues).flatMap(([name, catalogue]) =>
  Object.entries(catalogue).map(([key, text]) => ({ key: `${name}:${key}`, text })),
);
const JA = '[\\u3040-\\u30ff\\u4e00-\\u9fff}]';

describe('Japanese messages', () => {
  it('use full-width brackets and colons beside Japanese text', () => {
    const halfWidth = new RegExp(`${JA}[ ]?[(:;]|[(]${JA}|${JA}[)]`);
    expect(messages.filter(({ text }) => halfWidth.test(text))).toEqual([]);
  });

  it('write a position one way: no space before the number, a full-width slash', () => {
    const positions = messages.filter(({ text }) => /(ステップ|スライド) ?\{/.test(text));
    expect(positions.length).toBeGreaterThan(0);
    for (const { text } of positions) expect(text).not.toMatch(/(ステップ|スライド) \{|\} ?\/ ?\{/);
  });

  it('give the units note in Japanese, naming "billion yen" only as what English sources write', () => {
    const note = history['years.conversion'];
    expect(note).toContain('10億円（英語の出典ではbillion yen）＝1,000百万円');
    expect(note).not.toContain('1 billion yen');
  });
});
