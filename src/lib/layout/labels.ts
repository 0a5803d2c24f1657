/**
 * Text fitting for both charts, with no DOM: measure text, wrap it, decide whether it fits a box.
 * Nothing here reads layout from the page (no getBBox, getComputedTextLength or offsetWidth), so it
 * never forces a reflow and is unit-tested as plain functions. Every function takes a `Measure`
 * (text, font size → px), by default `estimateTextWidth`, precomputed metrics per character class.
 * Widths are estimated from character classes. The classes were measured against
 * DejaVu Sans at weight 600 (one of the widest fallback fonts, Debian's default) and Noto Sans CJK, then
 * given a 6% margin, so that the estimate is at least the drawn width for every name in the dataset.
 */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const NARROW = /[ijlI.,:;'!|()[\]ft-]/;
const WIDE = /[mwMW@%]/;
const SAFETY = 1.06;

function charEms(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.33;
  if (NARROW.test(ch)) return 0.42;
  if (WIDE.test(ch)) return 1;
  if (ch >= 'A' && ch <= 'Z') return 0.8;
  if (ch >= '0' && ch <= '9') return 0.7;
  return 0.66;
}

/** Width of `text` in px at `fontSize`; injected so that tests (or a canvas measurer) can stand in. */
export type Measure = (text: string, fontSize: number) => number;

export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charEms(ch);
  return ems * fontSize * SAFETY;
}

/** Japanese line-breaking rules (kinsoku): these never start a line … */
const NO_LINE_START = /^[）」』】〕］｝〉》、。，．：；！？・ー]/;
/** … and these never end one: a bracket stays with the word it encloses. */
const NO_LINE_END = /[（「『【〔［｛〈《]$/;

/**
 * Japanese words, from the dictionary built into the browser (and Node): ICU's, through
 * `Intl.Segmenter` (no bytes of our own). Where there is none, Japanese breaks between any two
 * characters.
 */
const WORDS = Intl.Segmenter && new Intl.Segmenter('ja', { granularity: 'word' });
/**
 * A segment that stays with the one before it: hiragana (a particle, an ending: 出典|で, 事業|への),
 * a one-kanji suffix (大学|等, 産学|官, 自立|化, エリア|型), or a short katakana tail that the
 * dictionary cuts off (クラス|ター).
 */
const JOINS = /^(?:[\u3041-\u3096]+|[\u4e00-\u9fff]|[\u30a1-\u30fc]{1,2})$/;

/**
 * Splits text into wrap units: words for Latin text (a hyphenated word may also break after each
 * hyphen: "Industry-|Academia-|Government") and for Japanese (地域|イノベーション|クラスター|プログラム),
 * or, with `chars` (or without `Intl.Segmenter`), single CJK characters. Either way (kinsoku) a closing
 * bracket or punctuation stays with the unit before it and an opening bracket with the one after it
 * ("…年度）" never leaves "）" alone on a line). `spaced` says whether a space separates the unit from
 * the one before it.
 */
export function wrapUnits(text: string, chars?: boolean): { text: string; spaced: boolean }[] {
  const pattern = /(\s*)([\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef-]+-*|-+)/g;
  // Where a Japanese word starts (undefined: at every character).
  let starts: Set<number> | undefined;
  if (WORDS && !chars && CJK.test(text)) {
    starts = new Set();
    for (const { segment, index } of WORDS.segment(text))
      if (!JOINS.test(segment)) starts.add(index);
  }
  const merged: { text: string; spaced: boolean }[] = [];
  for (const m of text.matchAll(pattern)) {
    const unit = { text: m[2]!, spaced: !!m[1] };
    const previous = merged.at(-1);
    if (
      previous &&
      !unit.spaced && // (so the unit starts at m.index)
      (NO_LINE_START.test(unit.text) ||
        NO_LINE_END.test(previous.text) ||
        starts?.has(m.index) === false)
    ) {
      previous.text += unit.text;
    } else merged.push(unit);
  }
  return merged;
}

/**
 * Word-wraps `text` into lines no wider than `width` (whole words, Japanese ones too; after a hyphen),
 * or null when a single Latin word (or character) is wider than `width`. A Japanese word wider than
 * `width` breaks between its characters, and only then. Never shortens the text.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure = estimateTextWidth,
): string[] | null {
  const lines: string[] = [];
  let line = '';
  const units = wrapUnits(text);
  while (units[0]) {
    const { text: unit, spaced } = units.shift()!;
    const candidate = line + (line && spaced ? ' ' : '') + unit;
    if (measure(candidate, fontSize) <= width) line = candidate;
    else if (line && measure(unit, fontSize) <= width) {
      lines.push(line);
      line = unit;
    } else {
      // Wider than a line of its own: the word's characters take its place, if it has several.
      const parts = wrapUnits(unit, true);
      if (!parts[1]) return null;
      parts[0]!.spaced = spaced;
      units.unshift(...parts);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedLabel {
  readonly lines: readonly string[];
  readonly fontSize: number;
  /** The `unwrapped` texts as drawn: one line each, or (with `wrapExtras`) two where one is too wide. */
  readonly extras?: readonly (readonly string[])[];
}

/**
 * Wraps `text` into at most `maxLines` lines within `width`, trying font sizes from `fontSize` down to
 * `minFontSize`. `reservedLines` (e.g. the amount under the name) count against the height; `unwrapped`
 * lines (e.g. that amount) must also fit the width on one line at the chosen size.
 */
export function fitLabel(
  text: string,
  width: number,
  height: number,
  fontSize: number,
  {
    minFontSize = Math.min(12, fontSize),
    reservedLines = 1,
    lineHeight = 1.2,
    padding = 6,
    unwrapped = [] as readonly string[],
    wrapExtras = false,
    measure = estimateTextWidth as Measure,
  } = {},
): FittedLabel | null {
  // Too short for one line at the smallest size, or no width at all: nothing to try (tiny tiles, fast).
  const roomy =
    Math.floor((height - 2 * padding) / (minFontSize * lineHeight)) - reservedLines >= 1;
  if (!roomy || width <= 2 * padding) return null;
  // An extra line wraps only where no font size from `fontSize` down to `minFontSize` fits it whole.
  if (wrapExtras) {
    const options = { minFontSize, reservedLines, lineHeight, padding, unwrapped, measure };
    const whole = fitLabel(text, width, height, fontSize, options);
    if (whole) return { ...whole, extras: unwrapped.map((extra) => [extra]) };
  }
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  for (let size = fontSize; size >= minFontSize; size -= 1) {
    const extras = unwrapped.map((extra) =>
      measure(extra, size) <= innerWidth
        ? [extra]
        : wrapExtras
          ? (wrapText(extra, innerWidth, size, measure) ?? [])
          : [],
    );
    if (extras.some((lines) => lines.length === 0 || lines.length > 2)) continue;
    const wrapped = extras.reduce((sum, lines) => sum + lines.length - 1, 0);
    const maxLines = Math.floor(innerHeight / (size * lineHeight)) - reservedLines - wrapped;
    if (maxLines < 1) continue;
    const lines = wrapText(text, innerWidth, size, measure);
    if (lines && lines.length > 0 && lines.length <= maxLines)
      return wrapExtras ? { lines, fontSize: size, extras } : { lines, fontSize: size };
  }
  return null;
}
