import { describe, expect, it } from 'vitest';
import { fullAppUrl } from '../../../src/lib/share/embed';
import { canEmbedFrom, embedUrl, iframeSnippet } from '../../../src/lib/share/embedSnippet';

describe('embed snippet', () => {
  it('puts the look in the embed address, and leaves it out of the full app', () => {
    const href = 'https://example.org/a/?lang=en#/timeline/3';
    expect(embedUrl(href, 'en', { theme: 'dark', background: 'transparent' })).toBe(
      'https://example.org/a/?embed&lang=en&theme=dark&background=transparent#/timeline/3',
    );
    expect(embedUrl(href, 'ja', { theme: 'light', background: 'page' })).toBe(
      'https://example.org/a/?embed&lang=ja&theme=light#/timeline/3',
    );
    expect(embedUrl(href, 'en', { theme: 'auto', background: 'transparent' })).toBe(
      'https://example.org/a/?embed&lang=en&background=transparent#/timeline/3',
    );
    expect(
      fullAppUrl('https://example.org/a/?embed&lang=en&theme=dark&background=transparent#/budget'),
    ).toBe('https://example.org/a/?lang=en#/budget');
  });

  it('builds the embed and full-app addresses', () => {
    const href =
      'https://example.org/a/index.html?embed&childId=x&initialWidth=600&lang=ja#/budget/p';
    expect(embedUrl('https://example.org/a/?lang=en#/timeline/3', 'ja')).toBe(
      'https://example.org/a/?embed&lang=ja#/timeline/3',
    );
    expect(fullAppUrl(href)).toBe('https://example.org/a/index.html?lang=ja#/budget/p');
    expect(fullAppUrl('file:///media/usb/app.html?embed#/budget')).toBe(
      'file:///media/usb/app.html#/budget',
    );
  });

  it('escapes the snippet attributes; the script is embed.js beside the app', () => {
    expect(iframeSnippet('https://x/sub/?embed&lang=en#/budget', 'A "B"', 500)).toBe(
      '<iframe src="https://x/sub/?embed&amp;lang=en#/budget" title="A &quot;B&quot;" width="100%" height="500" style="border:0;width:100%" data-cluster-policy-explorer></iframe>\n' +
        '<script src="https://x/sub/embed.js" async></script>',
    );
  });

  it('gives a transparent frame the colour scheme of its content', () => {
    const src = 'https://x/sub/?embed&lang=en&theme=dark&background=transparent#/budget';
    expect(iframeSnippet(src, 'T', 500, { theme: 'dark', background: 'transparent' })).toContain(
      'style="border:0;width:100%;color-scheme:dark"',
    );
    expect(iframeSnippet(src, 'T', 500, { theme: 'auto', background: 'transparent' })).toContain(
      'style="border:0;width:100%;color-scheme:light dark"',
    );
    expect(iframeSnippet(src, 'T', 500, { theme: 'light', background: 'page' })).toContain(
      'style="border:0;width:100%"',
    );
  });

  it('is offered only from an address another page can load', () => {
    expect(canEmbedFrom('https://x/sub/index.html#/budget')).toBe(true);
    expect(canEmbedFrom('file:///home/me/cluster-policy-explorer-offline.html#/budget')).toBe(
      false,
    );
  });
});
