import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MINUTES_TRANSITIONS } from '../shared';
import { UID } from './data/rows';

/** Text of minutes: frozen once approved. */
const TEXT_FIELDS = ['title', 'body', 'items', 'meeting'];
const MOVES = new Set(Object.values(MINUTES_TRANSITIONS).map((m) => `${m.from}>${m.to}`));

/**
 * Whoever writes (API, admin panel, scripts), approved or published minutes keep their text, states move
 * only along the state machine, minutes are deleted only as drafts, and kept versions never change.
 * Enforced in the document service, below every route.
 */
export function registerImmutability(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === UID.minutesVersion && (context.action === 'update' || context.action === 'delete')) {
      throw new errors.ApplicationError('Una versione del verbale non si modifica / A kept version of minutes never changes');
    }
    if (context.uid !== UID.minutes || (context.action !== 'update' && context.action !== 'delete')) return next();
    const { documentId, data } = context.params as { documentId: string; data?: Record<string, unknown> };
    const current = (await strapi.db.query(UID.minutes).findOne({ where: { documentId }, select: ['state'] })) as {
      state: string;
    } | null;
    if (!current) return next();
    if (context.action === 'delete') {
      if (current.state !== 'draft')
        throw new errors.ApplicationError('Si cancella solo un verbale in bozza / Only draft minutes can be deleted');
      return next();
    }
    const next_ = (data?.state as string | undefined) ?? current.state;
    if (next_ !== current.state && !MOVES.has(`${current.state}>${next_}`)) {
      throw new errors.ApplicationError(
        `Passaggio di stato non ammesso (${current.state} → ${next_}) / State change not allowed (${current.state} → ${next_})`
      );
    }
    if (
      (current.state === 'approved' || current.state === 'published') &&
      Object.keys(data ?? {}).some((key) => TEXT_FIELDS.includes(key))
    ) {
      throw new errors.ApplicationError('Un verbale approvato non si modifica / Approved minutes cannot be changed');
    }
    return next();
  });
}
