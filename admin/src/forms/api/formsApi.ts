import type { FormDefinition } from '@forms-shared';
import { HttpError } from 'react-admin';
import type { FetchWithRefresh } from '../../providers/fetchWithRefresh';
import { mapStrapiError } from '../../providers/strapiErrors';
import type { HttpClient } from '../../providers/types';
import { filenameOf, queryString } from '../../observatory/api/query';
import type {
  DefinitionDiff,
  DownloadedResponses,
  ResponseFilters,
  ResponsesPage,
  FormMetadata,
  FormSummary,
  FormVersion,
  NewForm,
  PublishedForm,
  Submission,
  SubmissionDetail,
  UploadedFile,
} from './types';

/**
 * The forms engine's API (`/api/forms`) as data provider methods: react-admin's `useDataProvider()`
 * then sends them with the session's token and signs the user out on a 401, like every other call.
 * Failures are react-admin `HttpError`s whose `body.errors` holds the field errors (see httpClient).
 */
export interface FormsApi {
  formsDefinitions(): Promise<FormSummary[]>;
  formsDefinition(key: string): Promise<FormSummary>;
  formsCreate(form: NewForm): Promise<FormSummary>;
  formsUpdateMetadata(key: string, metadata: FormMetadata): Promise<FormSummary>;
  formsSaveDraft(key: string, definition: FormDefinition, changeNote?: string): Promise<FormVersion>;
  formsPublish(key: string): Promise<FormVersion>;
  formsPublished(key: string): Promise<PublishedForm>;
  formsRetire(key: string, version: number): Promise<FormVersion>;
  formsDiff(key: string, from: number, to: number): Promise<DefinitionDiff>;
  formsSubmissions(form?: string): Promise<Submission[]>;
  /** A page of a form's responses (the UdP: all; others: their own), answers as a person reads them. */
  formsResponses(key: string, filters: ResponseFilters, page: number, pageSize: number): Promise<ResponsesPage>;
  /** The same responses as a CSV or XLSX file made by the server. */
  formsResponsesFile(key: string, format: 'csv' | 'xlsx', filters: ResponseFilters): Promise<DownloadedResponses>;
  /** Deletes a form never published. */
  formsDelete(key: string): Promise<void>;
  /** Discards the draft; a form whose only version was the draft is deleted (`deletedForm`). */
  formsDiscardDraft(key: string): Promise<{ deletedForm: boolean }>;
  /** A copy as a new form (key derived from the title), its draft v1 holding the same definition. */
  formsDuplicate(key: string, title: { it: string; en?: string }): Promise<FormSummary>;
  formsSubmission(id: string): Promise<SubmissionDetail>;
  formsSubmit(form: string, data: Record<string, unknown>): Promise<Submission>;
  formsUpdateSubmission(id: string, data: Record<string, unknown>): Promise<Submission>;
  /** Whether this user may upload files (`POST /api/upload`): probed with an empty upload, which stores nothing. */
  formsCanUpload(): Promise<boolean>;
  formsUpload(file: File): Promise<UploadedFile>;
}

interface StrapiUpload {
  id: number;
  name: string;
  mime: string;
  /** Strapi gives kilobytes. */
  size: number;
}

const statusOf = (error: unknown) => (error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined);

export function createFormsApi(apiUrl: string, httpClient: HttpClient, fetchWithAuth?: FetchWithRefresh): FormsApi {
  const base = `${apiUrl}/forms`;
  const form = (key: string) => `${base}/definitions/${encodeURIComponent(key)}`;
  const get = async <T>(url: string): Promise<T> => ((await httpClient(url)).json as { data: T }).data;
  const send = async <T>(method: 'POST' | 'PUT', url: string, body?: unknown): Promise<T> =>
    ((await httpClient(url, { method, body: JSON.stringify(body ?? {}) })).json as { data: T }).data;

  return {
    formsDefinitions: () => get(`${base}/definitions`),
    formsDefinition: (key) => get(form(key)),
    formsCreate: (input) => send('POST', `${base}/definitions`, { data: input }),
    formsUpdateMetadata: (key, metadata) => send('PUT', form(key), { data: metadata }),
    formsSaveDraft: (key, definition, changeNote) =>
      send('PUT', `${form(key)}/draft`, { data: changeNote ? { definition, changeNote } : { definition } }),
    formsPublish: (key) => send('POST', `${form(key)}/publish`),
    formsPublished: (key) => get(`${form(key)}/published`),
    formsRetire: (key, version) => send('POST', `${form(key)}/versions/${version}/retire`),
    formsDiff: (key, from, to) => get(`${form(key)}/diff?from=${from}&to=${to}`),
    formsSubmissions: (key) => get(`${base}/submissions?mine=true${key ? `&form=${encodeURIComponent(key)}` : ''}`),
    async formsResponses(key, filters, page, pageSize) {
      const { json } = await httpClient(`${form(key)}/responses${queryString({ ...filters, page, pageSize })}`);
      const { data, meta } = json as {
        data: ResponsesPage['rows'];
        meta: Omit<ResponsesPage, 'rows' | 'total'> & { pagination: { total: number } };
      };
      return { rows: data, columns: meta.columns, truncated: meta.truncated, total: meta.pagination.total };
    },
    async formsResponsesFile(key, format, filters) {
      const url = `${form(key)}/responses${queryString({ ...filters, format })}`;
      const response = fetchWithAuth ? await fetchWithAuth(url) : await fetch(url);
      if (!response.ok) {
        const json = await response.json().catch(() => undefined);
        const { message, body } = mapStrapiError(json, response.status, response.statusText, document.documentElement.lang);
        throw new HttpError(message, response.status, body);
      }
      return {
        blob: await response.blob(),
        filename: filenameOf(response.headers.get('Content-Disposition'), `risposte-${key}.${format}`),
      };
    },
    async formsDelete(key) {
      await httpClient(form(key), { method: 'DELETE' });
    },
    formsDiscardDraft: async (key) =>
      ((await httpClient(`${form(key)}/draft`, { method: 'DELETE' })).json as { data: { deletedForm: boolean } }).data,
    formsDuplicate: (key, title) => send('POST', `${form(key)}/duplicate`, { data: { title } }),
    formsSubmission: (id) => get(`${base}/submissions/${encodeURIComponent(id)}`),
    formsSubmit: (key, data) => send('POST', `${base}/submissions`, { form: key, data }),
    formsUpdateSubmission: (id, data) => send('PUT', `${base}/submissions/${encodeURIComponent(id)}`, { data }),

    async formsCanUpload() {
      try {
        await httpClient(`${apiUrl}/upload`, { method: 'POST', body: new FormData() });
        return true;
      } catch (error) {
        // Allowed but empty: 400 "Files are empty". Not allowed: 401/403 (or 404/405 without the plugin).
        return statusOf(error) === 400;
      }
    },

    async formsUpload(file) {
      const body = new FormData();
      body.append('files', file);
      const { json } = await httpClient(`${apiUrl}/upload`, { method: 'POST', body });
      const [uploaded] = json as StrapiUpload[];
      return { id: uploaded.id, name: uploaded.name, mime: uploaded.mime, size: Math.round(uploaded.size * 1024) };
    },
  };
}
