import type { Core } from '@strapi/strapi';
import { UID } from '../utils/uids';

const tableOf = (strapi: Core.Strapi, uid: string) => (strapi.db.metadata.get(uid) as { tableName: string }).tableName;

/**
 * Erasure of a person (GDPR art. 17): the one exception to the append-only history and audit trail. Only
 * the free texts written when records of theirs moved (comments, notes) are removed; who moved what from
 * which state to which, and when, stays. Raw SQL on purpose: the query engine refuses every other update.
 */
const createErasureService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async clearTexts(subjectType: string, subjectIds: string[]): Promise<number> {
    if (subjectIds.length === 0) return 0;
    // Inside the caller's transaction when there is one (SQLite has a single connection).
    return strapi.db.transaction(async ({ trx: knex }) => {
      const instances = (await strapi.db.query(UID.instance).findMany({
        where: { subjectType, subjectId: { $in: subjectIds } },
        select: ['documentId'],
      })) as { documentId: string }[];
      const instanceIds = instances.map((i) => i.documentId);
      let changed = 0;
      if (instanceIds.length) {
        changed += await knex(tableOf(strapi, UID.history))
          .whereIn('instance_id', instanceIds)
          .update({ comment: null, notes: null });
      }
      const audit = tableOf(strapi, UID.audit);
      const rows = (await knex(audit)
        .where('subject_type', subjectType)
        .whereIn('subject_id', subjectIds)
        .select('id', 'details')) as { id: number; details: unknown }[];
      for (const row of rows) {
        const details = typeof row.details === 'string' ? JSON.parse(row.details) : row.details;
        const cleared = details && typeof details === 'object' && 'notes' in details ? { ...details, notes: null } : details;
        changed += await knex(audit)
          .where('id', row.id)
          .update({ comment: null, details: cleared === null || cleared === undefined ? null : JSON.stringify(cleared) });
      }
      return changed;
    });
  },
});

export default createErasureService;
export type ErasureService = ReturnType<typeof createErasureService>;
