import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

const FAILURE = 'api::login-failure.login-failure';

/** What the table keeps of an account or address: a digest, never the identifier or the address itself. */
export const digest = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

export interface Attempt {
  id: number;
  account: string | null;
  address: string;
}

/**
 * Login attempts in the database, so that every Strapi instance counts the same attempts. An attempt is
 * written before the password is checked and counted with the others: of concurrent attempts, the one
 * counting last sees them all, so no more than the limit ever reach the password check, whichever
 * instance they arrive at. Refused attempts, successes and errors other than a wrong password take their
 * row back; a wrong password leaves it, as a failure, until the window has passed.
 */
export function loginFailures(strapi: Core.Strapi, windowMs: number) {
  const rows = () => strapi.db.query(FAILURE);
  const since = (now: Date) => new Date(now.getTime() - windowMs);
  let purgedAt = 0;

  return {
    async reserve(account: string | null, address: string, now: Date): Promise<Attempt> {
      // Rows older than the window no longer count: dropped at most once a minute per instance.
      if (now.getTime() - purgedAt > 60_000) {
        purgedAt = now.getTime();
        await rows().deleteMany({ where: { at: { $lt: since(now) } } });
      }
      const row = (await rows().create({ data: { account, address, at: now }, select: ['id'] })) as { id: number };
      return { id: row.id, account, address };
    },

    /** Attempts within the window for the attempt's account and address, the attempt itself included. */
    async counts(attempt: Attempt, now: Date): Promise<{ account: number; address: number }> {
      const recent = { at: { $gt: since(now) } };
      const account = attempt.account ? await rows().count({ where: { account: attempt.account, ...recent } }) : 0;
      const address = await rows().count({ where: { address: attempt.address, ...recent } });
      return { account: Number(account), address: Number(address) };
    },

    /** When the oldest attempt of a key within the window leaves it. */
    async freeAt(field: 'account' | 'address', value: string, now: Date): Promise<number> {
      const oldest = (await rows().findOne({
        where: { [field]: value, at: { $gt: since(now) } },
        orderBy: { at: 'asc' },
        select: ['at'],
      })) as { at: string | Date } | null;
      return (oldest ? new Date(oldest.at).getTime() : now.getTime()) + windowMs;
    },

    async release(attempt: Attempt): Promise<void> {
      await rows().delete({ where: { id: attempt.id } });
    },

    /** A successful login: the account starts again from zero (the address keeps its failures). */
    async clearAccount(attempt: Attempt): Promise<void> {
      await rows().delete({ where: { id: attempt.id } });
      if (attempt.account) await rows().deleteMany({ where: { account: attempt.account } });
    },
  };
}
