import type { Core } from '@strapi/strapi';
import type { Actor } from '../utils/actor';
import { UID } from '../utils/uids';
import { pageOf, paginated, stringParam } from '../utils/pagination';

/** One audit record as written: who, when, what (from → to), with which definition version. */
export interface AuditEntry {
  kind: 'transition' | 'definition';
  /** `start`, `transition` (instances); `create`, `update`, `save-draft`, `publish`, `retire` (definitions). */
  action: string;
  workflowKey: string;
  version?: number | null;
  instanceId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  transition?: string | null;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  details?: Record<string, unknown> | null;
}

const FIELDS = [
  'documentId',
  'kind',
  'action',
  'workflowKey',
  'version',
  'instanceId',
  'subjectType',
  'subjectId',
  'transition',
  'fromState',
  'toState',
  'comment',
  'actorId',
  'actorUsername',
  'actorRole',
  'details',
  'at',
];

/**
 * The audit trail. It only appends: no method here (and no route) changes or deletes a record, and the
 * plugin refuses updates and deletes of audit records in the document service and the query engine.
 */
const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Appends a record; inside `strapi.db.transaction` it commits or rolls back with the change it records. */
  async record(entry: AuditEntry, actor: Actor): Promise<void> {
    await strapi.db.query(UID.audit).create({
      data: { ...entry, actorId: actor.id, actorUsername: actor.username, actorRole: actor.role, at: new Date() },
      select: ['id'],
    });
  },

  /** Audit records, oldest first, filtered by `subject` (documentId), `subjectType`, `workflow`, `instance`, `kind`. */
  async list(query: Record<string, unknown>) {
    const page = pageOf(query);
    const where: Record<string, unknown> = {};
    const filters: [string, string][] = [
      ['subject', 'subjectId'],
      ['subjectType', 'subjectType'],
      ['workflow', 'workflowKey'],
      ['instance', 'instanceId'],
      ['kind', 'kind'],
    ];
    for (const [param, column] of filters) {
      const value = stringParam(query, param);
      if (value !== undefined) where[column] = value;
    }
    const [rows, total] = await Promise.all([
      strapi.db.query(UID.audit).findMany({
        where,
        select: FIELDS,
        orderBy: { id: 'asc' },
        offset: (page.page - 1) * page.pageSize,
        limit: page.pageSize,
      }),
      strapi.db.query(UID.audit).count({ where }),
    ]);
    return paginated(rows, page, total);
  },
});

export default createAuditService;
export type AuditService = ReturnType<typeof createAuditService>;
