// @vitest-environment jsdom
/** A long part of a view, folded under its name in an embed (ui/EmbedCollapsed.svelte). */
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EmbedCollapsed from '../../../src/components/ui/EmbedCollapsed.svelte';
import { renderPart } from '../render';

const children = createRawSnippet(() => ({ render: () => '<p>Every row</p>' }));

describe('EmbedCollapsed', () => {
  it('folds its part under the summary in an embed, and opens it', async () => {
    renderPart(EmbedCollapsed, { summary: 'The table', children }, { mode: 'embed' });
    const summary = screen.getByText('The table');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await userEvent.setup().click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(screen.getByText('Every row')).toBeVisible();
  });

  it('shows its part as it is on a page of its own', () => {
    renderPart(EmbedCollapsed, { summary: 'The table', children });
    expect(screen.queryByText('The table')).toBeNull();
    expect(screen.getByText('Every row')).toBeVisible();
  });
});
