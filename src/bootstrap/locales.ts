import type { Core } from '@strapi/strapi';

/** Italian first, English beside it. Italian becomes the default the first time it is added. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const wanted = [
    { code: 'it', name: 'Italiano (it)' },
    { code: 'en', name: 'English (en)' },
  ];
  for (const locale of wanted) {
    if (await locales.findByCode(locale.code)) continue;
    await locales.create(locale);
    if (locale.code === 'it') await locales.setDefaultLocale({ code: 'it' });
  }
}

/** How long the default locale is kept in memory: another instance's change shows within this time. */
const DEFAULT_LOCALE_TTL_MS = 5000;

/**
 * Strapi's document service reads the default locale from the core store (a query in a transaction) on
 * every read of a localized type without `locale` — twice per list (page and count). It changes about
 * never: it is kept for a few seconds, and forgotten at once when this instance changes it.
 */
export function cacheDefaultLocale(strapi: Core.Strapi): void {
  const locales = strapi.plugin('i18n').service('locales') as {
    getDefaultLocale(): Promise<string>;
    setDefaultLocale(params: { code: string }): Promise<unknown>;
  };
  const read = locales.getDefaultLocale.bind(locales);
  const write = locales.setDefaultLocale.bind(locales);
  let cached: { value: Promise<string>; until: number } | null = null;
  locales.getDefaultLocale = () => {
    const now = Date.now();
    if (!cached || cached.until <= now) {
      const value = read();
      cached = { value, until: now + DEFAULT_LOCALE_TTL_MS };
      value.catch(() => {
        cached = null;
      });
    }
    return cached.value;
  };
  locales.setDefaultLocale = async (params) => {
    cached = null;
    try {
      return await write(params);
    } finally {
      cached = null;
    }
  };
}
