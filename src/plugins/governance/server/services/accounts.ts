import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UID } from '../data/rows';
import type { Viewer } from '../access/viewer';
import { throwIssues } from '../utils/errors';
import { FieldChecker } from '../validation/fields';
import { EMAIL } from '../validation/membership-input';
import { getService } from '../utils/get-service';

const USER = 'plugin::users-permissions.user';
/** The role an invited member's account gets: members of tables never see personal data. */
export const INVITED_ROLE = 'table-member';
const MAX_RESULTS = 20;

interface AccountRow {
  id: number;
  documentId: string;
  username: string;
  email: string;
}

/**
 * Accounts for the secretariat linking a body's member to a login: a search that answers only the name,
 * username and e-mail of matching accounts, and the invitation of someone who has none.
 */
const createAccountsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const users = () => strapi.db.query(USER);

  /** The names members linked to these accounts sit under (a user has no name of its own). */
  async function namesOf(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await strapi.db.query(UID.membership).findMany({
      where: { user: { id: { $in: ids } } },
      select: ['name'],
      populate: { user: { select: ['id'] } },
    })) as { name: string; user: { id: number } | null }[];
    return new Map(rows.filter((r) => r.user).map((r) => [r.user!.id, r.name]));
  }

  async function freeUsername(email: string): Promise<string> {
    const base = (
      email
        .split('@')[0]
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '') || 'componente'
    ).slice(0, 40);
    for (let n = 0; ; n += 1) {
      const candidate = n === 0 ? base : `${base}.${n + 1}`;
      if (!(await users().findOne({ where: { username: candidate }, select: ['id'] }))) return candidate;
    }
  }

  return {
    /** Accounts whose username or e-mail (or the name of a member linked to them) contains `q`: at most 20. */
    async search(q: string | undefined) {
      const text = (q ?? '').trim();
      if (text.length < 2 || text.length > 100)
        throwIssues([{ path: 'q', it: 'da 2 a 100 caratteri', en: 'from 2 to 100 characters' }], ['query']);
      const byName = (await strapi.db.query(UID.membership).findMany({
        where: { name: { $containsi: text }, user: { id: { $notNull: true } } },
        select: ['id'],
        populate: { user: { select: ['id'] } },
      })) as { user: { id: number } | null }[];
      const linked = byName.map((m) => m.user?.id).filter((id): id is number => typeof id === 'number');
      const rows = (await users().findMany({
        where: {
          $or: [
            { username: { $containsi: text } },
            { email: { $containsi: text } },
            ...(linked.length ? [{ id: { $in: linked } }] : []),
          ],
        },
        select: ['id', 'documentId', 'username', 'email'],
        orderBy: { username: 'asc' },
        limit: MAX_RESULTS,
      })) as AccountRow[];
      const names = await namesOf(rows.map((r) => r.id));
      return rows.map((r) => ({ documentId: r.documentId, name: names.get(r.id) ?? null, username: r.username, email: r.email }));
    },

    /**
     * Invites a member with no account: a blocked, unconfirmed account with the table-member role is
     * created and linked, and the invitation is recorded on the membership. Sending the e-mail is not
     * configured yet: the invitation is written to the log.
     */
    async invite(membershipId: string, data: Record<string, unknown>, viewer: Viewer) {
      const memberships = getService(strapi, 'memberships');
      const membership = await memberships.load(membershipId);
      const check = new FieldChecker(data).onlyKeys(['email']);
      const email = check.text('email', { required: true, max: 200, pattern: EMAIL })?.toLowerCase();
      if (membership.user)
        check.add('email', 'il componente è già collegato a un account', 'the member is already linked to an account');
      if (email && check.issues.length === 0 && (await users().findOne({ where: { email: { $eqi: email } }, select: ['id'] }))) {
        check.add(
          'email',
          'esiste già un account con questa e-mail: cercarlo e collegarlo',
          'an account with this e-mail exists: search for it and link it'
        );
      }
      if (check.issues.length > 0 || !email) throwIssues(check.issues, ['data']);
      const role = (await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: INVITED_ROLE }, select: ['id'] })) as { id: number } | null;
      const invitedOn = new Date().toISOString();
      await strapi.db.transaction(async () => {
        const user = (await strapi
          .plugin('users-permissions')
          .service('user')
          .add({
            username: await freeUsername(email!),
            email,
            password: randomBytes(24).toString('base64url'),
            provider: 'local',
            confirmed: false,
            blocked: true,
            confirmationToken: randomBytes(24).toString('hex'),
            role: role?.id,
          })) as { id: number; documentId: string };
        await strapi
          .documents(UID.membership)
          .update({ documentId: membershipId, data: { user: user.documentId, email, invitedOn } });
      });
      strapi.log.info(
        `[governance] invito non spedito (invio e-mail non configurato) / invitation not sent (e-mail not configured): ` +
          `${email} – «${membership.name}», ${membership.body?.name ?? ''}`
      );
      return memberships.findOne(membershipId, viewer);
    },
  };
};

export default createAccountsService;
export type AccountsService = ReturnType<typeof createAccountsService>;
