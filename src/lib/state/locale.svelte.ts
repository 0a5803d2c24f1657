/** The interface language: read once at start, remembered on change, mirrored on <html lang>. */
import type { Locale } from '../data/types';
import { laterStrings, loadCatalogue, type Catalogue, type MessageKey, type Words } from '../i18n';
import { fillTemplate, type MessageParams } from '../i18n/template';
import { initialLocale, LOCALE_STORAGE_KEY } from '../i18n/localePreference';

/** The catalogues already loaded, by language (main.ts gives the reader's; tests give both). */
export type LoadedCatalogues = { readonly [L in Locale]?: Catalogue };

/**
 * The current language and its catalogue: the words (see i18n `Words`) every view reads from context.
 * It holds the catalogue it was given or has loaded, so translating reads no global.
 */
export class LocaleState implements Words {
  current: Locale = $state('en');
  #catalogue: Catalogue | undefined = $state.raw();

  constructor(
    private readonly win: Window = window,
    loaded: LoadedCatalogues = {},
  ) {
    const initial = initialLocale(win);
    const catalogue = loaded[initial];
    if (catalogue) {
      this.current = initial;
      this.#catalogue = catalogue;
    } else {
      this.#catalogue = loaded.en ?? loaded.ja;
      void this.set(initial, { remember: false });
    }
    win.document.documentElement.lang = this.current;
  }

  /** The current language (as `Words`). */
  get locale(): Locale {
    return this.current;
  }

  /** Switches language once its catalogue is there; remembers the choice for the next visit. */
  async set(locale: Locale, { remember = true } = {}): Promise<void> {
    this.#catalogue = await loadCatalogue(locale);
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

  /**
   * Translate a key in the current language, from its catalogue or, for what loads after the first
   * view, the strings that came with it (i18n `addLater`). An arrow so it can be passed around unbound.
   */
  t = (key: MessageKey, params?: MessageParams): string =>
    fillTemplate(
      (this.#catalogue as Partial<Record<MessageKey, string>> | undefined)?.[key] ??
        laterStrings[this.current]?.[key] ??
        key,
      params,
    );
}
