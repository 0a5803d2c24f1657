// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { catalogues } from '../../fixtures/words';
import { en } from '../../../src/lib/i18n/en';
import { ja } from '../../../src/lib/i18n/ja';
import { laterMessages } from '../../../src/lib/i18n/laterMessages';

describe('LocaleState', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });

  it('starts in the language asked for, with the catalogue it is given', () => {
    window.history.replaceState(null, '', '/?lang=ja');
    const locale = new LocaleState(window, { ja: catalogues.ja });
    expect(locale.current).toBe('ja');
    expect(locale.locale).toBe('ja');
    expect(locale.t('nav.timeline')).toBe('年表');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('shows what it has until the language asked for has loaded, then switches', async () => {
    window.history.replaceState(null, '', '/?lang=ja');
    const locale = new LocaleState(window, { en: catalogues.en });
    expect(locale.current).toBe('en');
    expect(locale.t('nav.timeline')).toBe('Timeline');
    await locale.set('ja', { remember: false });
    expect(locale.t('nav.timeline')).toBe('年表');
  });

  it('loads the other language on a switch, and remembers it', async () => {
    const locale = new LocaleState(window, { en: catalogues.en });
    await locale.set('ja');
    expect(locale.current).toBe('ja');
    expect(locale.t('budget.unitemized')).toBe('出典で内訳なし');
    expect(localStorage.getItem('cluster-policy-explorer.lang')).toBe('ja');
  });

  it('has the strings of what loads after the first view, in the current language, once they have come', async () => {
    // The catalogues the app loads (the first view's), not the fixtures' (which hold every string).
    const locale = new LocaleState(window, { en });
    expect(en).not.toHaveProperty('sources.title');
    expect(ja).not.toHaveProperty('sources.title');
    expect(laterMessages.en).toHaveProperty('sources.title'); // imported above: it has come
    expect(locale.t('sources.title')).toBe('Sources');
    await locale.set('ja', { remember: false });
    expect(locale.t('sources.title')).toBe('出典');
    expect(locale.t('nav.timeline')).toBe('年表');
  });
});
