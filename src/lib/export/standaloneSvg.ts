/**
 * Turns a chart (`svg[data-export-chart]`, drawn at slide size by exportView) into a standalone
 * 1920 × 1080 slide: every element's computed style is copied onto it as presentation attributes (so CSS
 * variables and the colour scheme resolve, and vector editors read it), text stays text, and the title,
 * caption, legend and source line are placed around it by the pure layoutSlide. Serialised with
 * XMLSerializer; no HTML strings are parsed.
 */
import {
  layoutSlide,
  SLIDE_HEIGHT,
  SLIDE_MARGIN,
  SLIDE_WIDTH,
  type LegendEntry,
  type SlideLayout,
  type TextBlock,
} from './slideLayout';
import type { SlideText } from './slideText';

export { SLIDE_HEIGHT, SLIDE_WIDTH };
const SVG_NS = 'http://www.w3.org/2000/svg';

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  // Label halos (a wide stroke under the fill): without it the halo paints over the text.
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'letter-spacing',
] as const;

/** Attributes that only make sense inside the app (classes, focus, roles, event state). */
const APP_ONLY = /^(class|style|tabindex|role|data-.*|aria-.*)$/;

function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  for (const attribute of [...clone.attributes]) {
    if (APP_ONLY.test(attribute.name)) clone.removeAttribute(attribute.name);
  }
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) clone.setAttribute(property, value);
  }
  if (computed.display === 'none') clone.setAttribute('display', 'none');
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const c = cloneChildren[i];
    if (s && c) inlineStyles(s, c);
  }
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface SlideColours {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly fontFamily: string;
}

export function coloursOf(root: Element): SlideColours {
  const computed = getComputedStyle(root);
  return {
    background: computed.backgroundColor,
    text: computed.color,
    muted: computed.getPropertyValue('--muted').trim() || computed.color,
    fontFamily: computed.fontFamily,
  };
}

/** One <text> per line of a block, at the block's size. */
function appendBlock(
  svg: SVGSVGElement,
  block: TextBlock,
  attributes: Record<string, string | number>,
): void {
  block.lines.forEach((line, index) => {
    const y = block.baselines[index] ?? 0;
    const text = el(
      document,
      'text',
      { x: SLIDE_MARGIN, y, 'font-size': block.fontSize, ...attributes },
      line,
    );
    svg.append(text);
  });
}

function appendLegend(svg: SVGSVGElement, layout: SlideLayout, colours: SlideColours): void {
  if (layout.legend.length === 0) return;
  const size = layout.legendFontSize;
  const legend = el(document, 'g', { 'font-size': size });
  for (const entry of layout.legend) {
    const swatch = { x: entry.x, y: entry.y + size * 0.2, width: size, height: size };
    legend.append(el(document, 'rect', { ...swatch, fill: entry.fill, stroke: colours.muted }));
    legend.append(
      el(document, 'text', { x: entry.x + size * 1.4, y: entry.y + size * 1.05 }, entry.label),
    );
  }
  svg.append(legend);
}

/** The chart, its computed styles inlined, fitted into the slide's chart box; guides left out. */
function chartClone(chart: SVGSVGElement, box: SlideLayout['chart']): SVGSVGElement {
  const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const height = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  // Found before inlining strips data-* attributes; removed after it (it pairs children by position).
  const guides = [...clone.querySelectorAll('[data-export-omit]')];
  inlineStyles(chart, clone);
  for (const guide of guides) guide.remove();
  for (const [name, value] of Object.entries(box)) clone.setAttribute(name, String(value));
  clone.setAttribute('viewBox', chart.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  clone.setAttribute('overflow', 'hidden');
  return clone;
}

/** The legend's entries with the colours their tiles have in the chart. */
function legendEntries(chart: SVGSVGElement | null, text: SlideText): LegendEntry[] {
  return text.legend.flatMap((item) => {
    // A tile's first rect (budget), or the marked shape itself (a map's prefecture).
    const tile = chart?.querySelector(`[data-tile="${CSS.escape(item.id)}"]`);
    const shape = tile?.matches('rect, circle, path') ? tile : tile?.querySelector('rect, circle');
    return shape ? [{ label: item.label, fill: getComputedStyle(shape).fill }] : [];
  });
}

/** The standalone slide as an SVG element (not attached to the page). */
export function buildSlideSvg(
  chart: SVGSVGElement | null,
  text: SlideText,
  colours: SlideColours,
  lang: string,
): SVGSVGElement {
  const layout = layoutSlide({ ...text, legend: legendEntries(chart, text) });
  const svg = el(document, 'svg', {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    viewBox: `0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`,
    'xml:lang': lang,
    'font-family': colours.fontFamily,
    fill: colours.text,
  });
  svg.setAttribute('xmlns', SVG_NS);
  svg.append(el(document, 'title', {}, text.title));
  svg.append(el(document, 'desc', {}, text.sourceLine));
  svg.append(
    el(document, 'rect', { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, fill: colours.background }),
  );
  appendBlock(svg, layout.title, { 'font-weight': 700 });
  if (layout.caption) appendBlock(svg, layout.caption, { fill: colours.muted });
  if (chart) svg.append(chartClone(chart, layout.chart));
  appendLegend(svg, layout, colours);
  appendBlock(svg, layout.source, { fill: colours.muted });
  return svg;
}

export function serialiseSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
