import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { dayInItaly } from '../../shared';
import { createQueries } from '../data/queries';
import { UID } from '../data/rows';
import type { MeetingRow } from '../data/rows';
import { canReadBody, canReadMeeting, isMemberOf, loadViewer, type Viewer } from '../access/viewer';
import { buildCalendar, type CalendarEvent } from '../render/calendar-ics';
import { notFound } from '../utils/errors';
import type { RequestUser } from '../utils/request-user';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function eventOf(row: MeetingRow): CalendarEvent {
  const agenda = (row.agenda ?? []).map((item, i) => `${i + 1}. ${item.title}`);
  const description = [
    row.body.name,
    agenda.length ? `Ordine del giorno / Agenda:\n${agenda.join('\n')}` : '',
    row.onlineUrl ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `${row.documentId}@ambito-governance`,
    title: `${row.body.name}: ${row.title}`,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.place ?? row.onlineUrl,
    url: row.onlineUrl,
    description,
    cancelled: row.status === 'cancelled',
    sequence: row.sequence ?? 0,
    lastModified: row.updatedAt,
  };
}

/**
 * iCalendar feeds of convened meetings: one per body (public bodies without login), and one per member
 * over all their bodies, by login or by a secret subscription URL (calendar apps send no login header).
 */
const createCalendarService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const tokens = () => strapi.db.query(UID.calendarToken);

  const visible = (rows: MeetingRow[], viewer: Viewer) =>
    rows.filter((row) => row.status !== 'draft' && canReadMeeting(viewer, row));

  async function memberFeed(viewer: Viewer): Promise<string> {
    const bodies = [...new Set(viewer.memberships.map((m) => m.body))];
    const rows = bodies.length ? await queries.meetings({ body: { documentId: { $in: bodies } } }) : [];
    const mine = visible(rows, viewer).filter((row) => isMemberOf(viewer, row.body.documentId, dayInItaly(row.startsAt)));
    return buildCalendar(`Ambito – ${viewer.user?.username ?? ''}`, mine.map(eventOf));
  }

  return {
    async bodyFeed(documentId: string, viewer: Viewer): Promise<{ name: string; ics: string }> {
      const body = await queries.body(documentId);
      if (!body || !canReadBody(viewer, body)) notFound('organismo non trovato', 'body not found');
      const rows = visible(await queries.meetings({ body: { documentId } }), viewer);
      return { name: body.code, ics: buildCalendar(body.name, rows.map(eventOf)) };
    },

    memberFeed,

    /** A new secret feed URL for the user (any previous one stops working). Only its hash is stored. */
    async createFeedToken(user: RequestUser): Promise<{ path: string; url: string }> {
      const token = crypto.randomBytes(32).toString('base64url');
      await tokens().deleteMany({ where: { user: { id: user.id } } });
      await strapi.documents(UID.calendarToken).create({ data: { user: user.id, tokenHash: hash(token) } });
      const path = `/api/governance/feeds/${token}/calendar.ics`;
      const base = String(strapi.config.get('server.url', '') || '').replace(/\/$/, '');
      return { path, url: `${base}${path}` };
    },

    /** The member feed of the token's owner, as they would see it now (404 for an unknown token or a blocked user). */
    async feedByToken(token: string): Promise<string> {
      if (!TOKEN.test(token)) notFound('calendario non trovato', 'calendar not found');
      const found = (await tokens().findOne({
        where: { tokenHash: hash(token) },
        populate: { user: { populate: { role: true } } },
      })) as {
        user: (RequestUser & { blocked?: boolean }) | null;
      } | null;
      if (!found?.user || found.user.blocked) notFound('calendario non trovato', 'calendar not found');
      const { id, username, role } = found.user;
      return memberFeed(await loadViewer(strapi, { id, username, role: role ? { type: role.type } : undefined }));
    },
  };
};

export default createCalendarService;
export type CalendarService = ReturnType<typeof createCalendarService>;
