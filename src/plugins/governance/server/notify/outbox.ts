import type { Core } from '@strapi/strapi';
import type { MembershipRow } from '../data/rows';

/** What governance puts in the mail engine's outbox (src/plugins/mail): the engines share no code, only this call. */
export interface GovernanceNotice {
  kind: 'meetings' | 'minutes';
  recipient: string | null | undefined;
  recipientUserId?: number | null;
  subject: string;
  text: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}
interface Outbox {
  enqueue(notice: GovernanceNotice): Promise<boolean>;
}

export const outboxOf = (strapi: Core.Strapi) => strapi.plugin('mail')?.service('outbox') as Outbox | undefined;

/** Each member with the address a notice goes to: the membership's own e-mail, else the linked account's. */
export async function addressed(strapi: Core.Strapi, members: MembershipRow[]) {
  const userIds = members.map((m) => m.user?.id).filter((id): id is number => typeof id === 'number');
  const accounts = userIds.length
    ? ((await strapi.db
        .query('plugin::users-permissions.user')
        .findMany({ where: { id: { $in: userIds } }, select: ['id', 'email'] })) as {
        id: number;
        email: string | null;
      }[])
    : [];
  return members.map((member) => ({
    member,
    recipient: member.email ?? accounts.find((a) => a.id === member.user?.id)?.email ?? null,
    recipientUserId: member.user?.id ?? null,
  }));
}

/** A notice's text: the lines given, without doubled blank lines. */
export const lines = (...all: string[]) => all.filter((line, i) => line !== '' || (i > 0 && all[i - 1] !== '')).join('\n');
