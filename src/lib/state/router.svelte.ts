/** The current hash route, kept in step with the address bar (back/forward, links, typed URLs). */
import { parseRoute, type Route } from '../routing/route';

export class Router {
  hash = $state('');
  readonly route: Route = $derived(parseRoute(this.hash));

  constructor(private readonly win: Window = window) {
    this.hash = win.location.hash;
  }

  /** Takes the address bar's hash (App calls it on every `hashchange`: back/forward, links, typed URLs). */
  readonly sync = (): void => {
    this.hash = this.win.location.hash;
  };

  /** Go to a hash (a history entry, so back/forward work). */
  go(hash: string): void {
    if (this.win.location.hash === hash) return;
    this.win.location.hash = hash;
    this.hash = this.win.location.hash;
  }

  #syncLater: ReturnType<typeof setTimeout> | null = null;

  /**
   * Correct the address without a new history entry (e.g. an out-of-range slide number). With
   * `later` (Play: a step every few seconds), the page follows the address in a task of its own, so
   * that the browser's history work and the page's update are not one long task.
   */
  replace(hash: string, { later = false }: { later?: boolean } = {}): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off edit of the address, not state
    const url = new URL(this.win.location.href);
    url.hash = hash;
    this.win.history.replaceState(this.win.history.state, '', url);
    if (!later) {
      this.hash = this.win.location.hash;
      return;
    }
    if (this.#syncLater !== null) return;
    this.#syncLater = setTimeout(() => {
      this.#syncLater = null;
      this.hash = this.win.location.hash;
    }, 0);
  }
}
