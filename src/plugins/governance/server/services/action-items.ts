import type { Core } from '@strapi/strapi';
import { scanText } from '../../shared';
import { createQueries, uniqueRefs } from '../data/queries';
import { referenceIssues } from '../data/references';
import { UID } from '../data/rows';
import type { CatalogueRef, MinutesRow } from '../data/rows';
import { canReadMinutes, type Viewer } from '../access/viewer';
import { forbidden, notFound, throwIssues, throwPersonalData } from '../utils/errors';
import { checkActionItemInput } from '../validation/action-item-input';
import type { ActionItemInput } from '../validation/action-item-input';
import { refView } from '../views/body-view';

interface ActionRow {
  id: number;
  documentId: string;
  itemKey: string | null;
  kind: 'decision' | 'action';
  text: string;
  dueDate: string | null;
  status: string | null;
  minutes: MinutesRow | null;
  owner: { documentId: string; name: string; organisation: string | null; user: { id: number } | null } | null;
  services: CatalogueRef[];
}

const POPULATE = {
  minutes: { populate: { meeting: { populate: { body: { select: ['id', 'documentId', 'name', 'public'] } } } } },
  owner: { select: ['documentId', 'name', 'organisation'], populate: { user: { select: ['id'] } } },
  services: { select: ['id', 'documentId', 'name', 'code', 'locale'] },
};

const view = (row: ActionRow) => ({
  documentId: row.documentId,
  minutes: row.minutes ? { documentId: row.minutes.documentId, title: row.minutes.title, state: row.minutes.state } : null,
  bodyOf: row.minutes ? { documentId: row.minutes.meeting.body.documentId, name: row.minutes.meeting.body.name } : null,
  itemKey: row.itemKey ?? null,
  kind: row.kind,
  text: row.text,
  owner: row.owner
    ? { documentId: row.owner.documentId, name: row.owner.name, organisation: row.owner.organisation ?? null }
    : null,
  dueDate: row.dueDate ?? null,
  status: row.status ?? null,
  services: uniqueRefs(row.services).map(refView),
});

/** Decisions and action items of minutes (owner, due date, status), linked to the services they concern. */
const createActionItemsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const documents = () => strapi.documents(UID.actionItem);

  async function load(documentId: string): Promise<ActionRow> {
    const row = (await strapi.db
      .query(UID.actionItem)
      .findOne({ where: { documentId }, populate: POPULATE })) as ActionRow | null;
    if (!row || !row.minutes?.meeting?.body) notFound('decisione o azione non trovata', 'decision or action item not found');
    return row;
  }

  async function checkAgainst(minutes: MinutesRow, input: ActionItemInput) {
    const issues = await referenceIssues(queries, [
      { path: 'services', uid: 'api::service.service', ids: input.services, it: 'servizio sconosciuto', en: 'unknown service' },
    ]);
    if (input.itemKey && !(minutes.items ?? []).some((item) => item.key === input.itemKey)) {
      issues.push({ path: 'itemKey', it: 'punto del verbale sconosciuto', en: 'unknown item of the minutes' });
    }
    if (input.owner) {
      const owner = await queries.membership(input.owner);
      if (!owner || owner.body?.documentId !== minutes.meeting.body.documentId) {
        issues.push({
          path: 'owner',
          it: "il responsabile è un componente dell'organismo",
          en: 'the owner is a member of the body',
        });
      }
    }
    if (issues.length > 0) throwIssues(issues, ['data']);
    if (input.text) {
      const found = scanText(input.text, ['data', 'text']);
      if (found.length > 0) throwPersonalData(found);
    }
  }

  return {
    async list(viewer: Viewer, filters: { minutes?: string; body?: string; service?: string; status?: string }) {
      const where: Record<string, unknown> = {};
      if (filters.minutes) where.minutes = { documentId: filters.minutes };
      if (filters.body)
        where.minutes = { ...(where.minutes as object | undefined), meeting: { body: { documentId: filters.body } } };
      if (filters.service) where.services = { documentId: filters.service };
      if (filters.status) where.status = filters.status;
      const rows = (await strapi.db
        .query(UID.actionItem)
        .findMany({ where, populate: POPULATE, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] })) as ActionRow[];
      return rows
        .filter((row) => row.minutes?.meeting?.body && canReadMinutes(viewer, row.minutes.state, row.minutes.meeting))
        .map(view);
    },

    async create(data: Record<string, unknown>) {
      const { input, issues } = checkActionItemInput(data, true);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const minutes = await queries.minutes(input.minutes as string);
      if (!minutes) throwIssues([{ path: 'minutes', it: 'verbale sconosciuto', en: 'unknown minutes' }], ['data']);
      await checkAgainst(minutes, input);
      const created = await documents().create({
        data: { ...input, status: input.status ?? (input.kind === 'action' ? 'open' : null), services: input.services ?? [] },
      } as never);
      return view(await load((created as { documentId: string }).documentId));
    },

    /** The secretariat changes anything; the owner of an action item updates its status only. */
    async update(documentId: string, data: Record<string, unknown>, viewer: Viewer) {
      const row = await load(documentId);
      const owner = Boolean(viewer.user && row.owner?.user?.id === viewer.user.id);
      if (!viewer.secretariat) {
        if (!owner || !canReadMinutes(viewer, row.minutes!.state, row.minutes!.meeting))
          forbidden('solo la segreteria o il responsabile', 'only the secretariat or the owner');
        const other = Object.keys(data).filter((key) => key !== 'status');
        if (other.length > 0)
          throwIssues(
            other.map((path) => ({
              path,
              it: 'il responsabile aggiorna solo lo stato',
              en: 'the owner updates the status only',
            })),
            ['data']
          );
      }
      const { input, issues } = checkActionItemInput(data, false);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const minutes = await queries.minutes(row.minutes!.documentId);
      await checkAgainst(minutes!, input);
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      await documents().update({ documentId, data: changes });
      return view(await load(documentId));
    },
  };
};

export default createActionItemsService;
export type ActionItemsService = ReturnType<typeof createActionItemsService>;
