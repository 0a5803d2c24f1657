// @vitest-environment jsdom
/** The header (ui/Header.svelte): its navigation marks the current view. */
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openApp, SLOW } from '../render';

beforeAll(async () => {
  await import('../../../src/components/years/YearsView.svelte');
});

describe('Header', () => {
  it(
    'is in the header navigation, marked as the current page',
    async () => {
      await openApp('#/years');
      const nav = screen.getByRole('navigation', { name: 'Views' });
      expect(within(nav).getByRole('link', { name: 'Budgets by year' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      expect(within(nav).getByRole('link', { name: 'Regions' })).not.toHaveAttribute(
        'aria-current',
      );
    },
    SLOW,
  );
});
