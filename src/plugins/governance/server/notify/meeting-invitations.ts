import type { Core } from '@strapi/strapi';
import type { MeetingRow, MembershipRow } from '../data/rows';
import { buildCalendar } from '../render/calendar-ics';
import { dayTime } from '../render/minutes-document';
import { eventOf } from '../services/calendar';

interface Outbox {
  enqueue(notice: {
    kind: 'meetings';
    recipient: string | null | undefined;
    recipientUserId?: number | null;
    subject: string;
    text: string;
    attachments?: { filename: string; content: string; contentType: string }[];
  }): Promise<boolean>;
}

/**
 * Puts an invitation in the mail engine's outbox for each newly invited member with an e-mail address
 * (the membership's, else the linked account's), with the meeting as an iCalendar event attached. Written
 * in the same transaction as the convening; without the mail plugin nothing is sent.
 */
export async function queueInvitations(strapi: Core.Strapi, meeting: MeetingRow, members: MembershipRow[]): Promise<void> {
  const outbox = strapi.plugin('mail')?.service('outbox') as Outbox | undefined;
  if (!outbox || members.length === 0) return;
  const userIds = members.map((m) => m.user?.id).filter((id): id is number => typeof id === 'number');
  const accounts = userIds.length
    ? ((await strapi.db.query('plugin::users-permissions.user').findMany({ where: { id: { $in: userIds } }, select: ['id', 'email'] })) as {
        id: number;
        email: string | null;
      }[])
    : [];
  const ics = buildCalendar(meeting.body.name, [eventOf(meeting)]);
  const when = dayTime(meeting.startsAt);
  const where = meeting.place ?? meeting.onlineUrl ?? '';
  const agenda = (meeting.agenda ?? []).map((item, i) => `${i + 1}. ${item.title}`).join('\n');
  for (const member of members) {
    const account = accounts.find((a) => a.id === member.user?.id);
    await outbox.enqueue({
      kind: 'meetings',
      recipient: member.email ?? account?.email,
      recipientUserId: member.user?.id ?? null,
      subject: `Convocazione – ${meeting.body.name}: ${meeting.title} (${when})`,
      text: [
        `Gentile ${member.name},`,
        '',
        `è convocata la seduta "${meeting.title}" di ${meeting.body.name}.`,
        `Quando: ${when}`,
        where ? `Dove: ${where}` : '',
        '',
        'Ordine del giorno:',
        agenda,
        '',
        "In allegato l'invito da aggiungere al calendario. I documenti sono nella console di Ambito.",
        '',
        `(English: you are invited to "${meeting.title}", ${meeting.body.name}, on ${when}; the calendar invitation is attached.)`,
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
      attachments: [{ filename: 'convocazione.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    });
  }
}
