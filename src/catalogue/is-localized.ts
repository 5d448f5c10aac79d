import type { Core, UID } from '@strapi/strapi';

/** Whether a content type is translated with Strapi's i18n (one row per locale). */
export function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  return Boolean(
    (strapi.getModel(uid as UID.ContentType).pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized
  );
}
