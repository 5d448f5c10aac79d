import { HttpError, type RaRecord } from 'react-admin';
import type { FetchWithRefresh } from '../../providers/fetchWithRefresh';
import { encodeQuery } from '../../providers/encodeQuery';
import { fromStrapi } from '../../providers/fromStrapi';
import { mapStrapiError } from '../../providers/strapiErrors';
import type { HttpClient, StrapiDocument, StrapiListResponse } from '../../providers/types';
import { POPULATE } from '../common/populate';
import type { CaseSubmission, WaitlistRow, WorkflowInstanceSummary, WorklistView } from './types';

/** The subject type of a case in the forms and workflows engines. */
export const CASE_SUBJECT_TYPE = 'api::case.case';

/**
 * The case-file routes that are not plain REST collections, as data provider methods, so that
 * `useDataProvider()` sends them with the session's token like every other call (wired in App.tsx).
 * Failures are react-admin `HttpError`s carrying the server's bilingual message.
 */
export interface CasesApi {
  casesWorklist(view: WorklistView, page: number, perPage: number): Promise<{ data: RaRecord[]; total: number }>;
  casesAcceptReferral(id: string): Promise<RaRecord>;
  casesRejectReferral(id: string, reason: string): Promise<RaRecord>;
  casesRevokeConsent(id: string): Promise<RaRecord>;
  casesCompleteReferral(id: string): Promise<RaRecord>;
  /** The provider records the use of a voucher; beyond the balance the server answers 400. */
  casesRedeemVoucher(id: string, redemption: { date: string; quantity: number; amount: number }): Promise<RaRecord>;
  casesWaitlist(): Promise<WaitlistRow[]>;
  /** Everything the district holds about one beneficiary (GDPR art. 15), as a file to save. */
  casesExport(beneficiaryId: string, format: 'json' | 'pdf'): Promise<Blob>;
  casesAnonymise(beneficiaryId: string): Promise<RaRecord>;
  casesSubmissions(caseId: string): Promise<CaseSubmission[]>;
  casesWorkflowInstances(caseId: string): Promise<WorkflowInstanceSummary[]>;
  casesWorkflowInstance(instanceId: string): Promise<WorkflowInstanceSummary>;
  /** Fills a form of the forms engine about a case (`subject` = the case). */
  casesSubmitForm(form: string, caseId: string, data: Record<string, unknown>): Promise<CaseSubmission>;
}

export function createCasesApi(apiUrl: string, httpClient: HttpClient, fetchWithAuth: FetchWithRefresh): CasesApi {
  const id = (value: string) => encodeURIComponent(value);
  const get = async (path: string) => (await httpClient(`${apiUrl}${path}`)).json;
  const post = async (path: string, body: unknown = {}) =>
    (await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;
  const record = (json: unknown) => fromStrapi((json as { data: StrapiDocument }).data);
  // The forms engine names the record `subjectId`, the workflows engine `subject`.
  const formsSubject = (caseId: string) => `subjectType=${id(CASE_SUBJECT_TYPE)}&subjectId=${id(caseId)}`;
  const workflowsSubject = (caseId: string) => `subjectType=${id(CASE_SUBJECT_TYPE)}&subject=${id(caseId)}`;

  return {
    async casesWorklist(view, page, perPage) {
      const query = encodeQuery({
        view,
        pagination: { page, pageSize: perPage },
        sort: ['openedAt:desc'],
        populate: [...POPULATE.cases],
      });
      const json = (await get(`/cases/worklist?${query}`)) as StrapiListResponse;
      return { data: json.data.map(fromStrapi), total: json.meta?.pagination?.total ?? json.data.length };
    },
    casesAcceptReferral: async (referral) => record(await post(`/referrals/${id(referral)}/accept`)),
    casesRejectReferral: async (referral, reason) =>
      record(await post(`/referrals/${id(referral)}/reject`, { data: { reason } })),
    casesRevokeConsent: async (referral) => record(await post(`/referrals/${id(referral)}/revoke-consent`)),
    casesCompleteReferral: async (referral) => record(await post(`/referrals/${id(referral)}/complete`)),
    casesRedeemVoucher: async (voucher, redemption) =>
      record(await post(`/vouchers/${id(voucher)}/redemptions`, { data: redemption })),
    casesWaitlist: async () => ((await get('/housing/waitlist')) as { data: WaitlistRow[] }).data,
    async casesExport(beneficiary, format) {
      const query = format === 'pdf' ? '?format=pdf' : '';
      const response = await fetchWithAuth(`${apiUrl}/beneficiaries/${id(beneficiary)}/export${query}`);
      if (!response.ok) {
        const json = await response.json().catch(() => undefined);
        const { message, body } = mapStrapiError(json, response.status, response.statusText, document.documentElement.lang);
        throw new HttpError(message, response.status, body);
      }
      return response.blob();
    },
    casesAnonymise: async (beneficiary) => record(await post(`/beneficiaries/${id(beneficiary)}/anonymise`)),
    casesSubmissions: async (caseId) =>
      ((await get(`/forms/submissions?${formsSubject(caseId)}`)) as { data: CaseSubmission[] }).data ?? [],
    casesWorkflowInstances: async (caseId) =>
      ((await get(`/workflows/instances?${workflowsSubject(caseId)}`)) as { data: WorkflowInstanceSummary[] }).data ?? [],
    casesWorkflowInstance: async (instance) =>
      ((await get(`/workflows/instances/${id(instance)}`)) as { data: WorkflowInstanceSummary }).data,
    casesSubmitForm: async (form, caseId, data) =>
      (
        (await post('/forms/submissions', { form, data, subject: { type: CASE_SUBJECT_TYPE, id: caseId } })) as {
          data: CaseSubmission;
        }
      ).data,
  };
}
