/**
 * An attachment that reports an element's width (clientWidth) whenever it changes, from a ResizeObserver
 * only. Unlike `bind:clientWidth`, which also reads the width from an effect while the page is still
 * being built (a forced, synchronous layout), it reads it only once the browser has laid the page out:
 * the first report arrives with the first layout, before the first paint, and costs no extra layout.
 */
import type { Attachment } from 'svelte/attachments';

export function observeWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => onWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
