import type { HttpClient } from '../../providers/types';
import type {
  InstanceDetail,
  InstanceFilter,
  InstanceSummary,
  LocalizedText,
  NewWorkflow,
  Page,
  RunningCount,
  TransitionRequest,
  TransitionResult,
  WorkflowDefinition,
  WorkflowNotification,
  WorkflowSummary,
  WorkflowTask,
  WorkflowVersion,
} from './types';

/**
 * The workflows engine's API (`/api/workflows`) as data provider methods, so that `useDataProvider()`
 * sends them with the session's token (and its single refresh) like every other call. Failures are
 * react-admin `HttpError`s: `body.errors` holds field errors, `body.error.details` the 403/409/422 reasons.
 */
export interface WorkflowsApi {
  workflowsDefinitions(): Promise<WorkflowSummary[]>;
  workflowsDefinition(key: string): Promise<WorkflowSummary>;
  workflowsCreate(workflow: NewWorkflow): Promise<WorkflowSummary>;
  workflowsSaveDraft(key: string, definition: WorkflowDefinition, changeNote?: string): Promise<WorkflowVersion>;
  /** Publishes the draft; `states` (old state → new state) moves the running instances of older versions. */
  workflowsPublish(key: string, states?: Record<string, string>): Promise<WorkflowVersion & { migrated?: number }>;
  /** Name and description; the code too while no version was ever published. */
  workflowsRename(key: string, data: { key?: string; name: LocalizedText }): Promise<WorkflowSummary>;
  /** Running instances of versions other than the draft, by version and state. */
  workflowsRunning(key: string): Promise<RunningCount[]>;
  workflowsRetire(key: string, version: number): Promise<WorkflowVersion>;
  workflowsInstances(filter?: InstanceFilter): Promise<Page<InstanceSummary>>;
  workflowsInstance(id: string): Promise<InstanceDetail>;
  workflowsStart(workflow: string, subject: { type: string; documentId: string }): Promise<InstanceDetail>;
  workflowsTransition(id: string, request: TransitionRequest): Promise<TransitionResult>;
  workflowsTasks(status?: 'open' | 'done' | 'all'): Promise<Page<WorkflowTask>>;
  workflowsCompleteTask(id: string): Promise<WorkflowTask>;
  workflowsNotifications(unread?: boolean): Promise<Page<WorkflowNotification>>;
  workflowsReadNotification(id: string): Promise<WorkflowNotification>;
}

/** `?a=1&b=x` from the defined entries. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function createWorkflowsApi(apiUrl: string, httpClient: HttpClient): WorkflowsApi {
  const base = `${apiUrl}/workflows`;
  const definition = (key: string) => `${base}/definitions/${encodeURIComponent(key)}`;
  const instance = (id: string) => `${base}/instances/${encodeURIComponent(id)}`;
  const json = async <T>(url: string): Promise<T> => (await httpClient(url)).json as T;
  const get = async <T>(url: string): Promise<T> => (await json<{ data: T }>(url)).data;
  const send = async <T>(url: string, body: unknown = {}, method: 'POST' | 'PUT' = 'POST'): Promise<T> =>
    ((await httpClient(url, { method, body: JSON.stringify(body) })).json as { data: T }).data;

  return {
    workflowsDefinitions: () => get(`${base}/definitions`),
    workflowsDefinition: (key) => get(definition(key)),
    workflowsCreate: (workflow) => send(`${base}/definitions`, { data: workflow }),
    workflowsSaveDraft: (key, def, changeNote) =>
      send(`${definition(key)}/draft`, { data: changeNote ? { definition: def, changeNote } : { definition: def } }, 'PUT'),
    workflowsPublish: (key, states) => send(`${definition(key)}/publish`, states ? { data: { migrate: { states } } } : {}),
    workflowsRename: (key, data) => send(definition(key), { data }, 'PUT'),
    workflowsRunning: (key) => get(`${definition(key)}/running`),
    workflowsRetire: (key, version) => send(`${definition(key)}/versions/${version}/retire`),
    workflowsInstances: (filter = {}) => json(`${base}/instances${queryString({ ...filter })}`),
    workflowsInstance: (id) => get(instance(id)),
    workflowsStart: (workflow, subject) => send(`${base}/instances`, { workflow, subject }),
    workflowsTransition: (id, request) => send(`${instance(id)}/transitions`, request),
    workflowsTasks: (status = 'open') => json(`${base}/tasks${queryString({ status, pageSize: 200 })}`),
    workflowsCompleteTask: (id) => send(`${base}/tasks/${encodeURIComponent(id)}/complete`),
    workflowsNotifications: (unread) =>
      json(`${base}/notifications${queryString({ unread: unread ? 'true' : undefined, pageSize: 50 })}`),
    workflowsReadNotification: (id) => send(`${base}/notifications/${encodeURIComponent(id)}/read`),
  };
}
