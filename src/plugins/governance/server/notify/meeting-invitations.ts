import type { Core } from '@strapi/strapi';
import type { MeetingRow, MembershipRow } from '../data/rows';
import { buildCalendar } from '../render/calendar-ics';
import { dayTime } from '../render/minutes-document';
import { eventOf } from '../services/calendar';
import { addressed, lines, outboxOf } from './outbox';

/**
 * Puts an invitation in the mail engine's outbox for each newly invited member with an e-mail address,
 * with the meeting as an iCalendar event attached. Called in the convening's transaction; without the
 * mail plugin nothing is sent.
 */
export async function queueInvitations(strapi: Core.Strapi, meeting: MeetingRow, members: MembershipRow[]): Promise<void> {
  const outbox = outboxOf(strapi);
  if (!outbox || members.length === 0) return;
  const ics = buildCalendar(meeting.body.name, [eventOf(meeting)]);
  const when = dayTime(meeting.startsAt);
  const where = meeting.place ?? meeting.onlineUrl ?? '';
  const agenda = (meeting.agenda ?? []).map((item, i) => `${i + 1}. ${item.title}`).join('\n');
  for (const { member, recipient, recipientUserId } of await addressed(strapi, members)) {
    await outbox.enqueue({
      kind: 'meetings',
      recipient,
      recipientUserId,
      subject: `Convocazione – ${meeting.body.name}: ${meeting.title} (${when})`,
      text: lines(
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
        `(English: you are invited to "${meeting.title}", ${meeting.body.name}, on ${when}; the calendar invitation is attached.)`
      ),
      attachments: [{ filename: 'convocazione.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    });
  }
}
