import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const VERSION = 'plugin::forms.form-version';
/** What may still change on a published version: its retirement. */
const LIFECYCLE_FIELDS = ['status', 'supersededBy', 'retiredOn'];
const ALLOWED_MOVES: Record<string, string[]> = {
  draft: ['draft', 'published'],
  published: ['published', 'retired'],
  retired: ['retired'],
};

/**
 * A published version is immutable and a retired one final, whoever writes (API, console, scripts):
 * enforced in the document service, below every route.
 */
export function registerImmutability(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== VERSION || (context.action !== 'update' && context.action !== 'delete')) return next();
    const { documentId, data } = context.params as { documentId: string; data?: Record<string, unknown> };
    const current = await strapi.db.query(VERSION).findOne({ where: { documentId }, select: ['status'] });
    if (!current) return next();
    if (context.action === 'delete') {
      if (current.status !== 'draft') {
        throw new errors.ApplicationError(
          'Una versione pubblicata o ritirata non si cancella / A published or retired version cannot be deleted'
        );
      }
      return next();
    }
    const changing = Object.keys(data ?? {});
    const nextStatus = (data?.status as string | undefined) ?? current.status;
    if (!ALLOWED_MOVES[current.status]?.includes(nextStatus)) {
      throw new errors.ApplicationError(
        `Passaggio di stato non ammesso (${current.status} → ${nextStatus}) / Status change not allowed (${current.status} → ${nextStatus})`
      );
    }
    if (current.status !== 'draft' && changing.some((key) => !LIFECYCLE_FIELDS.includes(key))) {
      throw new errors.ApplicationError(
        'Una versione pubblicata non si modifica: creare una nuova bozza / A published version is immutable: start a new draft'
      );
    }
    return next();
  });
}
