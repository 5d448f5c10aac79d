import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { addDays, addWorkingDays, isWorkingDay, romeDate, stateOf } from '../../shared';
import { queueDeadlineNear } from '../notify/mail';
import { getService } from '../utils/get-service';
import { UID } from '../utils/uids';
import { dayString } from './instance-row';

export const DAILY_JOB = 'workflows.daily';

export interface JobOutcome {
  job: string;
  day: string;
  /** false: another call (this or another Strapi instance) had already claimed the day. */
  ran: boolean;
  overdueInstances?: number;
  overdueTasks?: number;
  deadlinesNear?: number;
}

interface NearInstance {
  id: number;
  documentId: string;
  workflowKey: string;
  version: number;
  state: string;
  subjectType: string | null;
  subjectId: string | null;
  deadline: string;
  nearNotifiedFor: string | null;
  assigneeRole: string | null;
  assigneeUserId: number | null;
}

/** Working days from the day after `from` to `to` included (0 when `to` is `from`). */
function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

interface OverdueInstance {
  id: number;
  documentId: string;
  workflowKey: string;
  deadline: string;
  overdueNotifiedFor: string | null;
  assigneeRole: string | null;
  assigneeUserId: number | null;
  assigneeUsername: string | null;
}

interface OverdueTask {
  id: number;
  instanceId: string;
  workflowKey: string;
  title: { it: string; en: string };
  dueDate: string;
  assigneeRole: string | null;
  assigneeUserId: number | null;
  assigneeUsername: string | null;
}

/** Who hears about an overdue record when nobody is assigned: the Ufficio di Piano. */
const FALLBACK_ROLE = 'udp';

