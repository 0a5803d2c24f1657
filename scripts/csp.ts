/**
 * Content-Security-Policy for the two builds, as <meta http-equiv> tags (a static host may send no
 * headers). The hosted build (dist/index.html + assets) runs no inline script at all, and allows exactly
 * one inline style by its SHA-256 hash: the first view's stylesheet, in the page so that it does not
 * block the first paint; the offline file is one HTML file, so it allows exactly its own inline script
 * and style by hash, nothing else.
 */
import { createHash } from 'node:crypto';

export type Directives = Readonly<Record<string, readonly string[]>>;

export function buildCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const HOSTED_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The hosted policy, with the hash of each inline <style> of the page (and no inline script). */
export function hostedCsp(html: string): string {
  const { styles } = inlineBlocks(html);
  return buildCsp({
    ...HOSTED_DIRECTIVES,
    'style-src': [...(HOSTED_DIRECTIVES['style-src'] ?? []), ...styles.map(sha256Source)],
  });
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The text of each inline <script> and <style> element, as a browser reads it: up to the first
 * "</script" / "</style" (which is how HTML ends these elements, so bundled code never contains one).
 */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const bodies = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}`, 'gi'))]
      .filter((m) => !/\ssrc\s*=/.test(m[1] ?? ''))
      .map((m) => m[2] ?? '');
  return { scripts: bodies('script'), styles: bodies('style') };
}

export function standaloneCsp(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  return buildCsp({
    'default-src': ["'none'"],
    'script-src': scripts.map(sha256Source),
    'style-src': styles.map(sha256Source),
    'img-src': ['data:', 'blob:'],
    'connect-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Puts the policy right after <meta charset> (or <head>), before anything it governs. */
export function insertCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const charset = html.search(/<meta charset[^>]*>/i);
  const at = charset >= 0 ? charset : html.search(/<head[^>]*>/i);
  if (at < 0) throw new Error('no <head> to put the Content-Security-Policy in');
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}
