// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import TimelineLink from '../../../src/components/timeline/TimelineLink.svelte';
import { parseDataset } from '../../../src/lib/data/parse';
import { brokenDataset } from '../../fixtures/dataset';
import { renderPart } from '../render';

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
