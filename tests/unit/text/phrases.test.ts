import { describe, expect, it } from 'vitest';
import { phrases } from '../../../src/lib/text/phrases';

describe('phrases (where a Japanese title may break, never inside a word)', () => {
  it('breaks where the script changes, keeping each katakana and kanji word whole', () => {
    expect(phrases('クラスター政策エクスプローラー')).toEqual([
      'クラスター',
      '政策',
      'エクスプローラー',
    ]);
  });

  it('keeps hiragana and brackets with their words, and loses no character', () => {
    const text = '文部科学省の地域イノベーション政策（2001年3月〜2011年度）';
    const parts = phrases(text);
    expect(parts.join('')).toBe(text);
    expect(parts).toContain('文部科学省の');
    expect(parts).toContain('イノベーション');
    for (const part of parts.slice(1)) expect(part).not.toMatch(/^[）の]/);
    for (const part of parts) expect(part).not.toMatch(/（$/);
  });

  it('leaves text with spaces whole: it breaks at its spaces', () => {
    expect(phrases('Cluster Policy Explorer')).toEqual(['Cluster Policy Explorer']);
  });
});
