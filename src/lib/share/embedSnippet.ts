/**
 * The Embed dialog's side of embed mode (embed.ts): the embed's address, with the host's choice of look,
 * and the ready-to-paste snippet. Pure.
 */
import type { Locale } from '../data/types';
import { withSearch } from './embed';

export type EmbedTheme = 'auto' | 'light' | 'dark';
/** The look a host page asks for: a theme (`auto` follows the reader's system) and a background. */
export interface EmbedLook {
  theme: EmbedTheme;
  background: 'page' | 'transparent';
}

const DEFAULT_LOOK: EmbedLook = { theme: 'auto', background: 'page' };

/** The address of this view as an embed: `?embed`, the language, the look (when not the default), the hash. */
export function embedUrl(href: string, locale: Locale, look: EmbedLook = DEFAULT_LOOK): string {
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  const extra =
    (look.theme === 'auto' ? '' : `&theme=${look.theme}`) +
    (look.background === 'transparent' ? '&background=transparent' : '');
  return withSearch(url, true, extra);
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
