/**
 * The page's first script, tiny and without the app's code: index.html runs it as soon as it arrives
 * (`async`, while the app's chunk still downloads), and it tells the browser to fetch the reader's
 * catalogue now (a module preload), so that the catalogue does not wait for the app to arrive and run:
 * one round trip less before the first paint on a slow network. main.ts then imports the catalogue as
 * before, and finds it fetched. The build makes this an entry of its own and puts it into index.html
 * (vite.config.ts); in development nothing runs it (the catalogue loads when main.ts asks for it).
 */
import catalogueUrls from 'virtual:catalogue-urls';
import { initialLocale } from './lib/i18n/localePreference';

const href = catalogueUrls[initialLocale()];
if (href) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}
