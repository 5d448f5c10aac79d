import type { Core, UID } from '@strapi/strapi';
import { anonymiseSubmissions } from './form-answers';
import { recordsOf } from './subjects';

/**
 * Erases a beneficiary (art. 17) without breaking the statistics: cases, interventions, referrals and
 * vouchers stay (with their comune, service, dates, quantities and amounts) so aggregate counts are
 * unchanged; every identifying or sensitive value is removed, the birth date is reduced to 1 January of
 * the year (age bands still work), the household's members are removed. The engines' records about the
 * person go the same way: the forms filled about any of their records keep only non-identifying answers
 * (form-answers.ts), and the comments written when their cases' workflows moved are removed.
 */
export async function anonymiseBeneficiary(strapi: Core.Strapi, documentId: string): Promise<void> {
  const docs = (uid: string) => strapi.documents(uid as UID.ContentType);
  const stored = (await docs('api::beneficiary.beneficiary').findOne({ documentId } as never)) as unknown as {
    birthDate: string | null;
  };
  const caseIds = (
    (await docs('api::case.case').findMany({
      filters: { beneficiary: { documentId } },
      fields: ['documentId'],
    } as never)) as unknown as { documentId: string }[]
  ).map((c) => c.documentId);
  await strapi.db.transaction(async () => {
    await docs('api::beneficiary.beneficiary').update({
      documentId,
      data: {
        firstName: 'Anonimo',
        lastName: `ANON-${documentId.slice(0, 6).toUpperCase()}`,
        fiscalCode: null,
        birthDate: stored.birthDate ? `${String(stored.birthDate).slice(0, 4)}-01-01` : null,
        citizenship: null,
        address: null,
        phone: null,
        email: null,
        disability: null,
        healthNotes: null,
        iseeValue: null,
        courtMeasures: null,
        anonymisedAt: new Date(),
      },
    } as never);
    const households = (await docs('api::household.household').findMany({
      filters: { beneficiary: { documentId } },
    } as never)) as unknown as { documentId: string }[];
    for (const h of households)
      await docs('api::household.household').update({ documentId: h.documentId, data: { members: [] } } as never);
    for (const id of caseIds) await docs('api::case.case').update({ documentId: id, data: { summary: null } } as never);
    const related = async (uid: string, data: Record<string, unknown>) => {
      const rows = (await docs(uid).findMany({
        filters: { case: { documentId: { $in: caseIds } } },
        fields: ['documentId'],
      } as never)) as unknown as { documentId: string }[];
      for (const row of rows) await docs(uid).update({ documentId: row.documentId, data });
    };
    if (caseIds.length) {
      await related('api::referral.referral', { reason: null, responseNote: null });
      await related('api::intervention.intervention', { notes: null });
    }
    const records = await recordsOf(strapi, documentId);
    await anonymiseSubmissions(strapi, records);
    await clearWorkflowComments(strapi, caseIds);
  });
}

/** Comments and notes of the moves of the person's case workflows (history and audit trail): free text that may name them. */
async function clearWorkflowComments(strapi: Core.Strapi, caseIds: string[]): Promise<void> {
  if (caseIds.length === 0 || !strapi.plugin('workflows')) return;
  await strapi.plugin('workflows').service('erasure').clearTexts('api::case.case', caseIds);
}
