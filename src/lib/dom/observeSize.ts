/**
 * An attachment that reports an element's content-box size (width, height in whole pixels, as
 * clientWidth/clientHeight round them) whenever it changes, from a ResizeObserver only. Unlike
 * `bind:clientWidth`/`bind:clientHeight`, which also read the size from an effect while the page is still
 * being built (a forced, synchronous layout), it reads it only once the browser has laid the page out: the
 * first report arrives with the first layout, before the first paint, and costs no extra layout.
 * No forced layout either when several elements change at once: all of them share one observer, whose
 * callback reports every change before Svelte updates the page (separate observers would each be called
 * after the previous one's update, so a handler reading layout would force it), and the sizes come from
 * the observer's entries, not from the elements. By default it reports the content box (on elements
 * without padding, the clientWidth box); `'border-box'` reports the offsetWidth/offsetHeight box.
 *
 * `atMount` also reads the size once when the element is attached, for a box whose content is drawn
 * from its size and that appears after the first paint (a lazily loaded view's chart): the chart is
 * then drawn in the update that inserts its box, before anything is painted under it. Waiting for the
 * observer would paint the box empty first and then push down what follows it (a layout shift).
 * That read lays out the page once more; the first view's charts do not use it.
 */
import type { Attachment } from 'svelte/attachments';

type OnSize = (width: number, height: number) => void;
type Box = 'content-box' | 'border-box';
interface Handler {
  readonly onSize: OnSize;
  readonly box: Box;
}

const handlers = new Map<Element, Set<Handler>>();
let shared: ResizeObserver | undefined;

function report(entries: ResizeObserverEntry[]) {
  for (const entry of entries) {
    const element = entry.target as HTMLElement;
    for (const { onSize, box } of handlers.get(element) ?? []) {
      const size = (box === 'border-box' ? entry.borderBoxSize : entry.contentBoxSize)?.[0];
      // Horizontal writing mode throughout the app: the inline size is the width. jsdom's stand-in
      // observer (tests) has no box sizes: read the element then.
      if (size) onSize(Math.round(size.inlineSize), Math.round(size.blockSize));
      else if (box === 'border-box') onSize(element.offsetWidth, element.offsetHeight);
      else onSize(element.clientWidth, element.clientHeight);
    }
  }
}

export function observeSize(
  onSize: OnSize,
  box: Box = 'content-box',
  atMount = false,
): Attachment<HTMLElement> {
  return (element) => {
    if (atMount) {
      if (box === 'border-box') onSize(element.offsetWidth, element.offsetHeight);
      else onSize(element.clientWidth, element.clientHeight);
    }
    shared ??= new ResizeObserver(report);
    const handler = { onSize, box };
    const own = handlers.get(element) ?? new Set<Handler>();
    handlers.set(element, own.add(handler));
    shared.observe(element, { box });
    return () => {
      own.delete(handler);
      if (own.size > 0) return;
      handlers.delete(element);
      shared?.unobserve(element);
    };
  };
}
