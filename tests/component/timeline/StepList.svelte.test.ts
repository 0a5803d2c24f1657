// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import StepList from '../../../src/components/timeline/StepList.svelte';
import { timelineSteps } from '../../../src/lib/data/steps';
import { dataset } from '../../fixtures/dataset';
import { renderPart } from '../render';

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
        name: '2002年度（平成14年度）：知的クラスター創成事業・都市エリア産学官連携促進事業の開始',
      }),
    ).toHaveAttribute('href', '#/timeline/3');
    const english = within(region).getByText('2nd Science and Technology Basic Plan');
    expect(english).toHaveAttribute('lang', 'en');
    // …and marked as having no verified Japanese title.
    expect(within(region).getByRole('link', { current: 'step' })).toHaveAccessibleName(
      '2001年3月30日：2nd Science and Technology Basic Plan未翻訳',
    );
  });
});
