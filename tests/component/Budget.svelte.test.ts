import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { loadDataset } from '../../src/lib/data/parse';
import { rawDataset } from '../fixtures/dataset';
import { catalogues } from '../fixtures/words';

const RICP = /^Regional Innovation Cluster Program, 12,065 million yen, 82\.0% of/;
const SSM = /^Program for Promoting Self-Sustaining Management .*, 2,649 million yen, 18\.0% of/;

beforeEach(() => {
  window.location.hash = '#/budget';
});

function chart() {
  return screen.getByRole('group', { name: /^Treemap of/ });
}

describe('budget treemap', () => {
  it('names every tile with its name, amount and share, and puts one tile in the tab order', () => {
    render(App, { loaded: loadDataset(rawDataset), catalogues });
    const tiles = within(chart()).getAllByRole('button');
    expect(tiles.map((t) => t.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(RICP),
      expect.stringMatching(SSM),
    ]);
    expect(tiles.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(chart()).toHaveAccessibleName(
      'Treemap of Sum of the listed programs: 2 tiles. Use arrow keys to move between tiles, Enter to open one.',
    );
  });

  it('moves focus between siblings with the arrow keys, wrapping around', async () => {
    const user = userEvent.setup();
    render(App, { loaded: loadDataset(rawDataset), catalogues });
    screen.getByRole('button', { name: RICP }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: SSM })).toHaveFocus();
    expect(screen.getByRole('button', { name: SSM })).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: RICP })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: SSM })).toHaveFocus();
  });

  it('opens a program with Enter, shows its types, and goes back up with Escape', async () => {
    const user = userEvent.setup();
    render(App, { loaded: loadDataset(rawDataset), catalogues });
    screen.getByRole('button', { name: RICP }).focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/budget/regional-innovation-cluster-program');
    // Each type links to its page; the residual is a picture only.
    const tiles = [...chart().querySelectorAll('[data-tile]')];
    expect(tiles.map((t) => t.getAttribute('role'))).toEqual(['link', 'link', 'link', 'img']);
    const types = tiles.map((t) => t.getAttribute('aria-label'));
    expect(types).toEqual([
      'Global Type, 7,942 million yen, 65.8% of Regional Innovation Cluster Program',
      'City Area Type, 3,000 million yen, 24.9% of Regional Innovation Cluster Program',
      'Accelerative Support, 1,000 million yen, 8.3% of Regional Innovation Cluster Program',
      'Not itemized in the source, 123 million yen, 1.0% of Regional Innovation Cluster Program',
    ]);
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/budget');
    expect(screen.getByRole('button', { name: RICP })).toBeInTheDocument();
  });

  it('opens a program with Space and by click', async () => {
    const user = userEvent.setup();
    render(App, { loaded: loadDataset(rawDataset), catalogues });
    screen.getByRole('button', { name: SSM }).focus();
    await user.keyboard(' ');
    expect(window.location.hash).toBe('#/budget/self-sustaining-management-program');
    expect(
      screen.getByRole('link', { name: /^Function Support Type, 2,041 million yen/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Sum of the listed programs' }));
    await user.click(await screen.findByRole('button', { name: RICP }));
    expect(window.location.hash).toBe('#/budget/regional-innovation-cluster-program');
  });
});

// The table is under the chart, below the fold: it comes just after the first paint.
describe('budget table', () => {
  it('lists the programs with amount, share and source, and the sum in its footer', async () => {
    render(App, { loaded: loadDataset(rawDataset), catalogues });
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
    render(App, { loaded: loadDataset(rawDataset), catalogues });
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
    render(App, { loaded: loadDataset(rawDataset), catalogues });
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
});
