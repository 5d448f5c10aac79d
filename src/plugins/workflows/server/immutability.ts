import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { APPEND_ONLY, UID } from './utils/uids';

/**
 * The document service only reads audit and history records: the engine and the case files append them
 * through the query engine, so nothing can forge one through the content manager or any other document route.
 */
const READS = ['findOne', 'findFirst', 'findMany', 'count'];
/** What may still change on a published version: its retirement. */
const LIFECYCLE_FIELDS = ['status', 'supersededBy', 'retiredOn'];
const ALLOWED_MOVES: Record<string, string[]> = {
  draft: ['draft', 'published'],
  published: ['published', 'retired'],
  retired: ['retired'],
};
/** Only the transition service moves an instance (atomically, with history and audit). */
const INSTANCE_PROTECTED = ['workflowKey', 'version', 'subjectType', 'subjectId', 'state', 'lockVersion', 'closed', 'openKey'];

// 403: nobody may, whatever their role (the content manager included).
const appendOnlyError = () =>
  new errors.ForbiddenError(
    'I registri di audit e lo storico non si modificano né si cancellano / Audit and history records are never changed or deleted'
  );

async function checkVersionWrite(
  strapi: Core.Strapi,
  action: string,
  documentId: string,
  data: Record<string, unknown> | undefined
) {
  const current = await strapi.db.query(UID.version).findOne({ where: { documentId }, select: ['status'] });
  if (!current) return;
  if (action === 'delete') {
    if (current.status !== 'draft')
      throw new errors.ApplicationError(
        'Una versione pubblicata o ritirata non si cancella / A published or retired version cannot be deleted'
      );
    return;
  }
  const nextStatus = (data?.status as string | undefined) ?? current.status;
  if (!ALLOWED_MOVES[current.status]?.includes(nextStatus)) {
    throw new errors.ApplicationError(
      `Passaggio di stato non ammesso (${current.status} → ${nextStatus}) / Status change not allowed (${current.status} → ${nextStatus})`
    );
  }
  if (current.status !== 'draft' && Object.keys(data ?? {}).some((key) => !LIFECYCLE_FIELDS.includes(key))) {
    throw new errors.ApplicationError(
      'Una versione pubblicata non si modifica: creare una nuova bozza / A published version is immutable: start a new draft'
    );
  }
}

/**
 * Enforced in the document service, below every route (API, content manager, scripts): audit and history
 * records are append-only, a published workflow version is immutable and a retired one final, and an
 * instance's state moves only through transitions.
 */
export function registerImmutability(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (APPEND_ONLY.includes(uid) && !READS.includes(action)) throw appendOnlyError();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (uid === UID.version && (action === 'update' || action === 'delete') && params.documentId) {
      await checkVersionWrite(strapi, action, params.documentId, params.data);
    }
    if (uid === UID.instance) {
      if (action === 'delete')
        throw new errors.ApplicationError("Un'istanza di flusso non si cancella / A workflow instance cannot be deleted");
      if (action === 'update' && Object.keys(params.data ?? {}).some((key) => INSTANCE_PROTECTED.includes(key))) {
        throw new errors.ApplicationError(
          "Lo stato di un'istanza cambia solo con un passaggio / An instance's state changes only through a transition"
        );
      }
    }
    return next();
  });
}

/** Below the document service too: the query engine refuses to update or delete audit and history rows. */
export function registerAppendOnlyRows(strapi: Core.Strapi): void {
  const refuse = () => {
    throw appendOnlyError();
  };
  strapi.db.lifecycles.subscribe({
    models: APPEND_ONLY,
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
