// @vitest-environment jsdom
/** The header's English / 日本語 switch (ui/LanguageSwitch.svelte), as App shows it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { openApp, renderApp } from '../render';

beforeAll(async () => {
  await import('../../../src/components/timeline/TimelineView.svelte');
});

describe('LanguageSwitch', () => {
  it('switches language with the header toggle', async () => {
    const user = userEvent.setup();
    renderApp('#/budget');
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(document.documentElement.lang).toBe('ja');
    expect(
      screen.getByRole('button', { name: /^地域イノベーションクラスタープログラム、12,065百万円/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches to Japanese with the header button and keeps the step, names and caption', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/7');
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(window.location.hash).toBe('#/timeline/7');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'プログラムの統合の歩み（2001年3月〜2011年度）',
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'イノベーションシステム整備事業への統合' }),
    ).toBeInTheDocument();
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'イノベーションシステム整備事業',
    );
    expect(
      await screen.findByRole('link', { name: /^地域イノベーションクラスタープログラム：/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^知的クラスター創成事業：/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '次のステップ' })).toBeInTheDocument();
  });
});
