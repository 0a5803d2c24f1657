import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, expect } from 'vitest';

// Tests run in node unless they ask for jsdom (vite.config.ts); a component test cannot run without it.
if (typeof window === 'undefined' && expect.getState().testPath?.includes('/tests/component/')) {
  throw new Error('A component test needs `// @vitest-environment jsdom` as its first line.');
}

// jsdom has no matchMedia; svelte/motion's prefersReducedMotion needs one. Nothing matches.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has no ResizeObserver (bind:clientWidth and lib/dom/observeSize use one): report the element
// once, when observed (jsdom has no layout to wait for, so charts render within render()).
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  class ResizeObserverStub {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const entry = { target, contentRect: target.getBoundingClientRect() } as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}

// jsdom has no Web Animations API (Svelte's transitions use element.animate): every animation finishes
// at once, on the next microtask, so a transition ends as it would with a duration of 0.
if (typeof Element !== 'undefined' && typeof Element.prototype.animate !== 'function') {
  Element.prototype.animate = function animate() {
    const animation = {
      onfinish: null as (() => void) | null,
      playState: 'finished',
      currentTime: 0,
      effect: null,
      cancel() {},
      finish() {},
    };
    queueMicrotask(() => animation.onfinish?.());
    return animation as unknown as Animation;
  };
}

// Every test starts at the app's root URL with nothing remembered, and (jsdom doing no layout) with
// elements 800 px wide, so that charts render. (Tests of pure modules run in node: no window there.)
if (typeof window !== 'undefined') {
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => 800,
    });
    localStorage.clear();
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    window.location.hash = '';
  });
}
