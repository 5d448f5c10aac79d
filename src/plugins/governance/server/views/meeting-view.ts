import type { QuorumResult } from '../../shared';
import type { CatalogueRef, MeetingRow, MembershipRow } from '../data/rows';
import { refView } from './body-view';

export interface MeetingViewOptions {
  /** Invitations and attendance: for the secretariat and the body's members, not the public. */
  withInvitations: boolean;
  memberships: Map<string, MembershipRow>;
  services: Map<string, CatalogueRef>;
  quorum: QuorumResult | null;
  minutes: { documentId: string; state: string } | null;
  myAttendance?: string | null;
}

/** A meeting with its agenda (services and documents named), invitations, attendance and quorum. */
export function meetingView(row: MeetingRow, options: MeetingViewOptions) {
  return {
    documentId: row.documentId,
    body: {
      documentId: row.body.documentId,
      code: row.body.code,
      name: row.body.name,
      type: row.body.type,
      public: Boolean(row.body.public),
    },
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt ?? null,
    place: row.place ?? null,
    onlineUrl: row.onlineUrl ?? null,
    status: row.status,
    convenedOn: row.convenedOn ?? null,
    agenda: (row.agenda ?? []).map((item) => ({
      key: item.key,
      title: item.title,
      description: item.description ?? null,
      services: item.services.map((id) => refView(options.services.get(id)) ?? { documentId: id, name: null }),
      documents: item.documents ?? [],
    })),
    ...(options.withInvitations
      ? {
          invitations: (row.invitations ?? []).map((invitation) => {
            const member = options.memberships.get(invitation.membership);
            return {
              membership: member
                ? {
                    documentId: member.documentId,
                    name: member.name,
                    organisation: member.organisation ?? null,
                    seat: member.seat,
                    role: member.role,
                  }
                : { documentId: invitation.membership, name: null },
              attendance: invitation.attendance,
              delegate: invitation.delegate ?? null,
              invitedOn: invitation.invitedOn,
            };
          }),
          quorum: options.quorum,
        }
      : {}),
    ...(options.myAttendance !== undefined ? { myAttendance: options.myAttendance } : {}),
    minutes: options.minutes,
  };
}
