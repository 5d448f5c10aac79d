import type { Core } from '@strapi/strapi';
import { createHash } from 'node:crypto';
import type { Caller } from '../caller';
import { auditAccess } from '../audit';
import { num } from '../rules';
import { casePathOfService } from '../case-path';

export const HOUSING_SERVICE = 'rete-housing-distrettuale';

export interface WaitlistRow {
  position: number;
  case: string;
  municipality: { documentId: string; name: string } | null;
  score: number;
  reportedAt: string | null;
  displayName: string;
  pseudonymised: boolean;
}

interface OpenHousingCase {
  documentId: string;
  housingScore: unknown;
  housingReportedAt: string | null;
  createdAt: string;
  municipality?: { documentId: string; name: string } | null;
  beneficiary?: { documentId: string; firstName: string; lastName: string } | null;
}

/** A stable pseudonym of a person for the list (never their documentId, which could be looked up). */
export function pseudonymOf(beneficiaryId: string): string {
  return `B-${createHash('sha256').update(`ambito-waitlist:${beneficiaryId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}

/**
 * The district's housing waitlist: open cases of the housing network. The score is the priority score the
 * service's assessment form (its case path: `caseForms` with purpose `valutazione`) computed in the latest submission attached to the case (kept on the case as
 * `housingScore`), ordered by score (highest first) then by report date (earliest first). Names are shown
 * only to the operator of the case's comune; everybody else gets a pseudonym.
 */
export async function housingWaitlist(strapi: Core.Strapi, caller: Caller): Promise<WaitlistRow[]> {
  const cases = (await strapi.documents('api::case.case').findMany({
    filters: { status: 'open', service: { code: HOUSING_SERVICE } },
    fields: ['housingScore', 'housingReportedAt', 'createdAt'],
    populate: { municipality: { fields: ['name'] }, beneficiary: { fields: ['firstName', 'lastName'] } },
    limit: 10000,
  })) as OpenHousingCase[];
  await applyLatestReports(strapi, cases);
  const listed = cases.filter((c) => c.housingScore !== null && c.housingScore !== undefined);
  const dateOf = (c: OpenHousingCase) => String(c.housingReportedAt ?? c.createdAt).slice(0, 10);
  listed.sort((a, b) => num(b.housingScore) - num(a.housingScore) || dateOf(a).localeCompare(dateOf(b)));
  const rows = listed.map((c, index) => {
    const owns = caller.role === 'operator' && !!c.municipality && caller.municipalities.includes(c.municipality.documentId);
    return {
      position: index + 1,
      case: c.documentId,
      municipality: c.municipality ? { documentId: c.municipality.documentId, name: c.municipality.name } : null,
      score: num(c.housingScore),
      reportedAt: c.housingReportedAt ? String(c.housingReportedAt).slice(0, 10) : null,
      displayName:
        owns && c.beneficiary
          ? `${c.beneficiary.firstName} ${c.beneficiary.lastName}`
          : pseudonymOf(c.beneficiary?.documentId ?? c.documentId),
      pseudonymised: !owns,
    };
  });
  await auditAccess(
    strapi,
    caller,
    'list',
    'case',
    rows.filter((r) => !r.pseudonymised).map((r) => r.case)
  );
  return rows;
}

/** The assessment forms of the housing network's case path (`caseForms` with purpose `valutazione`). */
async function assessmentForms(strapi: Core.Strapi): Promise<string[]> {
  const service = (await strapi.db
    .query('api::service.service')
    .findOne({ where: { code: HOUSING_SERVICE }, select: ['documentId'] })) as { documentId: string } | null;
  const path = await casePathOfService(strapi, service?.documentId);
  return path.caseForms.filter((entry) => entry.purpose === 'valutazione').map((entry) => entry.form);
}

/** Takes each case's score and date from its latest assessment submission, storing them on the case when they changed. */
async function applyLatestReports(strapi: Core.Strapi, cases: OpenHousingCase[]): Promise<void> {
  if (cases.length === 0) return;
  const forms = await assessmentForms(strapi);
  if (forms.length === 0) return;
  const submissions = (await strapi.db.query('plugin::forms.submission').findMany({
    where: { subjectType: 'api::case.case', subjectId: { $in: cases.map((c) => c.documentId) }, form: { key: { $in: forms } } },
    select: ['subjectId', 'data', 'createdAt'],
    orderBy: { id: 'asc' },
  })) as { subjectId: string; data: Record<string, unknown>; createdAt: string }[];
  const latest = new Map(submissions.map((s) => [s.subjectId, s]));
  for (const c of cases) {
    const report = latest.get(c.documentId);
    if (!report || typeof report.data.priorityScore !== 'number') continue;
    const score = report.data.priorityScore;
    const reportedAt =
      typeof report.data.reportDate === 'string' ? report.data.reportDate : String(report.createdAt).slice(0, 10);
    if (
      c.housingScore === null ||
      num(c.housingScore) !== score ||
      String(c.housingReportedAt ?? '').slice(0, 10) !== reportedAt
    ) {
      await strapi.db
        .query('api::case.case')
        .update({ where: { documentId: c.documentId }, data: { housingScore: score, housingReportedAt: reportedAt } });
    }
    c.housingScore = score;
    c.housingReportedAt = reportedAt;
  }
}
