/**
 * Japanese text broken between words (地域|イノベーション|クラスター|プログラム), not between any two
 * characters: the word boundaries of the dictionary built into the browser (and Node), ICU's, through
 * `Intl.Segmenter` (no bytes of our own). Between the characters of a word only where that word alone
 * is wider than the line; between any two characters, as `wrapText` does, where there is no
 * `Intl.Segmenter`. The Japanese line-breaking rules (kinsoku) of `wrapUnits` hold either way.
 * For the views loaded after the first (timeline lanes, the years chart's names, slides and exports):
 * the first view's treemap keeps `wrapText`, as its gzip budget has no room for this module.
 */
import { estimateTextWidth, wrapUnits, type Measure } from './labels';

type Unit = { text: string; spaced: boolean };

const WORDS =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/**
 * A segment that stays with the one before it: hiragana (a particle, an ending: 出典|で, 事業|への),
 * a one-kanji suffix (大学|等, 産学|官, 自立|化, エリア|型), or a short katakana tail that the
 * dictionary cuts off (クラス|ター).
 */
const JOINS = /^(?:[\u3041-\u3096]+|[\u4e00-\u9fff]|[\u30a1-\u30fc]{1,2})$/;

/**
 * `wrapUnits(text)`, with the units inside one Japanese word joined into one (kinsoku kept: a word
 * carries the closing bracket or punctuation after it, an opening bracket the word after it).
 */
export function wordUnits(text: string): Unit[] {
  const units = wrapUnits(text);
  if (!WORDS || !CJK.test(text)) return units;
  const starts = new Set<number>();
  for (const { segment, index } of WORDS.segment(text))
    if (index === 0 || !JOINS.test(segment)) starts.add(index);
  const words: Unit[] = [];
  let position = 0;
  for (const unit of units) {
    position = text.indexOf(unit.text, position);
    const previous = words.at(-1);
    if (previous && !unit.spaced && !starts.has(position)) previous.text += unit.text;
    else words.push({ ...unit });
    position += unit.text.length;
  }
  return words;
}

/**
 * `wrapText` with Japanese words kept whole: lines no wider than `width`, a Japanese word wider than
 * `width` broken between its characters, or null where a single Latin word (or character) is wider
 * than `width`. Never shortens the text.
 */
export function wrapWords(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure = estimateTextWidth,
): string[] | null {
  const lines: string[] = [];
  let line = '';
  const units = wordUnits(text);
  for (let index = 0; index < units.length; index++) {
    const { text: unit, spaced } = units[index]!;
    const candidate = line + (line !== '' && spaced ? ' ' : '') + unit;
    if (measure(candidate, fontSize) <= width) line = candidate;
    else if (line !== '' && measure(unit, fontSize) <= width) {
      lines.push(line);
      line = unit;
    } else {
      // Wider than a line of its own: the word's characters take its place, if it has several.
      const parts = wrapUnits(unit);
      if (parts.length < 2) return null;
      parts[0]!.spaced = spaced;
      units.splice(index--, 1, ...parts);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
