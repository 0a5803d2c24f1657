import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Caption from '../../src/components/timeline/Caption.svelte';
import Controls from '../../src/components/timeline/Controls.svelte';
import StepList from '../../src/components/timeline/StepList.svelte';
import TimelineLink from '../../src/components/timeline/TimelineLink.svelte';
import { parseDataset } from '../../src/lib/data/parse';
import { timelineSteps } from '../../src/lib/data/steps';
import type { Dataset } from '../../src/lib/data/types';
import { LocaleState } from '../../src/lib/state/locale.svelte';
import { Router } from '../../src/lib/state/router.svelte';
import { brokenDataset, dataset } from '../fixtures/dataset';
import WithContexts from './WithContexts.svelte';
import { catalogues } from '../fixtures/words';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** One component with the app's contexts, in English or (with `search` "?lang=ja") Japanese. */
function renderPart<Props extends Record<string, unknown>>(
  component: import('svelte').Component<Props>,
  props: Props,
  { search = '', data = dataset }: { search?: string; data?: Dataset } = {},
) {
  window.history.replaceState(null, '', `/${search}`);
  return render(WithContexts<Props>, {
    props: {
      component,
      props,
      dataset: data,
      locale: new LocaleState(window, catalogues),
      router: new Router(),
    },
  });
}

