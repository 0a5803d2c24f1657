// @vitest-environment jsdom
/** Budgets by year's chart (years/Years.svg.svelte), as App shows it at #/years. */
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { openApp, SLOW } from '../render';

beforeAll(async () => {
  await import('../../../src/components/years/YearsView.svelte');
});

describe('Years.svg', () => {
  it(
    'gives the chart a name and a link to the treemap on FY2010 bars',
    async () => {
      await openApp('#/years');
      const chart = await screen.findByRole(
        'group',
        { name: /^Budgets by fiscal year, FY2002 to FY2011, 9 programs/ },
        { timeout: 10_000 },
      );
      const links = within(chart).getAllByRole('link');
      expect(links.map((l) => l.getAttribute('aria-label')?.split(':')[0])).toEqual([
        'Regional Innovation Cluster Program, FY2010',
        'Program for Promoting Self-Sustaining Management of Industry-Academia-Government Collaboration in Universities, FY2010',
        'Program for Promoting Self-Sustaining Management of Industry-Academia-Government Collaboration in Universities, FY2010',
      ]);
      await userEvent.click(links[0]!);
      expect(window.location.hash).toBe('#/budget/regional-innovation-cluster-program');
    },
    SLOW,
  );
});
