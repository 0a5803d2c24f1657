// @vitest-environment jsdom
/** The embed dialog (share/EmbedDialog.svelte), opened from the view toolbar as App shows it. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { openApp } from '../render';

// jsdom has no modal <dialog>: showModal opens it, close() closes it and fires "close", as browsers do.
const dialogProto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
const hadShowModal = 'showModal' in dialogProto;
beforeAll(async () => {
  if (!hadShowModal) {
    dialogProto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    dialogProto.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
  // Modules App loads on demand, loaded once here so that each render finds them ready.
  await import('../../../src/components/timeline/TimelineView.svelte');
  await import('../../../src/components/share/EmbedDialog.svelte');
});
afterAll(() => {
  if (!hadShowModal) {
    delete dialogProto.showModal;
    delete dialogProto.close;
  }
});

const originalExecCommand = document.execCommand;

afterEach(() => {
  vi.restoreAllMocks();
  document.execCommand = originalExecCommand;
});

describe('embed dialog', () => {
  async function openDialog(hash: string, search = '') {
    const user = userEvent.setup();
    await openApp(hash, search);
    await user.click(screen.getByRole('button', { name: search ? '埋め込み' : 'Embed' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    return { user, dialog };
  }

  it('opens as a dialog with an <iframe> snippet of the view on screen, in embed mode', async () => {
    const { dialog } = await openDialog('#/timeline/3');
    expect(dialog).toHaveAccessibleName('Embed this view');
    expect(dialog).toHaveAttribute('open');
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    expect(code).toHaveAttribute('readonly');
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toMatch(/^<iframe src="[^"]*\?embed&amp;lang=en#\/timeline\/3"/);
    expect(snippet).toContain(`src="${window.location.origin}/?embed&amp;lang=en#/timeline/3"`);
    expect(snippet).toContain('title="Timeline, Cluster Policy Explorer"');
    expect(snippet).toMatch(
      /<\/iframe>\n<script src="http:\/\/localhost:3000\/embed\.js" async><\/script>$/,
    );
  });

  it('follows the view: the budget level on screen', async () => {
    const { dialog } = await openDialog('#/budget/regional-innovation-cluster-program');
    const snippet = (within(dialog).getByRole('textbox') as HTMLTextAreaElement).value;
    expect(snippet).toContain('?embed&amp;lang=en#/budget/regional-innovation-cluster-program"');
    expect(snippet).toContain('title="FY2010 budget, Cluster Policy Explorer"');
  });

  it('lets the page author choose the colours and a transparent background, in the snippet', async () => {
    const { user, dialog } = await openDialog('#/timeline/3');
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    const colours = within(dialog).getByRole('group', { name: 'Colours' });
    const auto = within(colours).getByRole('radio', { name: "The reader's system setting" });
    expect(auto).toBeChecked();
    expect(
      within(colours)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['auto', 'light', 'dark']);
    const transparent = within(dialog).getByRole('checkbox', {
      name: 'Transparent background (your page shows through)',
    });
    expect(transparent).not.toBeChecked();
    expect(code.value).toContain('?embed&amp;lang=en#/timeline/3"');
    expect(code.value).not.toMatch(/theme=|background=|color-scheme/);

    await user.click(within(colours).getByRole('radio', { name: 'Dark' }));
    expect(code.value).toContain('?embed&amp;lang=en&amp;theme=dark#/timeline/3"');
    await user.click(transparent);
    expect(code.value).toContain(
      '?embed&amp;lang=en&amp;theme=dark&amp;background=transparent#/timeline/3"',
    );
    expect(code.value).toContain('style="border:0;width:100%;color-scheme:dark"');
    await user.click(within(colours).getByRole('radio', { name: 'Light' }));
    expect(code.value).toContain('&amp;theme=light&amp;background=transparent#/timeline/3"');
    await user.click(auto);
    await user.click(transparent);
    expect(code.value).toContain('?embed&amp;lang=en#/timeline/3"');
    expect(code.value).not.toMatch(/theme=|background=|color-scheme/);

    // What Copy puts on the clipboard is the snippet as shown, choices included.
    await user.click(within(colours).getByRole('radio', { name: 'Light' }));
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toContain('&amp;theme=light#/timeline/3"');
  });

  it('copies the snippet and says so in a live region', async () => {
    const { user, dialog } = await openDialog('#/timeline/3');
    // userEvent.setup() has put a clipboard stub on navigator; watch what is written to it.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('');
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    const snippet = (within(dialog).getByRole('textbox') as HTMLTextAreaElement).value;
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(await navigator.clipboard.readText()).toBe(snippet);
    await waitFor(() => expect(status).toHaveTextContent('Copied'));
  });

  it('when the clipboard refuses, selects the code and says how to copy it', async () => {
    const { user, dialog } = await openDialog('#/timeline/3');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    document.execCommand = () => false;
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'Could not copy: the code is selected, press Ctrl+C (⌘C) to copy it',
      ),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Embed code' })).toHaveFocus();
  });

  it('closes with Close, and can open again', async () => {
    const { user, dialog } = await openDialog('#/budget');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    expect(await screen.findByRole('dialog', { name: 'Embed this view' })).toBeInTheDocument();
  });

  it('the timeline keys and P do nothing while the dialog has focus', async () => {
    const { user, dialog } = await openDialog('#/timeline/3');
    within(dialog).getByRole('button', { name: 'Copy' }).focus();
    await user.keyboard('{ArrowRight}p');
    expect(window.location.hash).toBe('#/timeline/3');
  });

  it('is in Japanese, and embeds the Japanese view', async () => {
    const { dialog } = await openDialog('#/timeline/3', '?lang=ja');
    expect(dialog).toHaveAccessibleName('この表示を埋め込む');
    const code = within(dialog).getByRole('textbox', { name: '埋め込みコード' });
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toContain('?embed&amp;lang=ja#/timeline/3"');
    expect(snippet).toContain('title="年表（クラスター政策エクスプローラー）"');
    expect(within(dialog).getByRole('button', { name: 'コピー' })).toBeInTheDocument();
    const colours = within(dialog).getByRole('group', { name: '配色' });
    expect(
      within(colours)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent?.trim()),
    ).toEqual(['閲覧者のシステム設定', 'ライト', 'ダーク']);
    expect(
      within(dialog).getByRole('checkbox', { name: '背景を透明にする（ページの背景が見えます）' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '閉じる' })).toBeInTheDocument();
  });
});
