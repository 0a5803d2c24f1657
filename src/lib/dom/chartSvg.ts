/**
 * The attributes of a chart's root `<svg>`: its size in CSS pixels, the same user units in its viewBox,
 * and the `data-export-chart` mark by which the exports find the chart (lib/export/exportView).
 */
export function chartSvg(size: { readonly width: number; readonly height: number }) {
  return {
    'data-export-chart': '',
    width: size.width,
    height: size.height,
    viewBox: `0 0 ${size.width} ${size.height}`,
  };
}
