/** Shortens a label with "…" so that its estimated width fits; the full text stays in the accessible name. */
import { estimateTextWidth } from './labels';

export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimateTextWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize) <= maxWidth)
      low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}
