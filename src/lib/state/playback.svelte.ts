/**
 * Play for the timeline: a timer that shows one step after another and stops at the last.
 * The first change comes at once (the next step, or step 1 from the last), then one every `dwellMs`.
 * Each step it shows replaces the current history entry (`show(n)` replaces it), so one
 * play-through never fills the Back button; stepping by hand is the view's business and still pushes.
 * The timer lives here, not in an $effect: the view calls `toggle()` and `stop()`.
 */
export interface PlaybackOptions {
  /** The step on screen now (1-based) and how many there are. */
  readonly current: () => number;
  readonly count: () => number;
  /** Show step `n`, replacing the history entry. */
  readonly show: (n: number) => void;
  readonly dwellMs?: number;
}

export class Playback {
  playing = $state(false);
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: PlaybackOptions) {}

  toggle(): void {
    if (this.playing) this.stop();
    else this.start();
  }

  start(): void {
    const { current, count } = this.options;
    this.stop();
    if (count() < 2) return;
    this.playing = true;
    this.#advance(current() >= count() ? 1 : current() + 1);
  }

  stop(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.playing = false;
  }

  #advance(n: number): void {
    this.options.show(n);
    if (n >= this.options.count()) {
      this.stop();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.playing) this.#advance(Math.min(this.options.count(), this.options.current() + 1));
    }, this.options.dwellMs ?? 2600);
  }
}
