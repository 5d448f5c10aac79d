import type { Core, UID } from '@strapi/strapi';
import { aboutAny, recordsOf } from './subjects';

/** Everything stored about one beneficiary (art. 15): their record, household, cases and what hangs on them. */
export interface PersonalExport {
  exportedAt: string;
  beneficiary: Record<string, unknown>;
  households: unknown[];
  cases: unknown[];
  referrals: unknown[];
  interventions: unknown[];
  vouchers: unknown[];
  formSubmissions: unknown[];
}

const CATALOGUE = { fields: ['name'] };
const OMIT = new Set(['id', 'createdBy', 'updatedBy', 'locale', 'localizations', 'publishedAt']);

/** Drops technical fields and keeps nested relations as their names or codes. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) if (!OMIT.has(key)) out[key] = clean(inner);
  return out;
}

export async function collectPersonalData(strapi: Core.Strapi, beneficiaryId: string): Promise<PersonalExport> {
  const docs = (uid: string) => strapi.documents(uid as UID.ContentType);
  const beneficiary = (await docs('api::beneficiary.beneficiary').findOne({
    documentId: beneficiaryId,
    populate: { municipality: CATALOGUE },
  } as never)) as unknown as Record<string, unknown>;
  const households = await docs('api::household.household').findMany({
    filters: { beneficiary: { documentId: beneficiaryId } },
    populate: { members: true },
  } as never);
  const cases = (await docs('api::case.case').findMany({
    filters: { beneficiary: { documentId: beneficiaryId } },
    populate: { municipality: CATALOGUE, service: CATALOGUE, area: CATALOGUE, assignedOperator: { fields: ['username'] } },
  } as never)) as unknown as { documentId: string }[];
  const caseIds = cases.map((c) => c.documentId);
  const byCase = { case: { documentId: { $in: caseIds } } };
  const referrals = await docs('api::referral.referral').findMany({
    filters: byCase,
    populate: {
      case: { fields: ['code'] },
      fromMunicipality: CATALOGUE,
      toProvider: CATALOGUE,
      toService: CATALOGUE,
      fromService: CATALOGUE,
    },
  } as never);
  const interventions = await docs('api::intervention.intervention').findMany({
    filters: byCase,
    populate: { case: { fields: ['code'] }, service: CATALOGUE, provider: CATALOGUE },
  } as never);
  const vouchers = await docs('api::voucher.voucher').findMany({
    filters: { beneficiary: { documentId: beneficiaryId } },
    populate: { case: { fields: ['code'] }, service: CATALOGUE, provider: CATALOGUE, redemptions: true },
  } as never);
  // Forms filled about any of the person's records (the person, a household, a case, a referral, ...).
  const about = aboutAny(await recordsOf(strapi, beneficiaryId));
  const formSubmissions =
    about && strapi.plugin('forms')
      ? await strapi.db.query('plugin::forms.submission').findMany({
          where: about,
          select: ['documentId', 'data', 'subjectType', 'subjectId', 'createdAt', 'updatedAt'],
          populate: { form: { select: ['key'] } },
          orderBy: { id: 'asc' },
        })
      : [];
  return clean({
    exportedAt: new Date().toISOString(),
    beneficiary,
    households,
    cases,
    referrals,
    interventions,
    vouchers,
    formSubmissions,
  }) as PersonalExport;
}
