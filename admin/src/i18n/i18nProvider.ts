import polyglotI18nProvider from 'ra-i18n-polyglot';
import italian from './it';

export const DEFAULT_LOCALE = 'it';

/**
 * The messages of a language; also marks the page's language (`<html lang>`) for screen readers and the API
 * client. English loads when first chosen (a chunk of its own): the first screen carries Italian alone.
 */
function messagesFor(locale: string) {
  const language = locale === 'en' ? 'en' : 'it';
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language === 'en' ? import('./en').then((module) => module.default) : italian;
}

/** Looks like a message key (`resources.services.name`), not like text to show as it is. */
const MESSAGE_KEY = /^[\w-]+(\.[\w-]+)+$/;

/**
 * react-admin passes some texts through translate() as they are: the server's error messages
 * (already in Italian and English). They are shown unchanged; only a missing message key is reported.
 */
function onMissingKey(key: string): string {
  if (MESSAGE_KEY.test(key)) console.warn(`Missing translation for key: "${key}"`);
  return key;
}

/** Italian by default, English beside it; react-admin keeps the user's choice in its (localStorage) store. */
export const i18nProvider = polyglotI18nProvider(
  messagesFor,
  DEFAULT_LOCALE,
  [
    { locale: 'it', name: 'Italiano' },
    { locale: 'en', name: 'English' },
  ],
  { onMissingKey }
);
