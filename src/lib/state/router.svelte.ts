/** The current hash route, kept in step with the address bar (back/forward, links, typed URLs). */
import { parseRoute, type Route } from '../route';

export class Router {
  hash = $state('');
  readonly route: Route = $derived(parseRoute(this.hash));

  constructor(private readonly win: Window = window) {
    this.hash = win.location.hash;
  }

  /** Listen for hash changes; returns the function that stops listening. */
  listen(): () => void {
    const sync = () => {
      this.hash = this.win.location.hash;
    };
    this.win.addEventListener('hashchange', sync);
    return () => this.win.removeEventListener('hashchange', sync);
  }

  /** Go to a hash (a history entry, so back/forward work). */
  go(hash: string): void {
    if (this.win.location.hash === hash) return;
    this.win.location.hash = hash;
    this.hash = this.win.location.hash;
  }
}
