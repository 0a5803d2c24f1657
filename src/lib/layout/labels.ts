/**
 * Does a label fit inside a tile? Word-wraps a name into lines no wider than the tile and returns them,
 * or null when it cannot fit (the tile then keeps its label in the tooltip and the table).
 * Widths are estimated from character classes (CJK ≈ 1 em, Latin ≈ 0.62 em, generous for bold): no DOM needed.
 */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += CJK.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.62;
  return ems * fontSize;
}

/** Splits text into wrap units: words for Latin text, single characters for CJK. */
function units(text: string): string[] {
  return text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+/g) ?? [];
}

export interface FittedLabel {
  readonly lines: readonly string[];
  readonly fontSize: number;
}

/**
 * Wraps `text` into at most `maxLines` lines within `width`, trying font sizes from `fontSize` down to
 * `minFontSize`. `reservedLines` (e.g. the amount under the name) count against the height.
 */
export function fitLabel(
  text: string,
  width: number,
  height: number,
  fontSize: number,
  { minFontSize = Math.min(12, fontSize), reservedLines = 1, lineHeight = 1.2, padding = 6 } = {},
): FittedLabel | null {
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  for (let size = fontSize; size >= minFontSize; size -= 1) {
    const maxLines = Math.floor(innerHeight / (size * lineHeight)) - reservedLines;
    if (maxLines < 1) continue;
    const lines: string[] = [];
    let line = '';
    let fits = true;
    for (const unit of units(text)) {
      const joiner = line === '' || CJK.test(unit) || CJK.test(line.slice(-1)) ? '' : ' ';
      const candidate = line + joiner + unit;
      if (estimateTextWidth(candidate, size) <= innerWidth) {
        line = candidate;
      } else if (line !== '' && estimateTextWidth(unit, size) <= innerWidth) {
        lines.push(line);
        line = unit;
      } else {
        fits = false;
        break;
      }
    }
    if (line !== '') lines.push(line);
    if (fits && lines.length > 0 && lines.length <= maxLines) return { lines, fontSize: size };
  }
  return null;
}
