/**
 * Something loaded when it is first needed, once for the whole page: a view's code and the whole dataset
 * when a view needs them, the budget tooltip with the first hover or focus on a tile, the part of the
 * budget view under the chart (below the fold) after the first paint. `current` is undefined until it
 * has come; from then on everyone who asks has it at once. A load that fails (the network went away)
 * sets `failed` and `error`, and the next `need()` tries again.
 */
export class Lazy<T> {
  current: T | undefined = $state.raw();
  failed = $state(false);
  error: unknown = $state.raw();
  #loading: Promise<void> | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  /** Starts loading, unless it has started; returns what has come so far. */
  need(): T | undefined {
    this.#loading ??= this.load().then(
      (value) => {
        this.current = value;
        this.failed = false;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.error = error;
        this.failed = true;
      },
    );
    return this.current;
  }

  /** Starts loading once the browser has painted what is on the page now (a frame, then a task). */
  needAfterPaint(): void {
    if (this.#loading) return;
    requestAnimationFrame(() => setTimeout(() => this.need()));
  }
}

/** A component module's default export, for `new Lazy(() => component(import('./X.svelte')))`. */
export const component = <T>(module: Promise<{ default: T }>): Promise<T> =>
  module.then((loaded) => loaded.default);
