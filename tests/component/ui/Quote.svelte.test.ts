// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Quote from '../../../src/components/ui/Quote.svelte';

describe('Quote', () => {
  it('quotes verbatim text in the language given', () => {
    const { container } = render(Quote, { text: '平成14年度から実施しています。', lang: 'ja' });
    const q = container.querySelector('q')!;
    expect(q).toHaveTextContent('平成14年度から実施しています。');
    expect(q).toHaveAttribute('lang', 'ja');
    expect(q).not.toHaveClass('own-brackets');
  });

  it('adds no second pair of brackets to text the page already wraps in 「…」 (no 「「…」」)', () => {
    const text = '「イノベーションシステム整備事業(地域イノベーションクラスタープログラム)」';
    const { container } = render(Quote, { text, lang: 'ja' });
    const q = container.querySelector('q')!;
    expect(q).toHaveTextContent(text);
    expect(q).toHaveClass('own-brackets');
  });
});
