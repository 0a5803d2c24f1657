import { describe, expect, it } from 'vitest';
import {
  embedLook,
  forceSchemeInMedia,
  heightMessage,
  iframeResizerInit,
  iframeResizerSizeMessage,
  pymHeightMessage,
} from '../../../src/lib/share/embedFrame';

describe('height messages', () => {
  it('sends height only, in our format and Pym.js format', () => {
    expect(heightMessage(612.2)).toEqual({ type: 'cluster-policy-explorer:height', height: 613 });
    expect(pymHeightMessage('chart-1', 612.2)).toBe('pymxPYMxchart-1xPYMxheightxPYMx613');
  });

  it("recognises iframe-resizer's init message, v4 and v5", () => {
    // As iframe-resizer 4.4.5's parent writes it (createOutgoingMsg).
    const v4 =
      '[iFrameSizer]iFrameResizer0:8:false:false:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll:true';
    expect(iframeResizerInit(v4)).toEqual({ id: 'iFrameResizer0', version: '' });
    // As @iframe-resizer/parent 5.5.9 writes it: 24 fields, its version 21st.
    const v5 =
      '[iFrameSizer]chart:8:false:false:32:true:true:null:auto:null:null:0:false:child:auto:true:null:null:true:GPLv3:5.5.9:0::false';
    expect(iframeResizerInit(v5)).toEqual({ id: 'chart', version: '5.5.9' });
    // Other parent messages, and messages that are not iframe-resizer's, are not an init.
    expect(iframeResizerInit('[iFrameSizer]resize')).toBeNull();
    expect(iframeResizerInit('[iFrameSizer]chart:message:{}')).toBeNull();
    expect(iframeResizerInit('pymxPYMxchart-1xPYMxwidthxPYMx600')).toBeNull();
    expect(iframeResizerInit({ type: 'x' })).toBeNull();
  });

  it("answers in iframe-resizer's size format", () => {
    expect(iframeResizerSizeMessage('chart', 812.4, 600, 'init', '5.5.9')).toBe(
      '[iFrameSizer]chart:813:600:init:5.5.9',
    );
    expect(iframeResizerSizeMessage('iFrameResizer0', 700, 599.5, 'resizeObserver')).toBe(
      '[iFrameSizer]iFrameResizer0:700:600:resizeObserver',
    );
  });
});

describe('the host chooses the look', () => {
  it('reads the look the host asks for; anything else is the default', () => {
    expect(embedLook('?embed')).toEqual({ theme: 'auto', background: 'page' });
    expect(embedLook('?embed&theme=dark&background=transparent')).toEqual({
      theme: 'dark',
      background: 'transparent',
    });
    expect(embedLook('?embed&theme=light')).toEqual({ theme: 'light', background: 'page' });
    expect(embedLook('?embed&theme=auto&background=white')).toEqual({
      theme: 'auto',
      background: 'page',
    });
    expect(embedLook('?embed&theme=Dark')).toEqual({ theme: 'auto', background: 'page' });
  });

  it.each([
    ['(prefers-color-scheme: dark)', 'dark', '(min-width: 0px)'],
    ['(prefers-color-scheme: dark)', 'light', '(max-width: -1px)'],
    ['(prefers-color-scheme:light)', 'light', '(min-width: 0px)'],
    ['screen and (prefers-color-scheme: dark)', 'dark', 'screen and (min-width: 0px)'],
    ['print', 'dark', 'print'],
  ] as const)('%s, forced %s', (media, scheme, expected) =>
    expect(forceSchemeInMedia(media, scheme)).toBe(expected),
  );
});
