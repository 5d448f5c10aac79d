import type { Core } from '@strapi/strapi';

const USER = 'plugin::users-permissions.user';

/** A person a notice may go to: an account with an e-mail address, its role populated. */
export interface Recipient {
  id: number;
  username: string;
  email: string;
  role?: { type: string };
}

/**
 * Who receives a notice, found among the active accounts (confirmed, not blocked): by id, by role, by the
 * provider a user works for. Other engines ask here rather than reading users-permissions themselves.
 */
const createRecipientsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const find = async (where: Record<string, unknown>): Promise<Recipient[]> =>
    (await strapi.db.query(USER).findMany({
      where: { $and: [where, { blocked: { $ne: true } }, { email: { $notNull: true } }] },
      select: ['id', 'username', 'email'],
      populate: { role: { select: ['type'] } },
      orderBy: { id: 'asc' },
    })) as Recipient[];
  return {
    users: (ids: number[]) => (ids.length ? find({ id: { $in: ids } }) : Promise.resolve([])),
    ofRole: (roleType: string) => find({ role: { type: roleType } }),
    /** The staff accounts linked to a provider (role `provider`). */
    ofProvider: (providerDocumentId: string) =>
      find({ role: { type: 'provider' }, linkedProvider: { documentId: providerDocumentId } }),
  };
};

export default createRecipientsService;
export type RecipientsService = ReturnType<typeof createRecipientsService>;
