/**
 * Relations and components each case-file resource needs on its pages: Strapi returns none unless asked,
 * the data provider turns the populated relations into documentIds for ReferenceFields.
 */
export const POPULATE = {
  cases: ['beneficiary', 'municipality', 'service', 'area', 'assignedOperator'],
  beneficiaries: ['municipality'],
  households: ['beneficiary', 'members'],
  referrals: ['case', 'fromMunicipality', 'fromService', 'toProvider', 'toService'],
  interventions: ['case', 'service', 'provider'],
  vouchers: ['beneficiary', 'case', 'service', 'provider', 'redemptions'],
} as const;

/** react-admin `queryOptions` asking for a resource's relations. */
export const withPopulate = (resource: keyof typeof POPULATE) => ({ meta: { populate: [...POPULATE[resource]] } });
