import type { FormDefinition } from '@forms-shared';
import type { HttpClient } from '../../providers/types';
import type {
  DefinitionDiff,
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

export function createFormsApi(apiUrl: string, httpClient: HttpClient): FormsApi {
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
    formsSubmissions: (key) => get(`${base}/submissions${key ? `?form=${encodeURIComponent(key)}` : ''}`),
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
