// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TimelineView from '../../../src/components/timeline/TimelineView.svelte';
import type { ViewMode } from '../../../src/lib/state/context';
import { dataset } from '../../fixtures/dataset';
import { openApp, renderPart } from '../render';

const steps = dataset.milestones;
const count = steps.length;
const titleOf = (n: number) => steps[n - 1]!.title.en;

afterEach(() => {
  vi.useRealTimers();
});

/** TimelineView alone, with its contexts, for the modes App sets from elsewhere. */
function renderView({ step, mode }: { step: string | null; mode?: ViewMode }) {
  return renderPart(TimelineView, { step }, { mode, hash: window.location.hash });
}

const caption = (title: string) => screen.getByRole('heading', { level: 2, name: title });
const slider = () => screen.getByRole('slider', { name: 'Step' });

// Rendering the whole view in jsdom takes seconds on a busy machine.
describe('timeline view', { timeout: 20_000 }, () => {
  it('captions the step with when it happened, what happened and its quoted, cited sources', async () => {
    await openApp('#/timeline/3');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How the programs came together, March 2001 to FY2011',
    );
    const article = caption(titleOf(3)).closest('article')!;
    expect(article).toHaveTextContent('Step 3 of 10 · FY2002');
    expect(article).toHaveTextContent(/^.*In FY2002 MEXT started two programs/);
    const sources = within(article).getByRole('list', { name: 'Source' });
    const items = within(sources).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      /in fiscal 2002, the Ministry of Education, Culture, Sports, Science and Technology \(MEXT\) initiated the Knowledge Cluster Initiative/,
    );
    expect(items[0]).toHaveTextContent(
      '— Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT)',
    );
    expect(items[1]).toHaveTextContent("— MEXT's Efforts for the Creation of Regional Innovations");
  });

  it('has a slider named "Step" whose value is the step and whose spoken value says when and what', async () => {
    await openApp('#/timeline/3');
    expect(slider()).toHaveValue('3');
    expect(slider()).toHaveAttribute('min', '1');
    expect(slider()).toHaveAttribute('max', String(count));
    expect(slider()).toHaveAttribute('aria-valuetext', `FY2002: ${titleOf(3)}`);
    await fireEvent.input(slider(), { target: { value: '7' } });
    expect(window.location.hash).toBe('#/timeline/7');
    expect(caption(titleOf(7))).toBeInTheDocument();
    expect(slider()).toHaveAttribute('aria-valuetext', `FY2010: ${titleOf(7)}`);
  });

  it('steps with Previous and Next, each disabled at its end', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/1');
    const previous = screen.getByRole('button', { name: 'Previous step' });
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(previous).toBeDisabled();
    expect(next).toBeEnabled();
    await user.click(next);
    expect(window.location.hash).toBe('#/timeline/2');
    expect(caption(titleOf(2))).toBeInTheDocument();
    expect(previous).toBeEnabled();
    await user.click(previous);
    expect(window.location.hash).toBe('#/timeline/1');
    expect(previous).toBeDisabled();

    window.location.hash = `#/timeline/${count}`;
    expect(await screen.findByRole('heading', { level: 2, name: titleOf(count) })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeEnabled();
  });

  it('steps with ← and →, jumps with Home and End, and stays within the steps', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/3');
    await user.keyboard('{ArrowRight}');
    expect(window.location.hash).toBe('#/timeline/4');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(window.location.hash).toBe('#/timeline/2');
    expect(caption(titleOf(2))).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(window.location.hash).toBe(`#/timeline/${count}`);
    await user.keyboard('{ArrowRight}');
    expect(window.location.hash).toBe(`#/timeline/${count}`);
    await user.keyboard('{Home}');
    expect(window.location.hash).toBe('#/timeline/1');
    await user.keyboard('{ArrowLeft}');
    expect(window.location.hash).toBe('#/timeline/1');
  });

  it('leaves the arrow keys to the slider when it has focus', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/3');
    slider().focus();
    await user.keyboard('{ArrowRight}');
    // The range input moves itself (in a browser, reporting through `input`); the view adds no step.
    expect(window.location.hash).toBe('#/timeline/3');
  });

  it('plays from the next step at once, then every few seconds, replacing the history entry', async () => {
    await openApp('#/timeline/3');
    vi.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/timeline/4');
    await vi.advanceTimersByTimeAsync(2600);
    expect(window.location.hash).toBe('#/timeline/5');
    expect(window.history.length).toBe(entries);
    // While playing, a step's caption follows it a frame later, in a task of its own.
    await vi.advanceTimersByTimeAsync(100);
    expect(caption(titleOf(5))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(window.location.hash).toBe('#/timeline/5');

    // Space plays too; at the last step playing stops by itself.
    await user.keyboard('{End}');
    await user.keyboard('{ArrowLeft}');
    expect(window.location.hash).toBe(`#/timeline/${count - 1}`);
    await user.keyboard(' ');
    expect(window.location.hash).toBe(`#/timeline/${count}`);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(window.location.hash).toBe(`#/timeline/${count}`);
  });

  it('starts again from step 1 when Play is pressed at the last step', async () => {
    await openApp(`#/timeline/${count}`);
    vi.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(window.location.hash).toBe('#/timeline/1');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(2600);
    expect(window.location.hash).toBe('#/timeline/2');
  });

  it('tells the whole story as a list of steps, each a link, the current one marked', async () => {
    await openApp('#/timeline/3');
    const list = screen.getByRole('region', { name: 'All steps' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(count);
    expect(items[0]).toHaveTextContent(
      `30 March 2001: ${titleOf(1)} On 30 March 2001 the Cabinet adopted the Second Science and Technology Basic Plan`,
    );
    expect(items[6]).toHaveTextContent(`FY2010: ${titleOf(7)} In FY2010 MEXT unified`);
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      steps.map((_, index) => `#/timeline/${index + 1}`),
    );
    expect(within(list).getByRole('link', { current: 'step' })).toHaveAccessibleName(
      `FY2002: ${titleOf(3)}`,
    );
  });

  it('shows the nearest step for an out-of-range one, and says so', async () => {
    await openApp('#/timeline/99');
    expect(
      screen.getByText(`There is no step 99; showing step ${count}, the nearest one.`),
    ).toHaveAttribute('role', 'status');
    expect(caption(titleOf(count))).toBeInTheDocument();
    expect(slider()).toHaveValue(String(count));
  });

  it('shows step 1 for step 0, and says so', async () => {
    await openApp('#/timeline/0');
    expect(
      screen.getByText('There is no step 0; showing step 1, the nearest one.'),
    ).toHaveAttribute('role', 'status');
    expect(caption(titleOf(1))).toBeInTheDocument();
  });

  it('shows an alert with a link to step 1 for a malformed step', async () => {
    const user = userEvent.setup();
    await openApp('#/timeline/abc');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“abc” is not a step of the timeline.');
    const first = within(alert).getByRole('link', { name: 'Go to step 1' });
    expect(first).toHaveAttribute('href', '#/timeline/1');
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    await user.click(first);
    expect(await screen.findByRole('heading', { level: 2, name: titleOf(1) })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('presenting, shows the title, chart and caption but no controls, step list or keys', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/present/3';
    renderView({ step: '3', mode: 'presentation' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How the programs came together',
    );
    expect(
      await screen.findByRole('group', { name: /^Timeline of 14 programs .* up to step 3:/ }),
    ).toBeInTheDocument();
    expect(caption(titleOf(3))).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Timeline controls' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Play|Next step|Previous step/ })).toBeNull();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'All steps' })).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}{End}');
    expect(window.location.hash).toBe('#/present/3');
  });

  it('embedded, keeps the chart, controls and cited caption but not the step list or sources', async () => {
    window.location.hash = '#/timeline/3';
    renderView({ step: '3', mode: 'embed' });
    expect(await screen.findByRole('group', { name: /^Timeline of 14 programs/ })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Timeline controls' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Source' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'All steps' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sources' })).not.toBeInTheDocument();
  });

  it('in the full view, lists the source of each program shown', async () => {
    await openApp('#/timeline/3');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(within(sources).getByText('Knowledge Cluster Initiative')).toBeInTheDocument();
  });
});

describe('timeline view in Japanese', () => {
  it('labels the controls in Japanese and names verified programs in Japanese', async () => {
    await openApp('#/timeline/7', '?lang=ja');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'プログラムの統合の歩み（2001年3月〜2011年度）',
    );
    expect(screen.getByRole('group', { name: '年表の操作' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '再生' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '前のステップ' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '次のステップ' })).toBeEnabled();
    const jaSlider = screen.getByRole('slider', { name: 'ステップ' });
    expect(jaSlider).toHaveAttribute(
      'aria-valuetext',
      '2010年度：イノベーションシステム整備事業への統合',
    );
    const title = screen.getByRole('heading', {
      level: 2,
      name: 'イノベーションシステム整備事業への統合',
    });
    expect(within(title).getByText('イノベーションシステム整備事業への統合')).toHaveAttribute(
      'lang',
      'ja',
    );
    expect(within(title).queryByText('未翻訳')).toBeNull();
    expect(title.closest('article')).toHaveTextContent('ステップ7／10 · 2010年度（平成22年度）');
    expect(screen.getByRole('list', { name: '出典' })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /^地域イノベーションクラスタープログラム：/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^知的クラスター創成事業：/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'すべてのステップ' })).toBeInTheDocument();
  });
});

describe('timeline lane names in Japanese', () => {
  it('marks a lane whose program has no sourced Japanese name 未翻訳, as names are marked elsewhere', async () => {
    await openApp('#/timeline/10', '?lang=ja');
    const lanes = [...document.querySelectorAll('.lane-label')].map((label) =>
      [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(''),
    );
    expect(lanes).toContain('Accelerative Support（未翻訳）');
    expect(lanes).toContain('Function Support Type（未翻訳）');
    // A sourced Japanese name carries no marker.
    expect(lanes).toContain('知的クラスター創成事業');
    expect(lanes.filter((name) => name.includes('未翻訳'))).not.toContain(
      '知的クラスター創成事業（未翻訳）',
    );
  });
});
