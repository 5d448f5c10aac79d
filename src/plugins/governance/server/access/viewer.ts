import type { Core } from '@strapi/strapi';
import { dayInItaly, isActiveOn } from '../../shared';
import type { Attendance } from '../../shared';
import { isSecretariat, type RequestUser } from '../utils/request-user';

const MEMBERSHIP = 'plugin::governance.membership';

/** Who is asking, and the bodies they sit in: every access decision of the plugin goes through it. */
export interface Viewer {
  user?: RequestUser;
  /** The UdP: secretariat of every body, sees and edits everything. */
  secretariat: boolean;
  /** The viewer's memberships (any period). */
  memberships: { documentId: string; body: string; name: string; from?: string | null; to?: string | null }[];
}

/** A meeting as access decisions need it. */
export interface MeetingAccessFacts {
  status: string;
  startsAt: string;
  body: { documentId: string; public: boolean };
  invitations?: { membership: string; attendance: Attendance }[] | null;
}

/** Today in Italy (`YYYY-MM-DD`). */
export const today = () => dayInItaly(new Date());

/** In office in the body today, or on `day` (a former member still reads the meetings of their time). */
export function isMemberOf(viewer: Viewer, body: string, day?: string): boolean {
  return viewer.memberships.some((m) => m.body === body && (isActiveOn(m, today()) || (day !== undefined && isActiveOn(m, day))));
}

export function canReadBody(viewer: Viewer, body: { documentId: string; public: boolean }): boolean {
  return viewer.secretariat || body.public || isMemberOf(viewer, body.documentId);
}

/** Drafts are the secretariat's; a convened meeting is read by the body's members, and by all when the body is public. */
export function canReadMeeting(viewer: Viewer, meeting: MeetingAccessFacts): boolean {
  if (viewer.secretariat) return true;
  if (meeting.status === 'draft') return false;
  return meeting.body.public || isMemberOf(viewer, meeting.body.documentId, dayInItaly(meeting.startsAt));
}

/** The viewer's invitation to the meeting, if any. */
export function invitationOf(viewer: Viewer, meeting: MeetingAccessFacts) {
  const mine = new Set(viewer.memberships.map((m) => m.documentId));
  return (meeting.invitations ?? []).find((invitation) => mine.has(invitation.membership));
}

/** Attended in person or through a delegate: may read the minutes in review and propose amendments. */
export function isAttendee(viewer: Viewer, meeting: MeetingAccessFacts): boolean {
  const invitation = invitationOf(viewer, meeting);
  return Boolean(invitation && (invitation.attendance === 'present' || invitation.attendance === 'delegated'));
}

/** Draft: secretariat. In review or approved: also the attendees. Published: whoever reads the meeting. */
export function canReadMinutes(viewer: Viewer, state: string, meeting: MeetingAccessFacts): boolean {
  if (viewer.secretariat) return true;
  if (state === 'published') return canReadMeeting(viewer, meeting);
  if (state === 'in-review' || state === 'approved') return isAttendee(viewer, meeting);
  return false;
}

/** Builds the viewer of a request (one query for the memberships). */
export async function loadViewer(strapi: Core.Strapi, user: RequestUser | undefined): Promise<Viewer> {
  if (!user) return { secretariat: false, memberships: [] };
  const rows = (await strapi.db.query(MEMBERSHIP).findMany({
    where: { user: { id: user.id } },
    select: ['documentId', 'name', 'from', 'to'],
    populate: { body: { select: ['documentId'] } },
  })) as { documentId: string; name: string; from: string | null; to: string | null; body: { documentId: string } | null }[];
  return {
    user,
    secretariat: isSecretariat(user),
    memberships: rows
      .filter((r) => r.body)
      .map((r) => ({ documentId: r.documentId, name: r.name, from: r.from, to: r.to, body: r.body!.documentId })),
  };
}
