import type { Core } from '@strapi/strapi';
import { dayInItaly, midnightInItaly, nextDay, scanPersonalData } from '../../shared';
import { createQueries } from '../data/queries';
import { referenceIssues } from '../data/references';
import { UID } from '../data/rows';
import type { AgendaItem, MeetingRow, MembershipRow } from '../data/rows';
import { canReadMeeting, canReadMinutes, invitationOf, isMemberOf, type Viewer } from '../access/viewer';
import { conflict, notFound, throwIssues, throwPersonalData } from '../utils/errors';
import { sanitizeRichText } from '../utils/rich-text';
import { isDay } from '../validation/fields';
import { checkMeetingInput } from '../validation/meeting-input';
import type { AgendaItemInput } from '../validation/meeting-input';
import { meetingView } from '../views/meeting-view';
import { getService } from '../utils/get-service';

export interface MeetingFilters {
  body?: string;
  from?: string;
  to?: string;
}

/** The fields of a meeting that reach members and calendars: none may carry personal data once convened. */
export function meetingTexts(meeting: Pick<MeetingRow, 'title' | 'place'> & { agenda: AgendaItem[] | null }) {
  return [
    { path: ['title'], text: meeting.title },
    { path: ['place'], text: meeting.place },
    ...(meeting.agenda ?? []).flatMap((item, i) => [
      { path: ['agenda', String(i), 'title'], text: item.title },
      { path: ['agenda', String(i), 'description'], text: item.description },
    ]),
  ];
}

