import { beforeAll, describe, expect, it, vi } from 'vitest';
import { observeSize } from '../../../src/lib/dom/observeSize';

/** The one ResizeObserver the module makes, driven by hand. */
const observers: FakeObserver[] = [];
class FakeObserver {
  readonly observed = new Map<object, string>();
  constructor(readonly callback: (entries: unknown[]) => void) {
    observers.push(this);
  }
  observe(element: object, options: { box: string }) {
    this.observed.set(element, options.box);
  }
  unobserve(element: object) {
    this.observed.delete(element);
  }
}
beforeAll(() => vi.stubGlobal('ResizeObserver', FakeObserver));

const element = () =>
  ({
    clientWidth: 10,
    clientHeight: 5,
    offsetWidth: 12,
    offsetHeight: 7,
  }) as unknown as HTMLElement;
const box = (inlineSize: number, blockSize: number) => [{ inlineSize, blockSize }];
const resize = (target: HTMLElement, content: unknown, border: unknown) =>
  observers[0]!.callback([{ target, contentBoxSize: content, borderBoxSize: border }]);

describe('observeSize', () => {
  it('reports the content box, or the border box when asked, in whole pixels', () => {
    const a = element();
    const sizes: string[] = [];
    observeSize((w, h) => sizes.push(`content ${w}×${h}`))(a);
    observeSize((w, h) => sizes.push(`border ${w}×${h}`), 'border-box')(a);
    resize(a, box(99.6, 20.4), box(101.5, 22));
    expect(sizes).toEqual(['content 100×20', 'border 102×22']);
  });

  it('shares one observer among all elements, each observed in the box asked for', () => {
    const a = element();
    const b = element();
    observeSize(() => {})(a);
    observeSize(() => {}, 'border-box')(b);
    expect(observers).toHaveLength(1);
    expect(observers[0]!.observed.get(a)).toBe('content-box');
    expect(observers[0]!.observed.get(b)).toBe('border-box');
  });

  it('reads the element where the observer gives no box sizes', () => {
    const a = element();
    const sizes: number[][] = [];
    observeSize((w, h) => sizes.push([w, h]))(a);
    observeSize((w, h) => sizes.push([w, h]), 'border-box')(a);
    resize(a, undefined, undefined);
    expect(sizes).toEqual([
      [10, 5],
      [12, 7],
    ]);
  });

  it('stops observing an element once its last handler is detached', () => {
    const a = element();
    const sizes: string[] = [];
    const detachFirst = observeSize(() => sizes.push('first'))(a) as () => void;
    const detachSecond = observeSize(() => sizes.push('second'))(a) as () => void;
    detachFirst();
    resize(a, box(1, 1), box(1, 1));
    expect(sizes).toEqual(['second']);
    expect(observers[0]!.observed.has(a)).toBe(true);
    detachSecond();
    expect(observers[0]!.observed.has(a)).toBe(false);
    resize(a, box(1, 1), box(1, 1));
    expect(sizes).toEqual(['second']);
  });
});
