import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import type { Caller } from './caller';
import type { CaseType } from './model';

const AUDIT_UID = 'plugin::workflows.audit-record';

/**
 * Writes one access to the workflows engine's audit trail: who, what (type, documentId, action, the names
 * of changed fields), when. Values are never copied: the trail must hold no personal or sensitive data.
 * `denied`: a record the caller asked for by id is outside their scope (answered 404).
 * `kind: 'transition'` with workflowKey `case-files` (the trail's enum has no other kind for records).
 *
 * It runs on every read, so it is one plain multi-row INSERT (the query engine's createMany adds a
 * transaction and reads the ids back): the same columns and encodings the engine writes, append-only.
 */
type Action =
  | 'read'
  | 'list'
  | 'denied'
  | 'create'
  | 'update'
  | 'export'
  | 'anonymise'
  | 'accept'
  | 'reject'
  | 'revoke-consent'
  | 'complete'
  | 'redeem';

export async function auditAccess(
  strapi: Core.Strapi,
  caller: Caller,
  action: Action,
  type: CaseType,
  documentIds: string[],
  fields?: string[]
): Promise<void> {
  await auditAccesses(strapi, caller, action, [[type, documentIds]], fields);
}

/** Accesses to records of several types (a page and what it populates) in one INSERT: one round trip. */
export async function auditAccesses(
  strapi: Core.Strapi,
  caller: Caller,
  action: Action,
  groups: [CaseType, string[]][],
  fields?: string[]
): Promise<void> {
  const reached = groups.flatMap(([type, documentIds]) => documentIds.map((documentId) => ({ type, documentId })));
  if (reached.length === 0) return;
  const meta = strapi.db.metadata.get(AUDIT_UID) as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const column = (attr: string) => meta.attributes[attr]?.columnName ?? attr;
  const at = new Date().toISOString();
  const rows = reached.map(({ type, documentId }) => ({
    [column('documentId')]: createId(),
    [column('kind')]: 'transition',
    [column('action')]: `case-files.${action}`,
    [column('workflowKey')]: 'case-files',
    [column('subjectType')]: `api::${type}.${type}`,
    [column('subjectId')]: documentId,
    [column('details')]: fields ? JSON.stringify({ fields }) : null,
    [column('actorId')]: caller.id,
    [column('actorUsername')]: caller.username,
    [column('actorRole')]: caller.role,
    [column('at')]: at,
    [column('createdAt')]: at,
    [column('updatedAt')]: at,
    [column('publishedAt')]: at,
  }));
  // Inside the caller's transaction when there is one (SQLite has a single connection).
  if (strapi.db.inTransaction()) await strapi.db.transaction(({ trx }) => trx(meta.tableName).insert(rows));
  else await strapi.db.connection(meta.tableName).insert(rows);
}
