/** An instance row as the plugin reads it (plain columns: no relations to join on every transition). */
export interface InstanceRow {
  id: number;
  documentId: string;
  workflowKey: string;
  version: number;
  subjectType: string;
  subjectId: string;
  state: string;
  lockVersion: number;
  closed: boolean;
  openKey: string | null;
  assigneeRole: string | null;
  assigneeUserId: number | null;
  assigneeUsername: string | null;
  deadline: string | null;
  overdueNotifiedFor: string | null;
  enteredStateAt: string | null;
  startedAt: string | null;
  startedById: number | null;
  startedByUsername: string | null;
}

export const INSTANCE_FIELDS: (keyof InstanceRow)[] = [
  'id',
  'documentId',
  'workflowKey',
  'version',
  'subjectType',
  'subjectId',
  'state',
  'lockVersion',
  'closed',
  'openKey',
  'assigneeRole',
  'assigneeUserId',
  'assigneeUsername',
  'deadline',
  'overdueNotifiedFor',
  'enteredStateAt',
  'startedAt',
  'startedById',
  'startedByUsername',
];

/** While an instance runs, its open key holds (workflow, record): a unique index allows one running instance per pair. */
export const openKeyOf = (workflowKey: string, subjectType: string, subjectId: string): string =>
  `${workflowKey}|${subjectType}|${subjectId}`;

/** Dates come back as `YYYY-MM-DD` strings or Date objects depending on the database. */
export function dayString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
