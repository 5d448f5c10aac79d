import type { Core } from '@strapi/strapi';
import type { Effects } from '../../shared';
import type { Actor } from '../utils/actor';
import { UID } from '../utils/uids';
import { getService } from '../utils/get-service';
import type { InstanceRow } from './instance-row';
import { queueTaskAssigned } from '../notify/mail';

export interface RecordedMove {
  instance: InstanceRow;
  /** null for the start. */
  transition: string | null;
  from: string | null;
  effects: Effects;
  comment: string | null;
  actor: Actor;
  at: Date;
}

/**
 * Writes what a move leaves behind: one history record, one audit record, the tasks and notifications of
 * its actions; tasks of the state being left are closed. Called inside the transaction that moved the
 * instance, so all of it commits or none.
 */
export async function recordMove(strapi: Core.Strapi, move: RecordedMove): Promise<{ historyId: string }> {
  const { instance, effects, actor, at } = move;
  const notes = effects.notes.length > 0 ? effects.notes : null;
  const history = await strapi.db.query(UID.history).create({
    data: {
      instanceId: instance.documentId,
      workflowKey: instance.workflowKey,
      version: instance.version,
      transition: move.transition,
      fromState: move.from,
      toState: effects.state,
      comment: move.comment,
      notes,
      actorId: actor.id,
      actorUsername: actor.username,
      actorRole: actor.role,
      assigneeRole: effects.assigneeRole,
      assigneeUsername: effects.assignee?.username ?? null,
      deadline: effects.deadline,
      at,
    },
    select: ['documentId'],
  });
  await getService(strapi, 'audit').record(
    {
      kind: 'transition',
      action: move.transition === null ? 'start' : 'transition',
      workflowKey: instance.workflowKey,
      version: instance.version,
      instanceId: instance.documentId,
      subjectType: instance.subjectType,
      subjectId: instance.subjectId,
      transition: move.transition,
      fromState: move.from,
      toState: effects.state,
      comment: move.comment,
      details: {
        notes,
        assigneeRole: effects.assigneeRole,
        assignee: effects.assignee?.username ?? null,
        deadline: effects.deadline,
      },
    },
    actor
  );
  if (effects.entered && move.from !== null) {
    await strapi.db.query(UID.task).updateMany({
      where: { instanceId: instance.documentId, status: 'open' },
      data: { status: 'done', closedAt: at, closedBy: actor.username },
    });
  }
  const common = { instanceId: instance.documentId, workflowKey: instance.workflowKey };
  for (const task of effects.tasks) {
    await strapi.db.query(UID.task).create({
      data: {
        ...common,
        subjectType: instance.subjectType,
        subjectId: instance.subjectId,
        state: effects.state,
        title: task.title,
        assigneeRole: task.role,
        assigneeUserId: task.user?.id ?? null,
        assigneeUsername: task.user?.username ?? null,
        dueDate: task.dueDate,
        status: 'open',
      },
      select: ['id'],
    });
    const addressee = {
      role: task.role,
      userId: task.user?.id ?? null,
      subjectType: instance.subjectType,
      subjectId: instance.subjectId,
    };
    await queueTaskAssigned(strapi, { title: task.title, dueDate: task.dueDate, ...addressee }, instance.workflowKey);
  }
  for (const notification of effects.notifications) {
    await strapi.db.query(UID.notification).create({
      data: {
        ...common,
        kind: 'transition',
        message: notification.message,
        recipientRole: notification.role,
        recipientUserId: notification.user?.id ?? null,
        recipientUsername: notification.user?.username ?? null,
      },
      select: ['id'],
    });
  }
  return { historyId: history.documentId as string };
}
