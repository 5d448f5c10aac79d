import type { Core } from '@strapi/strapi';
import type { NoticeKind } from '../../shared/kinds';
import type { PreferencesService } from './preferences';
import { createTransport, type Attachment } from './transport';

const UID = 'plugin::mail.message';
/** Attempts before a message is given up (kept, `failed`, for the UdP to see). */
export const MAX_ATTEMPTS = 12;
/** A message left `sending` by a process that died is tried again after this long. */
const STALE_SENDING_MS = 10 * 60 * 1000;
const backoffMs = (attempts: number) => Math.min(60 * 60 * 1000, 60 * 1000 * 2 ** (attempts - 1));

export interface Notice {
  kind: NoticeKind;
  recipient: string | null | undefined;
  recipientUserId?: number | null;
  subject: string;
  text: string;
  attachments?: Attachment[];
}

interface MessageRow {
  id: number;
  recipient: string;
  subject: string;
  text: string;
  attachments: Attachment[] | null;
  attempts: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The outbox: a notice is a row written in the caller's transaction, so it exists exactly when what it
 * announces happened; a sender (every instance, every MAIL_QUEUE_INTERVAL_SECONDS) claims due rows one by
 * one with a conditional update and sends them. A failed send stays in the database and is tried again
 * with growing pauses (1 min, 2, 4 … up to 1 h), so nothing is lost while the mail server is down.
 */
const createOutboxService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID);
  const transport = createTransport(strapi);
  const preferences = () => strapi.plugin('mail').service('preferences') as PreferencesService;

  return {
    configured: () => transport.configured(),

    /** Queues a notice, unless it has no address or its recipient turned this kind off. */
    async enqueue(notice: Notice): Promise<boolean> {
      if (!notice.recipient || !EMAIL.test(notice.recipient)) return false;
      if (!(await preferences().wants(notice.recipientUserId, notice.kind))) return false;
      await query().create({
        data: {
          kind: notice.kind,
          recipient: notice.recipient,
          recipientUserId: notice.recipientUserId ?? null,
          subject: notice.subject.slice(0, 300),
          text: notice.text,
          attachments: notice.attachments ?? null,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: new Date(),
        },
      });
      return true;
    },

    /** Sends what is due at `now`; returns how many were sent (or written to the log) and how many failed. */
    async deliverDue(options: { limit?: number; now?: Date } = {}): Promise<{ sent: number; failed: number }> {
      const now = options.now ?? new Date();
      const limit = options.limit ?? 50;
      await query().updateMany({
        where: { status: 'sending', updatedAt: { $lt: new Date(now.getTime() - STALE_SENDING_MS) } },
        data: { status: 'pending' },
      });
      const due = (await query().findMany({
        where: { status: 'pending', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] },
        select: ['id', 'recipient', 'subject', 'text', 'attachments', 'attempts'],
        orderBy: { id: 'asc' },
        limit,
      })) as MessageRow[];
      let sent = 0;
      let failed = 0;
      for (const message of due) {
        const claim = (await query().updateMany({
          where: { id: message.id, status: 'pending' },
          data: { status: 'sending' },
        })) as { count: number };
        if (claim.count !== 1) continue; // another instance took it
        try {
          const outcome = await transport.send({
            to: message.recipient,
            subject: message.subject,
            text: message.text,
            attachments: message.attachments ?? undefined,
          });
          await query().update({
            where: { id: message.id },
            data: {
              status: 'sent',
              sentAt: new Date(),
              lastError: outcome === 'logged' ? 'scritto nel registro: e-mail non configurata' : null,
            },
          });
          sent += 1;
        } catch (error) {
          const attempts = (message.attempts ?? 0) + 1;
          const reason = String((error as Error)?.message ?? error).slice(0, 480);
          await query().update({
            where: { id: message.id },
            data: {
              status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
              attempts,
              lastError: reason,
              nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
            },
          });
          strapi.log.warn(`[mail] invio non riuscito (tentativo ${attempts}), riprovo più tardi: ${reason}`);
          failed += 1;
        }
      }
      return { sent, failed };
    },

    /** Counts by status, for the console. */
    async summary() {
      const count = (status: string) => query().count({ where: { status } });
      const [pending, sent, failed] = await Promise.all([count('pending'), count('sent'), count('failed')]);
      return { configured: transport.configured(), pending, sent, failed };
    },
  };
};

export default createOutboxService;
export type OutboxService = ReturnType<typeof createOutboxService>;
