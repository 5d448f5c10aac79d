import type { Core } from '@strapi/strapi';
import { dayInItaly, isActiveOn } from '../../shared';
import { createQueries } from '../data/queries';
import type { MinutesRow } from '../data/rows';
import { day } from '../render/minutes-document';
import { addressed, lines, outboxOf } from './outbox';

/**
 * Tells the members of the body (in office today) that the minutes were opened for review (until when,
 * where to amend) or published. Called in the move's transaction; without the mail plugin nothing is sent.
 */
export async function queueMinutesNotice(
  strapi: Core.Strapi,
  minutes: MinutesRow,
  event: 'review' | 'published',
  reviewClosesAt?: string
): Promise<void> {
  const outbox = outboxOf(strapi);
  if (!outbox) return;
  const meeting = minutes.meeting;
  const today = dayInItaly(new Date().toISOString());
  const members = (await createQueries(strapi).memberships({ body: { documentId: meeting.body.documentId } })).filter((m) =>
    isActiveOn(m, today)
  );
  for (const { member, recipient, recipientUserId } of await addressed(strapi, members)) {
    const review = event === 'review';
    await outbox.enqueue({
      kind: 'minutes',
      recipient,
      recipientUserId,
      subject: review
        ? `Verbale in revisione – ${meeting.body.name}: ${meeting.title}`
        : `Verbale pubblicato – ${meeting.body.name}: ${meeting.title}`,
      text: lines(
        `Gentile ${member.name},`,
        '',
        review
          ? `il verbale della seduta "${meeting.title}" del ${day(meeting.startsAt)} è aperto alla revisione${reviewClosesAt ? ` fino al ${day(reviewClosesAt)}` : ''}: emendamenti e osservazioni si propongono nella console di Ambito.`
          : `il verbale della seduta "${meeting.title}" del ${day(meeting.startsAt)} è stato approvato e pubblicato: si legge nella console di Ambito.`,
        '',
        review
          ? `(English: the minutes of "${meeting.title}" are open for review; amend them in the Ambito console.)`
          : `(English: the minutes of "${meeting.title}" are published; read them in the Ambito console.)`
      ),
    });
  }
}
