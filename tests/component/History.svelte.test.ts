/** Budgets by year and regions, rendered as App renders them, queried by role and accessible name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { loadDataset } from '../../src/lib/data/parse';
import { rawDataset } from '../fixtures/dataset';
import { catalogues } from '../fixtures/words';

beforeAll(async () => {
  await import('../../src/components/years/YearsView.svelte');
  await import('../../src/components/regions/RegionsView.svelte');
});

async function open(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  render(App, { loaded: loadDataset(rawDataset), catalogues });
  return screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
}

/** Whole-app renders that load a view and its data on demand: slower than one component. */
const SLOW = 30_000;

describe('budgets by year', () => {
  it(
    'is in the header navigation, marked as the current page',
    async () => {
      await open('#/years');
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

  it(
    'lists every figure in a table with its note and page; the verbatim column quotes',
    async () => {
      await open('#/years');
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

  it(
    'gives the chart a name and a link to the treemap on FY2010 bars',
    async () => {
      await open('#/years');
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

describe('regions', () => {
  it(
    'names the map and lists every numbered region with the source’s name',
    async () => {
      await open('#/regions');
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
