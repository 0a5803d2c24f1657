/**
 * Embed mode (`?embed` in the query string): the chart alone in someone else's page. This module holds
 * what the full app needs (is this an embed? the embed's address, the snippet); the frame's own side
 * (the host's look, height messages) is embedFrame.ts, loaded only in embed mode.
 * The URL helpers are pure, for the Embed dialog's snippet and the "full app" link.
 */
import type { Locale } from '../data/types';

/** Query parameters a Pym.js parent adds to the iframe's address, and the host's choice of look. */
const FRAME_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl', 'theme', 'background'];

export type EmbedTheme = 'auto' | 'light' | 'dark';
/** The look a host page asks for: a theme (`auto` follows the reader's system) and a background. */
export interface EmbedLook {
  theme: EmbedTheme;
  background: 'page' | 'transparent';
}

export const DEFAULT_LOOK: EmbedLook = { theme: 'auto', background: 'page' };

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has('embed');
}

/** The address with `?embed` first (or not at all), no frame parameters, then `extra` (already encoded). */
function withSearch(url: URL, embed: boolean, extra = ''): string {
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  for (const name of FRAME_PARAMS) params.delete(name);
  const rest = params.toString() + extra;
  const search = embed ? `?embed${rest ? `&${rest}` : ''}` : rest ? `?${rest}` : '';
  return `${url.origin === 'null' ? url.protocol + '//' : url.origin}${url.pathname}${search}${url.hash}`;
}

/** The address of this view as an embed: `?embed`, the language, the look (when not the default), the hash. */
export function embedUrl(href: string, locale: Locale, look: EmbedLook = DEFAULT_LOOK): string {
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  const extra =
    (look.theme === 'auto' ? '' : `&theme=${look.theme}`) +
    (look.background === 'transparent' ? '&background=transparent' : '');
  return withSearch(url, true, extra);
}

/** The same view in the full app (the embed's "open the full app" link). */
export function fullAppUrl(href: string): string {
  return withSearch(new URL(href), false);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The ready-to-paste snippet: the <iframe> (full width, an initial height, a title for screen readers)
 * and the small embed.js served beside the app's index.html, which sizes the frame to its content.
 * A transparent frame also states its colour scheme: a browser paints an opaque backdrop behind a frame
 * whose scheme differs from its <iframe> element's.
 */
export function iframeSnippet(
  src: string,
  title: string,
  height = 640,
  look: EmbedLook = DEFAULT_LOOK,
): string {
  const script = new URL('embed.js', src).href;
  const scheme =
    look.background !== 'transparent'
      ? ''
      : `;color-scheme:${look.theme === 'auto' ? 'light dark' : look.theme}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%${scheme}" data-cluster-policy-explorer></iframe>\n` +
    `<script src="${escapeAttribute(script)}" async></script>`
  );
}

/** Whether this copy can be embedded: a file:// copy (the offline file) has no address another page can use. */
export function canEmbedFrom(href: string): boolean {
  return new URL(href).protocol !== 'file:';
}
