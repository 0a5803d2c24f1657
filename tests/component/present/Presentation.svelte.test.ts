// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { dataset } from '../../fixtures/dataset';
import { renderApp } from '../render';

/**
 * The whole timeline (1), its 10 steps (2–11), then the FY2010 budget: the whole (12) and each of its two
 * programs (13, 14), then the budgets by fiscal year (15) and the regions (16).
 */
const total = 16;
const stepTitle = (n: number) => dataset.milestones[n - 1]!.title.en;
/** Slide n's heading names what it shows: step n - 1's title. */
const slideHeading = (n: number) => new RegExp(`: ${stepTitle(n - 1)}$`);

// App loads presentation mode (and the timeline inside it) on demand; load them once here.
beforeAll(async () => {
  await import('../../../src/components/present/Presentation.svelte');
  await import('../../../src/components/timeline/TimelineView.svelte');
});
afterEach(() => {
  delete (document as { fullscreenElement?: Element | null }).fullscreenElement;
});

/** The app at `hash` (and `search`, e.g. "?lang=ja"), once presentation mode has loaded. */
async function present(hash: string, search = '') {
  renderApp(hash, search);
  return screen.findByRole('region', { name: /^(Presentation|発表)$/ }, { timeout: 10_000 });
}

/** The visible "n / total" and the spoken "Slide n of total". */
function expectSlide(n: number) {
  expect(window.location.hash).toBe(`#/present/${n}`);
  expect(screen.getByText(`${n} / ${total}`)).toBeInTheDocument();
  expect(screen.getByText(`Slide ${n} of ${total}`)).toBeInTheDocument();
}

