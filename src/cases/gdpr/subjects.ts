import type { Core, UID } from '@strapi/strapi';

/** The case-file records about one beneficiary, by type: what the engines' records about them point to. */
export interface PersonRecords {
  'api::beneficiary.beneficiary': string[];
  'api::household.household': string[];
  'api::case.case': string[];
  'api::referral.referral': string[];
  'api::intervention.intervention': string[];
  'api::voucher.voucher': string[];
}

const ids = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>): Promise<string[]> =>
  ((await strapi.db.query(uid as UID.ContentType).findMany({ where, select: ['documentId'] })) as { documentId: string }[]).map(
    (r) => r.documentId
  );

/** The beneficiary, their households and cases, and the referrals, interventions and vouchers of those cases. */
export async function recordsOf(strapi: Core.Strapi, beneficiary: string): Promise<PersonRecords> {
  const cases = await ids(strapi, 'api::case.case', { beneficiary: { documentId: beneficiary } });
  const byCase = { case: { documentId: { $in: cases } } };
  return {
    'api::beneficiary.beneficiary': [beneficiary],
    'api::household.household': await ids(strapi, 'api::household.household', { beneficiary: { documentId: beneficiary } }),
    'api::case.case': cases,
    'api::referral.referral': cases.length ? await ids(strapi, 'api::referral.referral', byCase) : [],
    'api::intervention.intervention': cases.length ? await ids(strapi, 'api::intervention.intervention', byCase) : [],
    'api::voucher.voucher': await ids(strapi, 'api::voucher.voucher', {
      $or: [{ beneficiary: { documentId: beneficiary } }, ...(cases.length ? [byCase] : [])],
    }),
  };
}

/** A query-engine condition on (subjectType, subjectId) matching any of the records; null when there are none. */
export function aboutAny(records: PersonRecords): Record<string, unknown> | null {
  const pairs = Object.entries(records)
    .filter(([, list]) => list.length > 0)
    .map(([subjectType, list]) => ({ subjectType, subjectId: { $in: list } }));
  return pairs.length ? { $or: pairs } : null;
}
