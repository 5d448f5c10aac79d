import type { Core } from '@strapi/strapi';
import { USER_KEYWORDS, type Action, type Effects, type Person } from '../../shared';

/** The users named by username in `actions`, found in the database. */
export async function namedUsers(strapi: Core.Strapi, actions: Action[] | undefined): Promise<Record<string, Person>> {
  const names = [
    ...new Set(
      (actions ?? []).map((a) => ('user' in a ? a.user : undefined)).filter((u): u is string => !!u && !USER_KEYWORDS.includes(u))
    ),
  ];
  if (names.length === 0) return {};
  const rows = (await strapi.db
    .query('plugin::users-permissions.user')
    .findMany({ where: { username: { $in: names } }, select: ['id', 'username'] })) as Person[];
  return Object.fromEntries(rows.map((row) => [row.username, { id: row.id, username: row.username }]));
}

/** The columns a move changes on the instance. */
export function movedColumns(effects: Effects, at: Date): Record<string, unknown> {
  return {
    state: effects.state,
    closed: effects.final,
    assigneeRole: effects.assigneeRole,
    assigneeUserId: effects.assignee?.id ?? null,
    assigneeUsername: effects.assignee?.username ?? null,
    deadline: effects.deadline,
    ...(effects.entered ? { enteredStateAt: at, overdueNotifiedFor: null } : {}),
  };
}
