/**
 * The embedded frame's side of embedding, loaded only in embed mode (`?embed`), so it costs the first view
 * nothing. Two jobs:
 *
 * 1. The look the host asked for (`theme=light|dark|auto`, `background=transparent`): a forced theme pins
 *    `color-scheme` and makes every `prefers-color-scheme` media rule of the app's own style sheets (those
 *    loaded later included) always or never apply; `auto` leaves the reader's system in charge.
 * 2. Telling the host page the frame's height, once the view is there (never the empty frame while the
 *    code loads) and whenever it changes. Height (and for iframe-resizer width) only, never data, in three
 *    formats:
 *    - `{ type: 'cluster-policy-explorer:height', height }`, always: the snippet's embed.js;
 *    - Pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<height>` when a Pym parent passed `?childId=…`;
 *    - iframe-resizer (v4 and v5 parents): once the parent's init message (`[iFrameSizer]<id>:8:false:…`)
 *      arrives, `[iFrameSizer]<id>:<height>:<width>:<type>[:<the parent's version>]`. The frame says
 *      `[iFrameResizerChild]Ready` when it starts listening, so a parent whose init came too early
 *      sends it again.
 */
// Types only: this chunk must not import the app's code (the app awaits this chunk before it starts).
import type { EmbedLook } from './embedSnippet';

/** `?embed&theme=light|dark|auto&background=transparent`; anything else is the default. */
export function embedLook(search: string): EmbedLook {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    background: params.get('background') === 'transparent' ? 'transparent' : 'page',
  };
}

const HEIGHT_MESSAGE_TYPE = 'cluster-policy-explorer:height';

