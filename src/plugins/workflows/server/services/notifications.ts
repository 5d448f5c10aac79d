import type { Core } from '@strapi/strapi';
import { notFound, throwIssues } from '../utils/errors';
import { pageOf, paginated, stringParam } from '../utils/pagination';
import { roleOf, type RequestUser } from '../utils/request-user';
import { UID } from '../utils/uids';
import { subjectVisibility } from '../utils/subject-visibility';

const FIELDS = [
  'documentId',
  'kind',
  'instanceId',
  'workflowKey',
  'message',
  'recipientRole',
  'recipientUsername',
  'readAt',
  'createdAt',
];

const addressedTo = (user: RequestUser | undefined) => ({
  $or: [{ recipientUserId: user?.id ?? -1 }, { recipientUserId: { $null: true }, recipientRole: roleOf(user) }],
});

/** Notices for the console, written by `notify` actions and by the daily job (overdue records and tasks). */
const createNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Notices addressed to a role reach every holder of it: only those about instances whose record the caller may
   * see (or about none), in the query, like the instance and task lists.
   */
  async function aboutVisible(user: RequestUser | undefined): Promise<Record<string, unknown>> {
    const scope = await subjectVisibility(strapi).scopeFilter(user);
    if (Object.keys(scope).length === 0) return {};
    const visible = strapi.db.queryBuilder(UID.instance).select('documentId').where(scope).getKnexQuery();
    return { $or: [{ instanceId: { $null: true } }, { instanceId: { $in: visible } }] };
  }
  return {
    /** The caller's notifications (by name or role), newest first; `?unread=true` for unread ones. */
    async mine(query: Record<string, unknown>, user: RequestUser | undefined) {
      const page = pageOf(query);
      const unread = stringParam(query, 'unread');
      if (unread !== undefined && unread !== 'true' && unread !== 'false')
        throwIssues([{ path: 'unread', it: 'true oppure false', en: 'true or false' }]);
      const where = {
        $and: [addressedTo(user), await aboutVisible(user), ...(unread === 'true' ? [{ readAt: { $null: true } }] : [])],
      };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.notification).findMany({
          where,
          select: FIELDS,
          orderBy: { id: 'desc' },
          offset: (page.page - 1) * page.pageSize,
          limit: page.pageSize,
        }),
        strapi.db.query(UID.notification).count({ where }),
      ]);
      return paginated(rows, page, total);
    },

    /** Marks one of the caller's notifications read (a role's notification, for the whole role). */
    async markRead(documentId: string, user: RequestUser | undefined) {
      const where = { $and: [{ documentId }, addressedTo(user), await aboutVisible(user)] };
      const row = (await strapi.db.query(UID.notification).findOne({ where, select: ['id', 'readAt'] })) as {
        id: number;
        readAt: string | null;
      } | null;
      if (!row) notFound('notifica non trovata', 'notification not found');
      if (!row.readAt) await strapi.db.query(UID.notification).update({ where: { id: row.id }, data: { readAt: new Date() } });
      return strapi.db.query(UID.notification).findOne({ where: { id: row.id }, select: FIELDS });
    },
  };
};

export default createNotificationsService;
export type NotificationsService = ReturnType<typeof createNotificationsService>;
