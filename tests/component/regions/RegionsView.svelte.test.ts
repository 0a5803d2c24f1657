// @vitest-environment jsdom
/** The regions (regions/RegionsView.svelte), as App shows them at #/regions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openApp, SLOW } from '../render';

beforeAll(async () => {
  await import('../../../src/components/regions/RegionsView.svelte');
});

describe('RegionsView', () => {
  it(
    'names the map and lists every numbered region with the source’s name',
    async () => {
      await openApp('#/regions');
      expect(
        await screen.findByRole(
          'img',
          { name: /^Map of Japan’s prefectures/ },
          { timeout: 10_000 },
        ),
      ).toBeInTheDocument();
      const table = screen.getByRole('table', { name: 'The numbered regions, each with its page' });
      expect(within(table).getAllByRole('row')).toHaveLength(21);
      expect(
        within(table).getByRole('rowheader', { name: /^札幌周辺を核とする道央地域/ }),
      ).toBeInTheDocument();
      expect(screen.getByText(/MapSVG/)).toBeInTheDocument();
    },
    SLOW,
  );
});
