import type { Core } from '@strapi/strapi';
import { BODY_TYPES, DEFAULT_COMPOSITION, defaultQuorum } from '../../shared';
import type { BodyType } from '../../shared';
import { createQueries } from '../data/queries';
import { referenceIssues } from '../data/references';
import { UID } from '../data/rows';
import type { BodyRow } from '../data/rows';
import { canReadBody, type Viewer } from '../access/viewer';
import { conflict, notFound, throwIssues } from '../utils/errors';
import { checkBodyInput } from '../validation/body-input';
import type { BodyInput } from '../validation/body-input';
import { bodyView } from '../views/body-view';
import { getService } from '../utils/get-service';

/** Bodies: listed and read by whoever may see them, created and changed by the secretariat. */
const createBodiesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const documents = () => strapi.documents(UID.body as never);

  async function views(rows: BodyRow[]) {
    const issues = await getService(strapi, 'composition').issuesOf(rows);
    return rows.map((row) => bodyView(row, issues.get(row.documentId) ?? []));
  }

  async function load(documentId: string): Promise<BodyRow> {
    const row = await queries.body(documentId);
    if (!row) notFound('organismo non trovato', 'body not found');
    return row;
  }

  async function checkReferences(input: BodyInput) {
    const issues = await referenceIssues(queries, [
      { path: 'area', uid: 'api::area.area', ids: input.area, it: 'area sconosciuta', en: 'unknown area' },
      { path: 'services', uid: 'api::service.service', ids: input.services, it: 'servizio sconosciuto', en: 'unknown service' },
    ]);
    if (issues.length > 0) throwIssues(issues, ['data']);
  }

  return {
    load,

    /** The bodies the viewer may see, optionally of one type. */
    async list(viewer: Viewer, type?: string) {
      if (type !== undefined && !(BODY_TYPES as readonly string[]).includes(type)) {
        throwIssues(
          [{ path: 'type', it: `tipo tra ${BODY_TYPES.join(', ')}`, en: `type among ${BODY_TYPES.join(', ')}` }],
          ['query']
        );
      }
      const rows = await queries.bodies(type ? { type } : {});
      return views(rows.filter((row) => canReadBody(viewer, row)));
    },

    async findOne(documentId: string, viewer: Viewer) {
      const row = await load(documentId);
      if (!canReadBody(viewer, row)) notFound('organismo non trovato', 'body not found');
      return (await views([row]))[0];
    },

    /** A new body; without rules of its own it gets those of its type (section 4.1). */
    async create(data: Record<string, unknown>) {
      const { input, issues } = checkBodyInput(data, true);
      if (issues.length > 0) throwIssues(issues, ['data']);
      if (await strapi.db.query(UID.body as never).findOne({ where: { code: input.code } })) {
        throwIssues(
          [{ path: 'code', it: 'esiste già un organismo con questo codice', en: 'a body with this code already exists' }],
          ['data']
        );
      }
      await checkReferences(input);
      const type = input.type as BodyType;
      const created = await documents().create({
        data: {
          code: input.code,
          name: input.name,
          type,
          description: input.description ?? null,
          area: input.area ?? null,
          services: input.services ?? [],
          compositionRules: input.compositionRules ?? DEFAULT_COMPOSITION[type],
          quorumRule: input.quorumRule ?? defaultQuorum(type),
          public: input.public ?? false,
        },
      } as never);
      return (await views([await load((created as { documentId: string }).documentId)]))[0];
    },

    async update(documentId: string, data: Record<string, unknown>) {
      await load(documentId);
      const { input, issues } = checkBodyInput(data, false);
      if (issues.length > 0) throwIssues(issues, ['data']);
      await checkReferences(input);
      const changes = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'code'));
      await documents().update({ documentId, data: changes });
      return (await views([await load(documentId)]))[0];
    },

    /**
     * Deletes a body that never met, with its memberships (a body with meetings is history: its minutes
     * and calendars refer to it). Refused while members of other bodies sit as delegates of this one.
     */
    async remove(documentId: string) {
      const row = await load(documentId);
      const meetings = await strapi.db.query(UID.meeting).count({ where: { body: { id: row.id } } });
      if (meetings > 0) {
        conflict(
          `l'organismo ha ${meetings === 1 ? 'una seduta' : `${meetings} sedute`}: non si cancella`,
          `the body has ${meetings === 1 ? 'a meeting' : `${meetings} meetings`}: it cannot be deleted`
        );
      }
      const delegates = (await strapi.db.query(UID.membership).findMany({
        where: { delegateFor: { id: row.id } },
        select: ['name'],
        populate: { body: { select: ['name'] } },
      })) as { name: string; body: { name: string } | null }[];
      if (delegates.length > 0) {
        const names = delegates.map((d) => `${d.name} (${d.body?.name ?? '?'})`).join('; ');
        conflict(`delegati di questo organismo siedono altrove: ${names}`, `delegates of this body sit elsewhere: ${names}`);
      }
      const memberships = (await strapi.db.query(UID.membership).findMany({
        where: { body: { id: row.id } },
        select: ['documentId'],
      })) as { documentId: string }[];
      await strapi.db.transaction(async () => {
        for (const m of memberships) await strapi.documents(UID.membership).delete({ documentId: m.documentId });
        await documents().delete({ documentId });
      });
    },
  };
};

export default createBodiesService;
export type BodiesService = ReturnType<typeof createBodiesService>;
