import type { WriteHooks } from './controller';
import { requireFields } from './rules';
import { throwIssues } from '../plugins/plugin-kit/errors';

const UID = 'api::household.household';

/**
 * Households: written by the operators of the person's comune (the access layer checks it). One
 * household per person, so that the co-payment and the case page read the same members; its person
 * does not change afterwards (a different person has a household of their own).
 */
export const householdHooks: WriteHooks = {
  async beforeCreate(strapi, _caller, data) {
    requireFields(data, ['beneficiary']);
    const existing = await strapi.db.query(UID).count({ where: { beneficiary: { documentId: data.beneficiary as string } } });
    if (existing > 0) {
      throwIssues([
        {
          path: 'data.beneficiary',
          it: 'la persona ha già un nucleo familiare: modificarlo',
          en: 'the person already has a household: edit it',
        },
      ]);
    }
    return data;
  },
  async beforeUpdate(_strapi, _caller, data) {
    if (data.beneficiary !== undefined) {
      throwIssues([
        { path: 'data.beneficiary', it: 'la persona del nucleo non si cambia', en: "the household's person cannot be changed" },
      ]);
    }
    return data;
  },
};
