// @vitest-environment jsdom
/** The treemap (budget/Treemap.svg.svelte) as App shows it at #/budget: tiles, names, keys. */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../render';

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
    renderApp();
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
    renderApp();
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
    renderApp();
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
    renderApp();
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
