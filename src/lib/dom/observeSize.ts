/**
 * An attachment that reports an element's size (clientWidth, clientHeight) whenever it changes, from a
 * ResizeObserver only. Unlike `bind:clientWidth`/`bind:clientHeight`, which also read the size from an
 * effect while the page is still being built (a forced, synchronous layout), it reads it only once the
 * browser has laid the page out: the first report arrives with the first layout, before the first paint,
 * and costs no extra layout.
 */
import type { Attachment } from 'svelte/attachments';

export function observeSize(
  onSize: (width: number, height: number) => void,
): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => onSize(element.clientWidth, element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
