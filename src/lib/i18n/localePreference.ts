/**
 * Which language to start in: ?lang= in the URL, else the one remembered from the last visit,
 * else the browser's first language that we have, else English.
 */
import type { Locale } from '../data/types';

export const LOCALE_STORAGE_KEY = 'cluster-policy-explorer.lang';

function asLocale(value: string | null | undefined): Locale | null {
  const lang = value?.toLowerCase().split('-')[0];
  return lang === 'en' || lang === 'ja' ? lang : null;
}

export function preferredLocale(
  search: string,
  stored: string | null,
  browserLanguages: readonly string[],
): Locale {
  const fromUrl = asLocale(new URLSearchParams(search).get('lang'));
  if (fromUrl) return fromUrl;
  const remembered = asLocale(stored);
  if (remembered) return remembered;
  for (const language of browserLanguages) {
    const found = asLocale(language);
    if (found) return found;
  }
  return 'en';
}

function readStorage(win: Window): string | null {
  try {
    return win.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (file://, privacy settings); fall back to the browser
  }
}

/** The language to start in: main.ts loads its catalogue before the app starts. */
export function initialLocale(win: Window = window): Locale {
  return preferredLocale(win.location.search, readStorage(win), win.navigator.languages);
}
