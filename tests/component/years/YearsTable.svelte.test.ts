// @vitest-environment jsdom
/** Budgets by year's table (years/YearsTable.svelte), as App shows it at #/years. */
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openApp, SLOW } from '../render';

beforeAll(async () => {
  await import('../../../src/components/years/YearsView.svelte');
});

describe('YearsTable', () => {
  it(
    'lists every figure in a table with its note and page; the verbatim column quotes',
    async () => {
      await openApp('#/years');
      const table = await screen.findByRole(
        'table',
        { name: 'Every figure, with its note and page' },
        { timeout: 10_000 },
      );
      const rows = within(table).getAllByRole('row');
      expect(rows).toHaveLength(25);
      const fy2008 = rows.find((row) => row.textContent?.includes('16億円'));
      expect(fy2008).toBeDefined();
      expect(within(fy2008!).getByText('part of the program: Phase I only')).toBeInTheDocument();
      expect(fy2008!.querySelector('q')?.textContent).toBe(
        '(1) 知的クラスター創成事業(第Ⅰ期)(平成20 年度予算:16 億円)',
      );
      expect(within(table).getAllByRole('link', { name: 'FY2010' })).toHaveLength(5);
    },
    SLOW,
  );
});
