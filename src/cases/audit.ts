import type { Core } from '@strapi/strapi';
import type { Caller } from './caller';
import type { CaseType } from './model';

/**
 * Writes one access to the workflows engine's audit trail: who, what (type, documentId, action, the names
 * of changed fields), when. Values are never copied: the trail must hold no personal or sensitive data.
 * `denied`: a record the caller asked for by id is outside their scope (answered 404).
 * `kind: 'transition'` with workflowKey `case-files` (the trail's enum has no other kind for records).
 */
export async function auditAccess(
  strapi: Core.Strapi,
  caller: Caller,
  action: 'read' | 'list' | 'denied' | 'create' | 'update' | 'export' | 'anonymise' | 'accept' | 'reject' | 'revoke-consent' | 'complete' | 'redeem',
  type: CaseType,
  documentIds: string[],
  fields?: string[]
): Promise<void> {
  if (documentIds.length === 0) return;
  // One insert for a whole page of a list; the same records the engine's audit service writes, append-only.
  const at = new Date();
  await strapi.db.query('plugin::workflows.audit-record').createMany({
    data: documentIds.map((documentId) => ({
      kind: 'transition',
      action: `case-files.${action}`,
      workflowKey: 'case-files',
      subjectType: `api::${type}.${type}`,
      subjectId: documentId,
      details: fields ? { fields } : null,
      actorId: caller.id,
      actorUsername: caller.username,
      actorRole: caller.role,
      at,
    })),
  });
}
