/**
 * A name broken into lines no wider than a width, never cut short: at spaces where there are any,
 * otherwise (Japanese) between words (./labels.ts's `wrapText`), between the characters of a word only where it is
 * wider than the width, never before a closing bracket or after an opening one. A word longer than the
 * width stands on its own line.
 */
import { estimateTextWidth, wrapText, wrapUnits } from './labels';

export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSize) <= maxWidth;
  if (fits(text)) return [text];
  const spaced = /\s/.test(text);
  const words = spaced ? null : wrapText(text, maxWidth, fontSize);
  if (words) return words;
  const pieces = spaced ? text.split(/\s+/) : wrapUnits(text, true).map((unit) => unit.text);
  const join = spaced ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line === '' ? piece : `${line}${join}${piece}`;
    if (line !== '' && !fits(next)) {
      lines.push(line);
      line = piece;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
