// @vitest-environment jsdom
/** The view toolbar (share/ViewToolbar.svelte): Present, Embed and Download, as App shows it. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { openApp } from '../render';

// Modules App loads on demand, loaded once here so that each render finds them ready.
beforeAll(async () => {
  await import('../../../src/components/timeline/TimelineView.svelte');
  await import('../../../src/lib/export/exportView');
});

/** jsdom has no object URLs: the download's blob gets `create()`'s address; restored after each test. */
const urlStatics = URL as unknown as Record<'createObjectURL' | 'revokeObjectURL', unknown>;
const originalUrls = {
  createObjectURL: urlStatics.createObjectURL,
  revokeObjectURL: urlStatics.revokeObjectURL,
};
function stubObjectUrls(create: () => string) {
  urlStatics.createObjectURL = create;
  urlStatics.revokeObjectURL = () => {};
}

afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(urlStatics, originalUrls);
});

const downloadToggle = () => screen.getByText(/^(Download|ダウンロード)$/, { selector: 'summary' });

describe('view toolbar', () => {
  it('offers Present, Embed and a Download menu of four formats', async () => {
    const user = userEvent.setup();
    await openApp('#/budget');
    expect(screen.getByRole('button', { name: 'Present' })).toHaveAccessibleDescription(
      'Presentation mode (key P)',
    );
    expect(screen.getByRole('button', { name: 'Embed' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    );
    const menu = downloadToggle().closest('details')!;
    expect(menu).not.toHaveAttribute('open');
    await user.click(downloadToggle());
    expect(menu).toHaveAttribute('open');
    expect(
      within(menu)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Image (PNG, 3840 × 2160)', 'Vector image (SVG)', 'Data (CSV)', 'Data (JSON)']);
    await user.keyboard('{Escape}');
    expect(menu).not.toHaveAttribute('open');
    expect(downloadToggle()).toHaveFocus();
    // Escape closed the menu and did nothing else.
    expect(window.location.hash).toBe('#/budget');
  });

  it('Present starts the presentation at the slide of the view on screen', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/4');
    await user.click(screen.getByRole('button', { name: 'Present' }));
    // The slides are loaded with presentation mode (a dynamic import).
    await vi.waitFor(() => expect(window.location.hash).toBe('#/present/5'));
    expect(
      await screen.findByRole('region', { name: 'Presentation' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Present' })).not.toBeInTheDocument();
  });

  it('the key P presents the budget level on screen', async () => {
    const user = userEvent.setup();
    await openApp('#/budget/self-sustaining-management-program');
    await user.keyboard('p');
    // 10 timeline steps, then the whole budget (11) and its two programs (12, 13).
    await vi.waitFor(() => expect(window.location.hash).toBe('#/present/14'));
  });

  it('downloads the data of the view on screen and says which file', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    stubObjectUrls(() => 'blob:test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    await openApp('#/timeline/7');
    await user.click(downloadToggle());
    await user.click(screen.getByRole('button', { name: 'Data (CSV)' }));
    const status = await screen.findByText('Downloaded timeline-step-7-unification.csv');
    expect(status).toHaveAttribute('role', 'status');
    expect(saved).toEqual(['timeline-step-7-unification.csv']);
    expect(downloadToggle().closest('details')).not.toHaveAttribute('open');
    expect(downloadToggle()).toHaveFocus();

    await user.click(downloadToggle());
    await user.click(screen.getByRole('button', { name: 'Data (JSON)' }));
    expect(
      await screen.findByText('Downloaded timeline-step-7-unification.json'),
    ).toBeInTheDocument();
    expect(saved).toEqual(['timeline-step-7-unification.csv', 'timeline-step-7-unification.json']);
  });

  it('says so when a download fails', async () => {
    const user = userEvent.setup();
    stubObjectUrls(() => {
      throw new Error('blocked');
    });
    await openApp('#/budget');
    await user.click(downloadToggle());
    await user.click(screen.getByRole('button', { name: 'Data (CSV)' }));
    expect(await screen.findByText('The download failed: blocked')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('is labelled in Japanese', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/3', '?lang=ja');
    expect(screen.getByRole('button', { name: '発表' })).toHaveAccessibleDescription(
      '発表モード（Pキー）',
    );
    expect(screen.getByRole('button', { name: '埋め込み' })).toBeInTheDocument();
    await user.click(downloadToggle());
    expect(
      within(downloadToggle().closest('details')!)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['画像（PNG、3840×2160）', 'ベクター画像（SVG）', 'データ（CSV）', 'データ（JSON）']);
  });
});
