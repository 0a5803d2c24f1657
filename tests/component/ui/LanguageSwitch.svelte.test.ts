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

  it('switches to Japanese with the header button and keeps the step', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/5');
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(window.location.hash).toBe('#/timeline/5');
    expect(
      screen.getByRole('heading', { level: 2, name: '知的クラスター創成事業（第Ⅱ期）' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '次のステップ' })).toBeInTheDocument();
  });
});
