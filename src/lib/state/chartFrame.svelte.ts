/**
 * The frame a view draws its chart in: its size in CSS pixels (0 until measured) and the view mode
 * (a page of its own, an embed, a presentation slide). The view provides it around its chart; the chart
 * and its tooltips read it from context instead of taking the size as props.
 */
import { createContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { observeSize } from '../dom/observeSize';
import { viewMode, type ViewMode } from './context';

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

export class ChartFrame {
  readonly mode: ViewMode;
  #measured: FrameSize = $state.raw({ width: 0, height: 0 });
  readonly #size: () => FrameSize;

  /** Sized by `size` where given (read where the frame is used, so it follows the view), else by `measure`. */
  constructor(mode: ViewMode, size?: () => FrameSize) {
    this.mode = mode;
    this.#size = size ?? (() => this.#measured);
  }

  /**
   * Attached to the chart's box: its measured size (content box) is the frame's, from the moment the
   * box is inserted (these charts come with lazily loaded views: see observeSize's `atMount`).
   */
  readonly measure: Attachment<HTMLElement> = observeSize(
    (width, height) => {
      this.#measured = { width, height };
    },
    'content-box',
    true,
  );

  get width(): number {
    return this.#size().width;
  }
  get height(): number {
    return this.#size().height;
  }
  get presenting(): boolean {
    return this.mode === 'presentation';
  }
  get embedded(): boolean {
    return this.mode === 'embed';
  }
}

const [getChartFrame, setChartFrame] = createContext<ChartFrame>();
export { getChartFrame };

/**
 * Gives the components below a chart frame in the view mode from context: sized by `size`, or by the
 * box its `measure` is attached to.
 */
export function provideChartFrame(size?: () => FrameSize): ChartFrame {
  return setChartFrame(new ChartFrame(viewMode().mode, size));
}