describe('Controls', () => {
  function controls(overrides: { number?: number; count?: number; playing?: boolean } = {}) {
    const props = $state({
      number: 1,
      count: 10,
      playing: false,
      valueText: '30 March 2001: 2nd Science and Technology Basic Plan',
      ongo: vi.fn<(step: number) => void>(),
      ontoggle: vi.fn<() => void>(),
      ...overrides,
    });
    renderPart(Controls, props);
    return props;
  }

  it('groups Play, Previous, Next and the slider under one name', () => {
    controls({ number: 4 });
    const group = screen.getByRole('group', { name: 'Timeline controls' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['▶ Play', '←', '→']);
    expect(within(group).getByRole('button', { name: 'Previous step' })).toBeEnabled();
    expect(within(group).getByRole('button', { name: 'Next step' })).toBeEnabled();
    expect(within(group).getByRole('slider', { name: 'Step' })).toHaveValue('4');
    expect(group).toHaveTextContent('Step 4/10');
    expect(
      screen.getByText('Keys: ← and → step, Space plays or pauses, Home and End jump to the ends.'),
    ).toBeInTheDocument();
  });

  it('asks for the neighbouring step, and disables Previous at the first and Next at the last', async () => {
    const user = userEvent.setup();
    const props = controls({ number: 1 });
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(props.ongo).toHaveBeenLastCalledWith(2);

    props.number = 10;
    flushSync();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(props.ongo).toHaveBeenLastCalledWith(9);
    expect(props.ongo).toHaveBeenCalledTimes(2);
  });

  it('disables both step buttons when there is only one step', () => {
    controls({ number: 1, count: 1 });
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  it('reports a scrub of the slider as the step to go to, and speaks its value', async () => {
    const props = controls({ number: 2 });
    const slider = screen.getByRole('slider', { name: 'Step' });
    expect(slider).toHaveAttribute('aria-valuetext', props.valueText);
    await fireEvent.input(slider, { target: { value: '6' } });
    expect(props.ongo).toHaveBeenLastCalledWith(6);
  });

  it('names the play button by what it will do', async () => {
    const user = userEvent.setup();
    const props = controls();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(props.ontoggle).toHaveBeenCalledTimes(1);
    props.playing = true;
    flushSync();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
  });

  it('is labelled in Japanese', () => {
    renderPart(
      Controls,
      { number: 2, count: 10, playing: true, valueText: '', ongo: () => {}, ontoggle: () => {} },
      { search: '?lang=ja' },
    );
    const group = screen.getByRole('group', { name: '年表の操作' });
    expect(within(group).getByRole('button', { name: '一時停止' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: '前のステップ' })).toBeEnabled();
    expect(within(group).getByRole('button', { name: '次のステップ' })).toBeEnabled();
    expect(within(group).getByRole('slider', { name: 'ステップ' })).toHaveValue('2');
  });
});

describe('Caption', () => {
  const milestone = (id: string) => dataset.milestones.find((m) => m.id === id)!;

  it('says which step, when, what happened, and quotes each source with its citation', () => {
    renderPart(Caption, {
      milestone: milestone('knowledge-cluster-phase-2'),
      number: 5,
      count: 10,
    });
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent(/^Step 5 of 10 · FY2007/);
    expect(
      within(article).getByRole('heading', {
        level: 2,
        name: 'Knowledge Cluster Initiative, Phase II',
      }),
    ).toBeInTheDocument();
    expect(article).toHaveTextContent(
      'In FY2007 the second phase of the Knowledge Cluster Initiative began in 6 regions.',
    );
    const items = within(within(article).getByRole('list', { name: 'Source' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '平成19年度に「知的クラスター創成事業(第2期)」を開始した6地域について、中間評価を実施しましたので、お知らせします。 — MEXT press release, February 2010, MEXT, mext.go.jp/b_menu/houdou/22/02/1290937.htm',
      'Recorded from MEXT web page on the Knowledge Cluster Initiative: Knowledge Cluster Initiative (from FY2002; Phase I FY2002–, Phase II FY2007–): 知的クラスター創成事業 (第Ⅰ期 / 第Ⅱ期) — MEXT, mext.go.jp/a_menu/kagaku/chiiki/cluster/about.htm',
    ]);
    // A quote stands in quotation marks, in its own language; a recorded note never does.
    expect(items[0]!.querySelector('q')).toHaveAttribute('lang', 'ja');
    expect(items[1]!.querySelector('q')).toBeNull();
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      'https://mext.go.jp/b_menu/houdou/22/02/1290937.htm',
    );
  });

  it('names a source once after all that is cited from it, and only a medium confidence', () => {
    renderPart(Caption, {
      milestone: milestone('fourth-basic-plan'),
      number: 10,
      count: 10,
    });
    const items = within(screen.getByRole('list', { name: 'Source' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelectorAll('q')).toHaveLength(2);
    expect(items[0]!.querySelectorAll('cite')).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/Recorded from Cabinet Office web page/);
    expect(items[0]).not.toHaveTextContent('confidence');
    expect(items[1]).toHaveTextContent(/\(medium confidence\)$/);
  });

  it('announces the step once in a polite live region', () => {
    renderPart(Caption, {
      milestone: milestone('knowledge-cluster-feasibility-studies'),
      number: 2,
      count: 10,
    });
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(
      'Step 2 of 10, June 2001: Knowledge Cluster feasibility studies in 30 regions. From June 2001, feasibility studies',
    );
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('in Japanese, gives the Japanese title and caption, and the era year', () => {
    renderPart(
      Caption,
      { milestone: milestone('strategic-development-start'), number: 6, count: 10 },
      { search: '?lang=ja' },
    );
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent(/^ステップ6／10 · 2008年度（平成20年度）/);
    const title = screen.getByRole('heading', { level: 2, name: '産学官連携戦略展開事業の開始' });
    expect(within(title).getByText('産学官連携戦略展開事業の開始')).toHaveAttribute('lang', 'ja');
    expect(article).toHaveTextContent(
      '2008年度、文部科学省は産学官連携戦略展開事業を開始しました。',
    );
    expect(screen.getByRole('list', { name: '出典' })).toBeInTheDocument();
  });
});

describe('StepList', () => {
  const steps = timelineSteps(dataset);

  it('lists every step as a link to it, with its caption, and marks the current one', () => {
    renderPart(StepList, { steps, current: 7 });
    const region = screen.getByRole('region', { name: 'All steps' });
    const links = within(region).getAllByRole('link');
    expect(links).toHaveLength(steps.length);
    expect(links[1]).toHaveAccessibleName(
      'June 2001: Knowledge Cluster feasibility studies in 30 regions',
    );
    expect(links[1]).toHaveAttribute('href', '#/timeline/2');
    const current = within(region).getByRole('link', { current: 'step' });
    expect(current).toHaveAttribute('href', '#/timeline/7');
    expect(current.closest('li')).toHaveTextContent(/In FY2010 MEXT unified/);
    expect(links.filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('in Japanese, gives verified titles in Japanese and the others in English, marked as English', () => {
    renderPart(StepList, { steps, current: 1 }, { search: '?lang=ja' });
    const region = screen.getByRole('region', { name: 'すべてのステップ' });
    expect(
      within(region).getByRole('link', {
        name: '2002年度（平成14年度）: 知的クラスター創成事業・都市エリア産学官連携促進事業の開始',
      }),
    ).toHaveAttribute('href', '#/timeline/3');
    const english = within(region).getByText('2nd Science and Technology Basic Plan');
    expect(english).toHaveAttribute('lang', 'en');
    // …and marked as having no verified Japanese title.
    expect(within(region).getByRole('link', { current: 'step' })).toHaveAccessibleName(
      '2001年3月30日: 2nd Science and Technology Basic Plan未翻訳',
    );
  });
});

describe('TimelineLink', () => {
  it('links a program to the step where it first appears', () => {
    renderPart(TimelineLink, { programId: 'self-sustaining-management-program' });
    expect(
      screen.getByRole('link', {
        name: 'See Program for Promoting Self-Sustaining Management of Industry-Academia-Government Collaboration in Universities on the timeline',
      }),
    ).toHaveAttribute('href', '#/timeline/7');
  });

  it('links a type through its program, and the budget root through the project above', () => {
    const { unmount } = renderPart(TimelineLink, { programId: 'global-type' });
    expect(
      screen.getByRole('link', { name: 'See Regional Innovation Cluster Program on the timeline' }),
    ).toHaveAttribute('href', '#/timeline/7');
    unmount();
    renderPart(TimelineLink, { programId: null });
    expect(
      screen.getByRole('link', {
        name: 'See Project for Developing Innovation Systems on the timeline',
      }),
    ).toHaveAttribute('href', '#/timeline/7');
  });

  it('treats an unknown id as the budget root', () => {
    renderPart(TimelineLink, { programId: 'no-such-program' });
    expect(screen.getByRole('link')).toHaveAccessibleName(
      'See Project for Developing Innovation Systems on the timeline',
    );
  });

  it('renders nothing when no step names the program', () => {
    const data = parseDataset(
      brokenDataset((copy) => {
        for (const milestone of copy.milestones) milestone.programIds = [];
      }),
    );
    renderPart(TimelineLink, { programId: 'global-type' }, { data });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('names the program in Japanese', () => {
    renderPart(TimelineLink, { programId: 'global-type' }, { search: '?lang=ja' });
    expect(
      screen.getByRole('link', { name: '年表で地域イノベーションクラスタープログラムを見る' }),
    ).toHaveAttribute('href', '#/timeline/7');
  });
});
