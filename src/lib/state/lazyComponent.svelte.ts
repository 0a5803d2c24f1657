/**
 * A component whose code loads when it is first needed (a dynamic import), once for the whole page: the
 * budget tooltip with the first hover or focus on a tile, the part of the budget view under the chart
 * (below the fold) after the first paint. `current` is undefined until the code has come; from then on
 * every view that asks has it at once. A load that fails (the network went away) is tried again at the
 * next need.
 */
export class LazyComponent<T> {
  current: T | undefined = $state.raw();
  #loading: Promise<void> | undefined;

  constructor(private readonly load: () => Promise<{ default: T }>) {}

  /** Starts loading, unless it has started. */
  need(): void {
    this.#loading ??= this.load().then(
      (module) => {
        this.current = module.default;
      },
      () => {
        this.#loading = undefined;
      },
    );
  }

  /** Starts loading once the browser has painted what is on the page now (a frame, then a task). */
  needAfterPaint(): void {
    if (this.#loading) return;
    requestAnimationFrame(() => setTimeout(() => this.need()));
  }
}