const createDailyJobService = ({ strapi }: { strapi: Core.Strapi }) => {
  const runs = () => strapi.db.query(UID.jobRun);

  /**
   * Claims (job, day) by inserting its row in a transaction. The unique index on (job, day) lets exactly one
   * insert through, across Strapi instances sharing the database: on PostgreSQL a concurrent insert waits
   * for the first to commit, then fails; on SQLite writers are serialised. A failed insert is a lost claim
   * when the row now exists; any other error is raised.
   */
  async function claim(job: string, day: string): Promise<number | null> {
    try {
      return await strapi.db.transaction(async () => {
        const row = await runs().create({
          data: { job, day, outcome: 'running', host: `${os.hostname()}:${process.pid}`, startedAt: new Date() },
          select: ['id'],
        });
        return row.id as number;
      });
    } catch (error) {
      if (await runs().findOne({ where: { job, day }, select: ['id'] })) return null;
      throw error;
    }
  }

  async function notify(
    kind: 'overdue',
    row: {
      instanceId: string;
      workflowKey: string;
      assigneeRole: string | null;
      assigneeUserId: number | null;
      assigneeUsername: string | null;
    },
    message: { it: string; en: string }
  ) {
    const addressed = row.assigneeUserId !== null || row.assigneeRole !== null;
    await strapi.db.query(UID.notification).create({
      data: {
        kind,
        instanceId: row.instanceId,
        workflowKey: row.workflowKey,
        message,
        recipientRole: addressed ? row.assigneeRole : FALLBACK_ROLE,
        recipientUserId: row.assigneeUserId,
        recipientUsername: row.assigneeUsername,
      },
      select: ['id'],
    });
  }

  /** Running instances past their deadline, notified once per deadline. */
  async function overdueInstances(today: string): Promise<number> {
    const rows = (await strapi.db.query(UID.instance).findMany({
      where: { closed: false, deadline: { $lt: today } },
      select: [
        'id',
        'documentId',
        'workflowKey',
        'deadline',
        'overdueNotifiedFor',
        'assigneeRole',
        'assigneeUserId',
        'assigneeUsername',
      ],
    })) as OverdueInstance[];
    const names = new Map(
      (
        (await strapi.db.query(UID.workflow).findMany({ select: ['key', 'name'] })) as {
          key: string;
          name: { it: string; en: string };
        }[]
      ).map((w) => [w.key, w.name])
    );
    let count = 0;
    for (const row of rows) {
      const deadline = dayString(row.deadline) as string;
      const name = names.get(row.workflowKey) ?? { it: 'senza nome', en: 'without a name' };
      const day = deadline.split('-').reverse().join('/');
      if (dayString(row.overdueNotifiedFor) === deadline) continue;
      await strapi.db.transaction(async () => {
        await strapi.db
          .query(UID.instance)
          .update({ where: { id: row.id }, data: { overdueNotifiedFor: deadline }, select: ['id'] });
        await notify(
          'overdue',
          { ...row, instanceId: row.documentId },
          {
            it: `Scadenza superata (${day}) per una pratica del flusso «${name.it}»`,
            en: `Deadline passed (${day}) for a record in the workflow "${name.en}"`,
          }
        );
      });
      count += 1;
    }
    return count;
  }

  /** Open tasks past their due date, notified once. */
  async function overdueTasks(today: string): Promise<number> {
    const rows = (await strapi.db.query(UID.task).findMany({
      where: { status: 'open', dueDate: { $lt: today }, $or: [{ overdueNotified: false }, { overdueNotified: { $null: true } }] },
      select: ['id', 'instanceId', 'workflowKey', 'title', 'dueDate', 'assigneeRole', 'assigneeUserId', 'assigneeUsername'],
    })) as OverdueTask[];
    for (const row of rows) {
      await strapi.db.transaction(async () => {
        await strapi.db.query(UID.task).update({ where: { id: row.id }, data: { overdueNotified: true }, select: ['id'] });
        await notify('overdue', row, {
          it: `Attività scaduta il ${dayString(row.dueDate)}: ${row.title.it}`,
          en: `Task due on ${dayString(row.dueDate)}: ${row.title.en}`,
        });
      });
    }
    return rows.length;
  }

  /**
   * Running instances whose deadline falls within the next `workingDays` working days (today included): one
   * e-mail notice per deadline. The deadline is written on the instance (`nearNotifiedFor`) by a conditional
   * update in the transaction that queues the notices, so across days, calls and Strapi instances sharing the
   * database exactly one run wins each deadline; a changed deadline is a new one.
   */
  async function deadlinesNear(today: string, workingDays: number): Promise<number> {
    if (!strapi.plugin('mail') || workingDays < 0) return 0;
    const last = addWorkingDays(today, workingDays);
    const rows = (await strapi.db.query(UID.instance).findMany({
      where: { closed: false, deadline: { $gte: today, $lte: last } },
      select: [
        'id',
        'documentId',
        'workflowKey',
        'version',
        'state',
        'subjectType',
        'subjectId',
        'deadline',
        'nearNotifiedFor',
        'assigneeRole',
        'assigneeUserId',
      ],
      orderBy: { id: 'asc' },
    })) as NearInstance[];
    let count = 0;
    for (const row of rows) {
      const deadline = dayString(row.deadline) as string;
      if (dayString(row.nearNotifiedFor) === deadline) continue;
      const definition = await getService(strapi, 'definitions').definitionOf(row.workflowKey, row.version);
      const label = stateOf(definition, row.state)?.label ?? { it: row.state, en: row.state };
      await strapi.db.transaction(async () => {
        const claimed = (await strapi.db.query(UID.instance).updateMany({
          where: { id: row.id, $or: [{ nearNotifiedFor: { $null: true } }, { nearNotifiedFor: { $ne: deadline } }] },
          data: { nearNotifiedFor: deadline },
        })) as { count: number };
        if (claimed.count !== 1) return; // another run took this deadline
        await queueDeadlineNear(strapi, {
          documentId: row.documentId,
          workflowKey: row.workflowKey,
          deadline,
          stateLabel: label,
          workingDaysLeft: workingDaysBetween(today, deadline),
          role: row.assigneeRole,
          userId: row.assigneeUserId,
          subjectType: row.subjectType,
          subjectId: row.subjectId,
        });
        count += 1;
      });
    }
    return count;
  }

  return {
    deadlinesNear,
    /**
     * The daily job (scheduled by the plugin's bootstrap, callable directly): overdue detection and
     * notifications. It runs at most once per Italian calendar day, whoever calls it and however often.
     */
    async run(options: { now?: Date } = {}): Promise<JobOutcome> {
      const day = romeDate(options.now ?? new Date());
      const id = await claim(DAILY_JOB, day);
      if (id === null) return { job: DAILY_JOB, day, ran: false };
      try {
        const near =
          (strapi.plugin('workflows').config('deadlineNotice') as { workingDays: number } | undefined)?.workingDays ?? 2;
        const result = {
          overdueInstances: await overdueInstances(day),
          overdueTasks: await overdueTasks(day),
          deadlinesNear: await deadlinesNear(day, near),
        };
        await runs().update({ where: { id }, data: { outcome: 'done', finishedAt: new Date(), result }, select: ['id'] });
        return { job: DAILY_JOB, day, ran: true, ...result };
      } catch (error) {
        await runs().update({
          where: { id },
          data: { outcome: 'failed', finishedAt: new Date(), result: { error: String(error) } },
          select: ['id'],
        });
        throw error;
      }
    },
  };
};

export default createDailyJobService;
export type DailyJobService = ReturnType<typeof createDailyJobService>;
