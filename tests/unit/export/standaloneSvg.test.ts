// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { layoutSlide } from '../../../src/lib/export/slideLayout';
import type { SlideText } from '../../../src/lib/export/slideText';
import {
  buildSlideSvg,
  coloursOf,
  serialiseSvg,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
} from '../../../src/lib/export/standaloneSvg';

const colours = { background: 'white', text: 'black', muted: 'grey', fontFamily: 'serif' };
const text: SlideText = {
  title: 'FY2010 budget',
  caption: 'Two programs.',
  sourceLine: 'Source: White Paper, MEXT',
  legend: [],
};

/** A chart in the page, as a view draws it: classes, roles, data and ARIA attributes, a guide. */
function drawChart(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg data-export-chart class="chart" role="img" aria-label="Chart" width="400" height="300">
    <g data-tile="global" class="tile"><rect width="10" height="10" style="fill: rgb(1, 2, 3)"></rect></g>
    <line data-export-omit x2="10"></line>
    <text tabindex="0" style="font-size: 20px">Global</text>
  </svg>`;
  document.body.append(host);
  return host.querySelector('svg')!;
}
afterEach(() => document.body.replaceChildren());

const attributes = (element: Element) =>
  Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

describe('buildSlideSvg', () => {
  it('makes a 1920 × 1080 slide in the language and colours given, titled and described', () => {
    const svg = buildSlideSvg(null, text, colours, 'ja');
    expect(attributes(svg)).toEqual({
      width: String(SLIDE_WIDTH),
      height: String(SLIDE_HEIGHT),
      viewBox: '0 0 1920 1080',
      'xml:lang': 'ja',
      'font-family': 'serif',
      fill: 'black',
      xmlns: 'http://www.w3.org/2000/svg',
    });
    expect(svg.querySelector('title')?.textContent).toBe('FY2010 budget');
    expect(svg.querySelector('desc')?.textContent).toBe('Source: White Paper, MEXT');
    expect(attributes(svg.querySelector('rect')!)).toEqual({
      width: '1920',
      height: '1080',
      fill: 'white',
    });
  });

  it('sets title, caption and source line as text where the slide layout puts them', () => {
    const layout = layoutSlide({ ...text, legend: [] });
    const lines = [...buildSlideSvg(null, text, colours, 'en').querySelectorAll('text')];
    expect(lines.map((line) => [line.textContent, line.getAttribute('y')])).toEqual([
      ['FY2010 budget', String(layout.title.baselines[0])],
      ['Two programs.', String(layout.caption!.baselines[0])],
      ['Source: White Paper, MEXT', String(layout.source.baselines[0])],
    ]);
    expect(lines.map((line) => line.getAttribute('fill'))).toEqual([null, 'grey', 'grey']);
    expect(lines[0]!.getAttribute('font-weight')).toBe('700');
  });

  it('fits a copy of the chart into the chart box, styles inlined, app-only attributes and guides left out', () => {
    const chart = drawChart();
    const box = layoutSlide({ ...text, legend: [] }).chart;
    const clone = buildSlideSvg(chart, text, colours, 'en').querySelector('svg')!;
    expect(clone.getAttribute('x')).toBe(String(box.x));
    expect(clone.getAttribute('width')).toBe(String(box.width));
    expect(clone.getAttribute('viewBox')).toBe('0 0 400 300');
    expect(clone.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(clone.querySelector('line')).toBeNull();
    for (const name of ['class', 'role', 'aria-label', 'data-export-chart', 'style', 'tabindex']) {
      expect(clone.querySelector(`[${name}]`), name).toBeNull();
      expect(clone.hasAttribute(name), name).toBe(false);
    }
    expect(clone.querySelector('rect')?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
    expect(clone.querySelector('text')?.getAttribute('font-size')).toBe('20px');
    // The page's chart is left as it was.
    expect(chart.querySelector('line[data-export-omit]')).not.toBeNull();
    expect(chart.getAttribute('class')).toBe('chart');
  });

  it('keys the legend to the chart’s tiles, each swatch in its tile’s colour', () => {
    const chart = drawChart();
    const legendText = {
      ...text,
      legend: [
        { id: 'global', label: 'Global Type' },
        { id: 'absent', label: 'Not in the chart' },
      ],
    };
    const svg = buildSlideSvg(chart, legendText, colours, 'en');
    const legend = svg.querySelector(':scope > g')!;
    expect([...legend.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).toEqual([
      'rgb(1, 2, 3)',
    ]);
    expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Global Type']);
  });
});

describe('coloursOf', () => {
  it('reads the page’s background, text colour, muted colour and font', () => {
    const root = document.createElement('div');
    root.style.cssText =
      'background-color: rgb(255, 255, 255); color: rgb(0, 0, 0); font-family: serif; --muted: rgb(9, 9, 9)';
    document.body.append(root);
    expect(coloursOf(root)).toEqual({
      background: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      muted: 'rgb(9, 9, 9)',
      fontFamily: 'serif',
    });
    root.style.removeProperty('--muted');
    expect(coloursOf(root).muted).toBe('rgb(0, 0, 0)');
  });
});

describe('serialiseSvg', () => {
  it('writes a standalone SVG file: an XML declaration, the SVG namespace, a final newline', () => {
    const file = serialiseSvg(buildSlideSvg(null, text, colours, 'en'));
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(file).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(file).toContain('<title>FY2010 budget</title>');
    expect(file.endsWith('</svg>\n')).toBe(true);
  });
});
