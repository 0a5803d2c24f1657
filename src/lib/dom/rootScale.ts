/**
 * How much larger the page's type is than the 16 px base (1.5 on a 4K screen at 100 %, see app.css),
 * so that chart text grows with the text around it. 1 where there is no document (tests, exports).
 */
export function rootScale(doc: Document | undefined = globalThis.document): number {
  if (!doc?.documentElement || typeof getComputedStyle !== 'function') return 1;
  const size = parseFloat(getComputedStyle(doc.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size / 16 : 1;
}
