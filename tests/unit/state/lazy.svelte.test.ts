import { afterEach, describe, expect, it, vi } from 'vitest';
import { component, Lazy } from '../../../src/lib/state/lazy.svelte';

/** A load that resolves or rejects when the test says so, counting its calls. */
function controlled<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

const settled = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Lazy', () => {
  it('loads once, on the first need, and gives everyone what has come', async () => {
    const { load, calls } = controlled<string>();
    const lazy = new Lazy(load);
    expect(calls).toHaveLength(0);
    expect(lazy.need()).toBeUndefined();
    expect(lazy.need()).toBeUndefined();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('view');
    await settled();
    expect(lazy.current).toBe('view');
    expect(lazy.need()).toBe('view');
    expect(calls).toHaveLength(1);
  });

  it('says a load failed, and tries again on the next need', async () => {
    const { load, calls } = controlled<string>();
    const lazy = new Lazy(load);
    lazy.need();
    const offline = new Error('offline');
    calls[0]!.reject(offline);
    await settled();
    expect([lazy.failed, lazy.error, lazy.current]).toEqual([true, offline, undefined]);
    lazy.need();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('view');
    await settled();
    expect([lazy.failed, lazy.current]).toEqual([false, 'view']);
  });

  it('after paint, starts loading in a task after the next frame, unless it has started', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const { load, calls } = controlled<string>();
    const lazy = new Lazy(load);
    lazy.needAfterPaint();
    vi.runAllTimers();
    expect(calls).toHaveLength(0);
    frames.shift()!();
    expect(calls).toHaveLength(0);
    vi.runAllTimers();
    expect(calls).toHaveLength(1);
    lazy.needAfterPaint();
    expect(frames).toHaveLength(0);
  });
});

describe('component', () => {
  it("is a module's default export", async () => {
    expect(await component(Promise.resolve({ default: 'Component' }))).toBe('Component');
  });
});
