/**
 * The typed message catalogue. English defines the keys; Japanese must have every one (type-checked,
 * and tested). translate() is pure: it fills "{placeholders}" of a message from the messages it is given,
 * and shows the key only where those have none.
 * Each language's catalogue (src/lib/i18n/en/, src/lib/i18n/ja/) is loaded on demand by loadCatalogue():
 * main.ts loads the reader's language before the app mounts (and gives it to the locale state, which
 * holds it), a switch loads the other before it takes effect, and the bilingual exports load both. A
 * reader downloads only the language they read.
 * The timeline's strings, and those of the embed dialog, presentation mode and the exports, in both
 * languages, are parts that come with the modules that use them (timelineMessages.ts, shareMessages.ts;
 * added with withPart), so that no first view carries them. So are the strings of what loads after the
 * first view's paint (laterMessages.ts: the budget's table, tooltip and links, the lists of sources),
 * which every view's words fall back on once they have come (`addLater`).
 */
import type { Locale } from '../data/types';
import type { en } from './en';
import type { later } from './en/later';
import type { timeline } from './en/timeline';
import type { shareTools } from './en/shareTools';
import { fillTemplate, type MessageParams } from './template';

/** The keys of a language's catalogue (every key but the later ones, the timeline's and the sharing tools'). */
export type CatalogueKey = keyof typeof en;
export type Catalogue = { readonly [K in CatalogueKey]: string };
export type MessageKey =
  CatalogueKey | keyof typeof later | keyof typeof timeline | keyof typeof shareTools;
export type Messages = { readonly [K in MessageKey]: string };
/** Strings in both languages that come with the modules that use them (timelineMessages.ts, …). */
export type MessagePart = { readonly [L in Locale]: Partial<Messages> };
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A language's words: its locale and its messages. What every function that writes text is given. */
export interface Words {
  readonly locale: Locale;
  readonly t: Translate;
}

/** Both languages' words, for what carries both (the data exports). */
export type Bilingual = { readonly [L in Locale]: Words };

/** The message of `key` in `messages`, placeholders filled; the key itself where there is none. */
export function translate(
  messages: Partial<Messages>,
  key: MessageKey,
  params?: MessageParams,
): string {
  return fillTemplate(messages[key] ?? key, params);
}

/** The words of `locale`: its catalogue (keys show until it has loaded) and any parts. */
export function wordsOf(
  locale: Locale,
  catalogue: Partial<Messages> | undefined,
  ...parts: readonly MessagePart[]
): Words {
  const messages: Partial<Messages> = Object.assign({}, catalogue, ...parts.map((p) => p[locale]));
  return { locale, t: (key, params) => translate(messages, key, params) };
}

/** `words` and the strings of a part, in the same language (read when t is called). */
export function withPart(words: Words, part: MessagePart): Words {
  return {
    get locale() {
      return words.locale;
    },
    t: (key, params) => {
      const own = part[words.locale][key];
      return own === undefined ? words.t(key, params) : fillTemplate(own, params);
    },
  };
}

/** The strings of laterMessages.ts, by language, once it has loaded (it adds them). */
export const laterStrings: { [L in Locale]?: Partial<Messages> } = {};

/** Adds the strings of what loads after the first view (laterMessages.ts, as it loads). */
export function addLater(part: MessagePart): void {
  Object.assign(laterStrings, part);
}

const importers: { readonly [L in Locale]: () => Promise<Catalogue> } = {
  en: async () => (await import('./en')).en,
  ja: async () => (await import('./ja')).ja,
};

/** The catalogue of `locale`, in its own chunk (fetched once: the module loader keeps it). */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  return importers[locale]();
}

export const LOCALES: readonly Locale[] = ['en', 'ja'];
