import type { Core } from '@strapi/strapi';

/** GDPR actions on a beneficiary (export, anonymise): filled in below. */
export function gdprActions(_strapi: Core.Strapi): Record<string, unknown> {
  return {};
}
