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
