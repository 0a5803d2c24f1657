// @vitest-environment jsdom
/** The budget table (budget/BudgetTable.svelte) under the treemap, as App shows it. */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../render';

beforeEach(() => {
  window.location.hash = '#/budget';
});

// The table is under the chart, below the fold: it comes just after the first paint.
describe('budget table', () => {
  it('lists the programs with amount, share and source, and the sum in its footer', async () => {
    renderApp();
    const table = await screen.findByRole(
      'table',
      { name: 'Sum of the listed programs: FY2010 budget by program' },
      { timeout: 10_000 },
    );
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Name', 'Amount', 'Share', 'What it does', 'Source']);
    const ricp = within(table).getByRole('rowheader', {
      name: /^Regional Innovation Cluster Program/,
    });
    expect(ricp.closest('tr')).toHaveTextContent(/12,065 million yen\s*82\.0%/);
    expect(within(ricp).getByRole('link')).toHaveAttribute(
      'href',
      '#/budget/regional-innovation-cluster-program',
    );
    const footer = within(table).getByRole('rowheader', { name: 'Sum of the listed programs' });
    expect(footer.closest('tr')).toHaveTextContent(/14,714 million yen\s*100\.0%/);
  });

  it('at a program, shows its types, the residual, the stated total and the itemized sum', async () => {
    window.location.hash = '#/budget/regional-innovation-cluster-program';
    renderApp();
    const table = await screen.findByRole(
      'table',
      { name: 'Regional Innovation Cluster Program: FY2010 budget by type' },
      { timeout: 10_000 },
    );
    const rowText = (name: string | RegExp) =>
      within(table).getByRole('rowheader', { name }).closest('tr')?.textContent ?? '';
    expect(rowText(/^Global Type/)).toMatch(/7,942 million yen\s*65\.8%/);
    expect(rowText(/^City Area Type/)).toMatch(/3,000 million yen\s*24\.9%/);
    expect(rowText(/^Accelerative Support/)).toMatch(/1,000 million yen\s*8\.3%/);
    expect(rowText('Not itemized in the source')).toMatch(
      /123 million yen\s*1\.0%\s*Stated total minus itemized parts/,
    );
    expect(rowText('Stated total')).toMatch(/12,065 million yen\s*100\.0%/);
    expect(rowText('Sum of itemized parts')).toMatch(/11,942 million yen\s*99\.0%/);
  });

  it('follows the language', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/self-sustaining-management-program';
    renderApp();
    await user.click(screen.getByRole('button', { name: '日本語' }));
    const table = await screen.findByRole(
      'table',
      { name: /：2010年度予算（類型別）$/ },
      { timeout: 10_000 },
    );
    expect(
      within(table).getByRole('rowheader', { name: '記載の総額' }).closest('tr'),
    ).toHaveTextContent('2,649百万円');
    expect(
      within(table).getByRole('rowheader', { name: '出典で内訳なし' }).closest('tr'),
    ).toHaveTextContent('15百万円');
  });

  it('on a phone, says what each program does under its name, in no column of its own', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({ ...matchMedia(query), matches: query.includes('max-width: 540px') }) as MediaQueryList;
    try {
      renderApp();
      const table = await screen.findByRole(
        'table',
        { name: 'Sum of the listed programs: FY2010 budget by program' },
        { timeout: 10_000 },
      );
      expect(
        within(within(table).getAllByRole('row')[0]!)
          .getAllByRole('columnheader')
          .map((c) => c.textContent),
      ).toEqual(['Name', 'Amount', 'Share', 'Source']);
      const ricp = within(table).getByRole('rowheader', {
        name: /^Regional Innovation Cluster Program/,
      });
      expect(
        within(ricp).getByRole('link', { name: 'About Regional Innovation Cluster Program' }),
      ).toHaveAttribute('href', '#/program/regional-innovation-cluster-program');
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
