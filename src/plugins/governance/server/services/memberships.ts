import type { Core } from '@strapi/strapi';
import { createQueries } from '../data/queries';
import { referenceIssues } from '../data/references';
import { UID } from '../data/rows';
import type { MembershipRow } from '../data/rows';
import { canReadBody, type Viewer } from '../access/viewer';
import { conflict, notFound, throwIssues } from '../utils/errors';
import { checkMembershipInput } from '../validation/membership-input';
import type { MembershipInput } from '../validation/membership-input';
import { membershipView } from '../views/body-view';

/** Who sits in which body: read by whoever may see the body, kept by the secretariat. */
const createMembershipsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const documents = () => strapi.documents(UID.membership);

  async function load(documentId: string): Promise<MembershipRow> {
    const row = await queries.membership(documentId);
    if (!row || !row.body) notFound('componente non trovato', 'membership not found');
    return row;
  }

  async function checkReferences(input: MembershipInput, bodyId: string | undefined, current?: MembershipRow) {
    const issues = await referenceIssues(queries, [
      { path: 'body', uid: UID.body, ids: input.body, it: 'organismo sconosciuto', en: 'unknown body' },
      { path: 'user', uid: 'plugin::users-permissions.user', ids: input.user, it: 'utente sconosciuto', en: 'unknown user' },
      {
        path: 'municipality',
        uid: 'api::municipality.municipality',
        ids: input.municipality,
        it: 'comune sconosciuto',
        en: 'unknown comune',
      },
      { path: 'provider', uid: 'api::provider.provider', ids: input.provider, it: 'ente sconosciuto', en: 'unknown provider' },
      { path: 'delegateFor', uid: UID.body, ids: input.delegateFor, it: 'tavolo sconosciuto', en: 'unknown table' },
    ]);
    if (input.delegateFor && input.delegateFor === bodyId) {
      issues.push({
        path: 'delegateFor',
        it: 'un delegato rappresenta un altro tavolo, non lo stesso organismo',
        en: 'a delegate represents another table, not the body itself',
      });
    }
    const from = input.from !== undefined ? input.from : current?.from;
    const to = input.to !== undefined ? input.to : current?.to;
    if (from && to && to < from)
      issues.push({ path: 'to', it: "la fine non può precedere l'inizio", en: 'the end cannot come before the start' });
    if (issues.length > 0) throwIssues(issues, ['data']);
  }

  const view = (row: MembershipRow, viewer: Viewer) => membershipView(row, viewer.secretariat);

  return {
    load,

    /** Memberships of the bodies the viewer may see (of one body with `body`). */
    async list(viewer: Viewer, body?: string) {
      const rows = await queries.memberships(body ? { body: { documentId: body } } : {});
      return rows.filter((row) => row.body && canReadBody(viewer, row.body)).map((row) => view(row, viewer));
    },

    async findOne(documentId: string, viewer: Viewer) {
      const row = await load(documentId);
      if (!canReadBody(viewer, row.body!)) notFound('componente non trovato', 'membership not found');
      return view(row, viewer);
    },

    async create(data: Record<string, unknown>, viewer: Viewer) {
      const { input, issues } = checkMembershipInput(data, true);
      if (issues.length > 0) throwIssues(issues, ['data']);
      await checkReferences(input, input.body);
      const created = await documents().create({ data: { role: 'member', ...input } } as never);
      return view(await load((created as { documentId: string }).documentId), viewer);
    },

    async update(documentId: string, data: Record<string, unknown>, viewer: Viewer) {
      const current = await load(documentId);
      const { input, issues } = checkMembershipInput(data, false);
      if (issues.length > 0) throwIssues(issues, ['data']);
      await checkReferences(input, current.body!.documentId, current);
      const changes = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'body'));
      await documents().update({ documentId, data: changes });
      return view(await load(documentId), viewer);
    },

    /** Only a membership never invited to a meeting is deleted; otherwise it is history: end it with `to`. */
    async remove(documentId: string) {
      const row = await load(documentId);
      const meetings = (await strapi.db.query(UID.meeting).findMany({
        where: { body: { documentId: row.body!.documentId } },
        select: ['id', 'invitations'],
      })) as { invitations: { membership: string }[] | null }[];
      if (meetings.some((m) => (m.invitations ?? []).some((i) => i.membership === documentId))) {
        conflict(
          'componente già convocato a sedute: impostare la data di fine (to) invece di cancellarlo',
          'this member was invited to meetings: set the end date (to) instead of deleting'
        );
      }
      await documents().delete({ documentId });
    },
  };
};

export default createMembershipsService;
export type MembershipsService = ReturnType<typeof createMembershipsService>;
