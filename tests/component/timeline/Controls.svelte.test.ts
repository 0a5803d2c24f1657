// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { fireEvent, screen, within } from '@testing-library/svelte';
import Controls from '../../../src/components/timeline/Controls.svelte';
import userEvent from '@testing-library/user-event';
import { renderPart } from '../render';

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
    expect(group).toHaveTextContent('Step 4 of 10');
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
