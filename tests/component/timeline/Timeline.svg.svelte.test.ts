// @vitest-environment jsdom
/** The timeline chart (timeline/Timeline.svg.svelte), as App shows it at #/timeline. */
import { beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import { dataset } from '../../fixtures/dataset';
import { openApp } from '../render';

const count = dataset.milestones.length;

beforeAll(async () => {
  await import('../../../src/components/timeline/TimelineView.svelte');
});

describe('Timeline.svg in Japanese', () => {
  it('marks a program with no verified Japanese name as 未翻訳 where its name is shown', async () => {
    await openApp(`#/timeline/${count}`, '?lang=ja');
    const lane = await screen.findByRole('link', {
      // The marker is part of the lane's accessible name, so it is heard as well as seen.
      name: /^Support Program for Strengthening the Creation of Seeds and Needs of Universities（未翻訳）：/,
    });
    lane.focus();
    // The lane's tooltip: the English name, then the marker.
    expect(
      await screen.findByText('未翻訳', { selector: '.lane-tooltip .marker' }),
    ).toBeInTheDocument();
    expect(document.querySelector('.lane-tooltip')).toHaveTextContent(
      /^Support Program for Strengthening the Creation of Seeds and Needs of Universities未翻訳/,
    );
  });
});
