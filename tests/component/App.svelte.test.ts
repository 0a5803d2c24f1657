// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { loadDataset } from '../../src/lib/data/parse';
import { brokenDataset, rawDataset } from '../fixtures/dataset';
import { catalogues } from '../fixtures/words';

describe('App', () => {
  it('shows a clear message, not a blank page, when the dataset is malformed', () => {
    const bad = brokenDataset((d) => (d.budgetLines[0]!.citation.sourceId = 'nowhere'));
    render(App, { loaded: loadDataset(bad), catalogues });
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'The dataset could not be loaded' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('cites unknown source "nowhere"');
  });

  it('opens on the budget view with a tile per program, named with amount and share', () => {
    render(App, { loaded: loadDataset(rawDataset), catalogues });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('FY2010 budgets');
    expect(
      screen.getByRole('button', {
        name: /^Regional Innovation Cluster Program, 12,065 million yen, 82\.0% of/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'FY2010 budget' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  // An unknown view, an unknown program, and a type (whose budget level is its program's).
  it.each(['#/no-such-view', '#/budget/nope', '#/budget/global-type'])(
    'shows "not found" with a way back for %s',
    async (hash) => {
      window.location.hash = hash;
      render(App, { loaded: loadDataset(rawDataset), catalogues });
      expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to the FY2010 budget' })).toHaveAttribute(
        'href',
        '#/budget',
      );
    },
  );

  it('says so, with a way to try again and a way back, when a view cannot be loaded', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/programs';
    let attempts = 0;
    const loaded = loadDataset(rawDataset);
    const loadWhole = () =>
      (attempts += 1) === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(loaded);
    render(App, { loaded, loadWhole, catalogues });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(
      within(alert).getByRole('heading', { name: 'This view could not be loaded' }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Go to the FY2010 budget' })).toHaveAttribute(
      'href',
      '#/budget',
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /programs/i }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
