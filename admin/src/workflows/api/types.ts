import type { LocalizedText, StateKind, WorkflowDefinition } from '../../../../src/plugins/workflows/shared/types';

export type {
  Action,
  Guard,
  LocalizedText,
  StateDefinition,
  StateKind,
  TransitionDefinition,
  WorkflowDefinition,
} from '../../../../src/plugins/workflows/shared/types';

export type VersionStatus = 'draft' | 'published' | 'retired';

/** One version of a workflow (`GET /api/workflows/definitions`). */
export interface WorkflowVersion {
  documentId: string;
  version: number;
  status: VersionStatus;
  definition: WorkflowDefinition;
  changeNote?: string | null;
  publishedOn?: string | null;
  publishedBy?: string | null;
  supersededBy?: number | null;
  retiredOn?: string | null;
}

/** A workflow with its versions (the UdP: all of them; other roles: the published one they take part in). */
export interface WorkflowSummary {
  documentId: string;
  key: string;
  name: LocalizedText;
  description?: LocalizedText | null;
  /** The content type its instances attach to, e.g. `api::service.service`. */
  contentType: string;
  contentTypeAvailable: boolean;
  versions: WorkflowVersion[];
}

/** How many running instances of an older version sit in one state (`GET .../definitions/:key/running`). */
export interface RunningCount {
  version: number;
  state: string;
  count: number;
}

/** What the UdP gives to create a workflow: version 1 starts as a draft with this definition. */
export interface NewWorkflow {
  key: string;
  name: LocalizedText;
  description?: LocalizedText;
  contentType: string;
  definition: WorkflowDefinition;
}

/** Why a transition cannot be taken, in both languages. */
export interface Reason {
  type: 'role' | 'form' | 'fields' | 'expression' | 'comment' | 'state';
  it: string;
  en: string;
  message: string;
  form?: string;
  missing?: string[];
}

/** A transition out of the instance's state, as this user sees it. */
export interface TransitionOption {
  key: string;
  label: LocalizedText;
  to: string;
  available: boolean;
  reasons: Reason[];
  commentRequired: boolean;
}

export interface HistoryEntry {
  documentId: string;
  transition: string | null;
  fromState: string | null;
  toState: string;
  comment: string | null;
  notes: LocalizedText[] | null;
  actorUsername: string | null;
  actorRole: string | null;
  assigneeRole: string | null;
  assigneeUsername: string | null;
  deadline: string | null;
  version: number;
  at: string;
}

export interface OpenTask {
  documentId: string;
  title: LocalizedText;
  state: string;
  assigneeRole: string | null;
  assigneeUsername: string | null;
  dueDate: string | null;
  status: 'open' | 'done';
}

/** An instance as listed (`GET /api/workflows/instances`). */
export interface InstanceSummary {
  documentId: string;
  workflow: { key: string; name: LocalizedText | null; version: number };
  subject: { type: string; documentId: string };
  /** The record in words the caller may read (service, comune, dates; no personal data), when its area describes it. */
  subjectLabel?: LocalizedText | null;
  state: { key: string; label: LocalizedText; kind: StateKind; colour: string };
  closed: boolean;
  lockVersion: number;
  assignee: { role: string | null; user: { id: number; username: string } | null };
  /** `YYYY-MM-DD`. */
  deadline: string | null;
  overdue: boolean;
  enteredStateAt: string | null;
  startedAt: string | null;
  startedBy: string | null;
}

/** One instance with what this user may do on it (`GET /api/workflows/instances/:id`). */
export interface InstanceDetail extends InstanceSummary {
  transitions: TransitionOption[];
  history: HistoryEntry[];
  tasks: OpenTask[];
}

export interface InstanceFilter {
  workflow?: string;
  state?: string;
  subject?: string;
  subjectType?: string;
  closed?: boolean;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export interface TransitionRequest {
  transition: string;
  expectedState: string;
  comment?: string;
}

export interface TransitionResult {
  documentId: string;
  transition: string;
  from: string;
  state: string;
  closed: boolean;
}

export interface WorkflowTask {
  documentId: string;
  title: LocalizedText;
  instance: { documentId: string; workflow: string; state: string };
  subject: { type: string; documentId: string } | null;
  /** The record in words (see InstanceSummary.subjectLabel). */
  subjectLabel?: LocalizedText | null;
  assignee: { role: string | null; username: string | null };
  dueDate: string | null;
  overdue: boolean;
  status: 'open' | 'done';
  closedAt: string | null;
  closedBy: string | null;
}

export interface WorkflowNotification {
  documentId: string;
  kind: string;
  instanceId: string | null;
  workflowKey: string | null;
  message: LocalizedText;
  readAt: string | null;
  createdAt: string;
}
