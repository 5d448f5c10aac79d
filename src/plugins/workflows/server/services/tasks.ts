import type { Core } from '@strapi/strapi';
import { isOverdue, romeDate } from '../../shared';
import { forbidden, notFound, throwIssues } from '../utils/errors';
import { pageOf, paginated, stringParam } from '../utils/pagination';
import { DESIGNER_ROLE, roleOf, type RequestUser } from '../utils/request-user';
import { UID } from '../utils/uids';
import { dayString } from './instance-row';
import { subjectVisibility } from '../utils/subject-visibility';

interface TaskRow {
  id: number;
  documentId: string;
  instanceId: string;
  workflowKey: string;
  subjectType: string | null;
  subjectId: string | null;
  state: string;
  title: { it: string; en: string };
  assigneeRole: string | null;
  assigneeUserId: number | null;
  assigneeUsername: string | null;
  dueDate: string | null;
  status: 'open' | 'done';
  closedAt: string | null;
  closedBy: string | null;
}

/** Tasks for the user by name, or for the user's role when no one in particular is named. */
const addressedTo = (user: RequestUser | undefined) => ({
  $or: [{ assigneeUserId: user?.id ?? -1 }, { assigneeUserId: { $null: true }, assigneeRole: roleOf(user) }],
});

function view(row: TaskRow, today: string) {
  const dueDate = dayString(row.dueDate);
  return {
    documentId: row.documentId,
    title: row.title,
    instance: { documentId: row.instanceId, workflow: row.workflowKey, state: row.state },
    subject: row.subjectType ? { type: row.subjectType, documentId: row.subjectId } : null,
    assignee: { role: row.assigneeRole, username: row.assigneeUsername },
    dueDate,
    overdue: row.status === 'open' && isOverdue(dueDate, today),
    status: row.status,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
  };
}

const createTasksService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** "My tasks": assigned to the caller or to the caller's role; open ones by default (`?status=done|all`), soonest due first. */
  async mine(query: Record<string, unknown>, user: RequestUser | undefined) {
    const page = pageOf(query);
    const status = stringParam(query, 'status') ?? 'open';
    if (!['open', 'done', 'all'].includes(status))
      throwIssues([{ path: 'status', it: 'open, done oppure all', en: 'open, done or all' }]);
    // Tasks addressed to a role reach every holder of it: only those about records the caller may see, in the query.
    const where = {
      $and: [addressedTo(user), ...(status === 'all' ? [] : [{ status }]), await subjectVisibility(strapi).scopeFilter(user)],
    };
    const [rows, total] = await Promise.all([
      strapi.db.query(UID.task).findMany({
        where,
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
        offset: (page.page - 1) * page.pageSize,
        limit: page.pageSize,
      }),
      strapi.db.query(UID.task).count({ where }),
    ]);
    const today = romeDate(new Date());
    return paginated(
      (rows as TaskRow[]).map((row) => view(row, today)),
      page,
      total
    );
  },

  /** Marks a task done: its assignee (by name or role) or the UdP. */
  async complete(documentId: string, user: RequestUser | undefined) {
    const row = (await strapi.db.query(UID.task).findOne({ where: { documentId } })) as TaskRow | null;
    if (!row) notFound('attività non trovata', 'task not found');
    if (!(await subjectVisibility(strapi).visible(row.subjectType, row.subjectId, user)))
      notFound('attività non trovata', 'task not found');
    const role = roleOf(user);
    const mine = row.assigneeUserId ? row.assigneeUserId === user?.id : row.assigneeRole === role;
    if (!mine && role !== DESIGNER_ROLE) forbidden("l'attività non è assegnata a te", 'the task is not assigned to you');
    if (row.status === 'open') {
      await strapi.db
        .query(UID.task)
        .update({ where: { id: row.id }, data: { status: 'done', closedAt: new Date(), closedBy: user?.username ?? null } });
    }
    const updated = (await strapi.db.query(UID.task).findOne({ where: { id: row.id } })) as TaskRow;
    return view(updated, romeDate(new Date()));
  },
});

export default createTasksService;
export type TasksService = ReturnType<typeof createTasksService>;
