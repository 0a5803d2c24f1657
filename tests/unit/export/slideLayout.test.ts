import { describe, expect, it } from 'vitest';
import {
  layoutSlide,
  legendRows,
  SLIDE_HEIGHT,
  textBlock,
  wrapInFull,
} from '../../../src/lib/export/slideLayout';

const words = (lines: readonly string[]) => lines.join(' ');
const long = 'In FY2010 MEXT brought three programs together under one new project. '
  .repeat(6)
  .trim();

describe('wrapInFull (never cut mid-word, never dropped)', () => {
  it('keeps a short text on one line at the largest size', () => {
    expect(wrapInFull('FY2010 budget', 1000, 48, 36, 2)).toEqual({
      lines: ['FY2010 budget'],
      fontSize: 48,
    });
  });

  it('shrinks to fit the lines it may use, keeping every word', () => {
    const text = long.split('. ').slice(0, 5).join('. ');
    const wrapped = wrapInFull(text, 1792, 28, 22, 3);
    expect(wrapped.lines.length).toBeLessThanOrEqual(3);
    expect(wrapped.fontSize).toBeLessThan(28);
    expect(words(wrapped.lines)).toBe(text);
  });

  it('at its smallest size keeps all lines rather than cut', () => {
    const wrapped = wrapInFull(long, 600, 28, 22, 2);
    expect(wrapped.fontSize).toBe(22);
    expect(wrapped.lines.length).toBeGreaterThan(2);
    expect(words(wrapped.lines)).toBe(long);
  });
});

describe('textBlock', () => {
  it('puts one baseline per line, 1.25 lines apart', () => {
    expect(textBlock(['a', 'b'], 40, 24).baselines).toEqual([74, 124]);
  });
});

describe('legendRows', () => {
  it('wraps entries onto a new row at the right edge', () => {
    const entries = [
      'Global Type: 7,942',
      'City Area Type: 3,000',
      'Accelerative Support: 1,000',
    ].map((label) => ({ label, fill: '#000' }));
    const placed = legendRows(entries, 64, 800, 900, 26);
    expect(placed[0]).toMatchObject({ x: 64, y: 900 });
    expect(new Set(placed.map((entry) => entry.y)).size).toBeGreaterThan(1);
    expect(placed.every((entry) => entry.x >= 64 && entry.x < 800)).toBe(true);
  });
});

describe('layoutSlide', () => {
  const slide = layoutSlide({
    title: 'FY2010: Programs unified under the Project for Developing Innovation Systems',
    caption: long,
    sourceLine:
      'Source: Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT)',
    legend: [{ label: 'Global Type: 7,942 million yen', fill: '#123456' }],
  });

  it('stacks title, caption, chart, legend and source line without overlap, inside the slide', () => {
    const captionBottom = slide.caption!.baselines.at(-1)!;
    expect(slide.title.baselines.at(-1)!).toBeLessThan(slide.caption!.baselines[0]!);
    expect(slide.chart.y).toBeGreaterThan(captionBottom);
    expect(slide.chart.y + slide.chart.height).toBeLessThanOrEqual(slide.legend[0]!.y);
    expect(slide.legend[0]!.y + slide.legendFontSize * 1.5).toBeLessThanOrEqual(
      slide.source.baselines[0]!,
    );
    expect(slide.source.baselines.at(-1)!).toBeLessThanOrEqual(SLIDE_HEIGHT);
  });

  it('keeps every word and every size at 20 px or more', () => {
    expect(words(slide.caption!.lines)).toBe(long);
    for (const block of [slide.title, slide.caption!, slide.source]) {
      expect(block.fontSize).toBeGreaterThanOrEqual(20);
    }
  });
});