export function heightMessage(height: number): { type: string; height: number } {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** Pym.js's child→parent message: 'pym' + 'xPYMx' + id + 'xPYMx' + 'height' + 'xPYMx' + value. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

const IFR = '[iFrameSizer]';

/**
 * An iframe-resizer parent's init message: `[iFrameSizer]<id>:<bodyMargin>:<sizeWidth>:…`, with
 * `true`/`false` third (that is how both versions tell it from other messages); v5 puts its version
 * 21st. Returns the frame's id and that version, or null for any other message.
 */
export function iframeResizerInit(data: unknown): { id: string; version: string } | null {
  if (typeof data !== 'string' || !data.startsWith(IFR)) return null;
  const fields = data.slice(IFR.length).split(':');
  if (!fields[0] || (fields[2] !== 'true' && fields[2] !== 'false')) return null;
  return { id: fields[0], version: fields[20] ?? '' };
}

/** The child→parent size message of iframe-resizer; v5 wants its own version back with `init`. */
export function iframeResizerSizeMessage(
  id: string,
  height: number,
  width: number,
  type: string,
  version = '',
): string {
  const size = `${IFR}${id}:${Math.ceil(height)}:${Math.ceil(width)}:${type}`;
  return version ? `${size}:${version}` : size;
}

const SCHEME_QUERY = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/g;
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

/** A media query with its `prefers-color-scheme` tests answered for the given scheme. */
export function forceSchemeInMedia(media: string, scheme: 'light' | 'dark'): string {
  return media.replace(SCHEME_QUERY, (_, asked: string) => (asked === scheme ? ALWAYS : NEVER));
}

function forceSchemeInRules(rules: CSSRuleList, scheme: 'light' | 'dark'): void {
  for (const rule of Array.from(rules)) {
    if ('media' in rule && rule.media instanceof MediaList) {
      const text = rule.media.mediaText;
      const forced = forceSchemeInMedia(text, scheme);
      if (forced !== text) rule.media.mediaText = forced;
    }
    if ('cssRules' in rule) forceSchemeInRules(rule.cssRules as CSSRuleList, scheme);
  }
}

/**
 * Applies the embed's look to this document: its layout (the `embedded` class, before the app mounts,
 * so that a chart measured as it is inserted gets the embed's width), the host's theme and background.
 */
function applyLook(doc: Document, look: EmbedLook): void {
  const root = doc.documentElement;
  root.classList.add('embedded');
  if (look.background === 'transparent') {
    root.style.background = 'transparent';
    doc.body.style.background = 'transparent';
  }
  const scheme = look.theme;
  if (scheme === 'auto') return;
  root.style.colorScheme = scheme;
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', scheme);
  const force = () => {
    for (const sheet of Array.from(doc.styleSheets)) {
      try {
        forceSchemeInRules(sheet.cssRules, scheme);
      } catch {
        // A sheet of another origin cannot be read: the app has none.
      }
    }
  };
  force();
  // Views load their style sheets when they open: each one, once loaded, gets the same treatment
  // (this capturing listener runs before the code that waits for the sheet to show the view).
  doc.addEventListener('load', force, true);
}

/** Starts answering the host page; returns the function that stops. */
function answerHost(win: Window): () => void {
  if (win.parent === win) return () => {};
  const childId = new URLSearchParams(win.location.search).get('childId');
  const root = win.document.documentElement;
  const parent = win.parent;
  let resizer: { id: string; version: string } | null = null;
  let height = -1;
  let width = 0;
  const tellResizer = (type: string, version = '') => {
    if (resizer && height > 0) {
      parent.postMessage(iframeResizerSizeMessage(resizer.id, height, width, type, version), '*');
    }
  };
  // Until the view is there, nothing is sent; the iframe-resizer parent's init is answered then.
  let initPending = false;
  const measure = () => {
    // The first height only once the view is there (not the empty frame while its code loads), its
    // data loaded and its chart drawn (a chart's box is measured first; the chart, and a key under
    // it, come after).
    const doc = win.document;
    if (!doc.querySelector('main .view, main [role="alert"]')) return;
    if (doc.querySelector('main .loading, main .chart:not(:has(svg))')) return;
    const box = root.getBoundingClientRect();
    const next = Math.ceil(box.height);
    width = Math.ceil(box.width);
    if (next === height) return;
    height = next;
    parent.postMessage(heightMessage(height), '*');
    if (childId) parent.postMessage(pymHeightMessage(childId, height), '*');
    if (initPending) {
      initPending = false;
      tellResizer('init', resizer?.version);
    } else tellResizer('resizeObserver');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || typeof event.data !== 'string') return;
    const init = iframeResizerInit(event.data);
    if (init) {
      resizer = init;
      if (height > 0) tellResizer('init', init.version);
      else initPending = true;
    } else if (resizer && /^\[iFrameSizer\](resize|reset)\b/.test(event.data)) {
      tellResizer('resizeParent');
    }
  };
  win.addEventListener('message', onMessage);
  // An iframe-resizer parent that sent its init before this code ran sends it again on this.
  parent.postMessage('[iFrameResizerChild]Ready', '*');
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  // A frame of another origin that is off the host's screen is not rendered (Chromium throttles it):
  // no ResizeObserver callbacks, no animation frames, until the reader scrolls to it. Its height would
  // then come only as it scrolls into view, and the host page would jump under the reader. So after
  // each change to the page (or to the frame's width), unless a frame was rendered within 100 ms,
  // it is measured anyway: reading the layout lays the page out, rendered or not.
  let pending = false;
  const measureIfUnrendered = () => {
    if (pending) return;
    pending = true;
    let rendered = false;
    win.requestAnimationFrame(() => (rendered = true));
    win.setTimeout(() => {
      pending = false;
      if (!rendered) measure();
    }, 100);
  };
  const changes = new MutationObserver(measureIfUnrendered);
  changes.observe(win.document.body, { childList: true, subtree: true, characterData: true });
  win.addEventListener('resize', measureIfUnrendered);
  measure();
  return () => {
    observer.disconnect();
    changes.disconnect();
    win.removeEventListener('resize', measureIfUnrendered);
    win.removeEventListener('message', onMessage);
  };
}

/** Embed mode: the look first (before the first paint), then the answers to the host. */
export function startEmbed(win: Window): () => void {
  applyLook(win.document, embedLook(win.location.search));
  return answerHost(win);
}
