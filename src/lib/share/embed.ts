/**
 * Embed mode (`?embed` in the query string): the chart alone in someone else's page, telling the host its
 * height. Two message formats, both height only, never data:
 *   { type: 'cluster-policy-explorer:height', height }  always, for our own host snippet;
 *   'pymxPYMx<childId>xPYMxheightxPYMx<height>'        when Pym.js's parent passed ?childId=…
 * The URL helpers are pure, for the Embed dialog's snippet and the "full app" link.
 */
import type { Locale } from '../data/types';

export const HEIGHT_MESSAGE_TYPE = 'cluster-policy-explorer:height';

/** Query parameters a Pym.js parent adds to the iframe's address. */
const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'];

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has('embed');
}

export function heightMessage(height: number): { type: string; height: number } {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** Pym.js's child→parent message: 'pym' + 'xPYMx' + id + 'xPYMx' + 'height' + 'xPYMx' + value. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

function withSearch(url: URL, embed: boolean): string {
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  for (const name of PYM_PARAMS) params.delete(name);
  const rest = params.toString();
  const search = embed ? `?embed${rest ? `&${rest}` : ''}` : rest ? `?${rest}` : '';
  return `${url.origin === 'null' ? url.protocol + '//' : url.origin}${url.pathname}${search}${url.hash}`;
}

/** The address of this view as an embed: `?embed`, the language, the current hash. */
export function embedUrl(href: string, locale: Locale): string {
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  return withSearch(url, true);
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
 */
export function iframeSnippet(src: string, title: string, height = 640): string {
  const script = new URL('embed.js', src).href;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%" data-cluster-policy-explorer></iframe>\n` +
    `<script src="${escapeAttribute(script)}" async></script>`
  );
}

/** Whether this copy can be embedded: a file:// copy (the offline file) has no address another page can use. */
export function canEmbedFrom(href: string): boolean {
  return new URL(href).protocol !== 'file:';
}

/** Posts the document's height to the parent whenever it changes; returns the function that stops. */
export function reportHeight(win: Window): () => void {
  if (win.parent === win) return () => {};
  const childId = new URLSearchParams(win.location.search).get('childId');
  const root = win.document.documentElement;
  let last = -1;
  const post = () => {
    // The first height only once the view is there (not the empty frame while its code loads).
    if (!win.document.querySelector('main .view, main [role="alert"]')) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage(heightMessage(height), '*');
    if (childId) win.parent.postMessage(pymHeightMessage(childId, height), '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
