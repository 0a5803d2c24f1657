import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../../src/lib/i18n/localePreference';

describe('preferredLocale', () => {
  it.each([
    ['?lang=ja', null, ['en-US'], 'ja'],
    ['?lang=en', 'ja', ['ja-JP'], 'en'],
    ['?lang=fr', 'ja', ['en'], 'ja'],
    ['', 'ja', ['en-GB'], 'ja'],
    ['', null, ['ja-JP', 'en'], 'ja'],
    ['', null, ['fr-FR', 'en-US'], 'en'],
    ['', 'xx', [], 'en'],
    ['?embed&lang=JA', null, [], 'ja'],
  ] as const)('search %s, stored %s, browser %j → %s', (search, stored, browser, expected) => {
    expect(preferredLocale(search, stored, browser)).toBe(expected);
  });
});