/** Meetings: the secretariat prepares them; members (and the public, for a public body) read them once convened. */
const createMeetingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const documents = () => strapi.documents(UID.meeting as never);

  async function load(documentId: string): Promise<MeetingRow> {
    const row = await queries.meeting(documentId);
    if (!row) notFound('seduta non trovata', 'meeting not found');
    return row;
  }

  /** The API view of meetings, with what this viewer may see of invitations, quorum and minutes. */
  async function present(rows: MeetingRow[], viewer: Viewer) {
    const bodyIds = [...new Set(rows.map((r) => r.body.documentId))];
    const [memberships, services, minutes] = await Promise.all([
      bodyIds.length ? queries.memberships({ body: { documentId: { $in: bodyIds } } }) : Promise.resolve([] as MembershipRow[]),
      queries.catalogueRefs('api::service.service', [
        ...new Set(rows.flatMap((r) => (r.agenda ?? []).flatMap((i) => i.services))),
      ]),
      rows.length
        ? strapi.db.query(UID.minutes as never).findMany({
            where: { meeting: { id: { $in: rows.map((r) => r.id) } } },
            select: ['documentId', 'state'],
            populate: { meeting: { select: ['id'] } },
          })
        : Promise.resolve([]),
    ]);
    const byMembership = new Map(memberships.map((m) => [m.documentId, m]));
    const attendance = getService(strapi, 'attendance');
    const populations = await attendance.populations();
    return rows.map((row) => {
      const own = (minutes as { documentId: string; state: string; meeting: { id: number } | null }[]).find(
        (m) => m.meeting?.id === row.id
      );
      const withInvitations = viewer.secretariat || isMemberOf(viewer, row.body.documentId, dayInItaly(row.startsAt));
      const mine = viewer.secretariat ? undefined : invitationOf(viewer, row);
      return meetingView(row, {
        withInvitations,
        memberships: byMembership,
        services,
        quorum: withInvitations ? attendance.quorumOf(row, byMembership, populations) : null,
        minutes: own && canReadMinutes(viewer, own.state, row) ? { documentId: own.documentId, state: own.state } : null,
        ...(viewer.secretariat ? {} : { myAttendance: mine?.attendance ?? null }),
      });
    });
  }

  async function agendaFrom(items: AgendaItemInput[], previous: AgendaItem[] | null): Promise<AgendaItem[]> {
    const issues = await referenceIssues(
      queries,
      items.map((item, i) => ({
        path: `agenda.${i}.services`,
        uid: 'api::service.service',
        ids: item.services,
        it: 'servizio sconosciuto',
        en: 'unknown service',
      }))
    );
    if (issues.length > 0) throwIssues(issues, ['data']);
    return items.map((item) => ({
      key: item.key,
      title: item.title,
      description: item.description ? sanitizeRichText(item.description) : null,
      services: item.services,
      documents: (previous ?? []).find((p) => p.key === item.key)?.documents ?? [],
    }));
  }

  return {
    load,
    present,

    async list(viewer: Viewer, filters: MeetingFilters) {
      const issues = (['from', 'to'] as const)
        .filter((k) => filters[k] !== undefined && !isDay(filters[k] as string))
        .map((k) => ({ path: k, it: 'data nel formato AAAA-MM-GG', en: 'date as YYYY-MM-DD' }));
      if (issues.length > 0) throwIssues(issues, ['query']);
      const where: Record<string, unknown> = {};
      if (filters.body) where.body = { documentId: filters.body };
      const range: Record<string, string> = {};
      if (filters.from) range.$gte = midnightInItaly(filters.from);
      if (filters.to) range.$lt = midnightInItaly(nextDay(filters.to));
      if (Object.keys(range).length > 0) where.startsAt = range;
      const rows = (await queries.meetings(where)).filter((row) => canReadMeeting(viewer, row));
      return present(rows, viewer);
    },

    async findOne(documentId: string, viewer: Viewer) {
      const row = await load(documentId);
      if (!canReadMeeting(viewer, row)) notFound('seduta non trovata', 'meeting not found');
      return (await present([row], viewer))[0];
    },

    async create(data: Record<string, unknown>, viewer: Viewer) {
      const { input, issues } = checkMeetingInput(data, true);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const body = await queries.body(input.body as string);
      if (!body) throwIssues([{ path: 'body', it: 'organismo sconosciuto', en: 'unknown body' }], ['data']);
      const agenda = await agendaFrom(input.agenda ?? [], null);
      const created = await documents().create({
        data: {
          body: body.documentId,
          title: input.title,
          startsAt: input.startsAt,
          endsAt: input.endsAt ?? null,
          place: input.place ?? null,
          onlineUrl: input.onlineUrl ?? null,
          status: 'draft',
          agenda,
          invitations: [],
          sequence: 0,
        },
      } as never);
      return (await present([await load((created as { documentId: string }).documentId)], viewer))[0];
    },

    /** Changes a draft or convened meeting; once convened its texts are checked for personal data and calendars see a new sequence. */
    async update(documentId: string, data: Record<string, unknown>, viewer: Viewer) {
      const row = await load(documentId);
      if (row.status === 'held' || row.status === 'cancelled') {
        conflict('una seduta tenuta o annullata non si modifica', 'a held or cancelled meeting cannot be changed');
      }
      const { input, issues } = checkMeetingInput(data, false);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const startsAt = input.startsAt ?? row.startsAt;
      const endsAt = input.endsAt !== undefined ? input.endsAt : row.endsAt;
      if (endsAt && endsAt <= startsAt)
        throwIssues([{ path: 'endsAt', it: "la fine deve seguire l'inizio", en: 'the end must come after the start' }], ['data']);
      const agenda = input.agenda ? await agendaFrom(input.agenda, row.agenda) : row.agenda;
      const changes: Record<string, unknown> = Object.fromEntries(
        Object.entries({
          title: input.title,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place,
          onlineUrl: input.onlineUrl,
        }).filter(([, v]) => v !== undefined)
      );
      if (input.agenda) changes.agenda = agenda;
      if (row.status === 'convened') {
        const findings = scanPersonalData(
          meetingTexts({ title: input.title ?? row.title, place: input.place !== undefined ? input.place : row.place, agenda })
        );
        if (findings.length > 0) throwPersonalData(findings);
        changes.sequence = (row.sequence ?? 0) + 1;
      }
      await documents().update({ documentId, data: changes });
      return (await present([await load(documentId)], viewer))[0];
    },

    async cancel(documentId: string, viewer: Viewer) {
      const row = await load(documentId);
      if (row.status !== 'draft' && row.status !== 'convened')
        conflict('solo una seduta non ancora tenuta si annulla', 'only a meeting not yet held can be cancelled');
      await documents().update({ documentId, data: { status: 'cancelled', sequence: (row.sequence ?? 0) + 1 } } as never);
      return (await present([await load(documentId)], viewer))[0];
    },

    /**
     * Deletes a draft meeting (never convened: nobody was invited, no calendar knows it) with the
     * documents attached to its agenda. A convened meeting is cancelled instead, and stays on record.
     */
    async remove(documentId: string) {
      const row = await load(documentId);
      if (row.status !== 'draft') {
        conflict(
          'si cancella solo una seduta in bozza: una seduta convocata si annulla',
          'only a draft meeting can be deleted: a convened meeting is cancelled'
        );
      }
      const fileIds = (row.agenda ?? []).flatMap((item) => (item.documents ?? []).map((d) => d.id));
      await documents().delete({ documentId });
      for (const id of fileIds) {
        const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
        if (file) await strapi.plugin('upload').service('upload').remove(file);
      }
    },
  };
};

export default createMeetingsService;
export type MeetingsService = ReturnType<typeof createMeetingsService>;
