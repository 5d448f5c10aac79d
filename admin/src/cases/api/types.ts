/**
 * Shapes of the case-file API that the console reads outside Strapi's plain REST collections
 * (see /work/notes/cases-contract.md). The collections themselves go through the data provider.
 */

/** The worklists of `GET /api/cases/worklist?view=`. */
export const WORKLIST_VIEWS = ['mine', 'to-assess', 'overdue'] as const;
export type WorklistView = (typeof WORKLIST_VIEWS)[number];

/** One row of the district's housing waitlist, in order. */
export interface WaitlistRow {
  position: number;
  /** documentId of the case. */
  case: string;
  municipality: { documentId: string; name: string } | null;
  score: number | null;
  reportedAt: string | null;
  /** The beneficiary's name for the operator owning the case, otherwise a pseudonym (B-7F3A2C). */
  displayName: string;
  pseudonymised: boolean;
}

/** Italian and English text, as the engines store labels and titles. */
export interface Bilingual {
  it: string;
  en: string;
}

/** A forms-engine submission attached to a case (`GET /api/forms/submissions?subjectType=&subjectId=`). */
export interface CaseSubmission {
  documentId: string;
  form: string;
  formTitle: Bilingual;
  version: number;
  author: string | null;
  createdAt: string;
}

/** One move of a workflow instance, as its history records it. */
export interface WorkflowHistoryEntry {
  documentId: string;
  transition: string | null;
  fromState: string | null;
  toState: string;
  comment: string | null;
  actorUsername: string | null;
  /** The workflow version the move was made in. */
  version?: number;
  at: string;
}

/** A workflows-engine instance whose subject is a case (`GET /api/workflows/instances`). */
export interface WorkflowInstanceSummary {
  documentId: string;
  workflow: { key: string; name: Bilingual | string | null; version: number };
  state: { key: string; label: Bilingual; kind: string; colour: string };
  closed: boolean;
  deadline: string | null;
  overdue: boolean;
  /** Only in the detail (`GET /api/workflows/instances/:id`). */
  history?: WorkflowHistoryEntry[];
}

/** A case as the worklist returns it (the same shape as `/api/cases`). */
export interface CaseRow {
  documentId: string;
  code?: string;
  status?: string;
  openedAt?: string;
  [field: string]: unknown;
}
