/**
 * The frame a view draws its chart in: its size in CSS pixels (0 until measured) and the view mode
 * (a page of its own, an embed, a presentation slide). The view provides it around its chart; the chart
 * and its tooltip read it from context instead of taking the size as props.
 */
import { createContext } from 'svelte';
import { viewMode, type ViewMode } from './context';

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

export class ChartFrame {
  readonly mode: ViewMode;
  readonly #size: () => FrameSize;

  /** `size` is read where the frame is used, so a frame follows the view's measured (reactive) size. */
  constructor(mode: ViewMode, size: () => FrameSize) {
    this.mode = mode;
    this.#size = size;
  }

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

/** Gives the components below a chart frame of this size, in the view mode from context. */
export function provideChartFrame(size: () => FrameSize): ChartFrame {
  return setChartFrame(new ChartFrame(viewMode().mode, size));
}
