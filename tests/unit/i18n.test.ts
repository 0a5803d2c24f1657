import { describe, expect, it } from 'vitest';
import { catalogues, en, ja, translate, type MessageKey } from '../../src/lib/i18n';

describe('message catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message and keep the same placeholders', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(catalogues.en[key].trim()).not.toBe('');
      expect(catalogues.ja[key].trim()).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(catalogues.ja[key]), key).toEqual(names(catalogues.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'notFound.body', { path: '/x' })).toBe('There is no view at “/x”.');
    expect(translate('ja', 'notFound.body', { path: '/x' })).toBe('「/x」という表示はありません。');
  });
});
