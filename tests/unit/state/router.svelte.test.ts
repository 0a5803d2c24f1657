// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from '../../../src/lib/state/router.svelte';

afterEach(() => vi.useRealTimers());

describe('Router', () => {
  it('starts at the address bar’s route', () => {
    window.location.hash = '#/budget/global';
    const router = new Router(window);
    expect(router.hash).toBe('#/budget/global');
    expect(router.route).toEqual({ view: 'budget', programId: 'global' });
  });

  it('goes to a hash as a new history entry, and not again to the one it is at', () => {
    const router = new Router(window);
    const before = window.history.length;
    router.go('#/timeline/3');
    expect(window.location.hash).toBe('#/timeline/3');
    expect(router.route).toEqual({ view: 'timeline', step: '3' });
    router.go('#/timeline/3');
    expect(window.history.length).toBe(before + 1);
  });

  it('takes the address bar’s hash when synced (App syncs it on every hashchange)', () => {
    const router = new Router(window);
    window.location.hash = '#/years';
    expect(router.route).not.toEqual({ view: 'years' });
    router.sync();
    expect(router.route).toEqual({ view: 'years' });
  });

  it('replaces the address without a new history entry, at once or in a task of its own', () => {
    vi.useFakeTimers();
    const router = new Router(window);
    const before = window.history.length;
    router.replace('#/present/2');
    expect([window.location.hash, router.hash]).toEqual(['#/present/2', '#/present/2']);
    router.replace('#/present/3', { later: true });
    router.replace('#/present/4', { later: true });
    expect([window.location.hash, router.hash]).toEqual(['#/present/4', '#/present/2']);
    vi.runAllTimers();
    expect(router.hash).toBe('#/present/4');
    expect(window.history.length).toBe(before);
  });
});
