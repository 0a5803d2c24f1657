/**
 * Embed mode (`?embed` in the query string): the chart alone in someone else's page. This module holds
 * what the first view needs (is this an embed? the same view in the full app); the Embed dialog's side
 * (the embed's address and snippet) is embedSnippet.ts, and the frame's own side (the host's look,
 * height messages) is embedFrame.ts, each loaded only when needed. The URL helpers are pure.
 */

/** Query parameters a Pym.js parent adds to the iframe's address, and the host's choice of look. */
const FRAME_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl', 'theme', 'background'];

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has('embed');
}

/** The address with `?embed` first (or not at all), no frame parameters, then `extra` (already encoded). */
export function withSearch(url: URL, embed: boolean, extra = ''): string {
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  for (const name of FRAME_PARAMS) params.delete(name);
  const rest = params.toString() + extra;
  const search = embed ? `?embed${rest ? `&${rest}` : ''}` : rest ? `?${rest}` : '';
  return `${url.origin === 'null' ? url.protocol + '//' : url.origin}${url.pathname}${search}${url.hash}`;
}

/** The same view in the full app (the embed's "open the full app" link). */
export function fullAppUrl(href: string): string {
  return withSearch(new URL(href), false);
}