describe('presentation mode', () => {
  it('shows one slide with its counter, and nothing of the page around it', async () => {
    const region = await present('#/present/3');
    expectSlide(3);
    expect(within(region).getByRole('heading', { level: 1 })).toHaveTextContent(slideHeading(3));
    expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Present' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Timeline controls' })).not.toBeInTheDocument();
    expect(document.title).toBe('Presentation · Cluster Policy Explorer');
  });

  it('goes through the slides with Next and Previous, each disabled at its end', async () => {
    const user = userEvent.setup();
    await present('#/present/1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How the programs came together',
    );
    expect(screen.getByRole('button', { name: 'Previous slide' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expectSlide(2);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(slideHeading(2));
    await user.click(screen.getByRole('button', { name: 'Previous slide' }));
    expectSlide(1);

    window.location.hash = `#/present/${total - 1}`;
    await screen.findByText(`${total - 1} / ${total}`);
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expectSlide(total);
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous slide' })).toBeEnabled();
  });

  it('ends with the budgets by fiscal year and the regions, each titled by what it shows', async () => {
    const user = userEvent.setup();
    await present('#/present/14');
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expectSlide(15);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Budgets by fiscal year, FY2002–FY2011',
    );
    expect(
      await screen.findByText(/^Not drawn: 4 programs/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expectSlide(16);
    expect(
      await screen.findByRole('img', { name: /^Map of Japan’s prefectures/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('moves from the last timeline step to the budget slides', async () => {
    const user = userEvent.setup();
    await present('#/present/11');
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expectSlide(12);
    expect(
      await screen.findByRole('button', { name: /^Regional Innovation Cluster Program, 12,065/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'FY2010 budget: Regional Innovation Cluster Program (12,065 million yen)',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keys as in slide software: → ↓ Space PageDown Enter next, ← ↑ Shift+Space PageUp back', async () => {
    const user = userEvent.setup();
    await present('#/present/3');
    await user.keyboard('{ArrowRight}');
    expectSlide(4);
    await user.keyboard('{PageDown}');
    expectSlide(5);
    await user.keyboard('{ArrowDown}');
    expectSlide(6);
    await user.keyboard(' ');
    expectSlide(7);
    await user.keyboard('{Enter}');
    expectSlide(8);
    await user.keyboard('{Shift>} {/Shift}');
    expectSlide(7);
    await user.keyboard('{ArrowUp}');
    expectSlide(6);
    await user.keyboard('{ArrowLeft}');
    expectSlide(5);
    await user.keyboard('{PageUp}');
    expectSlide(4);
    await user.keyboard('{End}');
    expectSlide(total);
    await user.keyboard('{ArrowRight}');
    expectSlide(total);
    await user.keyboard('{Home}');
    expectSlide(1);
    await user.keyboard('{PageUp}');
    expectSlide(1);
  });

  it('keeps the arrow keys from the treemap on a budget slide', async () => {
    const user = userEvent.setup();
    await present('#/present/12');
    const tile = await screen.findByRole('button', {
      name: /^Regional Innovation Cluster Program/,
    });
    tile.focus();
    await user.keyboard('{ArrowRight}');
    expectSlide(13);
  });

  it('Escape leaves to the ordinary view of a timeline slide', async () => {
    const user = userEvent.setup();
    await present('#/present/7');
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/timeline/6');
    expect(
      await screen.findByRole('group', { name: 'Timeline controls' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(6) })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
  });

  it('Escape leaves to the ordinary view of a budget slide; so does "Leave presentation"', async () => {
    const user = userEvent.setup();
    await present('#/present/13');
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/budget/regional-innovation-cluster-program');
    expect(
      await screen.findByRole(
        'table',
        { name: 'Regional Innovation Cluster Program: FY2010 budget by type' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();

    window.location.hash = '#/present/12';
    await user.click(await screen.findByRole('button', { name: 'Leave presentation' }));
    expect(window.location.hash).toBe('#/budget');
  });

  it('F and the Full screen button toggle fullscreen; the slide stays', async () => {
    const user = userEvent.setup();
    let fullscreen: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => fullscreen,
    });
    const requests: string[] = [];
    document.documentElement.requestFullscreen = async () => {
      requests.push('enter');
      fullscreen = document.documentElement;
      document.dispatchEvent(new Event('fullscreenchange'));
    };
    document.exitFullscreen = async () => {
      requests.push('exit');
      fullscreen = null;
      document.dispatchEvent(new Event('fullscreenchange'));
    };
    await present('#/present/2');
    const button = screen.getByRole('button', { name: 'Full screen' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('f');
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect(requests).toEqual(['enter', 'exit']);
    expectSlide(2);
  });

  it('goes to the nearest slide for an out-of-range number, correcting the address', async () => {
    await present('#/present/99');
    expectSlide(total);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes to the first slide for no number, and for 0', async () => {
    await present('#/present');
    expectSlide(1);
    window.location.hash = '#/present/5';
    await screen.findByText(`5 / ${total}`);
    window.location.hash = '#/present/0';
    await waitFor(() => expect(window.location.hash).toBe('#/present/1'));
    expectSlide(1);
  });

  it('writes a padded number the plain way', async () => {
    await present('#/present/03');
    expectSlide(3);
  });

  it('says so for a malformed slide, with a link to the first one', async () => {
    const user = userEvent.setup();
    const region = await present('#/present/abc');
    const alert = within(region).getByRole('alert');
    expect(alert).toHaveTextContent('There is no slide “abc”.');
    const first = within(alert).getByRole('link', { name: 'Go to the first slide' });
    expect(first).toHaveAttribute('href', '#/present/1');
    expect(screen.queryByRole('button', { name: 'Next slide' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/present/abc');
    await user.click(first);
    expect(await screen.findByText(`1 / ${total}`)).toBeInTheDocument();
  });

  it('is in Japanese', async () => {
    const region = await present('#/present/8', '?lang=ja');
    // One Japanese form for a position, as the timeline's "ステップ7／10".
    expect(screen.getByText(`8／${total}`)).toBeInTheDocument();
    expect(screen.getByText(`スライド8／${total}`)).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: '前のスライド' })).toBeEnabled();
    expect(within(region).getByRole('button', { name: '次のスライド' })).toBeEnabled();
    expect(within(region).getByRole('button', { name: '発表を終了' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: '全画面表示' })).toBeInTheDocument();
    expect(within(region).getByRole('heading', { level: 1 })).toHaveTextContent(
      '2010年度（平成22年度）：イノベーションシステム整備事業への統合',
    );
  });
});
