/**
 * An attachment that reports an element's content-box size (width, height in whole pixels, as
 * clientWidth/clientHeight round them) whenever it changes, from a ResizeObserver only. Unlike
 * `bind:clientWidth`/`bind:clientHeight`, which also read the size from an effect while the page is still
 * being built (a forced, synchronous layout), it reads it only once the browser has laid the page out: the
 * first report arrives with the first layout, before the first paint, and costs no extra layout.
 * No forced layout either when several elements change at once: all of them share one observer, whose
 * callback reports every change before Svelte updates the page (separate observers would each be called
 * after the previous one's update, so a handler reading layout would force it), and the sizes come from
 * the observer's entries, not from the elements. Use it on elements without padding (the content box is
 * then the clientWidth box).
 */
import type { Attachment } from 'svelte/attachments';

type OnSize = (width: number, height: number) => void;

const handlers = new Map<Element, Set<OnSize>>();
let shared: ResizeObserver | undefined;

function report(entries: ResizeObserverEntry[]) {
  for (const entry of entries) {
    const box = entry.contentBoxSize?.[0];
    const element = entry.target as HTMLElement;
    // Horizontal writing mode throughout the app: the inline size is the width. jsdom's stand-in
    // observer (tests) has no box sizes: read the element then.
    const width = box ? Math.round(box.inlineSize) : element.clientWidth;
    const height = box ? Math.round(box.blockSize) : element.clientHeight;
    for (const onSize of handlers.get(element) ?? []) onSize(width, height);
  }
}

export function observeSize(onSize: OnSize): Attachment<HTMLElement> {
  return (element) => {
    shared ??= new ResizeObserver(report);
    const own = handlers.get(element) ?? new Set<OnSize>();
    handlers.set(element, own.add(onSize));
    shared.observe(element);
    return () => {
      own.delete(onSize);
      if (own.size > 0) return;
      handlers.delete(element);
      shared?.unobserve(element);
    };
  };
}
