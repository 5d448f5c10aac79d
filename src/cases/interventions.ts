import type { WriteHooks } from './controller';
import { requireFields } from './rules';

/** Interventions are recorded by the provider of an accepted referral (their provider is set by the server) or by the operator. */
export const interventionHooks: WriteHooks = {
  async beforeCreate(strapi, caller, data) {
    requireFields(data, ['case', 'periodFrom', 'quantity', 'unit']);
    if (caller.role === 'provider') data.provider = caller.provider;
    if (!data.service) {
      const found = (await strapi
        .documents('api::case.case')
        .findOne({ documentId: data.case as string, populate: { service: { fields: ['code'] } } })) as {
        service?: { documentId: string } | null;
      } | null;
      if (found?.service) data.service = found.service.documentId;
    }
    return data;
  },
};
