/**
 * Turns the chart on screen (`svg[data-export-chart]`) into a standalone 1920 × 1080 slide: every element's
 * computed style is copied onto it as presentation attributes (so CSS variables and the colour scheme
 * resolve, and vector editors read it), text stays text, and a title, caption, legend and source line
 * are added around it. Serialised with XMLSerializer; no HTML strings are parsed.
 */
import { fitLabel, estimateTextWidth } from '../layout/labels';
import type { SlideText } from './slideText';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const MARGIN = 64;

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

function wrap(text: string, width: number, fontSize: number): readonly string[] {
  return (
    fitLabel(text, width, 1e6, fontSize, { minFontSize: fontSize, reservedLines: 0, padding: 0 })
      ?.lines ?? [text]
  );
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

/** The standalone slide as an SVG element (not attached to the page). */
export function buildSlideSvg(
  chart: SVGSVGElement | null,
  text: SlideText,
  colours: SlideColours,
  lang: string,
): SVGSVGElement {
  const doc = document;
  const innerWidth = SLIDE_WIDTH - 2 * MARGIN;
  const svg = el(doc, 'svg', {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    viewBox: `0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`,
    'xml:lang': lang,
    'font-family': colours.fontFamily,
    fill: colours.text,
  });
  svg.setAttribute('xmlns', SVG_NS);
  svg.append(el(doc, 'title', {}, text.title));
  svg.append(el(doc, 'desc', {}, text.sourceLine));
  svg.append(
    el(doc, 'rect', { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, fill: colours.background }),
  );

  let y = MARGIN;
  const addLines = (
    lines: readonly string[],
    size: number,
    attributes: Record<string, string | number>,
  ) => {
    for (const line of lines) {
      y += size * 1.25;
      svg.append(el(doc, 'text', { x: MARGIN, y, 'font-size': size, ...attributes }, line));
    }
  };
  addLines(wrap(text.title, innerWidth, 44).slice(0, 2), 44, { 'font-weight': 700 });
  if (text.caption)
    addLines(wrap(text.caption, innerWidth, 28).slice(0, 3), 28, { fill: colours.muted });
  y += 24;

  // Bottom up: source line, then the legend, then the chart fills what is left.
  const sourceLines = wrap(text.sourceLine, innerWidth, 22).slice(0, 3);
  let bottom = SLIDE_HEIGHT - MARGIN / 2 - sourceLines.length * 22 * 1.25;
  sourceLines.forEach((line, index) => {
    const baseline = bottom + (index + 1) * 22 * 1.25;
    svg.append(
      el(doc, 'text', { x: MARGIN, y: baseline, 'font-size': 22, fill: colours.muted }, line),
    );
  });

  const legendItems = text.legend.flatMap((item) => {
    const shape = chart?.querySelector(`[data-tile="${CSS.escape(item.id)}"] rect`);
    return shape ? [{ label: item.label, fill: getComputedStyle(shape).fill }] : [];
  });
  if (legendItems.length > 0) {
    const rows: { label: string; fill: string; x: number }[][] = [[]];
    let x = MARGIN;
    for (const item of legendItems) {
      const width = 32 + estimateTextWidth(item.label, 24) + 40;
      if (x + width > SLIDE_WIDTH - MARGIN && x > MARGIN) {
        rows.push([]);
        x = MARGIN;
      }
      rows[rows.length - 1]?.push({ ...item, x });
      x += width;
    }
    bottom -= rows.length * 36 + 16;
    const legend = el(doc, 'g', { 'font-size': 24 });
    rows.forEach((row, rowIndex) => {
      const rowY = bottom + rowIndex * 36;
      for (const item of row) {
        legend.append(
          el(doc, 'rect', {
            x: item.x,
            y: rowY + 4,
            width: 24,
            height: 24,
            fill: item.fill,
            stroke: colours.muted,
          }),
        );
        legend.append(el(doc, 'text', { x: item.x + 32, y: rowY + 24 }, item.label));
      }
    });
    svg.append(legend);
  }

  if (chart) {
    const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
    const height = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(MARGIN));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(innerWidth));
    clone.setAttribute('height', String(Math.max(100, bottom - 24 - y)));
    clone.setAttribute('viewBox', chart.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
    clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    clone.setAttribute('overflow', 'hidden');
    svg.append(clone);
  }
  return svg;
}

export function serialiseSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
