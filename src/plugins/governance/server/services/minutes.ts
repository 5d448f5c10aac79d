import type { Core } from '@strapi/strapi';
import { draftItems, MINUTES_STATES, scanPersonalData } from '../../shared';
import type { PersonalDataFinding } from '../../shared';
import { createQueries } from '../data/queries';
import { UID } from '../data/rows';
import type { MinutesRow, MembershipRow } from '../data/rows';
import { canReadMinutes, isAttendee, type Viewer } from '../access/viewer';
import { conflict, notFound, throwIssues } from '../utils/errors';
import { escapeHtml, sanitizeRichText } from '../utils/rich-text';
import { checkMinutesInput } from '../validation/minutes-input';
import { minutesView } from '../views/minutes-view';
import { getService } from '../utils/get-service';

/** Every text of the minutes that reaches members: title, opening text, items, and their decisions and actions. */
export function minutesTexts(row: Pick<MinutesRow, 'title' | 'body' | 'items'>, actions: { text: string }[] = []) {
  return [
    { path: ['title'], text: row.title },
    { path: ['body'], text: row.body },
    ...(row.items ?? []).flatMap((item, i) => [
      { path: ['items', String(i), 'title'], text: item.title },
      { path: ['items', String(i), 'text'], text: item.text },
    ]),
    ...actions.map((action, i) => ({ path: ['actionItems', String(i), 'text'], text: action.text })),
  ];
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(new Date(iso));

/** Minutes: drafted by the secretariat from the agenda and the attendance, read according to their state. */
const createMinutesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const documents = () => strapi.documents(UID.minutes);

  async function load(documentId: string): Promise<MinutesRow> {
    const row = await queries.minutes(documentId);
    if (!row) notFound('verbale non trovato', 'minutes not found');
    return row;
  }

  /** The minutes if the viewer may read them (404 otherwise: their existence is not disclosed). */
  async function readable(documentId: string, viewer: Viewer): Promise<MinutesRow> {
    const row = await load(documentId);
    if (!canReadMinutes(viewer, row.state, row.meeting)) notFound('verbale non trovato', 'minutes not found');
    return row;
  }

  async function actionTexts(row: MinutesRow): Promise<{ text: string }[]> {
    return (await strapi.db.query(UID.actionItem).findMany({ where: { minutes: { id: row.id } }, select: ['id', 'text'] })) as {
      text: string;
    }[];
  }

  async function findings(row: MinutesRow): Promise<PersonalDataFinding[]> {
    return scanPersonalData(minutesTexts(row, await actionTexts(row)));
  }

  const reviewOpen = (row: MinutesRow) =>
    row.state === 'in-review' && (!row.reviewClosesAt || row.reviewClosesAt >= new Date().toISOString());

  async function present(row: MinutesRow, viewer: Viewer) {
    const attendee = isAttendee(viewer, row.meeting);
    const seesReview = viewer.secretariat || attendee;
    return minutesView(row, {
      amendments: seesReview ? await queries.amendments(row.id) : undefined,
      personalData: viewer.secretariat ? await findings(row) : undefined,
      canAmend: reviewOpen(row) && seesReview,
    });
  }

  /** The opening text drafted from the meeting: when, where, who attended, the quorum. */
  async function opening(row: MinutesRow['meeting']): Promise<string> {
    const members = new Map<string, MembershipRow>(
      (await queries.memberships({ body: { documentId: row.body.documentId } })).map((m) => [m.documentId, m])
    );
    const named = (attendance: string[]) =>
      (row.invitations ?? [])
        .filter((i) => attendance.includes(i.attendance))
        .map((i) => {
          const m = members.get(i.membership);
          const who = m ? `${m.name}${m.organisation ? ` (${m.organisation})` : ''}` : i.membership;
          return escapeHtml(i.attendance === 'delegated' && i.delegate ? `${who}, per delega a ${i.delegate}` : who);
        });
    const where = [row.place, row.onlineUrl]
      .filter(Boolean)
      .map((w) => escapeHtml(w as string))
      .join(' / ');
    const present = named(['present', 'delegated']);
    const absent = named(['absent', 'pending']);
    const quorum = getService(strapi, 'attendance').quorumOf(row, members, await getService(strapi, 'attendance').populations());
    return [
      `<p>Seduta di ${escapeHtml(row.body.name)} del ${when(row.startsAt)}${where ? `, ${where}` : ''}.</p>`,
      `<p>Presenti: ${present.length ? present.join('; ') : '—'}.</p>`,
      `<p>Assenti: ${absent.length ? absent.join('; ') : '—'}.</p>`,
      quorum ? `<p>Verifica del numero legale: ${escapeHtml(quorum.it)}.</p>` : '',
    ].join('');
  }

  return {
    load,
    readable,
    findings,
    present,
    reviewOpen,

    async list(viewer: Viewer, filters: { meeting?: string; body?: string; state?: string }) {
      if (filters.state && !(MINUTES_STATES as readonly string[]).includes(filters.state)) {
        throwIssues(
          [{ path: 'state', it: `stato tra ${MINUTES_STATES.join(', ')}`, en: `state among ${MINUTES_STATES.join(', ')}` }],
          ['query']
        );
      }
      const where: Record<string, unknown> = {};
      if (filters.state) where.state = filters.state;
      if (filters.meeting) where.meeting = { documentId: filters.meeting };
      if (filters.body) where.meeting = { ...(where.meeting as object | undefined), body: { documentId: filters.body } };
      const rows = (await queries.minutesList(where)).filter((row) => canReadMinutes(viewer, row.state, row.meeting));
      return rows.map((row) => minutesView(row));
    },

    async findOne(documentId: string, viewer: Viewer) {
      return present(await readable(documentId, viewer), viewer);
    },

    /** Drafts the minutes of a convened or held meeting: the items of its body type's template, the agenda where it says. */
    async create(data: Record<string, unknown>, viewer: Viewer) {
      const { input, issues } = checkMinutesInput(data, true);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const meeting = await queries.meeting(input.meeting as string);
      if (!meeting) throwIssues([{ path: 'meeting', it: 'seduta sconosciuta', en: 'unknown meeting' }], ['data']);
      if (meeting.status !== 'convened' && meeting.status !== 'held')
        conflict('il verbale si redige per una seduta convocata o tenuta', 'minutes are drafted for a convened or held meeting');
      if (await strapi.db.query(UID.minutes).findOne({ where: { meeting: { id: meeting.id } } })) {
        throwIssues(
          [{ path: 'meeting', it: 'questa seduta ha già un verbale', en: 'this meeting already has minutes' }],
          ['data']
        );
      }
      const body = sanitizeRichText(input.body ?? (await opening(meeting)));
      const template = await getService(strapi, 'minutesTemplates').of(meeting.body.type);
      const drafted = draftItems(template, meeting.agenda ?? []).map((item) => ({ ...item, text: sanitizeRichText(item.text) }));
      // The minutes and their workflow instance (workflows engine) are created together or not at all.
      const created = await strapi.db.transaction(async () => {
        const row = (await documents().create({
          data: {
            meeting: meeting.documentId,
            title: input.title ?? `Verbale – ${meeting.title}`.slice(0, 200),
            body,
            items: input.items ?? drafted,
            state: 'draft',
            version: 0,
          },
        } as never)) as { documentId: string };
        await getService(strapi, 'minutesWorkflow').started(row.documentId, viewer);
        return row;
      });
      return present(await load(created.documentId), viewer);
    },

    /** The secretariat edits the text while it is a draft; in review it changes only through amendments. */
    async update(documentId: string, data: Record<string, unknown>, viewer: Viewer) {
      const row = await load(documentId);
      if (row.state !== 'draft')
        conflict(
          'il testo si modifica solo in bozza: in revisione tramite emendamenti',
          'the text changes only in draft: in review through amendments'
        );
      const { input, issues } = checkMinutesInput(data, false);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const changes: Record<string, unknown> = {};
      if (input.title) changes.title = input.title;
      if (input.body !== undefined) changes.body = sanitizeRichText(input.body ?? '');
      if (input.items) changes.items = input.items.map((item) => ({ ...item, text: sanitizeRichText(item.text) }));
      await documents().update({ documentId, data: changes });
      return present(await load(documentId), viewer);
    },

    async versions(documentId: string, viewer: Viewer) {
      const row = await readable(documentId, viewer);
      const rows = (await strapi.db.query(UID.minutesVersion).findMany({
        where: { minutes: { id: row.id } },
        select: ['id', 'version', 'title', 'note', 'createdAt'],
        orderBy: { version: 'asc' },
      })) as { version: number; title: string; note: string | null; createdAt: string }[];
      return rows.map(({ version, title, note, createdAt }) => ({ version, title, note, createdAt }));
    },

    async version(documentId: string, version: number, viewer: Viewer) {
      const row = await readable(documentId, viewer);
      const found = await strapi.db.query(UID.minutesVersion).findOne({
        where: { minutes: { id: row.id }, version },
        select: ['version', 'title', 'body', 'items', 'note', 'createdAt'],
      });
      if (!found) notFound(`versione ${version} non trovata`, `version ${version} not found`);
      return found as object;
    },
  };
};

export default createMinutesService;
export type MinutesService = ReturnType<typeof createMinutesService>;
