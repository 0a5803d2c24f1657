/**
 * The colour of one screen pixel, as the reader sees it: a 1×1 screenshot, decoded here (a 1×1 PNG's
 * only scanline is the same bytes whatever its filter, so no unfiltering is needed).
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export async function pixelAt(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const [, r, g, b] = inflateSync(Buffer.concat(chunks));
  return `rgb(${r}, ${g}, ${b})`;
}
