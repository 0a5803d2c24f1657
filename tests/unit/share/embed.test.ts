import { describe, expect, it } from 'vitest';
import { fullAppUrl, isEmbed } from '../../../src/lib/share/embed';

describe('embed', () => {
  it('detects ?embed', () => {
    expect(isEmbed('?embed')).toBe(true);
    expect(isEmbed('?lang=ja&embed=1')).toBe(true);
    expect(isEmbed('?lang=ja')).toBe(false);
  });

  it('gives the same view in the full app, without ?embed or the frame parameters', () => {
    expect(
      fullAppUrl('https://example.org/a/?embed&lang=en&theme=dark&background=transparent#/budget'),
    ).toBe('https://example.org/a/?lang=en#/budget');
    expect(
      fullAppUrl(
        'https://example.org/a/index.html?embed&childId=x&initialWidth=600&lang=ja#/budget/p',
      ),
    ).toBe('https://example.org/a/index.html?lang=ja#/budget/p');
    expect(fullAppUrl('file:///media/usb/app.html?embed#/budget')).toBe(
      'file:///media/usb/app.html#/budget',
    );
  });
});
