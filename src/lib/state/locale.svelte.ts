/** The interface language: read once at start, remembered on change, mirrored on <html lang>. */
import type { Locale } from '../data/types';
import { isCatalogueLoaded, loadCatalogue, translate, type MessageKey } from '../i18n';
import type { MessageParams } from '../i18n/template';
import { LOCALE_STORAGE_KEY, preferredLocale } from '../i18n/localePreference';

function readStorage(win: Window): string | null {
  try {
    return win.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (file://, privacy settings); fall back to the browser
  }
}

/** The language to start in (see localePreference.ts). main.ts loads its catalogue before mounting. */
export function initialLocale(win: Window = window): Locale {
  return preferredLocale(win.location.search, readStorage(win), win.navigator.languages);
}

export class LocaleState {
  current: Locale = $state('en');

  constructor(private readonly win: Window = window) {
    const initial = initialLocale(win);
    if (isCatalogueLoaded(initial)) this.current = initial;
    else void this.set(initial, { remember: false });
    win.document.documentElement.lang = this.current;
  }

  /** Switches language once its catalogue is there; remembers the choice for the next visit. */
  async set(locale: Locale, { remember = true } = {}): Promise<void> {
    await loadCatalogue(locale);
    this.current = locale;
    this.win.document.documentElement.lang = locale;
    try {
      if (remember) this.win.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // not remembered; the choice still holds for this visit
    }
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off edit of the address, not state
    const url = new URL(this.win.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', locale);
      this.win.history.replaceState(this.win.history.state, '', url);
    }
  }

  /** Translate a key in the current language. An arrow so it can be passed around unbound. */
  t = (key: MessageKey, params?: MessageParams): string => translate(this.current, key, params);
}
